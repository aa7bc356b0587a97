import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, stepsBetween, sustainedFallStart } from '../subject';

/**
 * Attainment falling: two drops of half a step or more in a row, one sharp drop, or a steady
 * slide in smaller steps. The slide is caught because the guidance asks for "rapid intervention
 * to keep pupils on trajectory", and drops each under the status tolerance (45% -> 41% -> 38% ->
 * 35%) would otherwise lose a whole step unremarked. Progress is not linear, so one dip, one flat
 * term or an up-and-down is not a fall: the slide must run across three or more points, lower
 * at each, and come to at least one step.
 */
export const falling = defineRule<PupilSubject, 'twoDrops' | 'sharpDrop' | 'sustainedFall'>({
  id: 'markbook/falling',
  title: 'Attainment falling',
  guidance: 'intervention/tracking',
  severity: 'warning',
  messages: {
    twoDrops: 'Attainment has fallen at two points in a row: {first} at {from}, {label} now at {latest}.',
    sharpDrop: 'A sharp drop at {latest}: from {previousLabel} to {label} ({steps} steps).',
    sustainedFall:
      'A steady fall across the last {count} assessment points, lower at each: {first} at {from}, {label} now at {latest}.',
  },
  response:
    'Talk to the pupil and check the work behind the grades: find what has not been secured and reteach it before it widens into a gap.',
  check(pupil) {
    const readings = pupil.readings;
    const n = readings.length;
    const latest = readings[n - 1];
    const previous = readings[n - 2];
    if (latest === undefined || previous === undefined || pupil.scale === null) return [];
    const half = pupil.scale.step / 2;
    const where = {
      kind: 'markbook' as const,
      row: pupil.row,
      pupil: pupil.name,
      cell: cellOf(pupil, latest),
    };
    const before = readings[n - 3];
    if (
      before !== undefined &&
      previous.grade.points - before.grade.points <= -half &&
      latest.grade.points - previous.grade.points <= -half
    ) {
      return [
        {
          messageId: 'twoDrops',
          data: {
            first: before.grade.label,
            from: before.assessment,
            label: latest.grade.label,
            latest: latest.assessment,
          },
          where,
        },
      ];
    }
    const drop = previous.grade.points - latest.grade.points;
    if (drop >= pupil.thresholds.sharpDropSteps * pupil.scale.step) {
      return [
        {
          messageId: 'sharpDrop',
          data: {
            previousLabel: previous.grade.label,
            label: latest.grade.label,
            latest: latest.assessment,
            steps: stepsBetween(pupil, drop),
          },
          where,
        },
      ];
    }
    const start = sustainedFallStart(pupil);
    if (start !== undefined) {
      const first = readings[start]!;
      return [
        {
          messageId: 'sustainedFall',
          data: {
            count: n - start,
            first: first.grade.label,
            from: first.assessment,
            label: latest.grade.label,
            latest: latest.assessment,
          },
          where,
        },
      ];
    }
    return [];
  },
});
