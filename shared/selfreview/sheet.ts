import type { Diagnostic } from '../markbook/types';
import { a1 } from '../sheet/address';
import type { CellValue } from '../sheet/cell';
import { isoDate, isValidDate, typedDate } from '../sheet/date';
import type { SheetDiagnostic } from '../sheet/diagnostic';
import { ANNEX_FEATURES, ANNEX_ITEMS, MAX_PHASES, RATING_SCALE } from './grid';
import type { Rating, SelfReview } from './review';

/**
 * The Annex grid laid out as a sheet a senior leader fills in: the title and the scale in
 * column A of the first two rows, then one row per item under its feature, a rating column per phase, a date row under the phase headings, and notes. The
 * "Ref" column carries the item id so the grid can be read back however rows are styled.
 */
export const GRID_HEADER = ['Ref', 'Priorities for development', 'Phase 1', 'Phase 2', 'Phase 3', 'Notes'];
export const GRID_TITLE = 'Identification of development priorities';
const DATE_LABEL = 'Date of review';
const FIRST_PHASE_COLUMN = 2;
const NOTES_COLUMN = FIRST_PHASE_COLUMN + MAX_PHASES;

export type GridCell = string | number;

/** The grid as rows of cells, blank or filled from a saved review. Every row has GRID_HEADER's width. */
export function selfReviewGrid(review?: SelfReview): GridCell[][] {
  const blank = () => GRID_HEADER.map((): GridCell => '');
  const rows: GridCell[][] = [
    [`${GRID_TITLE}: Personalised Learning – A Practical Guide (DCSF, 2008), Annex`, '', '', '', '', ''],
    [`Rate each item in each phase: ${RATING_SCALE}.`, '', '', '', '', ''],
    [...GRID_HEADER],
  ];
  const dateRow = blank();
  dateRow[1] = `${DATE_LABEL} (yyyy-mm-dd)`;
  review?.phases.forEach((phase, index) => {
    dateRow[FIRST_PHASE_COLUMN + index] = phase.date ?? '';
  });
  rows.push(dateRow);
  for (const feature of ANNEX_FEATURES) {
    const heading = blank();
    // In the items' column, where it reads as their heading; the Ref column stays for refs.
    heading[1] = feature.title;
    rows.push(heading);
    for (const item of feature.items) {
      const row = blank();
      row[0] = item.id;
      row[1] = `${item.letter}) ${item.text}`;
      review?.ratings[item.id]?.forEach((rating, index) => {
        row[FIRST_PHASE_COLUMN + index] = rating ?? '';
      });
      row[NOTES_COLUMN] = review?.notes[item.id] ?? '';
      rows.push(row);
    }
  }
  return rows;
}

function readDate(value: CellValue): string | null | undefined {
  if (value === null || value === '') return null;
  if (value instanceof Date) return isValidDate(value) ? isoDate(value) : undefined;
  return typedDate(String(value).trim());
}

function readRating(value: CellValue): Rating | null | undefined {
  if (value === null || value === '') return null;
  const number =
    typeof value === 'number' ? value : /^\s*[1-4]\s*$/.test(String(value)) ? Number(value) : NaN;
  return number === 1 || number === 2 || number === 3 || number === 4 ? number : undefined;
}

const displayed = (value: CellValue) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Reads a filled-in grid back from a sheet's values: finds the heading row ("Phase 1"...),
 * the date row under it and each item row by its Ref. Unreadable ratings and dates are
 * reported by A1 address and left out; everything else is kept.
 */
export function readSelfReviewGrid(values: CellValue[][]): {
  review: SelfReview | null;
  diagnostics: Diagnostic[];
} {
  const diagnostics: SheetDiagnostic[] = [];
  const headerIndex = values.findIndex((row) =>
    row.some((cell) => typeof cell === 'string' && cell.trim().toLowerCase() === 'phase 1'),
  );
  if (headerIndex === -1) return { review: null, diagnostics: [] };
  const header = values[headerIndex]!;
  const phaseColumns = Array.from({ length: MAX_PHASES }, (_, index) =>
    header.findIndex(
      (cell) => typeof cell === 'string' && cell.trim().toLowerCase() === `phase ${index + 1}`,
    ),
  );

  const dates: (string | null)[] = phaseColumns.map(() => null);
  const dateRowIndex = headerIndex + 1;
  const dateRow = values[dateRowIndex];
  if (dateRow?.some((cell) => typeof cell === 'string' && cell.startsWith(DATE_LABEL))) {
    phaseColumns.forEach((column, phase) => {
      if (column === -1) return;
      const cell = dateRow[column] ?? '';
      const date = readDate(cell);
      if (date === undefined) {
        diagnostics.push({
          cell: a1(column, dateRowIndex + 1),
          value: displayed(cell),
          reason: 'is not a date: write it as yyyy-mm-dd or dd/mm/yyyy',
          severity: 'error',
        });
      } else dates[phase] = date;
    });
  }

  const ratings: Record<string, (Rating | null)[]> = {};
  const notes: Record<string, string> = {};
  const itemIds = new Set(ANNEX_ITEMS.map((item) => item.id));
  const notesColumn = header.findIndex(
    (cell) => typeof cell === 'string' && cell.trim().toLowerCase() === 'notes',
  );
  values.forEach((row, rowIndex) => {
    if (rowIndex <= headerIndex) return;
    const id = String(row[0] ?? '').trim();
    if (!itemIds.has(id)) return;
    ratings[id] = phaseColumns.map((column) => {
      if (column === -1) return null;
      const cell = row[column] ?? '';
      const rating = readRating(cell);
      if (rating !== undefined) return rating;
      diagnostics.push({
        cell: a1(column, rowIndex + 1),
        value: displayed(cell),
        reason: 'is not a rating: use 1 (a strong feature) to 4 (needs significant development)',
        severity: 'error',
      });
      return null;
    });
    const note = notesColumn === -1 ? '' : String(row[notesColumn] ?? '').trim();
    if (note !== '') notes[id] = note;
  });

  const used = (phase: number) =>
    dates[phase] !== null || Object.values(ratings).some((itemRatings) => itemRatings[phase] != null);
  let phaseCount = MAX_PHASES;
  while (phaseCount > 1 && !used(phaseCount - 1)) phaseCount--;
  for (const id of Object.keys(ratings)) ratings[id] = ratings[id]!.slice(0, phaseCount);
  return {
    review: { phases: dates.slice(0, phaseCount).map((date) => ({ date })), ratings, notes },
    // The summary sheet shows the cell and the value in columns of their own: the problem is the reason.
    diagnostics: diagnostics.map(({ cell, value, reason, severity }) => ({
      cell,
      value,
      message: reason,
      severity,
    })),
  };
}
