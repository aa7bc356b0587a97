import { recogniser } from '../recogniser';
import { wordCount } from '../text';
import { MAX_CELLS } from './table-row';

/** Splits a row on bars and tabs, and on " / " where a crawl flattened a table's cells with it. */
export function rowCells(text: string): string[] {
  const bars = text.includes('|') || text.includes('\t');
  // "9:55 / Tidy up / ": a flattened row's empty last cell leaves its separator at the end.
  const cells = bars || !text.endsWith(' /') ? text : text.slice(0, -2);
  return cells
    .split(bars ? /[|\t]/ : / \/ /, MAX_CELLS)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

/**
 * "Time | Phase | Activity", "Lesson part | Teacher | Children", "Mins / Tutor Activity /
 * Trainee Activity", "Time | What’s happening | Teacher notes": a table's row of column names, three
 * short names at least.
 */
export const headerRow = recogniser('header-row', (text) => {
  const cells = rowCells(text);
  return cells.length >= 3 &&
    cells.every((cell) => /^[A-Za-z][A-Za-z '’&/-]*$/.test(cell) && wordCount(cell) <= 3)
    ? cells
    : undefined;
});

/** Column names that say the column holds each part's time. */
export const TIME_COLUMN = /^(?:time|timing|timings|mins|minutes|duration|length|approx time)$/i;

/**
 * "Time | Activity": two column names, the first the time's. Too few to tell a row of names from a
 * line of the plan on their own, so read as the names only where the rows under them are timed.
 */
export function timeAndActivity(cells: readonly string[] | undefined): boolean {
  return (
    cells !== undefined &&
    cells.length === 2 &&
    TIME_COLUMN.test(cells[0]!) &&
    /^[A-Za-z][A-Za-z '’&/-]*$/.test(cells[1]!) &&
    wordCount(cells[1]!) <= 3
  );
}

/** A clock time under a time column ("9:00", "9:10-9:25"): when the part starts, or its span. */
export const CLOCK_CELL = /^\d{1,2}[:.]\d{2}(?: ?[-–] ?\d{1,2}[:.]\d{2})?$/;
