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

/** How a sheet Trajectory writes is laid out: its cells and how they are shown. */
export interface SheetLayout {
  /** Row 1 is a caption; every row is as wide as the first. */
  rows: OutputCell[][];
  /** Rows frozen at the top: the caption and the column headings. */
  frozenRows: number;
  /** Rows drawn as headings (bold, shaded, wrapped): column headings and section headings. */
  headingRows: number[];
  /** Each column's width in pixels, left to right, as many as the rows are wide. */
  columnWidths: number[];
  /** Columns (1-based) of long text, wrapped below the frozen rows. */
  wrapColumns: number[];
  /** Number formats for blocks of figures; other numbers are shown as written. */
  numberFormats: { block: Block; format: string }[];
}

export interface OutputSheet extends SheetLayout {
  name: string;
  /** Cells coloured by trajectory status. */
  statusBlock?: Block;
  /** Cells coloured by wave (2 amber, 3 red). */
  waveBlock?: Block;
  /** Cells coloured by how urgent a flag is. */
  severityBlock?: Block;
  chart?: { title: string; block: Block; anchor: { row: number; column: number }; colours: string[] };
}

const AGAINST_TARGET_LABELS: Record<PupilResult['againstTarget']['standing'], string> = {
  above: 'Above target',
  at: 'At target',
  below: 'Below target',
  'well-below': 'Well below target',
  unknown: '',
};

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

/** Stronger than the cell colours, so the chart's bars stay distinct from one another. */
export const CHART_COLOURS: Record<TrajectoryStatus, string> = {
  above: '#0b8043',
  on: '#57bb8a',
  below: '#f6b26b',
  'well-below': '#e06666',
  unknown: '#bdbdbd',
};

const STATUS_ORDER: TrajectoryStatus[] = ['above', 'on', 'below', 'well-below', 'unknown'];

/** Sheets number formats: percentages are written as fractions, so they add up and sort as numbers. */
export const NUMBER_FORMATS = {
  percent: '0%',
  attendance: '0.0%',
  /** Progress and gaps carry their sign: +1.5 ahead, -2.0 behind. */
  signed: '+0.0;-0.0;0.0',
  rating: '0.00',
} as const;

/** Column widths in pixels, by what a column holds. */
export const WIDTHS = { number: 60, grade: 80, figure: 100, label: 150, name: 170, text: 280 } as const;

const grade = (value: Grade | null): OutputCell => value?.label ?? '';
const maybe = (value: number | null): OutputCell => (value === null ? '' : round(value));
const round = (value: number) => Math.round(value * 10) / 10;
/** A percentage (0-100) as the fraction Sheets' % formats expect, to one decimal place of a percent. */
const fraction = (percent: number | null): OutputCell =>
  percent === null ? '' : Math.round(percent * 10) / 1000;

/**
 * Sheets refuses a cell of more than 50,000 characters. Trajectory writes no cell longer than
 * this, whatever a teacher's cell holds, so one long cell can never stop a run.
 */
export const CELL_TEXT_LIMIT = 5_000;
/** A teacher's value quoted in a problem, a reason or the log: enough to find it, never a whole long cell. */
export const QUOTE_LIMIT = 100;

/** The text cut to `limit` characters, ending in "…" when it was cut. */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  // Never split a character written as two UTF-16 units (an emoji, a rare CJK character).
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A message with every quotation of a long value of the teacher's shortened. */
export function withShortQuotes(message: string, ...values: (string | null | undefined)[]): string {
  let text = message;
  for (const value of values) {
    if (value && value.length > QUOTE_LIMIT) text = text.split(value).join(shortened(value, QUOTE_LIMIT));
  }
  return text;
}

const fitted = (cell: OutputCell): OutputCell =>
  typeof cell === 'string' ? shortened(cell, CELL_TEXT_LIMIT) : cell;

/** Makes every row as wide as the widest, as setValues needs, and every cell short enough to write. */
export function rectangle(rows: OutputCell[][]): OutputCell[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row.map(fitted), ...Array<OutputCell>(width - row.length).fill('')]);
}

function caption(sheetName: string, analysis: MarkbookAnalysis, what: string): string {
  const pupils = analysis.pupils.length;
  return `${what} for '${sheetName}' (headers in row ${analysis.headerRow}, ${pupils} pupil${pupils === 1 ? '' : 's'}). Trajectory rewrites this sheet each time it analyses the markbook; your markbook is never changed.`;
}

