import { defineRule } from '../../rule';
import { amountIn, cellOf, type PupilSubject, pupilWhere } from '../subject';

/**
 * Well below: two whole grades (or bands, or 10 percentage points on a test score) under
 * what is expected. `persistent` counts the successive points it has lasted.
 */
export const wellBelowTrajectory = defineRule<PupilSubject, 'once' | 'repeated' | 'persistent'>({
  id: 'markbook/well-below-trajectory',
  title: 'Well below trajectory',
  guidance: 'intervention/wave-3',
  severity: 'urgent',
  messages: {
    once: 'Well below at {latest}: {label}, {amount} under the expected {expected} (target {target} by {due}).',
    repeated:
      'Well below at {previous} and again at {latest}: {label}, {amount} under the expected {expected} (target {target} by {due}).',
    persistent:
      'Well below at each of the last {count} points, since {since}: {label} now, {amount} under the expected {expected} (target {target} by {due}).',
  },
  response:
    'Check the assessment is secure, then plan rapid support: a small-group catch-up after one low point, one-to-one tuition (wave 3) when it persists, linked back to classroom work.',
  check(pupil) {
    const readings = pupil.readings;
    const latest = readings[readings.length - 1];
    if (latest === undefined || latest.status !== 'well-below' || latest.expected === null) return [];
    let count = 1;
    while (count < readings.length && readings[readings.length - 1 - count]!.status === 'well-below') count++;
    const data = {
      latest: latest.assessment,
      label: latest.grade.label,
      expected: latest.expected.label,
      amount: amountIn(pupil, latest.expected.points - latest.grade.points),
      target: pupil.target?.label ?? '?',
      due: pupil.due,
    };
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    if (count >= 3) {
      const since = readings[readings.length - count]!.assessment;
      return [{ messageId: 'persistent', data: { ...data, count, since }, where }];
    }
    if (count === 2) {
      const previous = readings[readings.length - 2]!.assessment;
      return [{ messageId: 'repeated', data: { ...data, previous }, where }];
    }
    return [{ messageId: 'once', data, where }];
  },
});
