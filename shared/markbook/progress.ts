import type { AssessmentPoint, ReadPupil } from './reader';
import { type CompiledScale, labelFor, readOnScale, snapPoints } from './scales';
import type { Thresholds } from './settings';
import type { Reading } from './subject';
import type { AssessmentResult, Grade, TrajectoryStatus, Trend } from './types';

export type Ambition = 'expected' | 'above' | 'aspirational';
export type TrajectoryModel = 'linear' | 'flat';

export interface ProgressContext {
  scale: CompiledScale;
  points: AssessmentPoint[];
  /** When the long-term target falls due, in school years: the end of the last year the markbook covers. */
  targetTime: number;
  ambition: Ambition;
  model: TrajectoryModel;
  useTeacherTargets: boolean;
  fixedTarget: Grade | null;
  thresholds: Thresholds;
}

export interface PupilProgress {
  baseline: { grade: Grade; time: number } | null;
  target: Grade | null;
  targetSource: 'teacher' | 'fixed' | 'computed' | 'none';
  readings: Reading[];
  /** Every assessment point in order: the grade, the expected attainment and the status there. */
  assessments: AssessmentResult[];
  latest: Reading | null;
  expectedNow: Grade | null;
  progress: number | null;
  expectedProgress: number | null;
  status: TrajectoryStatus;
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

/** The top of a scale, so computed targets never go past the best grade. */
function ceilingOf(scale: CompiledScale): number {
  if (scale.def.kind === 'numeric')
    return scale.family === 'percentage' ? 100 : (scale.def.max ?? Number.POSITIVE_INFINITY);
  return scale.ladder[scale.ladder.length - 1]?.points ?? Number.POSITIVE_INFINITY;
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

/** Where a pupil stands against expected attainment, with the tolerance in steps of the scale. */
export function statusAt(
  points: number,
  expected: number,
  step: number,
  thresholds: Thresholds,
): TrajectoryStatus {
  const diff = (points - expected) / step;
  const eps = 1e-9;
  if (diff >= thresholds.aboveSteps - eps) return 'above';
  if (diff >= -thresholds.onWithinSteps - eps) return 'on';
  if (diff <= -thresholds.wellBelowSteps + eps) return 'well-below';
  return 'below';
}

export function trendOf(readings: Reading[], step: number): Trend {
  const latest = readings[readings.length - 1];
  const previous = readings[readings.length - 2];
  if (latest === undefined || previous === undefined) return 'unknown';
  const delta = latest.grade.points - previous.grade.points;
  if (delta > step / 2) return 'rising';
  if (delta < -step / 2) return 'falling';
  return 'flat';
}

/**
 * A pupil's trajectory: baseline (prior attainment on the same scale, else the first
 * assessment), target (the teacher's, a fixed one, or computed), expected attainment at
 * each point on a straight line from baseline to target (or flat at the target), status
 * at the latest point and the trend.
 */
export function pupilProgress(pupil: ReadPupil, context: ProgressContext): PupilProgress {
  const { scale, points, thresholds } = context;
  const step = scale.def.step;
  const firstIndex = pupil.grades.findIndex((g) => g !== null);
  const baseline =
    pupil.prior !== null && pupil.prior.scale !== undefined && scaleFamilyMatches(pupil.prior, scale)
      ? { grade: pupil.prior, time: 0 }
      : firstIndex === -1
        ? null
        : { grade: pupil.grades[firstIndex]!, time: points[firstIndex]!.time };

  let target: Grade | null = null;
  let targetSource: PupilProgress['targetSource'] = 'none';
  if (context.useTeacherTargets && pupil.target !== null) {
    target = pupil.target;
    targetSource = 'teacher';
  } else if (context.fixedTarget !== null) {
    target = context.fixedTarget;
    targetSource = 'fixed';
  } else if (baseline !== null) {
    const years = Math.max(context.targetTime - baseline.time, 0);
    target = grade(scale, computedTarget(scale, baseline.grade.points, years, context.ambition), 'up');
    targetSource = 'computed';
  }

  const expectedAt = (time: number): number | null => {
    if (baseline === null || target === null) return null;
    if (context.model === 'flat') return target.points;
    const span = context.targetTime - baseline.time;
    if (span <= 0 || time >= context.targetTime) return target.points;
    const share = Math.max(0, (time - baseline.time) / span);
    return baseline.grade.points + (target.points - baseline.grade.points) * share;
  };

  const readings: Reading[] = [];
  const assessments: AssessmentResult[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const expectedPoints = expectedAt(point.time);
    const expected = expectedPoints === null ? null : sharedGrade(scale, expectedPoints);
    const column = point.column.letter;
    const g = pupil.grades[i];
    if (g === null || g === undefined) {
      assessments.push({ assessment: point.label, column, grade: null, expected, status: 'unknown' });
      continue;
    }
    const reading: Reading = {
      assessment: point.label,
      column,
      grade: g,
      expected,
      status: expectedPoints === null ? 'unknown' : statusAt(g.points, expectedPoints, step, thresholds),
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
  return {
    baseline,
    target,
    targetSource,
    readings,
    assessments,
    latest,
    expectedNow,
    progress,
    expectedProgress,
    status: latest?.status ?? 'unknown',
    trend: trendOf(readings, step),
  };
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
