/// <reference types="google-apps-script" />
/**
 * The add-on's entry functions. The build exposes every export here as a top-level function,
 * which is what Apps Script calls: the simple triggers, the menu items and the functions the
 * sidebar calls through google.script.run.
 */
import { analyseMarkbook, type CellValue, type MarkbookAnalysis } from '../../shared/markbook';
import type { Finding, Severity } from '../../shared/rule';
import {
  ANNEX_ITEMS,
  parseSelfReview,
  readSelfReviewGrid,
  summariseSelfReview as summarise,
} from '../../shared/selfreview';
import type { AddOnOptions, AnalysisReport, SaveSettingsResult, SelfReviewReport, SettingsView } from './api';
import { OUTPUT_SHEETS, outputSheets, problemText, QUOTE_LIMIT, shortened, withShortQuotes } from './outputs';
import { GRID_SHEET, gridLayout, SUMMARY_SHEET, summarySheet } from './selfreview';
import {
  loadOptions,
  loadSettings,
  saveOptions as storeOptions,
  saveSettings as storeSettings,
} from './settings';
import {
  activeSpreadsheet,
  BUSY_MESSAGE,
  clashingSheets,
  createSheet,
  documentStore,
  hiddenRows as hiddenOf,
  isOwnSheet,
  selectCell as moveToCell,
  readValues,
  showSidebarHtml,
  ui,
  underDocumentLock,
  writeOutputSheet,
} from './sheets';

const MENU_TITLE = 'Trajectory';

export function onOpen(): void {
  ui()
    .createAddonMenu()
    .addItem('Open Trajectory', 'showSidebar')
    .addItem('Analyse this markbook', 'analyseFromMenu')
    .addSeparator()
    .addItem('Create the self-review grid', 'createSelfReviewGrid')
    .addItem('Summarise the self-review', 'summariseSelfReview')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  showSidebarHtml();
}

const NAME_ROLES = new Set(['name', 'first-name', 'last-name']);

/** Why an analysis found nobody, in the teacher's words. */
function noPupilsReason(values: unknown[][], analysis: MarkbookAnalysis): string {
  const lead = 'This sheet has no pupil rows I can read:';
  if (values.every((row) => row.every((cell) => cell === '' || cell === null))) return `${lead} it is empty.`;
  if (!analysis.columns.some((column) => NAME_ROLES.has(column.role))) {
    return `${lead} I could not find a header row with a pupils' name column ('Name', 'Pupil', or 'First name' and 'Surname'). If the headers are there, say which row they are in under Settings.`;
  }
  return `${lead} there are no rows with a pupil's name under the headers in row ${analysis.headerRow}.`;
}

const SEVERITY_RANK: Record<Severity, number> = {
  urgent: 0,
  warning: 1,
  suggestion: 2,
  info: 3,
  strength: 4,
};

