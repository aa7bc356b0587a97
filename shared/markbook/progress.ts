import type { DueDate } from './due-date';
import { type DataQuery, dataQueries } from './queries';
import type { AssessmentPoint, ReadPupil } from './reader';
import { type CompiledScale, labelFor, readOnScale, snapPoints } from './scales';
import type { Reading } from './subject';
import type { Tolerance } from './tolerance';
import type {
  AgainstTarget,
  AssessmentResult,
  Forecast,
  Grade,
  TargetStanding,
  TrajectoryStatus,
  Trend,
} from './types';

export type Ambition = 'expected' | 'above' | 'aspirational';
export type TrajectoryModel = 'linear' | 'flat';

export interface ProgressContext {
  scale: CompiledScale;
  points: AssessmentPoint[];
  tolerance: Tolerance;
  due: DueDate;
  /**
   * Points a year along the pathway to the target: the scale's expected rate on a growth
   * scale, 0 where each point is compared with the target itself (test scores, A level,
   * age-related standards, or the `flat` model).
   */
  rate: number;
  ambition: Ambition;
  model: TrajectoryModel;
  useTeacherTargets: boolean;
  fixedTarget: Grade | null;
  /** Whether anyone in the class has an entry at each point (an empty future column is no gap). */
  pointInUse: boolean[];
  /** Points set aside for the whole class (an assessment everyone dipped on): judged for no one. */
  setAside?: readonly boolean[];
  /** A target estimated from prior attainment on another scale, through a flight path. */
  estimate: (pupil: ReadPupil) => { grade: Grade; source: string } | null;
}

export interface PupilProgress {
  baseline: { grade: Grade; time: number } | null;
  target: Grade | null;
  targetSource: 'teacher' | 'fixed' | 'estimate' | 'computed' | 'none';
  /** Where an estimated target came from ("KS2 scaled score to GCSE, from 97"). */
  targetNote: string | null;
  /** The grades judged, in time order: queried entries left out. */
  readings: Reading[];
  queries: DataQuery[];
  /** Every assessment point in order: the grade, the expected attainment and the status there. */
  assessments: AssessmentResult[];
  latest: Reading | null;
  expectedNow: Grade | null;
  progress: number | null;
  expectedProgress: number | null;
  status: TrajectoryStatus;
  againstTarget: AgainstTarget;
  forecast: Forecast | null;
  trend: Trend;
}

const gradeCaches = new WeakMap<CompiledScale, Map<number, Grade>>();

/** Expected grades recur across pupils (same baseline, target and date): share one object for each. */
function sharedGrade(scale: CompiledScale, points: number): Grade {
  let cache = gradeCaches.get(scale);
  if (cache === undefined) {
    cache = new Map();
    gradeCaches.set(scale, cache);
  }
  const key = Math.round(points * 1000);
  let shared = cache.get(key);
  if (shared === undefined) {
    shared = { label: labelFor(scale, points), points, scale: scale.def.id };
    if (cache.size < 10_000) cache.set(key, shared);
  }
  return shared;
}

const grade = (scale: CompiledScale, points: number, round: 'nearest' | 'up' = 'nearest'): Grade => ({
  label: labelFor(scale, points, round),
  points,
  scale: scale.def.id,
});

/**
 * The best grade a pupil can hold: 9 on GCSE (9+ is a fine grade past the top), 100%, GDS.
 * A pupil there has not stalled, and is not "flat" for want of stretch.
 */
export function topGradeOf(scale: CompiledScale): number {
  if (scale.def.kind === 'numeric') return ceilingOf(scale);
  for (let i = scale.ladder.length - 1; i >= 0; i--) {
    const label = scale.ladder[i]!.label.trim();
    if (!label.endsWith('+') && !label.endsWith('-')) return scale.ladder[i]!.points;
  }
  return ceilingOf(scale);
}

