import { defineRule } from '../../rule';
import { amountIn, cellOf, type PupilSubject, pupilWhere, recentFall } from '../subject';

/**
 * Attainment falling: a grade or more down from the recent peak (7, 6, 5, 5 is a fall that has
 * levelled off, still a fall), two drops of half a step or more in a row, one sharp drop, or a steady
 * slide in smaller steps. The slide is caught because the guidance asks for "rapid intervention
 * to keep pupils on trajectory", and drops each under the status tolerance (45% -> 41% -> 38% ->
 * 35%) would otherwise lose a whole step unremarked. Progress is not linear, so one dip, one flat
 * term or an up-and-down is not a fall: the slide must run across three or more points, lower
 * at each, and come to at least one step.
 */
export const falling = defineRule<PupilSubject, 'fromPeak' | 'twoDrops' | 'sharpDrop' | 'sustainedFall'>({
  id: 'markbook/falling',
  title: 'Attainment falling',
  guidance: 'intervention/tracking',
  severity: 'warning',
  messages: {
    fromPeak:
      'Fallen {amount} from {first} at {from} to {label} at {latest}: a fall from the recent peak, even where it has levelled off.',
    twoDrops: 'Attainment has fallen at two points in a row: {first} at {from}, {label} now at {latest}.',
    sharpDrop: 'A sharp drop at {latest}: from {previousLabel} to {label} ({amount}).',
    sustainedFall:
      'A steady fall across the last {count} assessment points, lower at each: {first} at {from}, {label} now at {latest}.',
  },
  response:
    'Talk to the pupil and check the work behind the grades: find what has not been secured and reteach it before it widens into a gap.',
  check(pupil) {
    const fall = recentFall(pupil);
    const latest = pupil.readings[pupil.readings.length - 1];
    if (fall === undefined || latest === undefined) return [];
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    const now = { label: latest.grade.label, latest: latest.assessment };
    switch (fall.kind) {
      case 'fromPeak':
        return [
          {
            messageId: 'fromPeak',
            data: {
              amount: amountIn(pupil, fall.points),
              first: fall.from.grade.label,
              from: fall.from.assessment,
              ...now,
            },
            where,
          },
        ];
      case 'twoDrops':
        return [
          {
            messageId: 'twoDrops',
            data: { first: fall.from.grade.label, from: fall.from.assessment, ...now },
            where,
          },
        ];
      case 'sharpDrop':
        return [
          {
            messageId: 'sharpDrop',
            data: { previousLabel: fall.from.grade.label, amount: amountIn(pupil, fall.drop), ...now },
            where,
          },
        ];
      case 'sustainedFall':
        return [
          {
            messageId: 'sustainedFall',
            data: { count: fall.points, first: fall.from.grade.label, from: fall.from.assessment, ...now },
            where,
          },
        ];
    }
  },
});
