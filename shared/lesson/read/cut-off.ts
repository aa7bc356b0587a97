import type { PlanItem } from '../types';
import { opensOn } from './recognisers/open-ending';

/** A list item as typed: "- ", "* ", "• ", "3. ", "2) ". */
const ITEM_MARKER = /^(?:[-*•]|\d{1,3}[.)])\s/;

/**
 * The last word is a code the text cut through: "MLAN 2-0" where the plan lists "MLAN 2-01a"
 * again and again. A code (it has a digit) that the text never uses whole, the start of one it
 * uses at least twice.
 */
function endsMidCode(lines: readonly string[], last: string): boolean {
  const words = last.split(' ');
  const code = words[words.length - 1]!;
  if (code.length < 3 || !/\d/.test(code) || /[.!?;:)]$/.test(code)) return false;
  let whole = 0;
  let longer = 0;
  for (const line of lines) {
    if (!line.includes(code)) continue;
    for (const word of line.split(' ')) {
      if (word === code) whole += 1;
      else if (word.length > code.length && word.startsWith(code)) longer += 1;
    }
  }
  // The last line's own copy of the code is the one use of it whole.
  return whole <= 1 && longer >= 2;
}

/**
 * A Markdown table's last row without its closing bar, where the rows before it close theirs:
 * "| 10 | Introduce the" after "| 5 | Starter | Quiz |".
 */
function endsMidRow(lines: readonly string[], index: number, last: string): boolean {
  if (!last.startsWith('|') || last.endsWith('|')) return false;
  const before = lines[index - 1]?.trim() ?? '';
  return before.startsWith('|') && before.endsWith('|');
}

/** A field's label before its value: "Resources: ", "Equipment needed: ". */
/** A teacher's note to self by its label: "Note to self –", "NB:", "TODO", "Reminder:", "To do:". */
const NOTE_TO_SELF =
  /^(?:[-*•]\s)?(?:note to self|notes? for me|NB|N\.B\.|TODO|to do|reminder|remember to)\b/i;

const LABELLED_LIST = /^[\p{L} /&]{2,30}: /u;

/** A line of at least this many words is a sentence or more of prose, which a writer finishes. */
const LONG_LINE = 15;

const wordCount = (text: string) => {
  let count = 0;
  let inWord = false;
  for (const char of text) {
    const space = char === ' ' || char === '\t';
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
};

/** How a finished sentence or note ends: a stop, a question, a bracket or quote closing, a colon before a list. */
const finished = (text: string) => /[.!?)\]"”’':;…*_]$/.test(text);

/**
 * A long last line of prose that stops without finishing, in a plan whose other long lines
 * are finished sentences: "...because if they put age < 65 before age < 16 then". A writer
 * who ends every other paragraph with a full stop did not end this one.
 */
function endsUnfinished(lines: readonly string[], index: number, last: string): boolean {
  if (finished(last) || wordCount(last) < LONG_LINE) return false;
  let long = 0;
  let ended = 0;
  for (let other = 0; other < index; other++) {
    const text = lines[other]!.trim();
    if (text.length < LONG_LINE * 2 || text.includes('|') || wordCount(text) < LONG_LINE) continue;
    long += 1;
    if (finished(text)) ended += 1;
  }
  return ended >= 2 && ended * 3 >= long * 2;
}

/**
 * Where the text stops part-way, when it does: its last line is prose of six words or more that
 * stops mid-sentence; a list item that does (an open item); a long line left unfinished where the
 * plan finishes its others; a row cut before its end; or a code cut through. A last line that simply lacks its full stop ("Resources: mini whiteboards"), or a
 * whole table row, is not a cut.
 */
export function readCutOff(lines: readonly string[]): PlanItem | undefined {
  let index = lines.length - 1;
  while (index >= 0 && lines[index]!.trim() === '') index -= 1;
  if (index < 0) return undefined;
  const text = lines[index]!.trim();
  const at = { text, line: index + 1 };
  if (text.startsWith('#')) return undefined;
  // "Note to self – check Lily's NEA draft...": a jotted note to self ends where the teacher stopped writing.
  if (NOTE_TO_SELF.test(text)) return undefined;
  if (endsMidRow(lines, index, text)) return at;
  if (endsMidCode(lines, text)) return at;
  if (text.includes('|')) return undefined;
  const item = ITEM_MARKER.exec(text);
  const open = item === null ? opensOn(text, 6) : opensOn(text.slice(item[0].length), 4);
  if (open) return at;
  // "Resources: ai sound card, speed sound cards, ..., phonics books": a labelled list needs no full stop.
  if (LABELLED_LIST.test(text) && text.split(', ').length >= 3) return undefined;
  return endsUnfinished(lines, index, text) ? at : undefined;
}
