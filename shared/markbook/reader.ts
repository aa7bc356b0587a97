import { withoutPercentSign } from '../sheet/text';
import { a1, cellText, columnIndex, columnLetters, normaliseHeader } from './cells';
import { type HeaderMeaning, recogniseHeader, schoolYearOf, timeInText } from './headers';
import {
  BUILT_IN_SCALES,
  type CompiledScale,
  compileScale,
  readOnScale,
  type ScaleDefinition,
} from './scales';
import type { ColumnRole, CustomScale, MarkbookSettings } from './settings';
import { oneDecimal } from './stats';
import type { CellValue, ColumnInfo, Diagnostic, Grade, PupilAttributes } from './types';

export interface ReadColumn {
  index: number;
  letter: string;
  header: string;
  meaning: HeaderMeaning;
  scale?: CompiledScale;
  outOf?: number;
  /** Attendance or percentages kept as fractions (0.94 for 94%), as Sheets stores a % format. */
  fractional?: boolean;
  /** A percentage or attendance column with some cells written as fractions of 1 among the percentages. */
  someFractions?: boolean;
}

export interface AssessmentPoint {
  label: string;
  column: ReadColumn;
  /** School years from 1 September of the first year. */
  time: number;
}

export interface ReadPupil {
  row: number;
  name: string;
  nameCell: string;
  id?: string;
  attributes: PupilAttributes;
  prior: Grade | null;
  target: Grade | null;
  /** One entry per assessment point, in time order; null where there is no grade. */
  grades: (Grade | null)[];
  /**
   * Parallel to `grades`: each point's cell as the teacher wrote it (trimmed; '' when blank) and
   * its A1 address, so ABS, X, TBC, N/A or 0 can be reported as a data query, not lost as a gap.
   */
  entries: { text: string; cell: string }[];
  foci: { focus: string; grade: Grade; cell: string; scale: CompiledScale }[];
  /** Attendance percentages in time order, the current figure last. */
  attendance: number[];
  intervention: { text: string; start: number | null; startLabel: string | null } | null;
}

export interface MarkbookRead {
  headerRow: number;
  columns: ColumnInfo[];
  points: AssessmentPoint[];
  mainScale: CompiledScale | null;
  priorScale: CompiledScale | null;
  scales: CompiledScale[];
  pupils: ReadPupil[];
  diagnostics: Diagnostic[];
}

/** Cell values that mean "not assessed": read as a gap, not reported as a bad grade. */
export const DEFAULT_ABSENT = [
  'ABS',
  'ABSENT',
  'AB',
  'X',
  'N/A',
  'NA',
  '-',
  '–',
  '—',
  'NS',
  'NOT SAT',
  'NE',
  'NOT ENTERED',
  'ILL',
  'EXEMPT',
  'DISAPPLIED',
  'NOT ASSESSED',
  'TBC',
];

const SUMMARY_ROW = /^(class |cohort |group )?(average|mean|median|total|totals|count|summary|avg)\b/i;

function isSummaryName(name: string): boolean {
  return SUMMARY_ROW.test(name.trim());
}

function customToDefinition(custom: CustomScale): ScaleDefinition {
  const grades = custom.grades?.map((grade, index) =>
    typeof grade === 'string' ? { label: grade, points: index } : grade,
  );
  const numeric = grades === undefined;
  const definition: ScaleDefinition = {
    id: custom.id,
    name: custom.name,
    expects: numeric
      ? `a mark on ${custom.name} (${custom.min}-${custom.max})`
      : `a grade on ${custom.name} (${grades.map((g) => g.label).join(', ')})`,
    kind: numeric ? 'numeric' : 'ordinal',
    step: custom.step ?? 1,
    expectedPerYear: custom.expectedPerYear ?? 0,
    highFrom: custom.highFrom ?? (numeric ? custom.max! * 0.8 : grades[grades.length - 1]!.points),
  };
  if (grades !== undefined) definition.grades = grades;
  if (custom.min !== undefined) definition.min = custom.min;
  if (custom.max !== undefined) definition.max = custom.max;
  return definition;
}

/** The scales a markbook may use: the school's own first, then the built-in ones, with any overrides applied. */
export function scalesFor(settings: MarkbookSettings): CompiledScale[] {
  const overrides = settings.scaleOverrides ?? {};
  return [...(settings.scales ?? []).map(customToDefinition), ...BUILT_IN_SCALES].map((def) =>
    compileScale({ ...def, ...overrides[def.id] }),
  );
}

function headerScore(row: CellValue[]): { score: number; named: boolean } {
  let score = 0;
  let named = false;
  for (const cell of row) {
    const text = cellText(cell);
    if (text === '') continue;
    const role = recogniseHeader(text).role;
    if (role === 'unrecognised') continue;
    score += 1;
    if (role === 'name' || role === 'first-name' || role === 'last-name') named = true;
  }
  return { score, named };
}

