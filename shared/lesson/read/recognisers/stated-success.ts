import { recogniser } from '../recogniser';

const STATED = /\b(?:success (?:looks like|criteria(?: is| are)?)|what a good one looks like) ?[:–-] ?/i;

/** "Success looks like: ...", "Success criteria: ...": criteria stated inside a line. */
export const statedSuccess = recogniser('stated-success', (text) => {
  // The label is found by the pattern; the criteria are the rest of the line, taken by slicing.
  const label = STATED.exec(text);
  if (label === null) return undefined;
  const rest = text.slice(label.index + label[0].length);
  return rest.length >= 4 ? rest : undefined;
});