/** A column of a one-table sheet: its heading, its width and how its cells are shown. */
interface Column {
  heading: string;
  width: number;
  /** Long text, wrapped rather than cut off. */
  wrap?: true;
  format?: string;
}

const column = (heading: string, width: number, shown: Pick<Column, 'wrap' | 'format'> = {}): Column => ({
  heading,
  width,
  ...shown,
});

/**
 * A sheet holding one table under a caption: the caption in row 1, headings in row 2, then
 * one row per record, or a line saying why there are none.
 */
function tableSheet(
  name: string,
  captionText: string,
  columns: Column[],
  body: OutputCell[][],
  empty: OutputCell[] | null,
): Omit<OutputSheet, 'statusBlock' | 'waveBlock' | 'severityBlock' | 'chart'> {
  const firstBodyRow = 3;
  return {
    name,
    rows: rectangle([
      [captionText],
      columns.map((c) => c.heading),
      ...(body.length > 0 || empty === null ? body : [empty]),
    ]),
    frozenRows: 2,
    headingRows: [2],
    columnWidths: columns.map((c) => c.width),
    wrapColumns: columns.flatMap((c, index) => (c.wrap ? [index + 1] : [])),
    numberFormats:
      body.length === 0
        ? []
        : columns.flatMap((c, index) =>
            c.format === undefined
              ? []
              : [
                  {
                    block: { row: firstBodyRow, column: index + 1, numRows: body.length, numColumns: 1 },
                    format: c.format,
                  },
                ],
          ),
  };
}

/** The block of one column's records in a table sheet. */
const columnBlock = (columns: Column[], heading: string, records: number): Block => ({
  row: 3,
  column: columns.findIndex((c) => c.heading === heading) + 1,
  numRows: records,
  numColumns: 1,
});

const TARGET_COLUMNS: Column[] = [
  column('Row', WIDTHS.number),
  column('Pupil', WIDTHS.name),
  column('Baseline', WIDTHS.grade),
  column('Latest', WIDTHS.grade),
  column('Expected now', WIDTHS.grade),
  column('Target', WIDTHS.grade),
  column('Progress (points)', WIDTHS.figure, { format: NUMBER_FORMATS.signed }),
  column('Status', WIDTHS.label),
  column('Trend', WIDTHS.grade),
  column('Attendance', WIDTHS.figure, { format: NUMBER_FORMATS.attendance }),
  column('Wave', WIDTHS.number),
  column('Why this wave', WIDTHS.text, { wrap: true }),
  column('Long-term target', WIDTHS.text, { wrap: true }),
  column('Medium-term target', WIDTHS.text, { wrap: true }),
  column('Short-term target', WIDTHS.text, { wrap: true }),
  column('Intervention', WIDTHS.text, { wrap: true }),
  // The latest grade against the target itself, and where the pupil's own rate leads by its due date.
  column('Against target', WIDTHS.label),
  column('At this rate', WIDTHS.text, { wrap: true }),
];

function targetsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const body = analysis.pupils.map((pupil: PupilResult): OutputCell[] => [
    pupil.row,
    // A tracker of several subjects has a row a pupil a subject: the subject says which.
    pupil.subject === undefined ? pupil.name : `${pupil.name} (${pupil.subject})`,
    grade(pupil.baseline),
    grade(pupil.latest),
    grade(pupil.expectedNow),
    grade(pupil.target),
    maybe(pupil.progress),
    STATUS_LABELS[pupil.status],
    pupil.trend === 'unknown' ? '' : pupil.trend,
    fraction(pupil.attendance),
    // No wave when no status could be judged (the scale was not read).
    pupil.wave ?? '',
    withShortQuotes(pupil.waveReasons.join('; '), pupil.intervention, pupil.name),
    pupil.curricularTargets.longTerm,
    pupil.curricularTargets.mediumTerm,
    pupil.curricularTargets.shortTerm,
    pupil.intervention ?? '',
    AGAINST_TARGET_LABELS[pupil.againstTarget.standing],
    pupil.forecast === null || pupil.target === null
      ? ''
      : `${pupil.forecast.grade.label} by ${pupil.forecast.by} (target ${pupil.target.label})`,
  ]);
  return {
    ...tableSheet(
      'Targets',
      caption(sheetName, analysis, 'Targets and trajectory'),
      TARGET_COLUMNS,
      body,
      // Nothing is written for a markbook without pupils.
      null,
    ),
    ...(body.length > 0 && {
      statusBlock: columnBlock(TARGET_COLUMNS, 'Status', body.length),
      waveBlock: columnBlock(TARGET_COLUMNS, 'Wave', body.length),
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

function findingRow(
  finding: Finding,
  row: OutputCell,
  pupil: string,
  quoted: (string | null | undefined)[] = [],
): OutputCell[] {
  return [
    row,
    pupil,
    finding.title,
    SEVERITY_LABELS[finding.severity],
    withShortQuotes(finding.message, ...quoted),
    finding.response ?? '',
    finding.citation,
    finding.rule,
  ];
}

const FLAG_COLUMNS: Column[] = [
  column('Row', WIDTHS.number),
  column('Pupil', WIDTHS.name),
  column('Flag', WIDTHS.label, { wrap: true }),
  // Wide enough for "For information": data queries and estimated targets are listed too.
  column('Severity', WIDTHS.grade + 30),
  column('What the markbook shows', WIDTHS.text + 40, { wrap: true }),
  column('Suggested response', WIDTHS.text + 40, { wrap: true }),
  column('Guidance', WIDTHS.text, { wrap: true }),
  // Wide enough for the longest rule id, 'markbook/intervention-not-working'.
  column('Rule', WIDTHS.text - 40),
];

function flagsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const body = [
    ...analysis.classFindings.map((finding) => findingRow(finding, '', 'Whole class')),
    ...analysis.pupils.flatMap((pupil) =>
      pupil.flags.map((flag) => findingRow(flag, pupil.row, pupil.name, [pupil.intervention, pupil.name])),
    ),
  ];
  return {
    ...tableSheet('Flags', caption(sheetName, analysis, 'Intervention flags'), FLAG_COLUMNS, body, [
      '',
      '',
      'No flags were raised for this markbook.',
    ]),
    ...(body.length > 0 && { severityBlock: columnBlock(FLAG_COLUMNS, 'Severity', body.length) }),
  };
}

const GROUP_COLUMNS: Column[] = [
  column('Group', WIDTHS.grade),
  column('Shared weakness (focus)', WIDTHS.name, { wrap: true }),
  column('Pupils', WIDTHS.number),
  column('Names', WIDTHS.text + 80, { wrap: true }),
  column('Rows in the markbook', WIDTHS.label, { wrap: true }),
];

function groupsSheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const body = analysis.groups.map((group, index): OutputCell[] => [
    `Group ${index + 1}`,
    group.focus,
    group.pupils.length,
    group.pupils.map((pupil) => pupil.name).join(', '),
    group.pupils.map((pupil) => pupil.row).join(', '),
  ]);
  return tableSheet('Groups', caption(sheetName, analysis, 'Guided groups'), GROUP_COLUMNS, body, [
    '',
    '',
    '',
    'No guided groups: no weakest focus is shared by several pupils. Groups need assessment-focus or strand columns (e.g. AF1-AF7, Reading, Algebra).',
  ]);
}

/**
 * The reader's message without the cell address it may start with, since the Cell column has
 * it, and with the cell's value quoted short.
 */
export const problemText = (diagnostic: Diagnostic) =>
  withShortQuotes(
    diagnostic.message.startsWith(`${diagnostic.cell}: `)
      ? diagnostic.message.slice(diagnostic.cell.length + 2)
      : diagnostic.message,
    diagnostic.value,
  );

const LOG_COLUMNS: Column[] = [
  column('Cell', WIDTHS.number),
  column('Value', WIDTHS.label, { wrap: true }),
  column('Problem', WIDTHS.text + 200, { wrap: true }),
];

/** The pupils' rows hidden in the markbook, and whether the analysis left them out. */
export interface HiddenRows {
  rows: number[];
  skipped: boolean;
}

/** "Rows 7, 12 and 15", for the log. */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 20).map(String);
  const more = rows.length - shown.length;
  if (more > 0) return `Rows ${shown.join(', ')} and ${more} more`;
  const last = shown.pop();
  return shown.length === 0 ? `Row ${last}` : `Rows ${shown.join(', ')} and ${last}`;
}

/** A line of the log saying which pupils' rows were hidden and what was done with them. */
function hiddenRowsLine({ rows, skipped }: HiddenRows): OutputCell[] {
  const count = `${rows.length} pupil row${rows.length === 1 ? ' is' : 's are'} hidden in the markbook (by you or a filter)`;
  return [
    rowList(rows),
    '',
    skipped
      ? `${count}, so ${rows.length === 1 ? 'it was' : 'they were'} left out of the analysis. To include hidden rows, change it in Trajectory's settings.`
      : `${count} and ${rows.length === 1 ? 'was' : 'were'} analysed with the rest. To leave hidden rows out, change it in Trajectory's settings.`,
  ];
}

