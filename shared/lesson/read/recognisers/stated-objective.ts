import { recogniser } from '../recogniser';

const STATED = /\b(?:(?:objective|LO|learning intention)s? ?(?:is|:|–|-)|today ?[:–-]) ?(?=(?:to|I can)\b)/i;

/** Where an objective's examples begin: "...where one denominator is a multiple of the other, e.g. 1/2 + 1/4". */
const EXAMPLE_MARKS = [', e.g', ' (e.g', ' e.g.', ', eg ', ', for example', ' – e.g', ' - e.g'];

/** The objective without the examples a prose plan gives after it: they are the lesson's content, not its aim. */
function withoutExamples(objective: string): string {
  const lower = objective.toLowerCase();
  const cuts = EXAMPLE_MARKS.map((mark) => lower.indexOf(mark)).filter((at) => at > 0);
  return cuts.length === 0 ? objective : objective.slice(0, Math.min(...cuts));
}

/** "The objective is to explain...", "LO: To describe...", "Today: To recognise...": an objective stated inside a line. */
export const statedObjective = recogniser('stated-objective', (text) => {
  // The label is found by the pattern; the objective is the rest of the line, taken by slicing.
  const label = STATED.exec(text);
  if (label === null) return undefined;
  const rest = withoutExamples(text.slice(label.index + label[0].length));
  return rest.length >= (rest.startsWith('I can') ? 9 : 6) ? rest : undefined;
});
