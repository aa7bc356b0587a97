import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere, stepsBetween } from '../subject';

export const wellBelowTrajectory = defineRule<PupilSubject, 'once' | 'repeated'>({
  id: 'markbook/well-below-trajectory',
  title: 'Well below trajectory',
  guidance: 'intervention/wave-3',
  severity: 'urgent',
  messages: {
    once: 'Well below trajectory at {latest}: {label}, {steps} steps below the expected {expected}.',
    repeated:
      'Well below trajectory at {previous} and again at {latest}: {label}, {steps} steps below the expected {expected}.',
  },
  response:
    'Check the assessment is secure, then plan rapid support: a small-group catch-up after one low point, one-to-one tuition (wave 3) when it persists, linked back to classroom work.',
  check(pupil) {
    const latest = pupil.readings[pupil.readings.length - 1];
    if (latest === undefined || latest.status !== 'well-below' || latest.expected === null) return [];
    const previous = pupil.readings[pupil.readings.length - 2];
    const data = {
      latest: latest.assessment,
      label: latest.grade.label,
      expected: latest.expected?.label ?? '?',
      steps: stepsBetween(pupil, latest.expected.points - latest.grade.points),
    };
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    if (previous?.status === 'well-below') {
      return [{ messageId: 'repeated', data: { ...data, previous: previous.assessment }, where }];
    }
    return [{ messageId: 'once', data, where }];
  },
});
