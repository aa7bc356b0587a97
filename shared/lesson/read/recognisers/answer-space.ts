import { recogniser } from '../recogniser';

/** "Name: ________", "Date: ....", a line to write on: a worksheet's space for the pupil. */
export const answerSpace = recogniser('answer-space', (text) =>
  /_{4,}|\.{6,}|^(?:name|date|class|form) ?: ?$/i.test(text) ? true : undefined,
);
