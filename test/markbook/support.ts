import { BUILT_IN_SCALES, compileScale, normaliseGradeText } from '../../shared/markbook/scales';
import { DEFAULT_THRESHOLDS } from '../../shared/markbook/settings';
import type { ClassSubject, PupilSubject, Reading } from '../../shared/markbook/subject';
import { toleranceFor } from '../../shared/markbook/tolerance';
import type { TrajectoryStatus } from '../../shared/markbook/types';

const nc = compileScale(BUILT_IN_SCALES.find((scale) => scale.id === 'nc-levels')!);
export const NC_SCALE = {
  name: 'National Curriculum levels',
  step: 2,
  expectedPerYear: 3,
  top: ncPoints('8a'),
  topLabel: '8a',
};
export const POINTS = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'];

/** NC points for a sub-level: ncPoints('4b') === 27. */
export function ncPoints(label: string): number {
  const points = nc.lookup.get(normaliseGradeText(label));
  if (points === undefined) throw new Error(`not a NC level: ${label}`);
  return points;
}

/**
 * A pupil's readings at successive half-terms from NC labels and statuses:
 * track(['4b', 'on'], ['4a', 'below', '5c']) (an optional third item is the expected grade).
 */
export function track(...entries: [string, TrajectoryStatus, string?][]): Reading[] {
  return entries.map(([label, status, expected], i) => {
    const points = ncPoints(label);
    const expectedPoints = expected === undefined ? points : ncPoints(expected);
    return {
      assessment: POINTS[i]!,
      column: String.fromCharCode(68 + i),
      grade: { label, points, scale: 'nc-levels' },
      expected: { label: expected ?? label, points: expectedPoints, scale: 'nc-levels' },
      status,
      time: (i + 1) / 6,
    };
  });
}

export const PERCENT_SCALE = {
  name: 'Percentages',
  step: 10,
  expectedPerYear: 0,
  top: 100,
  topLabel: '100%',
};

/** The scales' tolerances as the engine sets them: NC levels grow, percentages are test scores. */
export const NC_TOLERANCE = toleranceFor(nc);
export const PERCENT_TOLERANCE = toleranceFor(
  compileScale(BUILT_IN_SCALES.find((scale) => scale.id === 'percentage')!),
);

/** A pupil's percentages at successive half-terms, all judged on trajectory: percentTrack(45, 41, 38). */
export function percentTrack(...percentages: number[]): Reading[] {
  return percentages.map((points, i) => {
    const grade = { label: `${points}%`, points, scale: 'percentage' };
    return {
      assessment: POINTS[i]!,
      column: String.fromCharCode(68 + i),
      grade,
      expected: grade,
      status: 'on',
      time: (i + 1) / 6,
    };
  });
}

export function pupilSubject(overrides: Partial<PupilSubject> = {}): PupilSubject {
  const readings = overrides.readings ?? [];
  return {
    row: 5,
    name: 'Test Pupil',
    cell: 'A5',
    attributes: { sen: 'none', eal: false, disadvantaged: false, mostAble: false, lookedAfter: false },
    priorHigh: false,
    scale: NC_SCALE,
    tolerance: overrides.scale?.name === 'Percentages' ? PERCENT_TOLERANCE : NC_TOLERANCE,
    target: null,
    targetSource: 'teacher',
    targetNote: null,
    targetMissing: false,
    targetCell: null,
    due: 'the end of the year',
    againstTarget: { standing: 'unknown', gap: null },
    forecast: null,
    dataQueries: [],
    latestClassPoint:
      readings.length === 0
        ? null
        : { assessment: readings[readings.length - 1]!.assessment, assessed: true },
    progress: null,
    expectedProgress: null,
    attendance: [],
    intervention: null,
    foci: [],
    thresholds: DEFAULT_THRESHOLDS,
    ...overrides,
    readings,
  };
}

/** Foci from [name, NC label] pairs, as steps of one sub-level. */
export function foci(...entries: [string, string][]): PupilSubject['foci'] {
  return entries.map(([focus, label], i) => ({
    focus,
    label,
    cell: `${String.fromCharCode(75 + i)}5`,
    steps: ncPoints(label) / 2,
  }));
}

export function classSubject(entries: [string, number, number][]): ClassSubject {
  return {
    headerRow: 3,
    pupils: 28,
    foci: entries.map(([focus, assessed, weak], i) => ({
      focus,
      cell: `${String.fromCharCode(75 + i)}3`,
      assessed,
      weak,
    })),
    dips: [],
    thresholds: DEFAULT_THRESHOLDS,
  };
}
