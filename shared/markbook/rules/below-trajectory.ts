import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere } from '../subject';

const isBelow = (status: string) => status === 'below' || status === 'well-below';

/**
 * Below at two successive points, not one: progress is not linear and one term can dip. On a
 * test score the comparison is with the target itself, so the message says "under the target".
 */
export const belowTrajectory = defineRule<PupilSubject, 'twoPoints' | 'underTarget'>({
  id: 'markbook/below-trajectory',
  title: 'Below trajectory at two successive points',
  guidance: 'hallmarks/keeping-on-trajectory',
  severity: 'warning',
  messages: {
    twoPoints:
      'Behind the expected line to the target at {previous} and again at {latest}: {label} against an expected {expected} (target {target} by {due}).',
    underTarget:
      'Under the target of {target} at {previous} ({previousLabel}) and again at {latest} ({label}).',
  },
  response:
    "Look at the day-to-day evidence and the pupil's weakest focus; plan targeted support in class (wave 1) or a time-limited small-group catch-up (wave 2), and check again at the next point.",
  check(pupil) {
    const [previous, latest] = pupil.readings.slice(-2);
    if (previous === undefined || latest === undefined) return [];
    if (!isBelow(previous.status) || !isBelow(latest.status)) return [];
    // Well below at both points is the well-below rule's, which says so more strongly.
    if (previous.status === 'well-below' && latest.status === 'well-below') return [];
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    const target = pupil.target?.label ?? '?';
    // Where the line is the target itself (a test score, A level, an age-related standard), say so.
    if (pupil.tolerance?.kind === 'test-score' || pupil.scale?.expectedPerYear === 0) {
      return [
        {
          messageId: 'underTarget',
          data: {
            target,
            previous: previous.assessment,
            previousLabel: previous.grade.label,
            latest: latest.assessment,
            label: latest.grade.label,
          },
          where,
        },
      ];
    }
    return [
      {
        messageId: 'twoPoints',
        data: {
          previous: previous.assessment,
          latest: latest.assessment,
          label: latest.grade.label,
          expected: latest.expected?.label ?? '?',
          target,
          due: pupil.due,
        },
        where,
      },
    ];
  },
});
