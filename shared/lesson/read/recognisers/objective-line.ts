import { recogniser } from '../recogniser';
import { objectiveStem } from './objective-stem';

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
