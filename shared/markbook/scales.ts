import { withoutPercentSign } from '../sheet/text';

/**
 * Grade scales as data. Each maps what teachers write to points on one line, says how big
 * one step is (a sub-level, a fine grade) and how many points a year count as expected
 * progress. The guidance's reference is "2 levels of progress" per key stage: 12 points
 * over KS2's four years is 3 points a year, one sub-level being 2 points.
 */

export interface GradePoint {
  label: string;
  points: number;
  /** Other ways teachers write the same grade, already in the reader's normal form. */
  aliases?: string[];
}

export interface ScaleDefinition {
  id: string;
  name: string;
  /** Scales of one family compare directly (marks are read as percentages). */
  family?: string;
  /** What a cell should hold, finishing "D14: '4bb' is not ...". */
  expects: string;
  kind: 'ordinal' | 'numeric';
  grades?: GradePoint[];
  /** Text replacements applied before lookup, e.g. APP's Low/Secure/High as c/b/a. */
  replacements?: [string, string][];
  min?: number;
  max?: number;
  integer?: boolean;
  /** Points in one step: the tolerance unit for on / below / well below. */
  step: number;
  /**
   * Points in one whole grade or band, where a scale writes finer steps within it: a GCSE
   * grade is three fine grades (4-, 4, 4+), a NC level three sub-levels, WTS to EXS one band
   * of three. A data lead counts a pupil one band below as one band, not three steps.
   * The step when absent.
   */
  band?: number;
  expectedPerYear: number;
  /** Prior attainment at or above this many points counts as high. */
  highFrom: number;
  /** Header words that make this scale the likelier reading of a column. */
  headerWords?: string[];
}

const ncGrades: GradePoint[] = [{ label: 'W', points: 3, aliases: ['WORKINGTOWARDS'] }];
for (let level = 1; level <= 8; level++) {
  const secure = 6 * level + 3;
  ncGrades.push(
    { label: `${level}c`, points: secure - 2 },
    { label: `${level}b`, points: secure },
    { label: `${level}a`, points: secure + 2 },
    { label: `${level}`, points: secure, aliases: [`L${level}`] },
  );
}

const pScaleGrades: GradePoint[] = [
  { label: 'P1i', points: 1 },
  { label: 'P1ii', points: 2 },
  { label: 'P2i', points: 3 },
  { label: 'P2ii', points: 4 },
  { label: 'P3i', points: 5 },
  { label: 'P3ii', points: 6 },
  { label: 'P4', points: 7 },
  { label: 'P5', points: 8 },
  { label: 'P6', points: 9 },
  { label: 'P7', points: 10 },
  { label: 'P8', points: 11 },
];

const gcseGrades: GradePoint[] = [{ label: 'U', points: 0 }];
for (let grade = 1; grade <= 9; grade++) {
  gcseGrades.push(
    { label: `${grade}-`, points: 3 * grade - 1 },
    { label: `${grade}`, points: 3 * grade, aliases: [`${grade}=`] },
    { label: `${grade}+`, points: 3 * grade + 1 },
  );
}

const legacyGrades: GradePoint[] = ['U', 'G', 'F', 'E', 'D', 'C', 'B', 'A', 'A*'].map((label, points) => ({
  label,
  points,
}));

const usGrades: GradePoint[] = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'].map(
  (label, points) => ({ label, points }),
);

/**
 * A school scale of bands, three fine grades to a band ("EXS+", "Secure-"): the band itself,
 * then a + or - for the top or bottom of it. `first` is the lowest band's number.
 */
function bandedGrades(bands: [label: string, aliases: string[]][], first: number): GradePoint[] {
  const grades: GradePoint[] = [];
  bands.forEach(([label, aliases], i) => {
    for (const [sign, shift] of [
      ['-', -1],
      ['', 0],
      ['+', 1],
    ] as const) {
      grades.push({
        label: `${label}${sign}`,
        points: 3 * (first + i) + shift,
        aliases: aliases.map((alias) => `${alias}${sign}`),
      });
    }
  });
  return grades;
}