/** The header row: the row among the first thirty that most looks like headers, preferring one that names pupils. */
function findHeaderRow(values: CellValue[][]): number {
  let best = 0;
  let bestScore = -1;
  const limit = Math.min(values.length, 30);
  for (let r = 0; r < limit; r++) {
    const { score, named } = headerScore(values[r] ?? []);
    const weighted = score + (named ? 100 : 0);
    if (score >= 2 && weighted > bestScore) {
      best = r;
      bestScore = weighted;
    }
  }
  return best;
}

function isPointOrFocus(header: string): boolean {
  const role = recogniseHeader(header).role;
  return role === 'assessment' || role === 'focus';
}

/** A banner joins the headers under it: assessments and foci, not names or attendance. */
function joinsBanner(header: string): boolean {
  const role = recogniseHeader(header).role;
  return role === 'assessment' || role === 'focus' || role === 'unrecognised';
}

/**
 * Headers under a banner row ("Autumn" spanning "Test 1 | Test 2"): each header under a banner
 * is read with it ("Autumn Test 2"). Null when no banner spans two or more headers.
 */
function underBanners(upper: CellValue[], lower: CellValue[], width: number): string[] | null {
  const headers: string[] = [];
  let banner = '';
  let spans = false;
  for (let c = 0; c < width; c++) {
    const top = cellText(upper[c]);
    const below = cellText(lower[c]);
    // A banner names a point or a focus ("Autumn", "Paper 2"); a title above the table is no banner.
    if (top !== '') banner = isPointOrFocus(top) ? top : '';
    if (below === '') {
      headers.push(top);
      if (top === '') banner = '';
    } else if (banner !== '' && joinsBanner(below)) {
      headers.push(`${banner} ${below}`);
      if (top === '') spans = true;
    } else {
      headers.push(below);
      banner = '';
    }
  }
  return spans ? headers : null;
}

/** The row under a header row is a second header row when it names no pupil and sits under banners. */
function isSubHeaderRow(values: CellValue[][], headerIndex: number): boolean {
  const upper = values[headerIndex] ?? [];
  const lower = values[headerIndex + 1];
  if (lower === undefined || headerScore(lower).score < 2) return false;
  const namesPupil = upper.some((cell, c) => {
    const role = recogniseHeader(cellText(cell)).role;
    return (role === 'name' || role === 'first-name' || role === 'last-name') && cellText(lower[c]) !== '';
  });
  return !namesPupil && underBanners(upper, lower, Math.max(upper.length, lower.length)) !== null;
}

// A bare "Max" is a pupil's name; "Max:" or "Max marks" is a label.
const MAX_MARKS =
  /^(out of|maximum|max marks?|maximum marks?|total marks?|marks? available|available marks?|possible marks?)\s*:?$|^max\s*:$/;

/** A maximum mark as written in that row: 40 or /40. */
const MAX_MARK = /^\/?\s*(\d+(?:\.\d+)?)$/;

/** The row just under the headers that gives each column's maximum mark, or -1. */
function findMaxMarksRow(values: CellValue[][], headerIndex: number): number {
  for (let r = headerIndex + 1; r < Math.min(values.length, headerIndex + 3); r++) {
    const texts = (values[r] ?? []).map((cell) => cellText(cell).toLowerCase());
    if (texts.some((text) => MAX_MARKS.test(text)) && texts.some((text) => MAX_MARK.test(text))) return r;
  }
  return -1;
}

function overrideFor(settings: MarkbookSettings, letter: string, header: string) {
  const columns = settings.columns ?? {};
  if (columns[letter] !== undefined) return columns[letter];
  const wanted = normaliseHeader(header);
  for (const [key, value] of Object.entries(columns)) {
    if (columnIndex(key) === -1 && normaliseHeader(key) === wanted) return value;
  }
  return undefined;
}

const YES = new Set(['Y', 'YES', 'TRUE', '1', 'X', '✓', '✔', '*', 'ELIGIBLE']);
const NO = new Set(['', 'N', 'NO', 'FALSE', '0', '-', 'NONE', 'N/A', 'NA', 'NOT ELIGIBLE']);
const FLAG_WORDS: Partial<Record<ColumnRole, string[]>> = {
  eal: ['EAL', 'ESL'],
  disadvantaged: ['PP', 'FSM', 'FSM6', 'DIS', 'DISADVANTAGED', 'EVER6', 'PUPILPREMIUM'],
  'most-able': ['MA', 'G&T', 'GT', 'G/T', 'HPA', 'MOSTABLE', 'MOREABLE', 'GIFTED'],
  'looked-after': ['LAC', 'CLA', 'CIC', 'PLA', 'LOOKEDAFTER'],
};

function readFlag(role: ColumnRole, text: string): boolean | undefined {
  const upper = text.toUpperCase().trim();
  if (YES.has(upper)) return true;
  if (NO.has(upper)) return false;
  if (FLAG_WORDS[role]?.includes(upper.replace(/\s+/g, ''))) return true;
  return undefined;
}

