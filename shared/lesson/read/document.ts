import type { LessonInput, PlanFormat } from '../types';
import { type PlanBlock, placeBlocks } from './blocks';
import { htmlBlocks } from './html-blocks';
import { CLOCK_CELL, headerRow, TIME_COLUMN, timeAndActivity } from './recognisers/header-row';
import { provenanceLines, textBlocks } from './text-blocks';

export interface PlanDocument {
  format: PlanFormat;
  /** The plan's lines as line numbers count them: its own for text, one a block for HTML. */
  lines: string[];
  blocks: PlanBlock[];
}

/** True when the text looks like markup rather than a plan that mentions a tag in passing. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /<!doctype html|<html[\s>]|<body[\s>]/i.test(head) ||
    (head.match(/<\/(p|div|li|h[1-6]|td|span)>/gi)?.length ?? 0) >= 2
  );
}

/** A bare number or range under a time column ("10", "0-10"): minutes, as the column's name says. */
const BARE_MINUTES = /^\d{1,3}(?:[-–]\d{1,3})?$/;

/**
 * A table whose row of column names has a "Time", "Mins" or "Duration" column: each row's
 * number in that column is its minutes, or its clock time when the part starts. A row that opens
 * with a clock time ("9:15 | Input: ...") is timed by it without column names. Marked on the rows,
 * whatever the table was written in.
 */
function markTimeColumns(blocks: PlanBlock[]): PlanBlock[] {
  let column: number | undefined;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading') column = undefined;
    if (block.kind !== 'row' || block.cells === undefined) continue;
    const next = blocks[index + 1]?.cells?.[0] ?? '';
    if (timeAndActivity(block.cells) && (BARE_MINUTES.test(next) || CLOCK_CELL.test(next))) {
      block.header = true;
      column = 0;
    } else if (headerRow.read(block.text) !== undefined) {
      const index = block.cells.findIndex((cell) => TIME_COLUMN.test(cell));
      column = index === -1 ? undefined : index;
    } else if (column !== undefined) {
      const cell = block.cells[column] ?? '';
      if (BARE_MINUTES.test(cell) || CLOCK_CELL.test(cell)) block.timeCell = column;
    } else if (block.cells.length >= 2 && CLOCK_CELL.test(block.cells[0]!)) block.timeCell = 0;
  }
  return blocks;
}

/** The first pass: whatever the plan was written in, its blocks and lines. */
export function readDocument(input: LessonInput): PlanDocument {
  if (input.blocks !== undefined) {
    const { blocks, lines } = placeBlocks(input.blocks);
    return { format: 'html', lines, blocks: markTimeColumns(blocks) };
  }
  const format = input.format ?? (looksLikeHtml(input.text) ? 'html' : 'text');
  if (format === 'html') {
    const { blocks, lines } = placeBlocks(htmlBlocks(input.text));
    return { format, lines, blocks: markTimeColumns(blocks) };
  }
  // Most text has no carriage return: a split at "\n" alone is the same, and quicker.
  const lines = input.text.includes('\r') ? input.text.split(/\r\n|\r|\n/) : input.text.split('\n');
  const blocks = markTimeColumns(textBlocks(lines));
  for (const index of provenanceLines(lines)) lines[index] = '';
  return { format, lines, blocks };
}
