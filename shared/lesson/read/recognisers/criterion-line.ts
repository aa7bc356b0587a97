import { recogniser } from '../recogniser';
import { objectiveStem } from './objective-stem';
import { outcomeBand } from './outcome-band';

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
