import type { Location } from '../rule';
import type { Thresholds } from './settings';
import { oneDecimal } from './stats';
import type { Tolerance } from './tolerance';
import type {
  AgainstTarget,
  AssessmentResult,
  DataQueryResult,
  Forecast,
  Grade,
  PupilAttributes,
} from './types';

/**
 * One grade a pupil has, placed in the school year and judged against their trajectory. It is
 * also the pupil's result at that assessment point, so the engine builds one object, not two.
 */
export interface Reading extends AssessmentResult {
  grade: Grade;
  /** School years since 1 September. */
  time: number;
}

/** What the pupil flag rules look at: one analysed pupil, with the thresholds in force. */
export interface PupilSubject {
  row: number;
  name: string;
  /** A1 address of the pupil's name. */
  cell: string;
  attributes: PupilAttributes;
  /** Prior attainment at or above the scale's high line. */
  priorHigh: boolean;
  scale: { name: string; step: number; expectedPerYear: number; top: number; topLabel: string } | null;
  /** The scale's tolerance in its own units: what counts as below, a fall, a slip. */
  tolerance: Tolerance | null;
  /** The pupil's grades in time order (gaps and queried entries left out). */
  readings: Reading[];
  target: Grade | null;
  targetSource: 'teacher' | 'fixed' | 'estimate' | 'computed' | 'none';
  targetNote: string | null;
  /** The markbook has a target column but this pupil's cell is blank or TBC: the target is ours, not the school's. */
  targetMissing: boolean;
  targetCell: string | null;
  /** When the target falls due, in words ("the end of Y11"). */
  due: string;
  againstTarget: AgainstTarget;
  forecast: Forecast | null;
  /** Entries to check before judging on them. */
  dataQueries: DataQueryResult[];
  /** The latest assessment point most of the class has grades for, and whether this pupil has one. */
  latestClassPoint: { assessment: string; assessed: boolean } | null;
  /** Points gained since the baseline, and the gain the trajectory expects by now. */
  progress: number | null;
  expectedProgress: number | null;
  /** Attendance percentages in time order, the current figure last. */
  attendance: number[];
  intervention: { text: string; start: number | null; startLabel: string | null } | null;
  /** Latest grade in each focus, as steps on its own scale so that foci on different scales compare. */
  foci: { focus: string; label: string; cell: string; steps: number }[];
  thresholds: Thresholds;
}

/** What the class-wide rules look at. */
export interface ClassSubject {
  headerRow: number;
  pupils: number;
  /** Per focus: how many pupils have a grade in it and how many are weak in it compared with their own other foci. */
  foci: { focus: string; cell: string; assessed: number; weak: number }[];
  /** Test-score assessments the whole class did far worse on than the rest (class means, %). */
  dips: { assessment: string; cell: string; mean: number; others: number }[];
  thresholds: Thresholds;
}

/** The A1 address of a pupil's grade. */
export function cellOf(pupil: { row: number }, reading: { column: string }): string {
  return `${reading.column}${pupil.row}`;
}

/** Where a pupil's finding points: their row, and the cell that shows it when there is one. */
export function pupilWhere(pupil: PupilSubject, cell?: string): Location {
  const where: Location = { kind: 'markbook', row: pupil.row, pupil: pupil.name };
  if (cell !== undefined) where.cell = cell;
  return where;
}

/** Steps between two point values on the subject's scale, rounded for messages. */
export function stepsBetween(subject: PupilSubject, points: number): number {
  const step = subject.scale?.step ?? 1;
  return oneDecimal(points / step);
}

/**
 * How the pupil's attainment has recently fallen, if it has: two drops of half a step or more
 * in a row, one sharp drop, or a steady slide lower at each of three or more points that comes
 * to at least one step (small drops, each under the status tolerance, add up to real lost
 * ground). `from` is the reading the fall is measured from.
 */
export type RecentFall =
  | { kind: 'fromPeak'; from: Reading; points: number }
  | { kind: 'twoDrops'; from: Reading }
  | { kind: 'sharpDrop'; from: Reading; drop: number }
  | { kind: 'sustainedFall'; from: Reading; points: number };

export function recentFall(subject: PupilSubject): RecentFall | undefined {
  const readings = subject.readings;
  const n = readings.length;
  const latest = readings[n - 1];
  const previous = readings[n - 2];
  if (subject.scale === null || latest === undefined || previous === undefined) return undefined;
  const half = subject.scale.step / 2;
  const before = readings[n - 3];
  if (
    before !== undefined &&
    previous.grade.points - before.grade.points <= -half &&
    latest.grade.points - previous.grade.points <= -half
  ) {
    return { kind: 'twoDrops', from: before };
  }
  const drop = previous.grade.points - latest.grade.points;
  if (drop >= subject.thresholds.sharpDropSteps * subject.scale.step) {
    return { kind: 'sharpDrop', from: previous, drop };
  }
  let k = n - 1;
  while (k > 0 && readings[k - 1]!.grade.points > readings[k]!.grade.points) k--;
  const fell = readings[k]!.grade.points - latest.grade.points;
  if (n - k >= 3 && fell >= subject.scale.step)
    return { kind: 'sustainedFall', from: readings[k]!, points: n - k };
  // A fall of a grade or more from the recent peak stays a fall when it levels off (7, 6, 5, 5).
  const fallLine = subject.tolerance?.fall ?? subject.scale.step;
  const recent = readings.slice(-5, -1);
  let top = -1;
  for (let i = 0; i < recent.length; i++)
    if (top === -1 || recent[i]!.grade.points > recent[top]!.grade.points) top = i;
  const peak = recent[top];
  // One high point the pupil has come back from (B, B, A, B) is a spike, not a fall: the fall
  // must take them under where they were before the peak, or the peak must open the recent points.
  let beforePeak = Number.POSITIVE_INFINITY;
  for (let i = 0; i < top; i++) beforePeak = Math.min(beforePeak, recent[i]!.grade.points);
  if (
    peak !== undefined &&
    peak.grade.points - latest.grade.points >= fallLine - 1e-9 &&
    latest.grade.points < beforePeak - 1e-9
  ) {
    return { kind: 'fromPeak', from: peak, points: peak.grade.points - latest.grade.points };
  }
  return undefined;
}

/** An amount of points in the scale's own words: "2 grades", "1 band", "12 percentage points". */
export function amountIn(subject: PupilSubject, points: number): string {
  const tolerance = subject.tolerance;
  if (tolerance === null) return `${oneDecimal(points)} points`;
  if (tolerance.kind === 'test-score') {
    const n = oneDecimal(points);
    return `${n} ${tolerance.unit}${n === 1 ? '' : 's'}`;
  }
  const n = oneDecimal(points / tolerance.unitPoints);
  return `${n} ${tolerance.unit}${n === 1 ? '' : 's'}`;
}
