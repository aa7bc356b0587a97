import { recogniser } from '../recogniser';

/** Words an English sentence cannot end on: a text that stops on one was cut off ("...and circulate as"). */
const DANGLING = new Set(
  (
    'a an the and or but nor so as at by for from in into of on onto to with without than that which who whose ' +
    'when where while if because although though until unless whether is are was were be been being has have had ' +
    'will would can could should must may might do does did their its our your his her my this these those such very'
  ).split(' '),
);

/**
 * A line that stops part-way through a sentence: on a comma or a dash, or on a word no sentence
 * ends on ("...model how it is used and circulate as"). `minWords` keeps a short label
 * ("Notes for the") or a note without its full stop ("HW finish sheet") from counting.
 */
export function opensOn(text: string, minWords: number): boolean {
  const words = text.split(' ').filter((word) => word !== '');
  if (words.length < minWords) return false;
  const last = text[text.length - 1]!;
  const lastWord = words[words.length - 1]!.toLowerCase();
  return last === ',' || last === '-' || last === '–' || (/\p{L}/u.test(last) && DANGLING.has(lastWord));
}

/** A line of prose of six words or more that stops mid-sentence. */
export const openEnding = recogniser('open-ending', (text) => (opensOn(text.trim(), 6) ? true : undefined));
