import { recogniser } from '../recogniser';

/** "The objective is to explain...", "LO: To describe...": an objective stated inside a line. */
export const statedObjective = recogniser(
  'stated-objective',
  (text) => /\b(?:objective|LO|learning intention)s? ?(?:is|:|–|-) ?((?:to|I can)\b.{4,})/i.exec(text)?.[1],
);