/** The top of a scale, so computed targets and forecasts never go past the best grade. */
export function ceilingOf(scale: CompiledScale): number {
  if (scale.def.kind === 'numeric')
    return scale.family === 'percentage' ? 100 : (scale.def.max ?? Number.POSITIVE_INFINITY);
  return scale.ladder[scale.ladder.length - 1]?.points ?? Number.POSITIVE_INFINITY;
}

function floorOf(scale: CompiledScale): number {
  if (scale.def.kind === 'numeric') return scale.def.min ?? 0;
  return scale.ladder[0]?.points ?? 0;
}

/** Baseline plus expected progress to the target date, raised by the chosen ambition. */
export function computedTarget(
  scale: CompiledScale,
  baseline: number,
  years: number,
  ambition: Ambition,
): number {
  const rate = scale.def.expectedPerYear;
  const step = scale.def.step;
  const expected = rate * years;
  const gain =
    ambition === 'expected'
      ? expected
      : ambition === 'above'
        ? Math.max(expected * 1.5, expected + step)
        : Math.max(expected * 2, expected + 2 * step);
  return Math.min(snapPoints(scale, baseline + gain, 'up'), Math.max(ceilingOf(scale), baseline));
}

const EPS = 1e-9;

/** Where some attainment stands against what is expected, with the tolerance in the scale's own units. */
export function standing(points: number, expected: number, tolerance: Tolerance): TargetStanding {
  const diff = points - expected;
  if (diff >= tolerance.above - EPS) return 'above';
  if (diff <= -tolerance.wellBelow + EPS) return 'well-below';
  if (diff <= -tolerance.below + EPS) return 'below';
  return 'at';
}

const STATUS_OF: Record<TargetStanding, TrajectoryStatus> = {
  above: 'above',
  at: 'on',
  below: 'below',
  'well-below': 'well-below',
  unknown: 'unknown',
};

/**
 * The direction of the last three points (the last two where there are only two), with a dead
 * band of one fine grade (a third of a band), so a 5, 5-, 5, 5- oscillation is flat and one
 * step back after a rise is not "falling".
 */
export function trendOf(readings: Reading[], step: number, deadBand = step): Trend {
  const recent = readings.slice(-3);
  if (recent.length < 2) return 'unknown';
  const delta = recent[recent.length - 1]!.grade.points - recent[0]!.grade.points;
  if (delta > deadBand + EPS) return 'rising';
  if (delta < -deadBand - EPS) return 'falling';
  return 'flat';
}

/** Fewer valid points than this give no forecast: two points are a step, not a rate. */
export const FORECAST_MIN_POINTS = 3;

/** The pupil's own rate (least squares over the last three to six grades), in points a year. */
export function recentRate(readings: Reading[]): number | null {
  const recent = readings.slice(-6);
  if (recent.length < FORECAST_MIN_POINTS) return null;
  const n = recent.length;
  const meanT = recent.reduce((sum, r) => sum + r.time, 0) / n;
  const meanP = recent.reduce((sum, r) => sum + r.grade.points, 0) / n;
  let num = 0;
  let den = 0;
  for (const r of recent) {
    num += (r.time - meanT) * (r.grade.points - meanP);
    den += (r.time - meanT) ** 2;
  }
  // Two points in the same month say nothing about a rate.
  if (den < (1 / 12) ** 2 / 2) return null;
  return num / den;
}

/**
 * A pupil's progress against their target. The target is the teacher's, a fixed one, an
 * estimate from prior attainment on another scale, or baseline plus expected progress. On a
 * test score each point is compared with the target itself. On a growth scale the expected
 * line runs to the target at its due date and never slopes down: the higher of the
 * target-based pathway (the target less the expected rate for the time left, so a first point
 * is judged against the target, not "on" by construction) and a line from the baseline.
 */
