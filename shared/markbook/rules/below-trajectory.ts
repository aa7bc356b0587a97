import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere } from '../subject';

const isBelow = (status: string) => status === 'below' || status === 'well-below';

/** Below at two successive points, not one: progress is not linear and one term can dip. */
export const belowTrajectory = defineRule<PupilSubject, 'twoPoints'>({
  id: 'markbook/below-trajectory',
  title: 'Below trajectory at two successive points',
  guidance: 'hallmarks/keeping-on-trajectory',
  severity: 'warning',
  messages: {
    twoPoints:
      'Below trajectory at {previous} and again at {latest}: {label} against an expected {expected}.',
  },
  response:
    "Look at the day-to-day evidence and the pupil's weakest focus; plan targeted support in class (wave 1) or a time-limited small-group catch-up (wave 2), and check again at the next point.",
  check(pupil) {
    const [previous, latest] = pupil.readings.slice(-2);
    if (previous === undefined || latest === undefined) return [];
    if (!isBelow(previous.status) || !isBelow(latest.status)) return [];
    // Well below at both points is the well-below rule's, which says so more strongly.
    if (previous.status === 'well-below' && latest.status === 'well-below') return [];
    return [
      {
        messageId: 'twoPoints',
        data: {
          previous: previous.assessment,
          latest: latest.assessment,
          label: latest.grade.label,
          expected: latest.expected?.label ?? '?',
        },
        where: pupilWhere(pupil, cellOf(pupil, latest)),
      },
    ];
  },
});
