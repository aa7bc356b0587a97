import { a1 } from '../../sheet/address';
import { type CellValue, cellText } from '../../sheet/cell';
import type { ScaleDefinition } from '../scales';

/** A key to the grades written on the sheet ("Key: B = Beginning, D = Developing, S = Secure"). */
export interface KeyRead {
  /** 0-based rows that hold the key, with the key's first cell. */
  rows: Map<number, { cell: string; text: string }>;
  /** The grades the key names, lowest first; empty when it names fewer than two. */
  grades: string[];
  /** Codes the key says mean absent or not assessed ("X = absent"). */
  absent: string[];
}

// "Key:", "KEY - ", a bare "Key" with the items across the row, or "Key X = absent"; not a
// pupil called Key, nor a title about Key Stage 2.
const KEY_START = /^key\s*([:\-–]|$)/i;
const isKeyText = (text: string) => KEY_START.test(text) || (/^key\b/i.test(text) && text.includes('='));
const ABSENCE =
  /\b(absent|absence|not assessed|not sat|not entered|not submitted|not taken|missing|ill|exempt|disapplied|no data|no entry)\b/i;

// Words a key uses for how high a grade is: a key written highest first is read the other way up.
const RANKS: [RegExp, number][] = [
  [/\b(below|pre|not yet|not met|beginning|emerging|foundation\w*|entering)\b/i, 0],
  [/\b(greater depth|exceed\w*|master\w*|excellent|excell\w*|gold|above|outstanding|advanced)\b/i, 3],
  [/\b(working towards|towards|developing|approaching|bronze|basic)\b/i, 1],
  [/\b(expected|secure\w*|meeting|met|achieved|silver|good|at)\b/i, 2],
];

function rankOf(text: string): number | undefined {
  for (const [words, rank] of RANKS) if (words.test(text)) return rank;
  return undefined;
}

/** Splits a key's text into items at ; , | and runs of two or more spaces, in one pass. */
function keyItems(text: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const doubleSpace = ch === ' ' && text[i + 1] === ' ';
    if (ch === ';' || ch === ',' || ch === '|' || ch === '\n' || doubleSpace) {
      if (item.trim() !== '') items.push(item.trim());
      item = '';
    } else item += ch;
  }
  if (item.trim() !== '') items.push(item.trim());
  return items;
}

const SEPARATORS = ['=', ':', ' - ', ' – ', ' — '];

/** "B = Beginning" -> code B, meaning Beginning; a bare "Bronze" is its own code. */
function codeAndMeaning(item: string): { code: string; meaning: string } | null {
  let text = item;
  while (text.startsWith('(') || text.startsWith('[')) text = text.slice(1);
  while (text.endsWith(')') || text.endsWith(']')) text = text.slice(0, -1);
  let code = text.trim();
  let meaning = '';
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0) {
      code = text.slice(0, at).trim();
      meaning = text.slice(at + separator.length).trim();
      break;
    }
  }
  // A code is short and has a letter or digit: "+/-" is a note on the grades, not one of them.
  if (code === '' || code.length > 30 || !/[a-z0-9]/i.test(code)) return null;
  return { code, meaning };
}

/**
 * Key pass: a row starting "Key" (above or under the table, its items in that cell or across
 * the row) says what the grades are and which codes mean absent. Grades are read lowest first,
 * as keys are usually written, unless their meanings say the key runs from the top.
 */
export function readKey(values: CellValue[][]): KeyRead {
  const rows: KeyRead['rows'] = new Map();
  const entries: { code: string; meaning: string }[] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = row.findIndex((cell) => cellText(cell) !== '');
    if (first === -1) continue;
    const text = cellText(row[first]);
    if (!isKeyText(text)) continue;
    rows.set(r, { cell: a1(first, r + 1), text });
    let rest = text.slice(3);
    while (rest.startsWith(':') || rest.startsWith('-') || rest.startsWith(' ')) rest = rest.slice(1);
    const items = [...keyItems(rest)];
    for (let c = first + 1; c < row.length; c++) items.push(...keyItems(cellText(row[c])));
    for (const item of items) {
      const entry = codeAndMeaning(item);
      if (entry !== null) entries.push(entry);
    }
  }
  const absent = entries.filter((e) => ABSENCE.test(e.meaning)).map((e) => e.code);
  let grades = entries.filter((e) => !ABSENCE.test(e.meaning));
  const firstRank = grades[0] && rankOf(`${grades[0].code} ${grades[0].meaning}`);
  const lastRank =
    grades.length > 0
      ? rankOf(`${grades[grades.length - 1]!.code} ${grades[grades.length - 1]!.meaning}`)
      : undefined;
  if (firstRank !== undefined && lastRank !== undefined && firstRank > lastRank)
    grades = [...grades].reverse();
  const codes = [...new Set(grades.map((e) => e.code))];
  return { rows, grades: codes.length >= 2 ? codes : [], absent };
}

/** The key's grades as a scale, lowest first, one step apart. */
export function keyScale(grades: string[], row: number): ScaleDefinition {
  return {
    id: 'key',
    name: `the key in row ${row}`,
    expects: `a grade from the key in row ${row} (${grades.join(', ')})`,
    kind: 'ordinal',
    grades: grades.map((label, points) => ({ label, points })),
    step: 1,
    expectedPerYear: 0,
    highFrom: grades.length - 1,
  };
}
