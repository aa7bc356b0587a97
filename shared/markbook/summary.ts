import { oneDecimal } from './stats';
import type { CohortSummary, GroupGap, PupilResult, TrajectoryStatus, Wave } from './types';

export function emptyStatusCounts(): Record<TrajectoryStatus, number> {
  return { above: 0, on: 0, below: 0, 'well-below': 0, unknown: 0 };
}

/** Fewer pupils than this: counts only. A percentage of two is meaningless, and it can identify a child. */
export const SMALL_GROUP = 5;

const onTrack = (p: PupilResult) => p.status === 'above' || p.status === 'on';
const atOrAbove = (p: PupilResult) =>
  p.againstTarget.standing === 'at' || p.againstTarget.standing === 'above';
/** On track by forecast: the pupil's own rate reaches the target; with no rate yet, where they are now. */
const reachesByForecast = (p: PupilResult) =>
  p.forecast === null ? atOrAbove(p) : p.forecast.standing === 'at' || p.forecast.standing === 'above';

function rateOf(pupils: PupilResult[], known: (p: PupilResult) => boolean, yes: (p: PupilResult) => boolean) {
  const counted = pupils.filter(known);
  if (counted.length === 0) return null;
  return oneDecimal((100 * counted.filter(yes).length) / counted.length);
}

const judged = (p: PupilResult) => p.status !== 'unknown';
const targetKnown = (p: PupilResult) => p.againstTarget.standing !== 'unknown';

function meanProgress(pupils: PupilResult[]): number | null {
  const values = pupils.map((p) => p.progress).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length);
}

interface Tally {
  /** Results counted (one per pupil, or one per pupil and subject in a tracker of several). */
  pupils: number;
  /** The pupils themselves, by row: a group's size, so three pupils in three subjects are still three. */
  rows: Set<number>;
  judged: number;
  onTrack: number;
  atOrAbove: number;
  progressSum: number;
  progressCount: number;
}

const emptyTally = (): Tally => ({
  pupils: 0,
  rows: new Set(),
  judged: 0,
  onTrack: 0,
  atOrAbove: 0,
  progressSum: 0,
  progressCount: 0,
});

function tally(into: Tally, pupil: PupilResult): void {
  into.pupils++;
  into.rows.add(pupil.row);
  if (judged(pupil)) into.judged++;
  if (onTrack(pupil)) into.onTrack++;
  if (atOrAbove(pupil)) into.atOrAbove++;
  if (pupil.progress !== null) {
    into.progressSum += pupil.progress;
    into.progressCount++;
  }
}

const rateFrom = (t: Tally) => (t.judged === 0 ? null : oneDecimal((100 * t.onTrack) / t.judged));
const meanFrom = (t: Tally) => (t.progressCount === 0 ? null : oneDecimal(t.progressSum / t.progressCount));

const difference = (a: number | null, b: number | null) =>
  a === null || b === null ? null : oneDecimal(a - b);

/** The groups the guidance asks schools to track, each compared with the rest of the class. */
const GROUPS: [string, (p: PupilResult) => boolean][] = [
  ['SEN', (p) => p.attributes.sen !== 'none'],
  ['EHCP', (p) => p.attributes.sen === 'ehcp'],
  ['EAL', (p) => p.attributes.eal],
  ['Disadvantaged', (p) => p.attributes.disadvantaged],
  ['Most able', (p) => p.attributes.mostAble],
  ['Looked after', (p) => p.attributes.lookedAfter],
  ['Boys', (p) => p.attributes.gender === 'M'],
  ['Girls', (p) => p.attributes.gender === 'F'],
];

export function cohortSummary(pupils: PupilResult[], assessments: string[]): CohortSummary {
  const byStatus = emptyStatusCounts();
  const byWave: Record<`${Wave}`, number> = { 1: 0, 2: 0, 3: 0 };
  let noWave = 0;
  for (const pupil of pupils) {
    byStatus[pupil.status]++;
    if (pupil.wave === null) noWave++;
    else byWave[`${pupil.wave}`]++;
  }
  const groups: GroupGap[] = [];
  for (const [group, member] of GROUPS) {
    // One pass per group, tallying the group and the rest together: large exports have thousands of pupils.
    const inGroup = emptyTally();
    const rest = emptyTally();
    for (const pupil of pupils) tally(member(pupil) ? inGroup : rest, pupil);
    if (inGroup.pupils === 0) continue;
    const small = inGroup.rows.size < SMALL_GROUP;
    const rate = small ? null : rateFrom(inGroup);
    const progress = small ? null : meanFrom(inGroup);
    groups.push({
      group,
      pupils: inGroup.rows.size,
      onTrackRate: rate,
      meanProgress: progress,
      onTrackGap: small ? null : difference(rate, rateFrom(rest)),
      progressGap: small ? null : difference(progress, meanFrom(rest)),
      small,
      atOrAboveTarget: inGroup.atOrAbove,
      onTrack: inGroup.onTrack,
    });
  }
  const byAssessment = assessments.map((assessment) => ({ assessment, byStatus: emptyStatusCounts() }));
  for (const pupil of pupils) {
    for (let i = 0; i < byAssessment.length; i++)
      byAssessment[i]!.byStatus[pupil.assessments[i]?.status ?? 'unknown']++;
  }
  return {
    pupils: pupils.length,
    onTrackRate: rateOf(pupils, judged, onTrack),
    meanProgress: meanProgress(pupils),
    byStatus,
    byWave,
    noWave,
    atOrAboveTargetRate: rateOf(pupils, targetKnown, atOrAbove),
    onTrackByForecastRate: rateOf(pupils, targetKnown, reachesByForecast),
    groups,
    byAssessment,
  };
}