// Primary trackers write a standard with + or - ("EXS+", "WTS-"). Pre-key stage (PKS) is the
// band below working towards; HNM and BLW (has not met, below) sit with it.
const standardGrades: GradePoint[] = [
  { label: 'PKS', points: 0, aliases: ['PK', 'PRE-KEYSTAGE', 'PREKEYSTAGE', 'PKS-', 'PKS+'] },
  { label: 'HNM', points: 0, aliases: ['BLW', 'HASNOTMET', 'BELOW'] },
  ...bandedGrades(
    [
      ['WTS', ['WT', 'WTE', 'WORKINGTOWARDS', 'WORKINGTOWARDSEXPECTED', 'WORKINGTOWARDSTHEEXPECTEDSTANDARD']],
      [
        'EXS',
        [
          'EX',
          'EXP',
          'EXPECTED',
          'ARE',
          'EXPECTEDSTANDARD',
          'WA',
          'WORKINGAT',
          'WORKINGATEXPECTED',
          'WORKINGATTHEEXPECTEDSTANDARD',
          'ATEXPECTED',
        ],
      ],
      [
        'GDS',
        [
          'GD',
          'GDE',
          'GREATERDEPTH',
          'WORKINGATGREATERDEPTH',
          'WORKINGATAGREATERDEPTH',
          'GREATERDEPTHSTANDARD',
        ],
      ],
    ],
    1,
  ),
];

// Emerging, Developing, Secure, Mastered: a KS3 "mastery" scale, written in full or short.
const masteryGrades: GradePoint[] = bandedGrades(
  [
    ['Emerging', ['EMG', 'EMERG', 'EME', 'EM', 'E']],
    ['Developing', ['DEV', 'DEVEL', 'DVL', 'D']],
    ['Secure', ['SEC', 'SECURED', 'S']],
    ['Mastered', ['MAS', 'MAST', 'MASTERY', 'MASTERING', 'M']],
  ],
  1,
);

export const BUILT_IN_SCALES: ScaleDefinition[] = [
  {
    id: 'gcse-9-1',
    name: 'GCSE 9-1',
    expects: 'a GCSE grade (U, 1-9, with + or - for fine grades)',
    kind: 'ordinal',
    grades: gcseGrades,
    step: 1,
    band: 3,
    expectedPerYear: 3,
    highFrom: 21,
    headerWords: ['gcse', 'grade', 'mock', 'ppe', 'wag', 'fft'],
  },
  {
    id: 'nc-levels',
    name: 'National Curriculum levels',
    expects: 'a NC sub-level (e.g. 4c, 4b, 4a)',
    kind: 'ordinal',
    grades: ncGrades,
    replacements: [
      ['LOW', 'C'],
      ['SECURE', 'B'],
      ['HIGH', 'A'],
    ],
    step: 2,
    band: 6,
    expectedPerYear: 3,
    highFrom: 31,
    headerWords: ['level', 'nc', 'app', 'sub level', 'ks2 level'],
  },
  {
    id: 'p-scales',
    name: 'P-scales',
    expects: 'a P-scale (P1i to P8)',
    kind: 'ordinal',
    grades: pScaleGrades,
    step: 1,
    expectedPerYear: 1,
    highFrom: 10,
  },
  {
    id: 'gcse-legacy',
    // The letters of legacy GCSEs and of A levels alike: a sixth form's tracker is on these.
    name: 'A*-G letter grades',
    expects: 'a letter grade (A* to G, or U)',
    kind: 'ordinal',
    grades: legacyGrades,
    step: 1,
    expectedPerYear: 1,
    highFrom: 7,
  },
  {
    id: 'wts-exs-gds',
    name: 'Working towards / expected / greater depth',
    expects: 'WTS, EXS or GDS',
    kind: 'ordinal',
    grades: standardGrades,
    step: 1,
    band: 3,
    expectedPerYear: 0,
    highFrom: 8,
  },
  {
    id: 'emerging-mastered',
    name: 'Emerging / Developing / Secure / Mastered',
    expects: 'Emerging, Developing, Secure or Mastered (or Emg, Dev, Sec, Mas; + or - within each)',
    kind: 'ordinal',
    grades: masteryGrades,
    step: 1,
    band: 3,
    expectedPerYear: 0,
    highFrom: 12,
  },
  {
    // Secondary trackers band pupils by KS2 prior attainment (SISRA, 4Matrix): low, middle, high.
    id: 'prior-band',
    name: 'Prior attainment bands (low / middle / high)',
    expects: 'a prior attainment band (L, M or H; low, middle or high)',
    kind: 'ordinal',
    grades: [
      { label: 'Low', points: 0, aliases: ['L', 'LPA', 'LOWER', 'LOWPRIOR'] },
      { label: 'Middle', points: 1, aliases: ['M', 'MPA', 'MID', 'MIDDLEPRIOR'] },
      { label: 'High', points: 2, aliases: ['H', 'HPA', 'UPPER', 'HIGHPRIOR'] },
    ],
    step: 1,
    expectedPerYear: 0,
    highFrom: 2,
    headerWords: ['band', 'pa band', 'prior band'],
  },
  {
    id: 'us-letter',
    name: 'US letter grades',
    expects: 'a letter grade (A+ to F)',
    kind: 'ordinal',
    grades: usGrades,
    step: 1,
    expectedPerYear: 0,
    highFrom: 10,
  },
  {
    id: 'percentage',
    name: 'Percentages',
    expects: 'a percentage (0-100)',
    kind: 'numeric',
    min: 0,
    max: 100,
    step: 10,
    expectedPerYear: 0,
    highFrom: 80,
    headerWords: ['%', 'percent', 'percentage'],
  },
  {
    // Sixth forms' prior attainment: the mean of a student's GCSE grades (9-1), e.g. 6.4.
    id: 'gcse-aps',
    name: 'GCSE average point score',
    expects: 'a GCSE average point score (0-9, e.g. 6.4)',
    kind: 'numeric',
    min: 0,
    max: 9,
    step: 0.5,
    expectedPerYear: 0,
    highFrom: 7,
    headerWords: ['aps', 'average point score', 'gcse average', 'average gcse'],
  },
  {
    id: 'ks2-scaled',
    name: 'KS2 scaled scores',
    expects: 'a KS2 scaled score (80-120)',
    kind: 'numeric',
    min: 80,
    max: 120,
    integer: true,
    step: 2,
    expectedPerYear: 0,
    highFrom: 110,
    headerWords: ['ks2', 'scaled', 'ss', 'sats'],
  },
  {
    id: 'marks',
    name: 'Marks out of N',
    family: 'percentage',
    expects: 'a mark (e.g. 32 or 32/40)',
    kind: 'numeric',
    min: 0,
    step: 10,
    expectedPerYear: 0,
    highFrom: 80,
  },
];