function logSheet(sheetName: string, analysis: MarkbookAnalysis, hidden: HiddenRows): OutputSheet {
  const body = analysis.diagnostics.map((d): OutputCell[] => [
    d.cell,
    shortened(d.value, QUOTE_LIMIT),
    problemText(d),
  ]);
  if (hidden.rows.length > 0) body.unshift(hiddenRowsLine(hidden));
  return tableSheet(
    'Trajectory log',
    `Cells of '${sheetName}' that Trajectory could not read; the rest of the markbook was still analysed.`,
    LOG_COLUMNS,
    body,
    ['', '', 'Every cell could be read.'],
  );
}

function summarySheet(sheetName: string, analysis: MarkbookAnalysis): OutputSheet {
  const { summary } = analysis;
  const rows: OutputCell[][] = [[caption(sheetName, analysis, 'Cohort summary')], []];
  const headingRows: number[] = [];
  const numberFormats: OutputSheet['numberFormats'] = [];
  const heading = (cells: OutputCell[]) => {
    rows.push(cells);
    headingRows.push(rows.length);
  };
  /** Rates in column C, progress and gaps from column D, for the rows just written. */
  const formatFigures = (firstRow: number, signedColumns: number) => {
    const numRows = rows.length - firstRow + 1;
    if (numRows === 0) return;
    numberFormats.push(
      { block: { row: firstRow, column: 3, numRows, numColumns: 1 }, format: NUMBER_FORMATS.percent },
      {
        block: { row: firstRow, column: 4, numRows, numColumns: signedColumns },
        format: NUMBER_FORMATS.signed,
      },
    );
  };

  // What a data lead reports first: the share at or above target now, and on track by forecast.
  heading(['Class', 'Pupils', 'At or above target now', 'On track by forecast']);
  rows.push([
    'Whole class',
    summary.pupils,
    fraction(summary.atOrAboveTargetRate),
    fraction(summary.onTrackByForecastRate),
  ]);
  numberFormats.push({
    block: { row: rows.length, column: 3, numRows: 1, numColumns: 2 },
    format: NUMBER_FORMATS.percent,
  });
  rows.push([]);

  heading(['Class', 'Pupils', 'On track or above', 'Mean progress (points)']);
  rows.push(['Whole class', summary.pupils, fraction(summary.onTrackRate), maybe(summary.meanProgress)]);
  formatFigures(rows.length, 1);
  rows.push([]);

  heading([
    'Group',
    'Pupils',
    'On track or above',
    'Mean progress (points)',
    'Gap to the rest: on track (% points)',
    'Gap to the rest: progress (points)',
  ]);
  const firstGroupRow = rows.length + 1;
  for (const group of summary.groups) {
    // A group of fewer than five shows counts: a rate or gap for two pupils means nothing and can name a child.
    rows.push(
      group.small
        ? [
            group.group,
            group.pupils,
            `${group.onTrack} of ${group.pupils}`,
            '',
            '',
            '',
            'Too few pupils for a rate or a gap',
          ]
        : [
            group.group,
            group.pupils,
            fraction(group.onTrackRate),
            maybe(group.meanProgress),
            maybe(group.onTrackGap),
            maybe(group.progressGap),
          ],
    );
  }
  formatFigures(firstGroupRow, 3);
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
    columnWidths: [
      WIDTHS.name + 30,
      WIDTHS.figure,
      WIDTHS.text - 60,
      WIDTHS.label,
      WIDTHS.label,
      WIDTHS.label,
    ],
    wrapColumns: [1, 3],
    numberFormats,
    chart: {
      title: 'Pupils by trajectory status at each assessment',
      block,
      anchor: { row: 3, column: (table[0]?.length ?? 0) + 2 },
      colours: STATUS_ORDER.map((status) => CHART_COLOURS[status]),
    },
  };
}

/** The five output sheets for one analysis, in the order they appear. */
export function outputSheets(
  sheetName: string,
  analysis: MarkbookAnalysis,
  hidden: HiddenRows = { rows: [], skipped: false },
): OutputSheet[] {
  return [
    targetsSheet(sheetName, analysis),
    flagsSheet(sheetName, analysis),
    groupsSheet(sheetName, analysis),
    summarySheet(sheetName, analysis),
    logSheet(sheetName, analysis, hidden),
  ];
}