export function pupilProgress(pupil: ReadPupil, context: ProgressContext): PupilProgress {
  const { scale, points, tolerance, due } = context;
  const step = scale.def.step;
  const setAside = context.setAside;
  const grades = setAside === undefined ? pupil.grades : pupil.grades.map((g, i) => (setAside[i] ? null : g));
  const { queries, excluded } = dataQueries(grades, {
    pointInUse:
      setAside === undefined ? context.pointInUse : context.pointInUse.map((used, i) => used && !setAside[i]),
    outlier: tolerance.outlier,
    agree: tolerance.unitPoints,
    fall: tolerance.fall,
    // PKS and W are real judgements below the scale's first step; only a 0 or a U is queried.
    written: pupil.entries,
    // Under 10% after 40% or more: a missed paper or a slip until the teacher confirms it.
    ...(scale.family === 'percentage' ? { implausibleDrop: { under: 10, after: 40 } } : {}),
    isZero: (g) =>
      scale.family === 'percentage' ? g.points === 0 : g.points === 0 && g.label.trim().toUpperCase() === 'U',
  });
  let firstIndex = -1;
  for (let i = 0; i < grades.length && firstIndex === -1; i++)
    if (grades[i] !== null && !excluded?.has(i)) firstIndex = i;
  const realBaseline =
    pupil.prior !== null && pupil.prior.scale !== undefined && scaleFamilyMatches(pupil.prior, scale);
  const baseline = realBaseline
    ? { grade: pupil.prior!, time: 0 }
    : firstIndex === -1
      ? null
      : { grade: grades[firstIndex]!, time: points[firstIndex]!.time };

  let target: Grade | null = null;
  let targetSource: PupilProgress['targetSource'] = 'none';
  let targetNote: string | null = null;
  const estimate = context.estimate(pupil);
  if (context.useTeacherTargets && pupil.target !== null) {
    target = pupil.target;
    targetSource = 'teacher';
  } else if (context.fixedTarget !== null) {
    target = context.fixedTarget;
    targetSource = 'fixed';
  } else if (estimate !== null) {
    target = estimate.grade;
    targetSource = 'estimate';
    targetNote = estimate.source;
  } else if (baseline !== null) {
    const years = Math.max(due.time - baseline.time, 0);
    target = grade(scale, computedTarget(scale, baseline.grade.points, years, context.ambition), 'up');
    targetSource = 'computed';
  }

  const rate = context.model === 'flat' ? 0 : context.rate;
  const expectedAt = (time: number): number | null => {
    if (target === null) return null;
    const left = Math.max(due.time - time, 0);
    const pathway = target.points - rate * left;
    if (rate === 0 || baseline === null) return pathway;
    // The line from the baseline never slopes down: a target under the baseline keeps it flat.
    const top = Math.max(target.points, baseline.grade.points);
    const span = due.time - baseline.time;
    const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (time - baseline.time) / span));
    const line = baseline.grade.points + (top - baseline.grade.points) * share;
    return Math.max(pathway, line);
  };

  const readings: Reading[] = [];
  const assessments: AssessmentResult[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const expectedPoints = expectedAt(point.time);
    const expected = expectedPoints === null ? null : sharedGrade(scale, expectedPoints);
    const column = point.column.letter;
    const g = grades[i];
    if (g === null || g === undefined || excluded?.has(i)) {
      const asWritten = pupil.grades[i] ?? null;
      assessments.push({ assessment: point.label, column, grade: asWritten, expected, status: 'unknown' });
      continue;
    }
    const reading: Reading = {
      assessment: point.label,
      column,
      grade: g,
      expected,
      // Judged against the expected grade as printed (3+, not 3.6 of a grade): the numbers a
      // teacher reads then agree with the rule beside them (3- against 3+ is two fine grades under).
      status:
        expectedPoints === null
          ? 'unknown'
          : STATUS_OF[standing(g.points, snapPoints(scale, expectedPoints, 'nearest'), tolerance)],
      time: point.time,
    };
    readings.push(reading);
    assessments.push(reading);
  }

  const latest = readings[readings.length - 1] ?? null;
  const expectedNow = latest?.expected ?? null;
  const progress = latest !== null && baseline !== null ? latest.grade.points - baseline.grade.points : null;
  const expectedProgress =
    latest?.expected != null && baseline !== null ? latest.expected.points - baseline.grade.points : null;
  const againstTarget: AgainstTarget =
    latest === null || target === null
      ? { standing: 'unknown', gap: null }
      : {
          standing: standing(latest.grade.points, target.points, tolerance),
          gap: latest.grade.points - target.points,
        };
  return {
    baseline,
    target,
    targetSource,
    targetNote,
    readings,
    queries,
    assessments,
    latest,
    expectedNow,
    progress,
    expectedProgress,
    status: latest?.status ?? 'unknown',
    againstTarget,
    forecast: forecastFor(readings, target, context),
    // One fine grade is no change where grades come in thirds (4-, 4, 4+); elsewhere half a step.
    trend: trendOf(
      readings,
      step,
      tolerance.kind === 'growth' && tolerance.unitPoints >= 3 * step ? step : step / 2,
    ),
  };
}