const PREFIX = /^(GRADE|GRD|LEVEL|LVL|LEV|NC LEVEL|NC)\b\.?\s*/;
const SIMPLE_GRADE = /^[0-9A-Z*+=-]{1,4}$/;

/** Writing variants folded away before lookup: case, spaces, "Grade 6", "Level 4b", brackets. */
export function normaliseGradeText(text: string, replacements: [RegExp, string][] = []): string {
  const upper = text.toUpperCase().trim();
  // Most cells are already a bare grade ("4B", "6+"): skip the rewriting.
  if (SIMPLE_GRADE.test(upper)) return upper;
  let folded = upper.replace(PREFIX, '');
  for (const [from, to] of replacements) folded = folded.replace(from, to);
  return folded.replace(/[\s()]+/g, '').replace(/[–—−]/g, '-');
}

export interface CompiledScale {
  def: ScaleDefinition;
  family: string;
  lookup: Map<string, number>;
  /** The scale's own label for each normal form, for messages ("5A+" is read as "5a"). */
  labels: Map<string, string>;
  replacements: [RegExp, string][];
  /** Labels already worked out, keyed by points in thousandths (negative when rounding up). */
  labelCache: Map<number, string>;
  /** Ordinal grades in ascending points, for turning points back into a label. */
  ladder: GradePoint[];
}

export function compileScale(def: ScaleDefinition): CompiledScale {
  const lookup = new Map<string, number>();
  const labels = new Map<string, string>();
  const ladder: GradePoint[] = [];
  for (const grade of def.grades ?? []) {
    lookup.set(normaliseGradeText(grade.label), grade.points);
    labels.set(normaliseGradeText(grade.label), grade.label);
    for (const alias of grade.aliases ?? []) lookup.set(normaliseGradeText(alias), grade.points);
    ladder.push(grade);
  }
  // Whole NC levels share the secure sub-level's points; the stable sort keeps the sub-level label first.
  ladder.sort((x, y) => x.points - y.points);
  const distinct = ladder.filter((grade, i) => i === 0 || ladder[i - 1]!.points !== grade.points);
  const replacements = (def.replacements ?? []).map(([from, to]): [RegExp, string] => [
    new RegExp(`\\b${from}\\b`, 'g'),
    to,
  ]);
  return {
    def,
    family: def.family ?? def.id,
    lookup,
    labels,
    replacements,
    labelCache: new Map(),
    ladder: distinct,
  };
}

/** The label for some points: the nearest grade, or the grade at or above when rounding up (targets). */
export function labelFor(scale: CompiledScale, points: number, round: 'nearest' | 'up' = 'nearest'): string {
  const thousandths = Math.round(points * 1000);
  const key = round === 'up' ? -thousandths - 1 : thousandths;
  const cached = scale.labelCache.get(key);
  if (cached !== undefined) return cached;
  const label = computeLabel(scale, points, round);
  if (scale.labelCache.size < 10_000) scale.labelCache.set(key, label);
  return label;
}

