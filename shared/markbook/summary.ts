import { oneDecimal } from './stats';
import type { CohortSummary, GroupGap, PupilResult, TrajectoryStatus, Wave } from './types';

export function emptyStatusCounts(): Record<TrajectoryStatus, number> {
  return { above: 0, on: 0, below: 0, 'well-below': 0, unknown: 0 };
}

function onTrackRate(pupils: PupilResult[]): number | null {
  const known = pupils.filter((p) => p.status !== 'unknown');
  if (known.length === 0) return null;
  return oneDecimal(
    (100 * known.filter((p) => p.status === 'above' || p.status === 'on').length) / known.length,
  );
}

function meanProgress(pupils: PupilResult[]): number | null {
  const values = pupils.map((p) => p.progress).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length);
}

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
  for (const pupil of pupils) {
    byStatus[pupil.status]++;
    byWave[`${pupil.wave}`]++;
  }
  const groups: GroupGap[] = [];
  for (const [group, member] of GROUPS) {
    const inGroup = pupils.filter(member);
    if (inGroup.length === 0) continue;
    const rest = pupils.filter((p) => !member(p));
    const rate = onTrackRate(inGroup);
    const progress = meanProgress(inGroup);
    groups.push({
      group,
      pupils: inGroup.length,
      onTrackRate: rate,
      meanProgress: progress,
      onTrackGap: difference(rate, onTrackRate(rest)),
      progressGap: difference(progress, meanProgress(rest)),
    });
  }
  const byAssessment = assessments.map((assessment) => ({ assessment, byStatus: emptyStatusCounts() }));
  for (const pupil of pupils) {
    for (let i = 0; i < byAssessment.length; i++)
      byAssessment[i]!.byStatus[pupil.assessments[i]?.status ?? 'unknown']++;
  }
  return {
    pupils: pupils.length,
    onTrackRate: onTrackRate(pupils),
    meanProgress: meanProgress(pupils),
    byStatus,
    byWave,
    groups,
    byAssessment,
  };
}
