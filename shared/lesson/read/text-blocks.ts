import type { PlanBlock } from './blocks';
import { boldLine } from './recognisers/bold-line';
import { isCapitalised } from './recognisers/capitalised-heading';
import { CLOCK_CELL, headerRow, rowCells, TIME_COLUMN } from './recognisers/header-row';
import { listItem } from './recognisers/list-item';
import { markdownHeading } from './recognisers/markdown-heading';
import { provenanceNote } from './recognisers/provenance-note';
import { tableRow } from './recognisers/table-row';
import { tableRule } from './recognisers/table-rule';
import { hasSpaced, withoutEmphasis, wordCount } from './text';

/**
 * The splitter for plain text and Markdown: one block to a line, as teachers type plans (a
 * line is a heading, a list item, a table row or a paragraph), so every block keeps the line
 * number the teacher sees.
 */

/**
 * One space for each run of spaces, one tab for a run with a tab in it (tabs separate table
 * cells): no pattern after this meets a long run of whitespace.
 */
function collapseWhitespace(text: string): string {
  // Two tests, not one /\s\s|\t/: V8 scans a line for either alone about three times as fast.
  if (!text.includes('\t') && !/\s\s/.test(text)) return text;
  let out = '';
  let run = '';
  for (const char of text) {
    if (
      char === ' ' ||
      char === '\t' ||
      char === '\n' ||
      char === '\r' ||
      char === '\f' ||
      char === '\v' ||
      char === '\u00a0'
    ) {
      run += char;
      continue;
    }
    if (run !== '') out += run.includes('\t') ? '\t' : ' ';
    run = '';
    out += char;
  }
  if (run !== '') out += run.includes('\t') ? '\t' : ' ';
  return out;
}

/**
 * Markdown's inline marks that do not change the words: bold, underline-bold and code. Most lines
 * have none, which three searches for a single character tell sooner than the pattern does.
 */