function computeLabel(scale: CompiledScale, points: number, round: 'nearest' | 'up'): string {
  if (scale.def.kind === 'numeric') {
    const value = round === 'up' ? Math.ceil(points) : Math.round(points);
    return scale.family === 'percentage' ? `${value}%` : String(value);
  }
  const ladder = scale.ladder;
  if (ladder.length === 0) return String(points);
  if (round === 'up') {
    for (const grade of ladder) if (grade.points >= points - 1e-9) return grade.label;
    return ladder[ladder.length - 1]!.label;
  }
  let best = ladder[0]!;
  for (const grade of ladder)
    if (Math.abs(grade.points - points) < Math.abs(best.points - points)) best = grade;
  return best.label;
}

/** Points rounded onto the scale (the grade a target names, once rounded up). */
export function snapPoints(scale: CompiledScale, points: number, round: 'nearest' | 'up'): number {
  if (scale.def.kind === 'numeric') return round === 'up' ? Math.ceil(points) : Math.round(points);
  const label = labelFor(scale, points, round);
  return scale.lookup.get(normaliseGradeText(label)) ?? points;
}

export type GradeReading =
  | { kind: 'grade'; label: string; points: number; warning?: string }
  | { kind: 'unreadable'; reason: string };

/** The longest cell read as a grade: "Working towards the expected standard+" is 38. */
export const MAX_GRADE_LENGTH = 100;

const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/**
 * Reads one cell's text on a scale. Near misses that have one sensible reading ("5a+",
 * "6/7") are read with a warning, so nothing is guessed silently.
 */
export function readOnScale(scale: CompiledScale, text: string, columnMax?: number): GradeReading {
  const def = scale.def;
  // A grade or mark is a few characters: a longer cell is a note, read no further.
  if (text.length > MAX_GRADE_LENGTH) return { kind: 'unreadable', reason: `is not ${def.expects}` };
  if (def.kind === 'numeric') return readNumeric(scale, text, columnMax);
  const key = normaliseGradeText(text, scale.replacements);
  const exact = scale.lookup.get(key);
  if (exact !== undefined) return { kind: 'grade', label: text.trim(), points: exact };
  const plusMinus = /^(.+?)([+-])$/.exec(key);
  if (plusMinus) {
    const base = scale.lookup.get(plusMinus[1]!);
    if (base !== undefined) {
      return {
        kind: 'grade',
        label: text.trim(),
        points: base,
        warning: `read as ${scale.labels.get(plusMinus[1]!) ?? plusMinus[1]} (${def.name} has no ${plusMinus[2]} grades)`,
      };
    }
  }
  const between = /^([^/]+)\/([^/]+)$/.exec(key);
  if (between) {
    const first = scale.lookup.get(between[1]!);
    const second = scale.lookup.get(between[2]!);
    if (first !== undefined && second !== undefined) {
      // "6/7" and "B/C" alike: letter grades run the other way from numbers.
      const [low, high] = first <= second ? [between[1]!, between[2]!] : [between[2]!, between[1]!];
      return {
        kind: 'grade',
        label: text.trim(),
        points: (first + second) / 2,
        warning: `read as between ${scale.labels.get(low) ?? low} and ${scale.labels.get(high) ?? high}`,
      };
    }
  }
  return { kind: 'unreadable', reason: `is not ${def.expects}` };
}

function readNumeric(scale: CompiledScale, text: string, columnMax?: number): GradeReading {
  const def = scale.def;
  const trimmed = text.trim();
  if (def.id === 'marks') {
    const fraction = /^(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(\d+(?:\.\d+)?)$/i.exec(trimmed);
    const mark = fraction ? Number(fraction[1]) : NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
    const max = fraction ? Number(fraction[2]) : columnMax;
    if (Number.isNaN(mark)) return { kind: 'unreadable', reason: `is not ${def.expects}` };
    if (max === undefined || max <= 0) {
      return {
        kind: 'unreadable',
        reason: 'is a mark, but the column does not say what it is out of (e.g. "Test 1 /40")',
      };
    }
    if (mark < 0 || mark > max) return { kind: 'unreadable', reason: `is not a mark between 0 and ${max}` };
    return { kind: 'grade', label: fraction ? trimmed : `${trimmed}/${max}`, points: (100 * mark) / max };
  }
  const bare = withoutPercentSign(trimmed);
  if (!NUMBER.test(bare)) return { kind: 'unreadable', reason: `is not ${def.expects}` };
  const value = Number(bare);
  const min = def.min ?? Number.NEGATIVE_INFINITY;
  const max = def.max ?? Number.POSITIVE_INFINITY;
  if (value < min || value > max || (def.integer && !Number.isInteger(value))) {
    return { kind: 'unreadable', reason: `is not ${def.expects}` };
  }
  return { kind: 'grade', label: def.id === 'percentage' ? `${value}%` : String(value), points: value };
}
