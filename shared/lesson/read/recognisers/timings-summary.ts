import { recogniser } from '../recogniser';

/** "Timings roughly:", "**Timings (approx):**", "Rough timings:": a line that sums up the parts' minutes. */
const OPENING =
  /^\**(?:rough )?timings?(?: roughly| \(?approx(?:imately|\.)?\)?| \(?rough(?:ly)?\)?)? ?:\** ?/i;
/** "video + diagram 15", "recap 5?": a part's words, then its minutes. */
const ENTRY = /^(\p{L}[\p{L} +&/'-]{0,40}?) (\d{1,2})\??$/u;

/** A part and its minutes, as the summary names them. */
export interface SummaryEntry {
  name: string;
  minutes: number;
}

/**
 * "**Timings roughly:** retrieval 10, vocab 5, video + diagram 15, worksheet 15, recap 5?": a prose plan's
 * minutes for its parts, in order, on one line after them. Gives each part's words and minutes; a line
 * whose entries are not all so is no summary.
 */
export const timingsSummary = recogniser('timings-summary', (text): SummaryEntry[] | undefined => {
  const opening = OPENING.exec(text);
  if (opening === null) return undefined;
  const entries = text
    .slice(opening[0].length)
    .split(',')
    .map((entry) => ENTRY.exec(entry.trim().replace(/\.$/, '')));
  if (entries.length < 2 || entries.some((entry) => entry === null)) return undefined;
  return entries.map((entry) => ({ name: entry![1]!, minutes: Number(entry![2]) }));
});
