import { recogniser } from '../recogniser';
import { objectiveStem } from './objective-stem';
import { outcomeBand } from './outcome-band';

/**
 * "SWBAT add fractions", "Students will be able to compare...", "WALT use commas", "LO: ...":
 * a line that states an objective wherever it stands. A stem with nothing after it
 * ("Students will be able to...") is not one.
 */
const OBJECTIVE_OPENING =
  /^(?:SWBAT|(?:Students|Pupils|Children|Learners) will be able to|We are learning (?:to|how|about)|WALT|I am learning to|L\.?O\.? ?\d{0,3} ?[:-]) ?/i;

export const objectiveLine = recogniser('objective-line', (text) => {
  const opening = OBJECTIVE_OPENING.exec(text)?.[0];
  if (opening === undefined || objectiveStem.read(text) !== undefined) return undefined;
  return text.length - opening.length > 3 ? true : undefined;
});

/** "The objective is to explain...", "LO: To describe...": an objective stated inside a line. */
export const statedObjective = recogniser(
  'stated-objective',
  (text) => /\b(?:objective|LO|learning intention)s? ?(?:is|:|–|-) ?((?:to|I can)\b.{4,})/i.exec(text)?.[1],
);

/** "Success looks like: ...", "Success criteria: ...": criteria stated inside a line. */
export const statedSuccess = recogniser(
  'stated-success',
  (text) =>
    /\b(?:success (?:looks like|criteria(?: is| are)?)|what a good one looks like) ?[:–-] ?(.{4,})/i.exec(
      text,
    )?.[1],
);

/**
 * "I can ...", "All pupils will ...", "Most students should ...": a success criterion wherever
 * it stands. A band's header with nothing after it ("All students are able to:") is not one.
 */
export const criterionLine = recogniser('criterion-line', (text) => {
  if (
    !/^(?:I can\b|(?:All|Most|Some)(?: (?:pupils|students|children|learners))? (?:will|must|should|could|can)\b)/i.test(
      text,
    )
  )
    return undefined;
  return outcomeBand.read(text) === undefined && objectiveStem.read(text) === undefined ? true : undefined;
});

/** "Observe for: ...", "Look for - ...", "Assessment opportunities:": what an early-years adult looks for. */
export const lookFor = recogniser('look-for', (text) => {
  const match = /^(?:observe for|look(?:ing)? for|assessment opportunit(?:y|ies)) ?(?::|[-–—] )(.*)$/i.exec(
    text,
  );
  return match === null ? undefined : match[1]!.trim();
});