function readSen(text: string): PupilAttributes['sen'] | undefined {
  // MIS exports write the code with its meaning: "K - SEN Support", "E - EHC Plan".
  const coded = /^([NKE])\s*[-–:]\s*\S/i.exec(text.trim());
  const upper = (coded ? coded[1]! : text).toUpperCase().replace(/[\s.]+/g, '');
  if (NO.has(upper) || upper === 'NOSEN') return 'none';
  if (['E', 'EHCP', 'EHC', 'EHCPLAN', 'S', 'STATEMENT', 'STATEMENTED'].includes(upper)) return 'ehcp';
  if (
    [
      'K',
      'SENSUPPORT',
      'SUPPORT',
      'SEN',
      'Y',
      'YES',
      'A',
      'P',
      'SA',
      'SA+',
      'SCHOOLACTION',
      'SCHOOLACTIONPLUS',
      'TRUE',
      '1',
      'X',
    ].includes(upper)
  ) {
    return 'support';
  }
  return undefined;
}

function readGender(text: string): string {
  const upper = text.toUpperCase().trim();
  if (['M', 'MALE', 'BOY', 'B'].includes(upper)) return 'M';
  if (['F', 'FEMALE', 'GIRL', 'G'].includes(upper)) return 'F';
  return text.trim();
}

/** A fraction of 1 written as a decimal: 0.67, .5, 1.0 (a bare 0 or 1 is read as written). */
const FRACTION = /^(0?\.\d+|1\.0+)$/;

/** A sheet's number from 0 to 1 (a % format), or a fraction written as text. */
const isFraction = (value: CellValue | undefined, text: string) =>
  typeof value === 'number' ? value >= 0 && value <= 1 : FRACTION.test(text);

function percentFrom(text: string, fractional: boolean): number | undefined {
  const bare = withoutPercentSign(text);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(bare)) return undefined;
  const value = Number(bare) * (fractional && !text.endsWith('%') ? 100 : 1);
  return value >= 0 && value <= 100 ? value : undefined;
}

interface Ranked {
  scale: CompiledScale;
  clean: number;
  reads: number;
  hint: boolean;
}

function hinted(scale: CompiledScale, column: ReadColumn): boolean {
  if (scale.def.id === 'marks') return column.outOf !== undefined;
  // A whole word of the normalised header (single spaces), found without building a pattern.
  const header = ` ${normaliseHeader(column.header)} `;
  return (scale.def.headerWords ?? []).some((word) => header.includes(` ${word} `));
}

const better = (x: Ranked, y: Ranked) =>
  x.clean !== y.clean ? x.clean > y.clean : x.reads !== y.reads ? x.reads > y.reads : x.hint && !y.hint;

/**
 * The scale that reads most of a column's values without a near-miss warning, then most
 * values at all; a header hint, then the scale's place in the list, breaks ties.
 */
function detectScale(
  column: ReadColumn,
  samples: Map<string, number>,
  scales: CompiledScale[],
): CompiledScale | null {
  let best: Ranked | null = null;
  for (const scale of scales) {
    let reads = 0;
    let clean = 0;
    for (const [text, count] of samples) {
      const reading = readOnScale(scale, text, column.outOf);
      if (reading.kind === 'grade') {
        reads += count;
        if (reading.warning === undefined) clean += count;
      }
    }
    if (reads === 0) continue;
    const ranked = { scale, clean, reads, hint: hinted(scale, column) };
    if (best === null || better(ranked, best)) best = ranked;
  }
  return best?.scale ?? null;
}

function readsCleanly(scale: CompiledScale, text: string): boolean {
  const reading = readOnScale(scale, text);
  return reading.kind === 'grade' && reading.warning === undefined;
}

const ATTRIBUTE_ROLES = new Set<string>([
  'sen',
  'eal',
  'disadvantaged',
  'most-able',
  'looked-after',
  'gender',
]);
const GRADED_ROLES = new Set<string>(['assessment', 'focus', 'prior-attainment', 'target']);

/**
 * Reads a markbook's values into columns and pupils. Never throws on cell content: every cell
 * it cannot use becomes a diagnostic with its A1 address, and the rest is read.
 */