function report(
  sheet: string,
  analysis: MarkbookAnalysis | null,
  problem: string | null,
  written: string[],
  hidden: AnalysisReport['hiddenRows'] = { rows: [], skipped: false },
): AnalysisReport {
  const flagged: { row: number | null; pupil: string; finding: Finding }[] = analysis
    ? [
        ...analysis.classFindings.map((finding) => ({ row: null, pupil: 'Whole class', finding })),
        ...analysis.pupils.flatMap((pupil) =>
          pupil.flags.map((finding) => ({ row: pupil.row, pupil: pupil.name, finding })),
        ),
      ]
    : [];
  const topFlags = flagged
    .map((flag, order) => ({ ...flag, order }))
    .sort(
      (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.order - b.order,
    )
    .slice(0, 8)
    .map(({ row, pupil, finding }) => ({
      row,
      pupil: shortened(pupil, QUOTE_LIMIT),
      title: finding.title,
      message: shortened(withShortQuotes(finding.message, pupil), CELL_QUOTE_LIMIT),
    }));
  return {
    sheet,
    problem,
    pupils: analysis?.pupils.length ?? 0,
    headerRow: analysis?.headerRow ?? null,
    byStatus: analysis?.summary.byStatus ?? { above: 0, on: 0, below: 0, 'well-below': 0, unknown: 0 },
    byWave: analysis?.summary.byWave ?? { 1: 0, 2: 0, 3: 0 },
    onTrackRate: analysis?.summary.onTrackRate ?? null,
    atOrAboveTargetRate: analysis?.summary.atOrAboveTargetRate ?? null,
    onTrackByForecastRate: analysis?.summary.onTrackByForecastRate ?? null,
    flags: flagged.length,
    groups: (analysis?.groups ?? []).map((group) => ({
      focus: group.focus,
      name: group.name,
      pupils: group.pupils.map((p) => shortened(p.name, QUOTE_LIMIT)),
    })),
    topFlags,
    diagnostics: (analysis?.diagnostics ?? []).map((diagnostic) => ({
      ...diagnostic,
      value: shortened(diagnostic.value, QUOTE_LIMIT),
      message: problemText(diagnostic),
    })),
    hiddenRows: hidden,
    written,
  };
}

/** A flag's message in the sidebar: a paragraph, never a whole long cell. */
const CELL_QUOTE_LIMIT = 1_000;

/** Every pupil row blanked, as if empty, so the analysis leaves them out; rows keep their numbers. */
const withoutRows = (values: CellValue[][], rows: number[]): CellValue[][] => {
  const hidden = new Set(rows);
  return values.map((cells, index) => (hidden.has(index + 1) ? cells.map(() => '') : cells));
};

/**
 * Analyses the active sheet and rewrites Trajectory's own output sheets. Reads the markbook
 * with one call, never writes to it, and leaves it the active sheet.
 */
export function analyseActiveSheet(): AnalysisReport {
  const spreadsheet = activeSpreadsheet();
  const markbook = spreadsheet.getActiveSheet();
  const name = markbook.getName();
  return underDocumentLock(
    () => analyse(spreadsheet, markbook),
    () => report(name, null, BUSY_MESSAGE, []),
  );
}

function analyse(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  markbook: GoogleAppsScript.Spreadsheet.Sheet,
): AnalysisReport {
  const name = markbook.getName();
  if (isOwnSheet(markbook)) {
    return report(
      name,
      null,
      `'${name}' is one of Trajectory's own sheets. Open your markbook sheet and analyse it from there.`,
      [],
    );
  }
  const settings = loadSettings(documentStore());
  if (settings.problems.length > 0) {
    return report(
      name,
      null,
      `The saved settings need fixing before I can analyse: ${settings.problems.join('; ')}`,
      [],
    );
  }
  const clashes = clashingSheets(spreadsheet, OUTPUT_SHEETS);
  if (clashes.length > 0) {
    const list = clashes.map((sheet) => `'${sheet}'`).join(', ');
    return report(
      name,
      null,
      `This spreadsheet already has ${clashes.length === 1 ? 'a sheet' : 'sheets'} called ${list} that Trajectory did not make. Rename ${clashes.length === 1 ? 'it' : 'them'} and analyse again, so nothing of yours is overwritten.`,
      [],
    );
  }
  const values = readValues(markbook);
  const everyRow = analyseMarkbook(values, settings.settings);
  // Only the pupils' rows are asked about: hidden titles or notes change nothing.
  const rows = hiddenOf(
    markbook,
    everyRow.pupils.map((pupil) => pupil.row),
  );
  const skipped = rows.length > 0 && loadOptions(documentStore()).hiddenRows === 'skip';
  const hidden = { rows, skipped };
  const analysis = skipped ? analyseMarkbook(withoutRows(values, rows), settings.settings) : everyRow;
  if (analysis.pupils.length === 0) {
    const problem = skipped
      ? `Every pupil row of this sheet is hidden, so there is nothing to analyse. Show the rows, or choose to analyse hidden rows in Settings.`
      : noPupilsReason(values, analysis);
    return report(name, analysis, problem, [], hidden);
  }
  const written = outputSheets(name, analysis, hidden).map((output) =>
    writeOutputSheet(spreadsheet, output).getName(),
  );
  markbook.activate();
  return report(name, analysis, null, written, hidden);
}

export function analyseFromMenu(): void {
  const result = analyseActiveSheet();
  if (result.problem !== null) {
    ui().alert(MENU_TITLE, result.problem, ui().ButtonSet.OK);
    return;
  }
  const below = result.byStatus.below + result.byStatus['well-below'];
  const hidden = result.hiddenRows.rows.length;
  const hiddenNote =
    hidden === 0
      ? ''
      : ` ${hidden} hidden row${hidden === 1 ? '' : 's'} ${result.hiddenRows.skipped ? 'left out' : 'included'}.`;
  activeSpreadsheet().toast(
    `${result.pupils} pupils analysed; ${below} below trajectory, ${result.flags} flags.${hiddenNote} See the ${result.written.join(', ')} sheets.`,
    MENU_TITLE,
  );
}

export function getSettings(): SettingsView {
  return loadSettings(documentStore());
}

export function saveSettings(input: unknown): SaveSettingsResult {
  return underDocumentLock(
    () => storeSettings(documentStore(), input),
    () => ({ ok: false, problems: [BUSY_MESSAGE] }),
  );
}

/** The add-on's own choices (what to do with hidden rows), apart from the engine's settings. */
export function getOptions(): AddOnOptions {
  return loadOptions(documentStore());
}

export function saveOptions(input: unknown): SaveSettingsResult {
  return underDocumentLock(
    () => storeOptions(documentStore(), input),
    () => ({ ok: false, problems: [BUSY_MESSAGE] }),
  );
}

/** Called when the teacher clicks a cell address in the sidebar. */
export function selectCell(sheetName: string, cell: string): void {
  if (!/^[A-Z]{1,3}[1-9][0-9]*$/.test(cell)) throw new Error(`'${cell}' is not a cell address.`);
  moveToCell(activeSpreadsheet(), sheetName, cell);
}

/** Makes the Annex grid as a new sheet, unless there is one already; either way, opens it. */
function openGrid(): { created: boolean } {
  const spreadsheet = activeSpreadsheet();
  const existing = spreadsheet.getSheetByName(GRID_SHEET);
  if (existing !== null) {
    existing.activate();
    return { created: false };
  }
  createSheet(spreadsheet, GRID_SHEET, gridLayout()).activate();
  return { created: true };
}

export function createSelfReviewGrid(): void {
  const opened = underDocumentLock<{ created: boolean } | null>(openGrid, () => null);
  if (opened === null) {
    ui().alert(MENU_TITLE, BUSY_MESSAGE, ui().ButtonSet.OK);
    return;
  }
  if (!opened.created) {
    ui().alert(
      MENU_TITLE,
      `There is already a '${GRID_SHEET}' sheet, so I left it as it is. Rate each item there, then choose Summarise the self-review.`,
      ui().ButtonSet.OK,
    );
  }
}

const NO_GRID =
  'I could not find the self-review grid. Choose Create the self-review grid, rate the items, then summarise.';

/**
 * Reads the 'Self-review' grid (or the active sheet, if the grid has been renamed) with one
 * call and summarises it; writes nothing.
 */
function readSelfReview(): {
  report: SelfReviewReport;
  gridSheet: GoogleAppsScript.Spreadsheet.Sheet | null;
} {
  const spreadsheet = activeSpreadsheet();
  const gridSheet = spreadsheet.getSheetByName(GRID_SHEET) ?? spreadsheet.getActiveSheet();
  const grid = readSelfReviewGrid(readValues(gridSheet));
  const report = (fields: Partial<SelfReviewReport>): SelfReviewReport => ({
    grid: gridSheet.getName(),
    problem: null,
    summary: null,
    items: ANNEX_ITEMS.length,
    diagnostics: grid.diagnostics,
    written: null,
    ...fields,
  });
  if (grid.review === null) return { report: report({ grid: null }), gridSheet: null };
  const parsed = parseSelfReview(grid.review);
  if (!parsed.ok) {
    return {
      report: report({ problem: `The self-review grid needs fixing: ${parsed.problems.join('; ')}` }),
      gridSheet,
    };
  }
  return { report: report({ summary: summarise(parsed.review) }), gridSheet };
}

/** For the sidebar: what the self-review grid says so far, without writing anything. */
export function getSelfReview(): SelfReviewReport {
  return readSelfReview().report;
}

/** For the sidebar: makes the grid if there is none, opens it, and says what it holds. */
export function openSelfReviewGrid(): SelfReviewReport {
  return underDocumentLock(
    () => {
      openGrid();
      return readSelfReview().report;
    },
    () => ({ ...readSelfReview().report, problem: BUSY_MESSAGE }),
  );
}

/** Summarises the grid into the 'Self-review summary' sheet, and opens that sheet. */
export function writeSelfReviewSummary(): SelfReviewReport {
  return underDocumentLock(writeSummary, () => ({ ...readSelfReview().report, problem: BUSY_MESSAGE }));
}

function writeSummary(): SelfReviewReport {
  const { report, gridSheet } = readSelfReview();
  if (gridSheet === null) return { ...report, problem: NO_GRID };
  if (report.summary === null) return report;
  const spreadsheet = activeSpreadsheet();
  if (clashingSheets(spreadsheet, [SUMMARY_SHEET]).length > 0) {
    return {
      ...report,
      problem: `This spreadsheet already has a sheet called '${SUMMARY_SHEET}' that Trajectory did not make. Rename it and summarise again.`,
    };
  }
  const written = writeOutputSheet(
    spreadsheet,
    summarySheet(gridSheet.getName(), report.summary, report.diagnostics),
  );
  written.activate();
  return { ...report, written: written.getName() };
}

export function summariseSelfReview(): void {
  const { problem } = writeSelfReviewSummary();
  if (problem !== null) ui().alert(MENU_TITLE, problem, ui().ButtonSet.OK);
}
