import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere, recentFall } from '../subject';

/**
 * Three or more points in a row without a gain, on a scale where gains are expected. One flat
 * term is not enough, and a pupil at the top of the scale or at their target has not stalled
 * (9, 9, 9, 9 is a pupil holding the best grade there is).
 */
export const stalled = defineRule<PupilSubject, 'noProgress'>({
  id: 'markbook/stalled',
  title: 'Progress has stalled',
  guidance: 'intervention/tracking',
  severity: 'suggestion',
  messages: {
    noProgress:
      'No progress across the last {count} assessment points: {label} at {since}, {latestLabel} at {latest}.',
  },
  response:
    'Review what the pupil has and has not secured recently; set a sharp short-term target and check it in the next few lessons.',
  check(pupil) {
    const readings = pupil.readings;
    const n = readings.length;
    const scale = pupil.scale;
    const latest = readings[n - 1];
    if (scale === null || scale.expectedPerYear <= 0 || latest === undefined || n < 3) return [];
    if (latest.status === 'above') return [];
    if (latest.grade.points >= scale.top - 1e-9) return [];
    if (pupil.target !== null && latest.grade.points >= pupil.target.points - 1e-9) return [];
    // Within the tolerance of the target (5- against 5) is at the target, not stalled.
    if (pupil.againstTarget.standing === 'at' || pupil.againstTarget.standing === 'above') return [];
    const half = scale.step / 2;
    // A fall is markbook/falling's to report; a pupil is not flagged twice for it.
    if (recentFall(pupil) !== undefined) return [];
    let k = n - 3;
    if (latest.grade.points - readings[k]!.grade.points >= half) return [];
    while (k > 0 && latest.grade.points - readings[k - 1]!.grade.points < half) k--;
    const since = readings[k]!;
    return [
      {
        messageId: 'noProgress',
        data: {
          // The points the teacher sees, the starting one included.
          count: n - k,
          label: since.grade.label,
          since: since.assessment,
          latestLabel: latest.grade.label,
          latest: latest.assessment,
        },
        where: pupilWhere(pupil, cellOf(pupil, latest)),
      },
    ];
  },
});
