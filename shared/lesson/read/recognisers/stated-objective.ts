import { recogniser } from '../recogniser';
import { beforeItsExamples } from '../text';

const STATED = /\b(?:(?:objective|LO|learning intention)s? ?(?:is|:|–|-)|today ?[:–-]) ?(?=(?:to|I can)\b)/i;

/** "The objective is to explain...", "LO: To describe...", "Today: To recognise...": an objective stated inside a line. */
export const statedObjective = recogniser('stated-objective', (text) => {
  // The label is found by the pattern; the objective is the rest of the line, taken by slicing.
  const label = STATED.exec(text);
  if (label === null) return undefined;
  // Its examples are the lesson's content, not its aim.
  const rest = beforeItsExamples(text.slice(label.index + label[0].length));
  return rest.length >= (rest.startsWith('I can') ? 9 : 6) ? rest : undefined;
});
