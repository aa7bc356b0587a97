import type { Diagnostic } from '../../shared/markbook/types';
import {
  ANNEX_ITEMS,
  GRID_HEADER,
  MAX_PHASES,
  type SelfReviewSummary,
  selfReviewGrid,
} from '../../shared/selfreview';
import type { Block, OutputCell, OutputSheet } from './outputs';

export const GRID_SHEET = 'Self-review';
export const SUMMARY_SHEET = 'Self-review summary';

/** The blank Annex grid and where its rating cells are. */
export function gridLayout(): {
  rows: OutputCell[][];
  frozenRows: number;
  headingRows: number[];
  entryBlock: Block;
} {
  const rows = selfReviewGrid();
  const headerRow = rows.findIndex((row) => row[0] === GRID_HEADER[0]) + 1;
  const firstItemRow = rows.findIndex((row) => ANNEX_ITEMS.some((item) => item.id === row[0])) + 1;
  const headingRows = [1, headerRow];
  rows.forEach((row, index) => {
    if (index + 1 > headerRow + 1 && row[1] === '') headingRows.push(index + 1);
  });
  return {
    rows,
    frozenRows: headerRow + 1,
    headingRows,
    entryBlock: {
      row: firstItemRow,
      column: GRID_HEADER.indexOf('Phase 1') + 1,
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
  const heading = (cells: OutputCell[]) => {
    rows.push(cells);
    headingRows.push(rows.length);
  };
  const orNone = (count: number, text: string) => {
    if (count === 0) rows.push([text]);
    rows.push([]);
  };

  heading(['Phase', 'Date', 'Items rated', 'Mean rating (1 strong – 4 needs development)']);
  for (const phase of summary.phases)
    rows.push([phase.phase, phase.date ?? '', phase.rated, phase.meanRating ?? '']);
  rows.push([]);

  heading(['Development priorities (rated 4 or 3)', 'Feature', 'Rating']);
  for (const item of summary.priorities) rows.push([item.text, item.feature, item.rating]);
  orNone(summary.priorities.length, 'No item is rated 3 or 4 in the latest phase.');

  heading(['Features in order of need', 'Items rated', 'Mean rating']);
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
    rows.push([`${change.unchanged} item(s) rated the same in both phases`]);
    rows.push([]);
  }

  heading(['Strengths (rated 1)', 'Feature']);
  for (const item of summary.strengths) rows.push([item.text, item.feature]);
  orNone(summary.strengths.length, 'No item is rated 1 in the latest phase.');

  heading(['Cells I could not read', 'Value', 'Problem']);
  for (const d of diagnostics) rows.push([d.cell, d.value, d.message]);
  if (diagnostics.length === 0) rows.push(['Every rating and date could be read.']);

  const width = Math.max(...rows.map((row) => row.length));
  return {
    name: SUMMARY_SHEET,
    rows: rows.map((row) => [...row, ...Array<OutputCell>(width - row.length).fill('')]),
    frozenRows: 1,
    headingRows,
  };
}