export function readMarkbook(values: CellValue[][], settings: MarkbookSettings): MarkbookRead {
  const diagnostics: Diagnostic[] = [];
  const scales = scalesFor(settings);
  const scaleById = new Map(scales.map((scale) => [scale.def.id, scale]));
  const absent = new Set([
    ...DEFAULT_ABSENT,
    ...(settings.absentMarkers ?? []).map((m) => m.toUpperCase().trim()),
  ]);
  let headerIndex =
    settings.headerRow !== undefined
      ? Math.min(settings.headerRow - 1, Math.max(values.length - 1, 0))
      : findHeaderRow(values);
  // Headers on two rows: the row found may be a banner ("Autumn | Spring") over the real one.
  if (settings.headerRow === undefined && isSubHeaderRow(values, headerIndex)) headerIndex++;
  const headerCells = values[headerIndex] ?? [];
  const width = values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const headerTexts =
    (headerIndex > 0 ? underBanners(values[headerIndex - 1] ?? [], headerCells, width) : null) ??
    headerCells.map((cell) => cellText(cell));

  const columns: ReadColumn[] = [];
  for (let c = 0; c < width; c++) {
    const header = headerTexts[c] ?? '';
    const letter = columnLetters(c);
    const meaning = recogniseHeader(header);
    const column: ReadColumn = { index: c, letter, header, meaning };
    if (meaning.outOf !== undefined) column.outOf = meaning.outOf;
    const override = overrideFor(settings, letter, header);
    if (typeof override === 'string') column.meaning = { ...meaning, role: override };
    else if (override !== undefined) {
      if (override.role !== undefined) column.meaning = { ...meaning, role: override.role };
      if (override.focus !== undefined)
        column.meaning = { ...column.meaning, role: override.role ?? 'focus', focus: override.focus };
      if (override.outOf !== undefined) column.outOf = override.outOf;
      if (override.scale !== undefined) {
        const scale = scaleById.get(override.scale);
        if (scale === undefined) {
          diagnostics.push({
            cell: a1(c, headerIndex + 1),
            value: header,
            message: `${a1(c, headerIndex + 1)}: the settings give column ${letter} the scale '${override.scale}', which is not a known scale (known: ${scales.map((s) => s.def.id).join(', ')})`,
            severity: 'error',
          });
        } else column.scale = scale;
      }
    }
    if (header !== '' || column.meaning.role !== 'unrecognised') columns.push(column);
  }

  // A row of maximum marks under the headers ("Out of:", 40, 35, 50) says what each column is out of.
  const maxRow = findMaxMarksRow(values, headerIndex);
  if (maxRow !== -1) {
    const label = (values[maxRow] ?? []).findIndex((cell) => MAX_MARKS.test(cellText(cell).toLowerCase()));
    const cell = a1(label, maxRow + 1);
    const text = cellText(values[maxRow]?.[label]);
    diagnostics.push({
      cell,
      value: text,
      message: `${cell}: '${text}' gives each column's maximum mark, so row ${maxRow + 1} was read as that, not as a pupil`,
      severity: 'warning',
    });
    for (const column of columns) {
      const max = MAX_MARK.exec(cellText(values[maxRow]?.[column.index]));
      if (max === null || Number(max[1]) <= 0 || column.outOf !== undefined) continue;
      column.outOf = Number(max[1]);
      // A column the teacher gives a maximum mark is a marked assessment.
      if (column.meaning.role === 'unrecognised') column.meaning = { ...column.meaning, role: 'assessment' };
    }
  }

  const byRole = (role: ColumnRole) => columns.filter((column) => column.meaning.role === role);
  const nameColumns = byRole('name');
  // MIS exports give a legal and a preferred name ("Legal Forename", "Preferred Forename"): the
  // pupil is known by the preferred one wherever it is filled, whichever column comes first.
  const preferred = (column: ReadColumn) => Number(/\bpreferred\b/.test(normaliseHeader(column.header)));
  const preferredFirst = (list: ReadColumn[]) => [...list].sort((x, y) => preferred(y) - preferred(x));
  const firstColumns = preferredFirst(byRole('first-name'));
  const lastColumns = preferredFirst(byRole('last-name'));
  const filledIn = (list: ReadColumn[], row: CellValue[]) => {
    for (const column of list) {
      const text = cellText(row[column.index]);
      if (text !== '') return { column, text };
    }
    return undefined;
  };

  // Pupil rows: below the header, with a name. Summary rows ("Class average") are left out, and said so.
  const pupilRows: { r: number; name: string; nameCell: string }[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    if (r === maxRow) continue;
    const row = values[r] ?? [];
    const full = nameColumns[0] ? cellText(row[nameColumns[0].index]) : '';
    const first = filledIn(firstColumns, row);
    const last = filledIn(lastColumns, row);
    const name =
      full !== '' ? full : [first?.text, last?.text].filter((part) => part !== undefined).join(' ');
    const nameColumn =
      full !== '' ? nameColumns[0]! : (first?.column ?? last?.column ?? lastColumns[0] ?? nameColumns[0]);
    const nameCell = a1(nameColumn?.index ?? 0, r + 1);
    if (name === '') {
      const firstFilled = row.findIndex((cell) => cellText(cell) !== '');
      if (firstFilled !== -1 && nameColumn !== undefined) {
        diagnostics.push({
          cell: nameCell,
          value: '',
          message: `${nameCell}: row ${r + 1} has entries but no pupil name, so it was left out`,
          severity: 'warning',
        });
      }
      continue;
    }
    // Two classes pasted one under the other repeat the header row.
    const repeatsHeader =
      nameColumn !== undefined && normaliseHeader(name) === normaliseHeader(nameColumn.header);
    // A key or note under the table ("Key: WTS = working towards") fills only the name cell.
    const note = /[:=]/.test(name) && row.filter((cell) => cellText(cell) !== '').length === 1;
    if (isSummaryName(name) || repeatsHeader || note) {
      const kind = repeatsHeader ? 'a repeated header row' : note ? 'a note' : 'a summary row';
      diagnostics.push({
        cell: nameCell,
        value: name,
        message: `${nameCell}: '${name}' looks like ${kind}, not a pupil, so it was left out`,
        severity: 'warning',
      });
      continue;
    }
    pupilRows.push({ r, name, nameCell });
  }
  // A column the reader cannot place is said so once, at its header, rather than left out silently.
  const placed = new Map(columns.map((column) => [column.index, column]));
  for (let c = 0; c < width; c++) {
    const column = placed.get(c);
    if (column !== undefined && column.meaning.role !== 'unrecognised') continue;
    let filled = 0;
    for (const { r } of pupilRows) if (cellText(values[r]?.[c]) !== '') filled++;
    if (filled === 0) continue;
    const cell = a1(c, headerIndex + 1);
    const what =
      column === undefined
        ? `column ${columnLetters(c)} has no header`
        : column.meaning.prediction
          ? `'${column.header}' is a prediction, neither attainment nor a target`
          : `'${column.header}' is not a column Trajectory recognises`;
    diagnostics.push({
      cell,
      value: column?.header ?? '',
      message: `${cell}: ${what}, so its ${filled} ${filled === 1 ? 'entry was' : 'entries were'} not read (the settings can say what it holds)`,
      severity: 'warning',
    });
  }
  if (nameColumns.length + firstColumns.length + lastColumns.length === 0) {
    const cell = a1(0, headerIndex + 1);
    diagnostics.push({
      cell,
      value: cellText(headerCells[0]),
      message: `${cell}: no pupil name column found in row ${headerIndex + 1}; name a column "Name" (or "First name" and "Last name"), or say which it is in the settings`,
      severity: 'error',
    });
  }

  const isAbsent = (text: string) => absent.has(text.toUpperCase().trim());

  // Scales: each graded column's own reading first, then assessments brought onto one scale.
  for (const column of columns) {
    if (!GRADED_ROLES.has(column.meaning.role) || column.scale !== undefined) continue;
    // Up to 60 values, each distinct text tried once and weighted by how often it occurs.
    const samples = new Map<string, number>();
    let sampled = 0;
    for (const { r } of pupilRows) {
      const text = cellText(values[r]?.[column.index]);
      if (text === '' || isAbsent(text)) continue;
      samples.set(text, (samples.get(text) ?? 0) + 1);
      if (++sampled >= 60) break;
    }
    const detected = detectScale(column, samples, scales);
    // A column that says what it is out of holds marks: one mark over the maximum is an error
    // to report, not a reason to read the column as percentages.
    if (detected?.def.id === 'percentage' && column.outOf !== undefined)
      column.scale = scaleById.get('marks') ?? detected;
    else if (detected !== null) column.scale = detected;
  }
  const assessmentColumns = byRole('assessment');
  const familyCount = new Map<string, number>();
  for (const column of assessmentColumns) {
    if (column.scale) familyCount.set(column.scale.family, (familyCount.get(column.scale.family) ?? 0) + 1);
  }
  let mainFamily: string | null = null;
  for (const [family, count] of familyCount)
    if (mainFamily === null || count > familyCount.get(mainFamily)!) mainFamily = family;
  const mainScale = assessmentColumns.find((column) => column.scale?.family === mainFamily)?.scale ?? null;

  const gradedAgainstMain = (column: ReadColumn) => {
    if (mainScale === null || column.scale?.family === mainFamily) return;
    const own = column.scale;
    let ownReads = 0;
    let mainReads = 0;
    for (const { r } of pupilRows) {
      const text = cellText(values[r]?.[column.index]);
      if (text === '' || isAbsent(text)) continue;
      if (own && readOnScale(own, text, column.outOf).kind === 'grade') ownReads++;
      if (readOnScale(mainScale, text, column.outOf).kind === 'grade') mainReads++;
    }
    if (mainReads >= ownReads) column.scale = mainScale;
  };
  for (const column of assessmentColumns) gradedAgainstMain(column);
  for (const column of byRole('target')) gradedAgainstMain(column);

  for (const column of [...assessmentColumns, ...byRole('target')]) {
    if (mainScale !== null && column.scale !== undefined && column.scale.family !== mainFamily) {
      const cell = a1(column.index, headerIndex + 1);
      diagnostics.push({
        cell,
        value: column.header,
        message: `${cell}: '${column.header}' is on ${column.scale.def.name} but the other assessments are on ${mainScale.def.name}, so it is left out of progress`,
        severity: 'warning',
      });
    }
  }

  // Assessment points in time order: by term or date where every header names one, else by number, else as laid out.
  const onMainScale = assessmentColumns.filter(
    (column) => column.scale !== undefined && column.scale.family === mainFamily,
  );
  // A current judgement ("Current Working At") beside dated or numbered points is not another
  // point after them: counting it would make one judgement look like two.
  const placedInYear = (column: ReadColumn) =>
    column.meaning.time !== undefined || column.meaning.order !== undefined;
  const usable = onMainScale.some(placedInYear)
    ? onMainScale.filter((column) => column.meaning.current !== true)
    : onMainScale;
  for (const column of onMainScale) {
    if (usable.includes(column)) continue;
    const cell = a1(column.index, headerIndex + 1);
    diagnostics.push({
      cell,
      value: column.header,
      message: `${cell}: '${column.header}' is a current judgement with no date, so it is not counted as another assessment point; progress is judged on the dated or numbered points`,
      severity: 'warning',
    });
  }
  const years = usable.map((column) => column.meaning.yearGroup).filter((y): y is number => y !== undefined);
  const firstYear = years.length === usable.length && years.length > 0 ? Math.min(...years) : undefined;
  // Dated points carry calendar years (2025), "Year 10" points year groups.
  const datedYears = firstYear !== undefined && firstYear > 1900;
  const timed = usable.every((column) => column.meaning.time !== undefined);
  const ordered = usable.every(placedInYear);
  const offset = (column: ReadColumn) =>
    firstYear !== undefined ? column.meaning.yearGroup! - firstYear : 0;
  const sortKey = (column: ReadColumn) =>
    timed
      ? offset(column) + column.meaning.time!
      : ordered
        ? offset(column) * 100 + (column.meaning.order ?? 0)
        : 0;
  const sorted = usable
    .map((column, position) => ({ column, position }))
    .sort((x, y) => sortKey(x.column) - sortKey(y.column) || x.position - y.position)
    .map(({ column }) => column);
  const span = firstYear !== undefined ? Math.max(...years) - firstYear + 1 : 1;
  const points: AssessmentPoint[] = sorted.map((column, i) => ({
    label: column.header,
    column,
    // Numbered points without dates are spread through the year, leaving room for the target's date after the last.
    time: timed ? offset(column) + column.meaning.time! : ((i + 1) / (sorted.length + 1)) * span,
  }));

  const priorColumns = byRole('prior-attainment');
  const priorColumn =
    priorColumns.find((column) => column.scale?.family === mainFamily) ?? priorColumns.find((c) => c.scale);
  const priorScale = priorColumn?.scale ?? null;

  for (const column of byRole('attendance')) {
    let numeric = 0;
    let fractions = 0;
    for (const { r } of pupilRows) {
      const value = values[r]?.[column.index];
      const text = cellText(value);
      if (text === '' || text.endsWith('%')) continue;
      const n = Number(text);
      if (!Number.isNaN(n)) {
        numeric++;
        if (n <= 1) fractions++;
      }
    }
    column.fractional = numeric > 0 && fractions === numeric;
    // 0.93 among 96s: a fraction of 1 written among percentages, not 0.93% attendance.
    column.someFractions = fractions > 0 && fractions < numeric;
  }
  // Percentages written as fractions of 1 (0.67 for 67%): a whole column of them is how Sheets
  // stores a % format; a few among "67%" and 72 are read as percentages too, with a warning.
  // Bare numbers in a column that says neither % nor what it is out of may be marks: say how they are read.
  const bareNumbers: ReadColumn[] = [];
  for (const column of columns) {
    if (column.scale?.def.id !== 'percentage' || !GRADED_ROLES.has(column.meaning.role)) continue;
    let fractions = 0;
    let percents = 0;
    let signed = false;
    for (const { r } of pupilRows) {
      const value = values[r]?.[column.index];
      const text = cellText(value);
      if (isFraction(value, text)) fractions++;
      else if (/^\d+(\.\d+)?\s*%?$/.test(text)) percents++;
      if (text.endsWith('%')) signed = true;
    }
    if (fractions > 1 && percents === 0) column.fractional = true;
    else if (fractions > 0 && percents > 0) column.someFractions = true;
    if (percents > 0 && !signed && !column.fractional && !hinted(column.scale, column))
      bareNumbers.push(column);
  }
  if (bareNumbers.length > 0) {
    const first = bareNumbers[0]!;
    const cell = a1(first.index, headerIndex + 1);
    const names = bareNumbers.map((column) => `'${column.header}'`);
    const listed =
      names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    diagnostics.push({
      cell,
      value: first.header,
      message: `${cell}: ${listed} ${names.length === 1 ? 'holds' : 'hold'} bare numbers and ${names.length === 1 ? 'does' : 'do'} not say what ${names.length === 1 ? 'it is' : 'they are'} out of, so the numbers are read as percentages; if they are marks, give the maximum (e.g. "${first.header} (/40)", or an "Out of" row under the headers)`,
      severity: 'warning',
    });
  }

  const unreadable = (
    column: ReadColumn,
    row: number,
    text: string,
    reason: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    const cell = a1(column.index, row);
    diagnostics.push({ cell, value: text, message: `${cell}: '${text}' ${reason}`, severity });
  };

  // A column holds the same few grades over and over: read each distinct text once.
  type CellReading = { grade: Grade | null; reason?: string; severity?: 'error' | 'warning' };
  const memos = new Map<ReadColumn, Map<string, CellReading>>();
  const readCell = (column: ReadColumn, text: string): CellReading => {
    const scale = column.scale;
    if (scale === undefined)
      return { grade: null, reason: 'is not a grade Trajectory recognises (e.g. 4b, 6+, B, EXS, 72%)' };
    const reading = readOnScale(scale, text, column.outOf);
    if (reading.kind === 'unreadable') {
      // A grade from another scale (a P-scale in a levels column) is named as such, not called a typo.
      const other = scales.find((s) => s !== scale && s.def.kind === 'ordinal' && readsCleanly(s, text));
      const reason =
        other === undefined
          ? reading.reason
          : `is on ${other.def.name}, not ${scale.def.name}, so it is left out of progress`;
      return { grade: null, reason, severity: 'error' };
    }
    const grade = { label: reading.label, points: reading.points, scale: scale.def.id };
    return reading.warning === undefined
      ? { grade }
      : { grade, reason: reading.warning, severity: 'warning' };
  };

  const gradeIn = (column: ReadColumn, row: number, value: CellValue | undefined): Grade | null => {
    const raw = cellText(value);
    if (raw === '') return null;
    const fraction = column.fractional ? isFraction(value, raw) : column.someFractions && FRACTION.test(raw);
    const text = fraction ? String(Number((Number(raw) * 100).toFixed(6))) : raw;
    let memo = memos.get(column);
    if (memo === undefined) {
      memo = new Map();
      memos.set(column, memo);
    }
    let reading = memo.get(text);
    if (reading === undefined) {
      reading = isAbsent(raw) ? { grade: null } : readCell(column, text);
      if (memo.size < 5_000) memo.set(text, reading);
    }
    if (reading.reason !== undefined) unreadable(column, row, raw, reading.reason, reading.severity);
    else if (fraction && column.someFractions && reading.grade !== null) {
      unreadable(
        column,
        row,
        raw,
        `read as ${reading.grade.label} (a fraction of 1 among percentages)`,
        'warning',
      );
    }
    return reading.grade;
  };

  const attendanceColumns = [...byRole('attendance')].sort(
    (x, y) => (x.meaning.time ?? x.index / 1000) - (y.meaning.time ?? y.index / 1000),
  );
  const possibleColumn = byRole('sessions-possible')[0];
  const attendedColumn = byRole('sessions-attended')[0];
  const idColumn = byRole('id')[0];
  const interventionColumns = byRole('intervention');
  const startColumn = byRole('intervention-start')[0];
  const focusColumns = byRole('focus');
  const targetColumns = byRole('target');
  const targetColumn =
    targetColumns.find((column) => column.scale?.family === mainFamily) ?? targetColumns[0];
  // A second target column (FFT and MEG side by side) is still read for bad cells, but only one
  // sets the targets: say which, at the other's header, rather than leave it out silently.
  for (const column of targetColumns) {
    if (column === targetColumn || targetColumn === undefined) continue;
    if (!pupilRows.some(({ r }) => cellText(values[r]?.[column.index]) !== '')) continue;
    const cell = a1(column.index, headerIndex + 1);
    diagnostics.push({
      cell,
      value: column.header,
      message: `${cell}: '${column.header}' is another target column; targets come from '${targetColumn.header}' (to use this one, set '${targetColumn.header}' to "ignore" in the settings' columns)`,
      severity: 'warning',
    });
  }

  const attributeColumns = columns.filter((column) => ATTRIBUTE_ROLES.has(column.meaning.role));
  const unscaled = assessmentColumns.filter((column) => column.scale === undefined);
  const pupils: ReadPupil[] = pupilRows.map(({ r, name, nameCell }) => {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    const attributes: PupilAttributes = {
      sen: 'none',
      eal: false,
      disadvantaged: false,
      mostAble: false,
      lookedAfter: false,
    };
    for (const column of attributeColumns) {
      const role = column.meaning.role;
      const text = cellText(row[column.index]);
      if (role === 'sen') {
        const sen = readSen(text);
        if (sen === undefined)
          unreadable(
            column,
            sheetRow,
            text,
            'is not a SEN code (N, K for SEN support, E for an EHCP)',
            'warning',
          );
        else if (sen !== 'none') attributes.sen = sen;
      } else if (
        role === 'eal' ||
        role === 'disadvantaged' ||
        role === 'most-able' ||
        role === 'looked-after'
      ) {
        const flag = readFlag(role, text);
        if (flag === undefined)
          unreadable(column, sheetRow, text, `is not a yes/no value for ${column.header}`, 'warning');
        else if (flag) {
          if (role === 'eal') attributes.eal = true;
          else if (role === 'disadvantaged') attributes.disadvantaged = true;
          else if (role === 'most-able') attributes.mostAble = true;
          else attributes.lookedAfter = true;
        }
      } else if (role === 'gender' && text !== '') attributes.gender = readGender(text);
    }

    const attendance: number[] = [];
    for (const column of attendanceColumns) {
      const text = cellText(row[column.index]);
      if (text === '') continue;
      const fraction = column.someFractions === true && FRACTION.test(text);
      const percent = percentFrom(text, column.fractional === true || fraction);
      if (percent === undefined)
        unreadable(column, sheetRow, text, 'is not an attendance percentage (0-100)');
      else {
        if (fraction)
          unreadable(
            column,
            sheetRow,
            text,
            `read as ${oneDecimal(percent)}% (a fraction of 1 among percentages)`,
            'warning',
          );
        attendance.push(percent);
      }
    }
    if (possibleColumn && attendedColumn) {
      const possibleText = cellText(row[possibleColumn.index]);
      const attendedText = cellText(row[attendedColumn.index]);
      const possible = Number(possibleText);
      const attended = Number(attendedText);
      if (possibleText !== '' && attendedText !== '') {
        if (Number.isNaN(possible) || possible <= 0)
          unreadable(possibleColumn, sheetRow, possibleText, 'is not a number of sessions');
        else if (Number.isNaN(attended) || attended < 0 || attended > possible) {
          unreadable(
            attendedColumn,
            sheetRow,
            attendedText,
            `is not a number of sessions between 0 and ${possible}`,
          );
        } else attendance.push((100 * attended) / possible);
      }
    }

    const grades = points.map((point) => gradeIn(point.column, sheetRow, row[point.column.index]));
    const entries = points.map((point) => ({
      text: cellText(row[point.column.index]),
      cell: a1(point.column.index, sheetRow),
    }));
    // An assessment column no scale reads is no point, but each of its cells is still reported.
    for (const column of unscaled) gradeIn(column, sheetRow, row[column.index]);

    let prior: Grade | null = null;
    for (const column of priorColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (column === priorColumn) prior = grade;
    }
    let target: Grade | null = null;
    for (const column of targetColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (column === targetColumn && column.scale?.family === mainFamily) target = grade;
    }

    // A focus assessed more than once keeps its latest grade.
    const latestFocus = new Map<
      string,
      { focus: string; grade: Grade; cell: string; scale: CompiledScale; time: number }
    >();
    for (const column of focusColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (grade === null || column.scale === undefined) continue;
      const focus = column.meaning.focus ?? column.header;
      const time = column.meaning.time ?? column.meaning.order ?? column.index / 1000;
      const previous = latestFocus.get(focus.toLowerCase());
      if (previous === undefined || time >= previous.time) {
        latestFocus.set(focus.toLowerCase(), {
          focus,
          grade,
          cell: a1(column.index, sheetRow),
          scale: column.scale,
          time,
        });
      }
    }

    let intervention: ReadPupil['intervention'] = null;
    const interventionText = interventionColumns
      .map((column) => cellText(row[column.index]))
      .filter((text) => text !== '' && !NO.has(text.toUpperCase()))
      .join('; ');
    if (interventionText !== '') {
      const startCell = startColumn ? row[startColumn.index] : undefined;
      const startText = startColumn ? cellText(startCell) : '';
      const startSource = startText !== '' ? startText : interventionText;
      let start = timeInText(startSource);
      if (startColumn && startText !== '' && start === undefined) {
        unreadable(
          startColumn,
          sheetRow,
          startText,
          'is not a date or a term (e.g. 12/01/2026, Spring 1)',
          'warning',
        );
      }
      // In a tracker spanning several school years, a start date falls in its own year when the
      // points are dated and it has a year too; otherwise it belongs to the latest year.
      const startYear = schoolYearOf(startSource);
      if (start !== undefined && startYear !== undefined && datedYears) start += startYear - firstYear!;
      else if (start !== undefined && points.length > 0 && firstYear !== undefined)
        start += points[points.length - 1]!.time - (points[points.length - 1]!.time % 1);
      intervention = {
        text: interventionText,
        start: start ?? null,
        startLabel: start === undefined ? null : startText !== '' ? startText : interventionText,
      };
    }

    const pupil: ReadPupil = {
      row: sheetRow,
      name,
      nameCell,
      attributes,
      prior,
      target,
      grades,
      entries,
      foci: [...latestFocus.values()].map(({ focus, grade, cell, scale }) => ({ focus, grade, cell, scale })),
      attendance,
      intervention,
    };
    const id = idColumn ? cellText(row[idColumn.index]) : '';
    if (id !== '') pupil.id = id;
    return pupil;
  });

  const columnInfo: ColumnInfo[] = columns.map((column) => {
    const info: ColumnInfo = { column: column.letter, header: column.header, role: column.meaning.role };
    if (column.scale !== undefined && GRADED_ROLES.has(column.meaning.role)) info.scale = column.scale.def.id;
    if (column.meaning.role === 'focus') info.focus = column.meaning.focus ?? column.header;
    return info;
  });

  return {
    headerRow: headerIndex + 1,
    columns: columnInfo,
    points,
    mainScale,
    priorScale,
    scales,
    pupils,
    diagnostics,
  };
}
