import type { Diagnostic } from '../../shared/markbook/types';
import {
  ANNEX_ITEMS,
  GRID_HEADER,
  MAX_PHASES,
  type SelfReviewSummary,
  selfReviewGrid,
} from '../../shared/selfreview';
import {
  type Block,
  NUMBER_FORMATS,
  type OutputCell,
  type OutputSheet,
  QUOTE_LIMIT,
  rectangle,
  type SheetLayout,
  shortened,
  WIDTHS,
  withShortQuotes,
} from './outputs';

export const GRID_SHEET = 'Self-review';
export const SUMMARY_SHEET = 'Self-review summary';

/** The blank Annex grid, how it is laid out, and where its rating cells are. */
export function gridLayout(): SheetLayout & { entryBlock: Block } {
  const rows = selfReviewGrid();
  const headerRow = rows.findIndex((row) => row[0] === GRID_HEADER[0]) + 1;
  const dateRow = headerRow + 1;
  const firstItemRow = rows.findIndex((row) => ANNEX_ITEMS.some((item) => item.id === row[0])) + 1;
  const featureRows = rows.flatMap((row, index) => (index + 1 > dateRow && row[0] === '' ? [index + 1] : []));
  const column = (heading: string) => GRID_HEADER.indexOf(heading) + 1;
  return {
    rows,
    frozenRows: dateRow,
    headingRows: [headerRow, ...featureRows],
    columnWidths: GRID_HEADER.map((heading) =>
      heading === 'Ref'
        ? WIDTHS.figure
        : heading === 'Priorities for development'
          ? WIDTHS.text + 180
          : heading === 'Notes'
            ? WIDTHS.text
            : WIDTHS.grade,
    ),
    wrapColumns: [column('Priorities for development'), column('Notes')],
    numberFormats: [],
    entryBlock: {
      row: firstItemRow,
      column: column('Phase 1'),
      numRows: rows.length - firstItemRow + 1,
      numColumns: MAX_PHASES,
    },
  };
}

/** The summary sheet: phases, priorities, features in order of need, change, strengths, unreadable cells. */
export function summarySheet(
  gridName: string,
  summary: SelfReviewSummary,
  diagnostics: Diagnostic[],
): OutputSheet {
  const latest = summary.latestPhase === null ? null : summary.phases[summary.latestPhase - 1]!;
  const rows: OutputCell[][] = [
    [
      latest === null
        ? `Self-review summary of '${gridName}': nothing is rated yet. Rate each item 1-4 in the Phase 1 column, then summarise again.`
        : `Self-review summary of '${gridName}': phase ${latest.phase}${latest.date ? ` (${latest.date})` : ''}, ${latest.rated} of ${ANNEX_ITEMS.length} items rated. Trajectory rewrites this sheet each time; the grid is never changed.`,
    ],
    [],
  ];
  const headingRows: number[] = [];
  const numberFormats: OutputSheet['numberFormats'] = [];
  const heading = (cells: OutputCell[]) => {
    rows.push(cells);
    headingRows.push(rows.length);
  };
  const orNone = (count: number, text: string) => {
    if (count === 0) rows.push([text]);
    rows.push([]);
  };

  heading(['Phase', 'Date', 'Items rated', 'Mean rating (1 strong – 4 needs development)']);
  numberFormats.push({
    block: { row: rows.length + 1, column: 4, numRows: summary.phases.length, numColumns: 1 },
    format: NUMBER_FORMATS.rating,
  });
  for (const phase of summary.phases)
    rows.push([`Phase ${phase.phase}`, phase.date ?? '', phase.rated, phase.meanRating ?? '']);
  rows.push([]);

  heading(['Development priorities (rated 4 or 3)', 'Feature', 'Rating']);
  for (const item of summary.priorities) rows.push([item.text, item.feature, item.rating]);
  orNone(summary.priorities.length, 'No item is rated 3 or 4 in the latest phase.');

  heading(['Features in order of need', 'Items rated', 'Mean rating']);
  numberFormats.push({
    block: { row: rows.length + 1, column: 3, numRows: summary.features.length, numColumns: 1 },
    format: NUMBER_FORMATS.rating,
  });
  for (const feature of summary.features) {
    rows.push([feature.title, `${feature.rated} of ${feature.items}`, feature.meanRating ?? '']);
  }
  rows.push([]);

  for (const change of summary.changes) {
    heading([`Change from phase ${change.from} to phase ${change.to}`, 'Feature', 'From', 'To']);
    for (const item of change.improved)
      rows.push([`Improved: ${item.text}`, item.feature, item.from, item.to]);
    for (const item of change.declined)
      rows.push([`Needs more attention: ${item.text}`, item.feature, item.from, item.to]);
    rows.push([`${change.unchanged} item${change.unchanged === 1 ? '' : 's'} rated the same in both phases`]);
    rows.push([]);
  }

  heading(['Strengths (rated 1)', 'Feature']);
  for (const item of summary.strengths) rows.push([item.text, item.feature]);
  orNone(summary.strengths.length, 'No item is rated 1 in the latest phase.');

  heading(['Cells I could not read', 'Value', 'Problem']);
  for (const d of diagnostics)
    rows.push([d.cell, shortened(d.value, QUOTE_LIMIT), withShortQuotes(d.message, d.value)]);
  if (diagnostics.length === 0) rows.push(['Every rating and date could be read.']);

  return {
    name: SUMMARY_SHEET,
    rows: rectangle(rows),
    frozenRows: 1,
    headingRows,
    // Column A holds the items in the Annex's own (long) words.
    columnWidths: [WIDTHS.text + 180, WIDTHS.text - 40, WIDTHS.text - 80, WIDTHS.label],
    wrapColumns: [1, 2, 3],
    numberFormats,
  };
}
