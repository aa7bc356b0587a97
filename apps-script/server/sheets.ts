/// <reference types="google-apps-script" />
/**
 * The thin adapter: the only module that touches SpreadsheetApp, PropertiesService and
 * HtmlService. It reads a sheet with one getValues call, writes each output sheet with one
 * setValues call, and formats what it wrote. Every decision about what to write is made
 * elsewhere, on plain values.
 */
import type { CellValue } from '../../shared/markbook/types';
import {
  type Block,
  type OutputSheet,
  SEVERITY_COLOURS,
  type SheetLayout,
  STATUS_COLOURS,
  STATUS_LABELS,
} from './outputs';
import { loadOwnSheets, type PropertyStore, saveOwnSheets } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const documentStore = (): PropertyStore => PropertiesService.getDocumentProperties();
export const activeSpreadsheet = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();
export const ui = () => SpreadsheetApp.getUi();

/** Everything in the sheet's data range, in one call. */
export function readValues(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

/**
 * Which of these rows are hidden, by the teacher (or a collapsed group) or by a filter. Sheets
 * has no call that answers for many rows at once: the Sheets API's row metadata would need
 * access to every spreadsheet of the user's, not only this one. So this asks once whether
 * the sheet has a filter at all, then about each row given (the pupils' rows, not the whole
 * sheet): one call a pupil, and a second only when a filter is on.
 */
export function hiddenRows(sheet: Sheet, rows: readonly number[]): number[] {
  const filtered = sheet.getFilter() !== null;
  return rows.filter((row) => sheet.isRowHiddenByUser(row) || (filtered && sheet.isRowHiddenByFilter(row)));
}

/**
 * Runs `work` holding the document lock, so two runs (two tabs, two colleagues, a double
 * click) never write Trajectory's sheets or its record of them at once. When another run
 * holds the lock for longer than a short wait, `busy` says so instead. Writes are flushed
 * before the lock is let go, so the next run sees them.
 */
export function underDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  // Null only outside a document (a standalone script), where no other run can clash.
  if (lock === null) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** How long a run waits for another to finish before saying it is busy. */
const LOCK_WAIT_MS = 10_000;

export const BUSY_MESSAGE =
  'Trajectory is already running in this spreadsheet (perhaps from another tab, or a colleague). Wait for it to finish, then try again.';

/** Sheets refuses a cell of more than 50,000 characters, after clearing nothing; Trajectory checks first. */
export const MAX_CELL_CHARACTERS = 50_000;

function tooLongCell(rows: readonly (readonly unknown[])[]): string | null {
  for (const [r, cells] of rows.entries()) {
    for (const [c, cell] of cells.entries()) {
      if (typeof cell === 'string' && cell.length > MAX_CELL_CHARACTERS)
        return `${columnLetters(c + 1)}${r + 1}`;
    }
  }
  return null;
}

/** Whether Trajectory made this sheet (and so may clear and rewrite it). */
export function isOwnSheet(sheet: Sheet): boolean {
  return loadOwnSheets(documentStore())[sheet.getName()] === sheet.getSheetId();
}

/** Output sheet names already used by a sheet of the teacher's, which Trajectory must not clear. */
export function clashingSheets(spreadsheet: Spreadsheet, names: readonly string[]): string[] {
  const own = loadOwnSheets(documentStore());
  return names.filter((name) => {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet !== null && own[name] !== sheet.getSheetId();
  });
}

const rangeOf = (sheet: Sheet, block: Block) =>
  sheet.getRange(block.row, block.column, block.numRows, block.numColumns);

/**
 * Text cells are formatted as plain text before writing, so Sheets keeps a grade such as
 * "6/7" or "4-" as the teacher wrote it instead of reading it as a date or a formula. Figures
 * take their block's format (a percentage, a signed progress); other numbers show as written.
 */
function numberFormatsOf(layout: SheetLayout): string[][] {
  const formats = layout.rows.map((row) =>
    row.map((cell): string => (typeof cell === 'number' ? (Number.isInteger(cell) ? '0' : '0.0') : '@')),
  );
  for (const { block, format } of layout.numberFormats) {
    for (let row = block.row; row < block.row + block.numRows; row++) {
      for (let column = block.column; column < block.column + block.numColumns; column++) {
        const cells = formats[row - 1];
        if (cells !== undefined && column <= cells.length) cells[column - 1] = format;
      }
    }
  }
  return formats;
}

const columnLetters = (column: number): string => {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};
const a1 = (block: Block) =>
  `${columnLetters(block.column)}${block.row}:${columnLetters(block.column + block.numColumns - 1)}${block.row + block.numRows - 1}`;

/** Neighbouring values that go together (equal widths, adjacent columns), so one call sets each run. */
function runs<T>(values: T[], same: (a: T, b: T) => boolean): { start: number; count: number; value: T }[] {
  const found: { start: number; count: number; value: T }[] = [];
  values.forEach((value, index) => {
    const last = found[found.length - 1];
    if (last !== undefined && last.start + last.count === index && same(last.value, value)) last.count++;
    else found.push({ start: index, count: 1, value });
  });
  return found;
}

const HEADING_FILL = '#e8eaed';

/**
 * Writes the rows with one setValues call and shows them as laid out, with a handful of
 * range-wide formatting calls however many rows there are.
 */
function layOut(sheet: Sheet, layout: SheetLayout): void {
  const { rows, frozenRows } = layout;
  const width = rows[0]?.length ?? 1;
  ensureSize(sheet, rows.length, width);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(numberFormatsOf(layout));
  range.setValues(rows);
  sheet.setFrozenRows(frozenRows);
  // The caption runs on across the empty cells beside it, so it is never wrapped.
  sheet.getRange(1, 1).setFontWeight('bold');
  const headings = layout.headingRows.map((row) => {
    const cells = rows[row - 1] ?? [];
    const used = cells.reduce((last: number, cell, index) => (cell === '' ? last : index + 1), 1);
    return a1({ row, column: 1, numRows: 1, numColumns: used });
  });
  if (headings.length > 0)
    sheet.getRangeList(headings).setFontWeight('bold').setBackground(HEADING_FILL).setWrap(true);
  const bodyRows = rows.length - frozenRows;
  if (bodyRows > 0) {
    sheet.getRange(frozenRows + 1, 1, bodyRows, width).setVerticalAlignment('top');
    const wrapped = runs(layout.wrapColumns, (a, b) => b === a + 1).map((run) =>
      a1({ row: frozenRows + 1, column: run.value, numRows: bodyRows, numColumns: run.count }),
    );
    if (wrapped.length > 0) sheet.getRangeList(wrapped).setWrap(true);
  }
  for (const run of runs(layout.columnWidths, (a, b) => a === b))
    sheet.setColumnWidths(run.start + 1, run.count, run.value);
}

function conditionalRules(sheet: Sheet, output: OutputSheet) {
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (output.statusBlock) {
    const range = rangeOf(sheet, output.statusBlock);
    for (const status of ['above', 'on', 'below', 'well-below'] as const) {
      rules.push(
        rule()
          .whenTextEqualTo(STATUS_LABELS[status])
          .setBackground(STATUS_COLOURS[status])
          .setRanges([range])
          .build(),
      );
    }
  }
  if (output.waveBlock) {
    const range = rangeOf(sheet, output.waveBlock);
    rules.push(rule().whenNumberEqualTo(2).setBackground(STATUS_COLOURS.below).setRanges([range]).build());
    rules.push(
      rule().whenNumberEqualTo(3).setBackground(STATUS_COLOURS['well-below']).setRanges([range]).build(),
    );
  }
  if (output.severityBlock) {
    const range = rangeOf(sheet, output.severityBlock);
    for (const [label, colour] of Object.entries(SEVERITY_COLOURS)) {
      if (colour !== undefined)
        rules.push(rule().whenTextEqualTo(label).setBackground(colour).setRanges([range]).build());
    }
  }
  return rules;
}

/** A new sheet has 1000 rows and 26 columns; a range beyond them is an error, so grow it first. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Clears one of Trajectory's own sheets (or makes it) and writes the output in one setValues
 * call. Call it holding the document lock: the record of Trajectory's sheets is read and
 * merged here, so a sheet made by another run is never forgotten.
 */
export function writeOutputSheet(spreadsheet: Spreadsheet, output: OutputSheet): Sheet {
  // Checked before anything is cleared, so the last good output stays if this one cannot be written.
  const tooLong = tooLongCell(output.rows);
  if (tooLong !== null) {
    throw new Error(
      `'${output.name}'!${tooLong} would hold more than ${MAX_CELL_CHARACTERS} characters, which Sheets refuses, so the sheet was left as it was.`,
    );
  }
  const store = documentStore();
  let sheet = spreadsheet.getSheetByName(output.name);
  if (sheet === null) {
    sheet = spreadsheet.insertSheet(output.name, spreadsheet.getNumSheets());
    saveOwnSheets(store, { ...loadOwnSheets(store), [output.name]: sheet.getSheetId() });
  } else if (loadOwnSheets(store)[output.name] !== sheet.getSheetId()) {
    throw new Error(`'${output.name}' is not a sheet Trajectory made, so it was left alone.`);
  }
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  layOut(sheet, output);
  sheet.setConditionalFormatRules(conditionalRules(sheet, output));
  if (output.chart) {
    const { chart } = output;
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(rangeOf(sheet, chart.block))
        .setNumHeaders(1)
        .asColumnChart()
        .setStacked()
        .setColors(chart.colours)
        .setTitle(chart.title)
        .setYAxisTitle('Pupils')
        .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
        .build(),
    );
  }
  return sheet;
}

/** Makes a new sheet for the teacher to fill in (the self-review grid) with one setValues call. */
export function createSheet(
  spreadsheet: Spreadsheet,
  name: string,
  layout: SheetLayout & { entryBlock: Block },
): Sheet {
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  layOut(sheet, layout);
  const ratings = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(1, 4)
    .setAllowInvalid(false)
    .setHelpText('1 – a strong feature of current practice … 4 – an aspect needing significant development')
    .build();
  rangeOf(sheet, layout.entryBlock)
    .setNumberFormat('0')
    .setDataValidation(ratings)
    .setHorizontalAlignment('center');
  return sheet;
}

/** Moves the teacher to one cell of a sheet, e.g. a cell the reader could not use. */
export function selectCell(spreadsheet: Spreadsheet, sheetName: string, cell: string): void {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (sheet === null) throw new Error(`There is no sheet called '${sheetName}' any more.`);
  sheet.activate();
  sheet.getRange(cell).activate();
}

export function showSidebarHtml(): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Trajectory'));
}
