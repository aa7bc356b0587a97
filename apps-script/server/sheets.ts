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
  type OutputCell,
  type OutputSheet,
  SEVERITY_COLOURS,
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
 * "6/7" or "4-" as the teacher wrote it instead of reading it as a date or a formula.
 */
const formatOf = (cell: OutputCell) =>
  typeof cell === 'number' ? (Number.isInteger(cell) ? '0' : '0.0') : '@';

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

/** Clears one of Trajectory's own sheets (or makes it) and writes the output in one setValues call. */
export function writeOutputSheet(spreadsheet: Spreadsheet, output: OutputSheet): Sheet {
  const store = documentStore();
  const own = loadOwnSheets(store);
  let sheet = spreadsheet.getSheetByName(output.name);
  if (sheet === null) {
    sheet = spreadsheet.insertSheet(output.name, spreadsheet.getNumSheets());
    saveOwnSheets(store, { ...own, [output.name]: sheet.getSheetId() });
  } else if (own[output.name] !== sheet.getSheetId()) {
    throw new Error(`'${output.name}' is not a sheet Trajectory made, so it was left alone.`);
  }
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const width = output.rows[0]?.length ?? 1;
  ensureSize(sheet, output.rows.length, width);
  const range = sheet.getRange(1, 1, output.rows.length, width);
  range.setNumberFormats(output.rows.map((row) => row.map(formatOf)));
  range.setValues(output.rows);
  sheet.setFrozenRows(output.frozenRows);
  for (const row of output.headingRows) sheet.getRange(row, 1, 1, width).setFontWeight('bold');
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
  rows: OutputCell[][],
  layout: { frozenRows: number; headingRows: number[]; entryBlock: Block },
): Sheet {
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const width = rows[0]?.length ?? 1;
  ensureSize(sheet, rows.length, width);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(rows.map((row) => row.map(formatOf)));
  range.setValues(rows);
  sheet.setFrozenRows(layout.frozenRows);
  for (const row of layout.headingRows) sheet.getRange(row, 1, 1, width).setFontWeight('bold');
  const ratings = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(1, 4)
    .setAllowInvalid(false)
    .setHelpText('1 – a strong feature of current practice … 4 – an aspect needing significant development')
    .build();
  const entry = rangeOf(sheet, layout.entryBlock);
  entry.setNumberFormat('0');
  entry.setDataValidation(ratings);
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
