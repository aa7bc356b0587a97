import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere, stepsBetween } from '../subject';

export const mostAbleNotStretched = defineRule<PupilSubject, 'belowTrajectory' | 'belowExpected'>({
  id: 'markbook/most-able-not-stretched',
  title: 'Most able pupil not making expected progress',
  guidance: 'intervention/gifted-and-talented',
  severity: 'warning',
  messages: {
    belowTrajectory: '{why}, and below trajectory at {latest} ({label} against an expected {expected}).',
    belowExpected:
      '{why}, and has gained {progress} of the {expectedProgress} steps expected since the baseline.',
  },
  response:
    'Plan stretch rather than more of the same: open tasks and extension in class, higher-order questions, and a check that the target is ambitious enough.',
  check(pupil) {
    if (!pupil.attributes.mostAble && !pupil.priorHigh) return [];
    const latest = pupil.readings[pupil.readings.length - 1];
    if (latest === undefined || pupil.scale === null) return [];
    const why = pupil.attributes.mostAble ? 'Identified as most able' : 'High prior attainment';
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    if (latest.status === 'below' || latest.status === 'well-below') {
      return [
        {
          messageId: 'belowTrajectory',
          data: {
            why,
            latest: latest.assessment,
            label: latest.grade.label,
            expected: latest.expected?.label ?? '?',
          },
          where,
        },
      ];
    }
    const { progress, expectedProgress } = pupil;
    if (
      progress !== null &&
      expectedProgress !== null &&
      progress < expectedProgress - pupil.scale.step / 2
    ) {
      return [
        {
          messageId: 'belowExpected',
          data: {
            why,
            progress: stepsBetween(pupil, progress),
            expectedProgress: stepsBetween(pupil, expectedProgress),
          },
          where,
        },
      ];
    }
    return [];
  },
});
