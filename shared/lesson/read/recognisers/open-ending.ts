import { recogniser } from '../recogniser';
import { trimEndOf } from '../text';

/** Words an English sentence cannot end on: a text that stops on one was cut off ("...and circulate as"). */
const DANGLING = new Set(
  (
    'a an the and or but nor so as at by for from in into of on onto to with without than that which who whose ' +
    'when where while if because although though until unless whether is are was were be been being has have had ' +
    'will would can could should must may might do does did their its our your his her my this these those such very'
  ).split(' '),
);

/**
 * Letter classes (`\p{L}`) outside brackets are kept in constants: the bundle writes such a
 * pattern as `new RegExp(...)`, which inline would build a new pattern on every call.
 */
const LETTER = /\p{L}/u;

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
  return (
    last === ',' ||
    last === '-' ||
    last === '–' ||
    (LETTER.test(last) && DANGLING.has(lastWord) && !endsOnParticle(text, lastWord))
  );
}

/** "pack away 2 min before, log off, chairs in": a list of brief actions whose last ends on its particle. */
const PARTICLES = new Set(['in', 'on']);
const MOST_ACTION_WORDS = 3;

function endsOnParticle(text: string, lastWord: string): boolean {
  const comma = text.lastIndexOf(', ');
  return (
    PARTICLES.has(lastWord) &&
    comma !== -1 &&
    text
      .slice(comma + 2)
      .split(' ')
      .filter((word) => word !== '').length <= MOST_ACTION_WORDS
  );
}

/**
 * The opening words of a long cell cut to a heading, without an aside left open ("... (insert")
 * or a word no phrase ends on ("... introducing the structure and"): still the plan's own words.
 */
export function withoutOpenEnd(text: string): string {
  let cut = text;
  const open = cut.lastIndexOf('(');
  if (open > 20 && !cut.includes(')', open)) cut = cut.slice(0, open).trimEnd();
  const words = cut.split(' ');
  while (words.length > 3 && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return trimEndOf(words.join(' '), ',;:–-').trimEnd();
}

/** A line of prose of six words or more that stops mid-sentence. */
export const openEnding = recogniser('open-ending', (text) => (opensOn(text.trim(), 6) ? true : undefined));
