import type {
  Diagnostic,
  Grade,
  MarkbookAnalysis,
  PupilResult,
  TrajectoryStatus,
  Wave,
} from '../../shared/markbook/types';
import type { Finding } from '../../shared/rule';

/**
 * What the add-on writes, as plain values: one rectangular block of cells per output sheet,
 * plus where its formatting goes. Pure, so the layout is decided here and the adapter only
 * copies it into Sheets.
 */
export type OutputCell = string | number;

export const OUTPUT_SHEETS = ['Targets', 'Flags', 'Groups', 'Summary', 'Trajectory log'] as const;
export type OutputSheetName = (typeof OUTPUT_SHEETS)[number];

/** A block of the sheet, 1-based like Sheets' getRange(row, column, numRows, numColumns). */
export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface OutputSheet {
  name: string;
  rows: OutputCell[][];
  /** Rows frozen at the top: the caption and the column headings. */
  frozenRows: number;
  /** Rows drawn in bold: column headings and section headings. */
  headingRows: number[];
  /** Cells coloured by trajectory status. */
  statusBlock?: Block;
  /** Cells coloured by wave (2 amber, 3 red). */
  waveBlock?: Block;
  /** Cells coloured by how urgent a flag is. */
  severityBlock?: Block;
  chart?: { title: string; block: Block; anchor: { row: number; column: number }; colours: string[] };
}

export const STATUS_LABELS: Record<TrajectoryStatus, string> = {
  above: 'Above trajectory',
  on: 'On trajectory',
  below: 'Below trajectory',
  'well-below': 'Well below trajectory',
  unknown: 'Not enough data',
};

export const STATUS_COLOURS: Record<TrajectoryStatus, string> = {
  above: '#b7e1cd',
  on: '#d9ead3',
  below: '#fce8b2',
  'well-below': '#f4c7c3',
  unknown: '#eeeeee',
};

export const WAVE_MEANINGS: Record<Wave, string> = {
  1: 'Quality-first teaching in class',
  2: 'Time-limited small-group catch-up',
  3: 'One-to-one support',
};

const STATUS_ORDER: TrajectoryStatus[] = ['above', 'on', 'below', 'well-below', 'unknown'];

const grade = (value: Grade | null): OutputCell => value?.label ?? '';
const maybe = (value: number | null): OutputCell => (value === null ? '' : round(value));
const round = (value: number) => Math.round(value * 10) / 10;

/** Makes every row as wide as the widest, as setValues needs. */
function rectangle(rows: OutputCell[][]): OutputCell[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<OutputCell>(width - row.length).fill('')]);
}

function caption(sheetName: string, analysis: MarkbookAnalysis, what: string): OutputCell[] {
  const pupils = analysis.pupils.length;
  return [
    `${what} for '${sheetName}' (headers in row ${analysis.headerRow}, ${pupils} pupil${pupils === 1 ? '' : 's'}). Trajectory rewrites this sheet each time it analyses the markbook; your markbook is never changed.`,
  ];
}

function targetsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const header = [
    'Row',
    'Pupil',
    'Baseline',
    'Latest',
    'Expected now',
    'Target',
    'Progress (points)',
    'Status',
    'Trend',
    'Attendance %',
    'Wave',
    'Why this wave',
    'Long-term target',
    'Medium-term target',
    'Short-term target',
    'Intervention',
  ];
  const body = analysis.pupils.map((pupil: PupilResult): OutputCell[] => [
    pupil.row,
    pupil.name,
    grade(pupil.baseline),
    grade(pupil.latest),
    grade(pupil.expectedNow),
    grade(pupil.target),
    maybe(pupil.progress),
    STATUS_LABELS[pupil.status],
    pupil.trend === 'unknown' ? '' : pupil.trend,
    maybe(pupil.attendance),
    pupil.wave,
    pupil.waveReasons.join('; '),
    pupil.curricularTargets.longTerm,
    pupil.curricularTargets.mediumTerm,
    pupil.curricularTargets.shortTerm,
    pupil.intervention ?? '',
  ]);
  const rows = rectangle([caption(sheetName, analysis, 'Targets and trajectory'), header, ...body]);
  return {
    name: 'Targets',
    rows,
    frozenRows: 2,
    headingRows: [2],
    ...(body.length > 0 && {
      statusBlock: { row: 3, column: header.indexOf('Status') + 1, numRows: body.length, numColumns: 1 },
      waveBlock: { row: 3, column: header.indexOf('Wave') + 1, numRows: body.length, numColumns: 1 },
    }),
  };
}

const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  urgent: 'Urgent',
  warning: 'Warning',
  suggestion: 'Suggestion',
  info: 'For information',
  strength: 'Strength',
};
export const SEVERITY_COLOURS: Partial<Record<string, string>> = {
  [SEVERITY_LABELS.urgent]: STATUS_COLOURS['well-below'],
  [SEVERITY_LABELS.warning]: STATUS_COLOURS.below,
};

function findingRow(finding: Finding, row: OutputCell, pupil: string): OutputCell[] {
  return [
    row,
    pupil,
    finding.title,
    SEVERITY_LABELS[finding.severity],
    finding.message,
    finding.response ?? '',
    finding.citation,
    finding.rule,
  ];
}

function flagsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const header = [
    'Row',
    'Pupil',
    'Flag',
    'Severity',
    'What the markbook shows',
    'Suggested response',
    'Guidance',
    'Rule',
  ];
  const body = [
    ...analysis.classFindings.map((finding) => findingRow(finding, '', 'Whole class')),
    ...analysis.pupils.flatMap((pupil) => pupil.flags.map((flag) => findingRow(flag, pupil.row, pupil.name))),
  ];
  const rows = rectangle([
    caption(sheetName, analysis, 'Intervention flags'),
    header,
    ...(body.length > 0 ? body : [['', '', 'No flags were raised for this markbook.']]),
  ]);
  return {
    name: 'Flags',
    rows,
    frozenRows: 2,
    headingRows: [2],
    ...(body.length > 0 && {
      severityBlock: { row: 3, column: header.indexOf('Severity') + 1, numRows: body.length, numColumns: 1 },
    }),
  };
}

function groupsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const header = ['Group', 'Shared weakness (focus)', 'Pupils', 'Names', 'Rows in the markbook'];
  const body = analysis.groups.map((group, index): OutputCell[] => [
    `Group ${index + 1}`,
    group.focus,
    group.pupils.length,
    group.pupils.map((pupil) => pupil.name).join(', '),
    group.pupils.map((pupil) => pupil.row).join(', '),
  ]);
  const empty = [
    '',
    'No guided groups: no weakest focus is shared by several pupils. Groups need assessment-focus or strand columns (e.g. AF1-AF7, Reading, Algebra).',
  ];
  return {
    name: 'Groups',
    rows: rectangle([
      caption(sheetName, analysis, 'Guided groups'),
      header,
      ...(body.length > 0 ? body : [empty]),
    ]),
    frozenRows: 2,
    headingRows: [2],
  };
}

function summarySheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const { summary } = analysis;
  const rows: OutputCell[][] = [caption(sheetName, analysis, 'Cohort summary'), []];
  const headingRows: number[] = [];
  const heading = (cells: OutputCell[]) => {
    rows.push(cells);
    headingRows.push(rows.length);
  };

  heading(['Class', 'Pupils', 'On track or above %', 'Mean progress (points)']);
  rows.push(['Whole class', summary.pupils, maybe(summary.onTrackRate), maybe(summary.meanProgress)]);
  rows.push([]);

  heading([
    'Group',
    'Pupils',
    'On track or above %',
    'Mean progress (points)',
    'Gap to the rest: on track (% points)',
    'Gap to the rest: progress (points)',
  ]);
  for (const group of summary.groups) {
    rows.push([
      group.group,
      group.pupils,
      maybe(group.onTrackRate),
      maybe(group.meanProgress),
      maybe(group.onTrackGap),
      maybe(group.progressGap),
    ]);
  }
  if (summary.groups.length === 0)
    rows.push(['No pupil groups (SEN, EAL, disadvantaged, gender, most able) are marked in this markbook.']);
  rows.push([]);

  heading(['Wave', 'Pupils', 'What it means']);
  for (const wave of [1, 2, 3] as const) rows.push([wave, summary.byWave[wave], WAVE_MEANINGS[wave]]);
  rows.push([]);

  heading(['Status at each assessment', ...STATUS_ORDER.map((status) => STATUS_LABELS[status])]);
  const chartTop = rows.length;
  const points =
    summary.byAssessment.length > 0
      ? summary.byAssessment
      : [{ assessment: 'Latest', byStatus: summary.byStatus }];
  for (const point of points)
    rows.push([point.assessment, ...STATUS_ORDER.map((status) => point.byStatus[status])]);

  const block = { row: chartTop, column: 1, numRows: points.length + 1, numColumns: STATUS_ORDER.length + 1 };
  const table = rectangle(rows);
  return {
    name: 'Summary',
    rows: table,
    frozenRows: 1,
    headingRows,
    chart: {
      title: 'Pupils by trajectory status at each assessment',
      block,
      anchor: { row: 3, column: (table[0]?.length ?? 0) + 2 },
      colours: STATUS_ORDER.map((status) => STATUS_COLOURS[status]),
    },
  };
}

/** The reader's message without the cell address it may start with, since the Cell column has it. */
export const problemText = (diagnostic: Diagnostic) =>
  diagnostic.message.startsWith(`${diagnostic.cell}: `)
    ? diagnostic.message.slice(diagnostic.cell.length + 2)
    : diagnostic.message;

function logSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const header = ['Cell', 'Value', 'Problem'];
  const body = analysis.diagnostics.map((d): OutputCell[] => [d.cell, d.value, problemText(d)]);
  return {
    name: 'Trajectory log',
    rows: rectangle([
      [
        `Cells of '${sheetName}' that Trajectory could not read; the rest of the markbook was still analysed.`,
      ],
      header,
      ...(body.length > 0 ? body : [['', '', 'Every cell could be read.']]),
    ]),
    frozenRows: 2,
    headingRows: [2],
  };
}

/** The five output sheets for one analysis, in the order they appear. */
export function outputSheets(sheetName: string, analysis: MarkbookAnalysis): OutputSheet[] {
  return [
    targetsSheet(sheetName, analysis),
    flagsSheet(sheetName, analysis),
    groupsSheet(sheetName, analysis),
    summarySheet(sheetName, analysis),
    logSheet(sheetName, analysis),
  ];
}