/**
 * Where the pupil's own recent rate leads by the target's due date, if it is still ahead. The
 * rate is damped by half (a term's jump or dip rarely carries on at full speed), capped at one
 * whole grade or band a year either way, and the forecast never lands more than one grade or
 * band under the latest grade, nor at the bottom of the scale (U, PKS, 0) for a pupil working
 * above it: a pupil at 4 is not forecast a U.
 */
function forecastFor(readings: Reading[], target: Grade | null, context: ProgressContext): Forecast | null {
  const latest = readings[readings.length - 1];
  const fitted = recentRate(readings);
  if (latest === undefined || fitted === null || target === null) return null;
  const left = context.due.time - latest.time;
  if (left <= EPS) return null;
  const { scale, tolerance } = context;
  const unit = tolerance.unitPoints;
  const rate = Math.max(-unit, Math.min(unit, fitted * FORECAST_DAMPING));
  const bottom = floorOf(scale);
  const lowest = Math.max(
    latest.grade.points - unit,
    latest.grade.points > bottom + EPS ? lowestAbove(scale, bottom) : bottom,
  );
  // Never past the best grade there is (9, not 9+), nor more than a grade a year over the latest.
  const points = Math.min(topGradeOf(scale), Math.max(lowest, latest.grade.points + rate * left));
  // Judged as printed: a forecast shown as 2+ against a target of 3 is two fine grades short.
  const reaches = standing(snapPoints(scale, points, 'nearest'), target.points, tolerance);
  return {
    grade: grade(scale, points),
    by: context.due.label,
    standing: reaches,
    ratePerYear: Math.round(rate * 100) / 100,
  };
}

/** A term's change rarely carries on at full speed: the fitted rate is halved. */
const FORECAST_DAMPING = 0.5;

/** The lowest grade above the bottom of the scale (grade 1 over U, WTS- over PKS, 1% over 0). */
function lowestAbove(scale: CompiledScale, bottom: number): number {
  if (scale.def.kind === 'numeric') return Math.min(bottom + 1, ceilingOf(scale));
  for (const rung of scale.ladder) if (rung.points > bottom + EPS) return rung.points;
  return bottom;
}

function scaleFamilyMatches(g: Grade, scale: CompiledScale): boolean {
  return (
    g.scale === scale.def.id ||
    (scale.family === 'percentage' && (g.scale === 'percentage' || g.scale === 'marks'))
  );
}

/** Reads a fixed target from the settings on the markbook's scale. */
export function readFixedTarget(scale: CompiledScale, text: string): Grade | null {
  const reading = readOnScale(scale, text);
  return reading.kind === 'grade'
    ? { label: reading.label, points: reading.points, scale: scale.def.id }
    : null;
}
