import { recogniser } from '../recogniser';
import { trimEndOf } from '../text';

const BAND =
  /^(all|most|some|must|should|could)(?: (?:students|pupils|children|learners))?(?: (?:will|should|could|must|can|may|are))?(?: be able to| able to)?$/;

/**
 * "All students are able to:", "Most pupils will be able to", "Some:": the header of one band
 * of differentiated outcomes. The outcomes under it are success criteria; the header is not.
 */
const BAND_WORDS = new Set(['all', 'most', 'some', 'must', 'should', 'could']);

export const outcomeBand = recogniser('outcome-band', (text) => {
  if (text.length > 60) return undefined;
  const space = text.indexOf(' ');
  const first = (space === -1 ? text : text.slice(0, space)).toLowerCase().replace(/:$/, '');
  if (!BAND_WORDS.has(first)) return undefined;
  const colon = text.trimEnd().endsWith(':');
  const lower = trimEndOf(text.toLowerCase(), ' :.…').trim();
  const band = BAND.exec(lower)?.[1];
  // A band word alone is a header only with its colon: "Some:" but not "Some".
  if (band === undefined || (lower === band && !colon)) return undefined;
  return band as 'all' | 'most' | 'some' | 'must' | 'should' | 'could';
});