const withoutInlineMarks = (text: string) =>
  text.includes('*') || text.includes('_') || text.includes('`')
    ? withoutEmphasis(text.replace(/\*\*|__|`/g, ''))
    : text;

/**
 * Markdown's quote marks ("> **Correction:** Jenner had no idea...", ">> ...and what is the word?"):
 * a plan sets a note or a script apart with them, and the words inside read as any other line's.
 */
function withoutQuoteMarks(text: string): string {
  if (!text.startsWith('>')) return text;
  let at = 0;
  while (text[at] === '>' || text[at] === ' ') at += 1;
  return text.slice(at);
}

/** "------", "=====", "* * *": a line drawn across the page between parts, with no words. */
function isDivider(text: string): boolean {
  if (text.length < 3 || !DIVIDER_MARKS.includes(text[0]!)) return false;
  for (const char of text) if (!DIVIDER_MARKS.includes(char) && char !== ' ') return false;
  return true;
}
const DIVIDER_MARKS = '-=_*~–—';

/** Reads one line of a plan as a block, or undefined for a blank line, a divider or a table's rule. */
export function lineBlock(raw: string, line: number, atTop: boolean): PlanBlock | undefined {
  let text = withoutQuoteMarks(collapseWhitespace(raw).trim());
  if (text === '' || (atTop && provenanceNote.read(text) !== undefined) || isDivider(text)) return undefined;
  const heading = markdownHeading.read(text);
  if (heading !== undefined) {
    // A numbered heading ("### 2. Lesson") is named by its words.
    const words = withoutInlineMarks(listItem.read(heading.text)?.text ?? heading.text).trim();
    return words === '' ? undefined : { kind: 'heading', text: words, line, level: heading.level };
  }
  if (text.includes('|')) {
    if (tableRule.read(text) !== undefined) return undefined;
    if (text.startsWith('|')) text = text.slice(text[1] === ' ' ? 2 : 1);
    if (text.endsWith('|')) text = text.slice(0, text.endsWith(' |') ? -2 : -1);
  }
  const item = listItem.read(text);
  if (item !== undefined) text = item.text;
  const emphasised = boldLine.read(text) !== undefined;
  text = withoutInlineMarks(text).trim();
  if (text === '') return undefined;
  const cells = tableRow.read(text);
  const block: PlanBlock =
    cells !== undefined
      ? { kind: 'row', text, line, cells }
      : item !== undefined
        ? { kind: 'item', text, line, marker: item.marker }
        : { kind: 'paragraph', text, line };
  // A list item in capitals ("IDLE3", "CVC") is an item, not a heading.
  if (emphasised || (item === undefined && isCapitalised(text))) block.emphasised = true;
  return block;
}

/** A flattened row that opens with a clock time: "9:15 / ", "9:10-9:25 / ". */
const CLOCK_ROW_START = /^\d{1,2}[:.]\d{2}(?: ?[-–] ?\d{1,2}[:.]\d{2})? \/ /;
/** A flattened row's first cell, its minutes or clock time: "10 / ", "20-32 / ", "9:00 / ", "9:10-9:25 / ". */
const SLASH_ROW_START = /^(?:\d{1,3}(?:[-–]\d{1,3})?|\d{1,2}[:.]\d{2}(?: ?[-–] ?\d{1,2}[:.]\d{2})?) \/ /;

/**
 * A table a crawl or a paste flattened with " / " between its cells: once a row of column
 * names reads "Mins / Tutor Activity / Trainee Activity", each line that opens with a time
 * ("10 / Introduce the session / Groups: ...", "9:00 / Starter: ...") is a row of it. Lines
 * between rows run on.
 */
function slashRow(block: PlanBlock, inTable: boolean): PlanBlock {
  if (block.kind !== 'paragraph' || !hasSpaced(block.text, '/')) return block;
  // "9:15 / Input: ...": a clock time before the first " / " is a timetable's row, with or without column names.
  if (!inTable && CLOCK_ROW_START.test(block.text))
    return { ...block, kind: 'row', cells: rowCells(block.text) };
  if (!inTable && headerRow.read(block.text) === undefined) return block;
  if (inTable && !SLASH_ROW_START.test(block.text)) return block;
  return { ...block, kind: 'row', cells: rowCells(block.text) };
}

/**
 * The lines at the top of a file that note where it came from ("# source: ...", "# form: ...")
 * or are a site template's code: the reader skips them, and so, blanked in the plan's lines
 * (which keep their numbering), does every check that searches the plan's text.
 */
export function provenanceLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (let index = 0; index < Math.min(lines.length, 12); index++) {
    const text = lines[index]!.trim();
    if (text === '') continue;
    if (provenanceNote.read(text) === undefined) {
      // Only notes before the plan begins; a template's code line may sit below front matter.
      if (!(text.startsWith('<%') || text === '---' || /^[a-z_]{1,20}: /.test(text))) break;
      continue;
    }
    found.push(index);
  }
  return found;
}

/** The width from which a typed line is taken to wrap at its end rather than stop. */
const WRAP_WIDTH = 50;

/** Whether a typed line runs on from the line above: indented, under a long line with no colon at its end. */
export function wrapsLine(raw: string, above: string): boolean {
  if (!(raw.startsWith('  ') || raw.startsWith('\t'))) return false;
  // Markdown's two spaces at a line's end break it on purpose ("...1000, 1111  " over "*(Answers: 3, 5, 8, 15)*").
  if (above.endsWith('  ')) return false;
  // "   *(Answers: 3, 5, 8, 15)*": an aside in brackets under an item is a note on it, not more of its words.
  if (/^[*_]?\(/.test(raw.trimStart())) return false;
  const end = above.trimEnd();
  return end.length >= WRAP_WIDTH && !end.endsWith(':');
}

/** Whether a block's line wraps the block straight above it, a paragraph or list item. */
function wrapsLineAbove(
  raw: string,
  above: string | undefined,
  previous: PlanBlock | undefined,
  line: number,
): boolean {
  if (above === undefined || previous === undefined || previous.line !== line - 1) return false;
  if (previous.kind === 'heading' || previous.kind === 'row') return false;
  return wrapsLine(raw, above) || hardWrapped(raw, above);
}

/** The width a text editor's hard wrap breaks lines at, or near it. */
const HARD_WRAP_WIDTH = 70;

/**
 * "...Be clear - people were moved" over "out first, the houses were demolished...": a sentence a
 * plain-text file broke at its width goes on, unindented, in lower case, after a long line that
 * stops mid-sentence.
 */
function hardWrapped(raw: string, above: string): boolean {
  const end = above.trimEnd();
  if (end.length < HARD_WRAP_WIDTH || '.:;!?)'.includes(end[end.length - 1]!)) return false;
  const first = raw[0] ?? '';
  return first >= 'a' && first <= 'z';
}

/** A column's name as Word's plain text leaves it, alone on its line: "Time", "Teaching", "AfL". */
const COLUMN_NAME = /^[A-Za-z][A-Za-z '’&/-]{0,24}$/;

const WEEKDAY = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|rsday)?$/i;

/** The short paragraphs on consecutive lines from `start`: a table's cells, a line each. */
function shortLinesFrom(blocks: readonly PlanBlock[], start: number, words: number): PlanBlock[] {
  const run: PlanBlock[] = [];
  for (let next = start; next < blocks.length; next++) {
    const block = blocks[next]!;
    const previous = run[run.length - 1];
    if (block.kind !== 'paragraph' || block.text.length > 40 || wordCount(block.text, words + 1) > words)
      break;
    if (previous !== undefined && block.line !== previous.line + 1) break;
    run.push(block);
  }
  return run;
}

/**
 * A table saved as plain text puts each cell on a line of its own. Its row of column names ("Time" /
 * "Teaching" / "Children" / "Adults" / "AfL") is one block of them where three names or more run on,
 * one the time column. Where the lines after the names fill whole rows, with nothing else before the
 * gap ("Group" / "Mon" / "Tues" ... then "Kingfishers" / "Indep" / "Teacher" ...), each row is a block.
 */
function cellsOnLines(blocks: PlanBlock[]): PlanBlock[] {
  const out: PlanBlock[] = [];
  const row = (cells: readonly PlanBlock[]): PlanBlock => ({
    kind: 'row',
    text: cells.map((cell) => cell.text).join(' | '),
    line: cells[0]!.line,
    cells: cells.map((cell) => cell.text),
  });
  // Each run of short lines is read once, so a long list of one-word lines costs one pass.
  for (let index = 0; index < blocks.length; ) {
    const run = shortLinesFrom(blocks, index, 4);
    if (run.length < 3) {
      out.push(blocks[index]!);
      index += 1;
      continue;
    }
    // "Group" / "Mon" / "Tues" / "Wed": a first column's name, then the days of the week.
    const start = run.findIndex(
      (_, at) => at + 3 < run.length && [1, 2, 3].every((step) => WEEKDAY.test(run[at + step]!.text)),
    );
    let days = 0;
    while (start !== -1 && start + days + 1 < run.length && WEEKDAY.test(run[start + days + 1]!.text))
      days += 1;
    const width = days + 1;
    const cells = run.length - start;
    if (start !== -1 && cells % width === 0 && cells / width >= 3) {
      out.push(...run.slice(0, start));
      for (let at = start; at < run.length; at += width) out.push(row(run.slice(at, at + width)));
      index += run.length;
      continue;
    }
    // The column names, and perhaps the first row's time after them ("Time" ... "Resources" / "10:05").
    let names = 0;
    while (names < run.length && COLUMN_NAME.test(run[names]!.text) && wordCount(run[names]!.text, 4) <= 3)
      names += 1;
    const rows =
      names >= 3 && TIME_COLUMN.test(run[0]!.text) ? timedRows(blocks, index + names, names) : undefined;
    if (rows !== undefined) {
      out.push(
        row(run.slice(0, names)),
        ...rows.map((cells) => row(cells.filter((cell) => !EMPTY_CELL.has(cell.text)))),
      );
      index += names + rows.reduce((sum, cells) => sum + cells.length, 0);
      continue;
    }
    if (
      run.every((block) => COLUMN_NAME.test(block.text) && wordCount(block.text, 4) <= 3) &&
      run.some((block) => TIME_COLUMN.test(block.text))
    )
      out.push(row(run));
    else out.push(...run);
    index += run.length;
  }
  return out;
}

/** A dash alone where a cell or a heading's text would be. */
const DASHES = new Set(['-', '–', '—']);
const EMPTY_CELL = new Set([...DASHES, 'n/a', 'N/A']);

/**
 * The rows under a time column's names when each opens with its time on the next line and holds at
 * most a cell a column: "10:05" / "Do Now - on the board..." / "Meet at door..." / "Slide 1, MWBs".
 * A row with more lines than columns has cells that run over lines: the table is not read this way.
 */
function timedRows(blocks: readonly PlanBlock[], start: number, width: number): PlanBlock[][] | undefined {
  const rows: PlanBlock[][] = [];
  let index = start;
  const follows = (at: number) =>
    blocks[at]?.kind === 'paragraph' && blocks[at]!.line === blocks[at - 1]!.line + 1;
  while (follows(index) && CLOCK_CELL.test(blocks[index]!.text)) {
    const cells = [blocks[index]!];
    index += 1;
    while (follows(index) && !CLOCK_CELL.test(blocks[index]!.text) && cells.length < width) {
      cells.push(blocks[index]!);
      index += 1;
    }
    rows.push(cells);
  }
  // A time a few lines on, past a row full of cells, means that row's cells ran over lines.
  for (let ahead = index; ahead < index + width && follows(ahead); ahead++)
    if (CLOCK_CELL.test(blocks[ahead]!.text)) return undefined;
  return rows.length >= 2 ? rows : undefined;
}

/** The blocks of a plan typed as text or Markdown; `lines` are the plan's own lines. */
export function textBlocks(lines: readonly string[]): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  let slashTable = false;
  lines.forEach((raw, index) => {
    let block = lineBlock(raw, index + 1, index < 12 && !blocks.some((seen) => seen.kind === 'heading'));
    if (block === undefined) return;
    if (
      block.kind === 'paragraph' &&
      wrapsLineAbove(raw, lines[index - 1], blocks[blocks.length - 1], index + 1)
    )
      block.runsOn = true;
    if (block.kind === 'heading') slashTable = false;
    block = slashRow(block, slashTable);
    if (block.kind === 'row' && !block.text.includes('|') && !block.text.includes('\t')) slashTable = true;
    blocks.push(block);
  });
  // "SEND / access arrangements" over a lone "–": a dash left where nothing is written yet.
  return cellsOnLines(blocks).filter((block) => block.kind !== 'paragraph' || !DASHES.has(block.text));
}
