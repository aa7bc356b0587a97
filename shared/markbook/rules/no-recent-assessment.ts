import { defineRule } from '../../rule';
import type { PupilSubject } from '../subject';
import { pupilWhere } from '../subject';

export const noRecentAssessment = defineRule<PupilSubject, 'never' | 'missingLatest'>({
  id: 'markbook/no-recent-assessment',
  title: 'No recent assessment',
  guidance: 'targets/regular-data',
  severity: 'info',
  messages: {
    never: 'No assessment recorded yet, so progress cannot be tracked.',
    missingLatest: 'Not assessed at {latest}; the last grade was {label} at {lastSeen}.',
  },
  response:
    'Arrange a catch-up assessment, or record why there is none (ABS, not entered), so the trajectory stays current.',
  check(pupil) {
    const latestPoint = pupil.latestClassPoint;
    if (latestPoint === null || latestPoint.assessed) return [];
    const where = pupilWhere(pupil, pupil.cell);
    const last = pupil.readings[pupil.readings.length - 1];
    if (last === undefined) return [{ messageId: 'never', where }];
    return [
      {
        messageId: 'missingLatest',
        data: { latest: latestPoint.assessment, label: last.grade.label, lastSeen: last.assessment },
        where,
      },
    ];
  },
});
