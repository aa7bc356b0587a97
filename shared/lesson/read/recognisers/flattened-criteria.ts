import { recogniser } from '../recogniser';
import { cellSentences } from './flattened-objectives';

/**
 * A grid flattened into one paragraph, its success criteria's cell among the rest:
 * "... Success Criteria Listen actively to the sounds of the language. Respond to greetings.
 * ... IDL Learning covered ...". Gives the cell's sentences, up to the next cell.
 */
export const flattenedCriteria = recogniser('flattened-criteria', (text) =>
  cellSentences(text, ['success criteria:', 'success criteria ']),
);
