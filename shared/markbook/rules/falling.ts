import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, stepsBetween } from '../subject';

export const falling = defineRule<PupilSubject, 'twoDrops' | 'sharpDrop'>({
  id: 'markbook/falling',
  title: 'Attainment falling',
  guidance: 'intervention/tracking',
  severity: 'warning',
  messages: {
    twoDrops: 'Attainment has fallen at two points in a row: {first} at {from}, {label} now at {latest}.',
    sharpDrop: 'A sharp drop at {latest}: from {previousLabel} to {label} ({steps} steps).',
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
    return [];
  },
});
