/** Small linear-time text helpers the reader uses instead of patterns that could backtrack. */

export const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0';

/**
 * How many words `text.split(' ')` gives (an empty one for each extra space included), counted
 * without building them: a plan's lines are counted many times over. With a `limit`, counting
 * stops once past it, so a long line compared with a few words is not read to its end.
 */
export function wordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 1;
  for (let at = text.indexOf(' '); at !== -1 && count <= limit; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/**
 * Where `text` first has `words` with a space either side, as `text.indexOf(` ${words} `, from)`
 * finds it: searched for by the words themselves, since a search that opens with a space stops
 * at every space of the text, several times slower over a plan's sentences.
 */
export function indexOfSpaced(text: string, words: string, from = 0): number {
  for (let at = text.indexOf(words, from + 1); at !== -1; at = text.indexOf(words, at + 1)) {
    if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + words.length) === 32) return at - 1;
  }
  return -1;
}

/** Whether `text` has `words` with a space either side (" / ", " such as "), as `indexOfSpaced` finds them. */
export const hasSpaced = (text: string, words: string) => indexOfSpaced(text, words) !== -1;

/** The text without its bracketed asides: "Adult-led group (6 children, 15 mins)" → "Adult-led group  ". */
export function withoutBrackets(text: string, open = '(', close = ')'): string {
  if (!text.includes(open)) return text;
  let out = '';
  let start = 0;
  for (let index = text.indexOf(open); index !== -1; index = text.indexOf(open, start)) {
    const end = text.indexOf(close, index + 1);
    // An unclosed bracket is kept as written, as the pattern it replaces did.
    if (end === -1) break;
    out += `${text.slice(start, index)} `;
    start = end + 1;
  }
  return out + text.slice(start);
}

/** The text without the characters in `chars` at its end: "Energy**." → "Energy". */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The text without the characters in `chars` at either end: "--- MISCONCEPTIONS ---" → "MISCONCEPTIONS". */
export function trimOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return trimEndOf(text.slice(start), chars);
}

const OPENING_EMPHASIS = /^\*{1,2}(?=\p{L})/u;
const CLOSING_EMPHASIS = /(\p{L})\*{1,2}([.,;:!?]?)$/u;

/**
 * "understood *why* his vaccine worked": the stars round words mark emphasis, not words. A star
 * closes only what one opened: "aiming A/A*" keeps its grade.
 */
export function withoutEmphasis(text: string): string {
  if (!text.includes('*')) return text;
  let open = false;
  return text
    .split(' ')
    .map((word) => {
      const opened = word.replace(OPENING_EMPHASIS, '');
      if (opened !== word) open = true;
      if (!open) return word;
      const closed = opened.replace(CLOSING_EMPHASIS, '$1$2');
      if (closed !== opened) open = false;
      return closed;
    })
    .join(' ');
}

/** A capitalised word and only that: "Amira", "Zoë"; not "TA", "Y6" nor "and". */
const NAME = /^\p{Lu}\p{Ll}+$/u;
const NAME_JOINS = new Set(['and', '+', '&']);

/**
 * Whether the text names pupils in a list: three names joined by commas, "and", "+" or "&"
 * ("Jayden, Amira, Leo"), or two joined by a word after "for" ("copies for Harvey + Sophie").
 * Read a word at a time: the one pattern that said this took the linear-time check longest to clear.
 */
export function namesPupils(text: string): boolean {
  // The names in the list being read, whether the last asked for another (a comma after it or a
  // join word since), whether a join word did, and whether the list opened after "for".
  let names = 0;
  let open = false;
  let byWord = false;
  let afterFor = false;
  let previous = '';
  for (const word of text.split(' ')) {
    if (names > 0 && !open && NAME_JOINS.has(word)) {
      open = true;
      byWord = true;
      previous = word;
      continue;
    }
    const bare = trimOf(word, '(),.;:!?');
    if (!NAME.test(bare)) {
      names = 0;
      open = false;
    } else {
      if (names > 0 && open) names++;
      else {
        names = 1;
        afterFor = previous === 'for';
      }
      if (names >= 3 || (names === 2 && afterFor && byWord)) return true;
      byWord = false;
      open = word.endsWith(',');
      // "Leo." or "(Amira)" closes the list there.
      if (!open && bare !== word) names = 0;
    }
    previous = word;
  }
  return false;
}

/** "LA -", "HA –", "Ice -", "Oliwia (EAL – Polish) –": a field's label with a dash and nothing after it, left to fill in. */
const EMPTY_FIELD = /^[\p{L}][\p{L}\d &/+'.]{0,30}(?: ?\([^()]{1,30}\))?[ ]?[-–—]$/u;
export const isEmptyField = (text: string) => EMPTY_FIELD.test(text.trim());

/** Where a statement's examples begin: "...a multiple of the other, e.g. 1/2 + 1/4", "...(e.g. 3x + 4)". */
const EXAMPLE_MARKS = [', e.g', ' (e.g', ' e.g.', ', eg ', ', for example', ' – e.g', ' - e.g'];

/** A statement up to the examples it goes on to give: an objective's or a belief's own words. */
export function beforeItsExamples(text: string): string {
  const lower = text.toLowerCase();
  const cuts = EXAMPLE_MARKS.map((mark) => lower.indexOf(mark)).filter((at) => at > 0);
  return cuts.length === 0 ? text : text.slice(0, Math.min(...cuts));
}
