import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere, type Reading } from '../subject';
import { isOneToOne } from '../waves';

const rate = (from: Reading, to: Reading) =>
  (to.grade.points - from.grade.points) / Math.max(to.time - from.time, 1 / 12);
const offTrack = (reading: Reading | undefined) =>
  reading?.status === 'below' || reading?.status === 'well-below';

/**
 * An intervention is judged on its impact: after about two assessment points (roughly six
 * weeks or more), has the pupil's rate of progress improved? If not, escalate.
 */
export const interventionNotWorking = defineRule<
  PupilSubject,
  'notImproved' | 'noGainUnknownStart' | 'oneToOneNotImproved'
>({
  id: 'markbook/intervention-not-working',
  title: 'Intervention has not changed the rate of progress',
  guidance: 'intervention/evaluate-impact',
  severity: 'warning',
  messages: {
    notImproved:
      'In "{intervention}" since {since}, but progress has not sped up ({label} at {latest}, still below trajectory).',
    // Already one-to-one: "escalate to one-to-one" would be circular.
    oneToOneNotImproved:
      'Already in one-to-one support ("{intervention}") since {since}, but progress has not sped up ({label} at {latest}, still below trajectory): review the provider and the content, refer to the SENCo, and consider access arrangements.',
    noGainUnknownStart:
      'In "{intervention}" (no start date given) and no gain over the last {count} points: {label} at {latest}, still below trajectory.',
  },
  response:
    'Review the intervention with the pupil and whoever runs it; if it is not working, change it: after a small group, one-to-one tuition (wave 3) on the skill not yet secured, with a link back to class; after one-to-one, a different approach with the SENCo.',
  check(pupil) {
    const { intervention, readings, scale } = pupil;
    const latest = readings[readings.length - 1];
    if (intervention === null || scale === null || latest === undefined || !offTrack(latest)) return [];
    const needed = pupil.thresholds.interventionPoints;
    const where = pupilWhere(pupil, cellOf(pupil, latest));
    if (intervention.start === null) {
      const from = readings[readings.length - 1 - needed];
      if (from === undefined || latest.grade.points - from.grade.points >= scale.step / 2) return [];
      return [
        {
          messageId: 'noGainUnknownStart',
          data: {
            intervention: intervention.text,
            count: needed,
            label: latest.grade.label,
            latest: latest.assessment,
          },
          where,
        },
      ];
    }
    const start = intervention.start;
    const before = readings.filter((reading) => reading.time < start);
    const after = readings.filter((reading) => reading.time >= start);
    // An intervention that began before the first point is judged from the first point on,
    // against the rate the scale expects: it is still evaluated, not skipped.
    if (after.length < needed) return [];
    const lastBefore = before[before.length - 1] ?? after[0]!;
    if (lastBefore === latest) return [];
    const rateAfter = rate(lastBefore, latest);
    const rateBefore = before.length >= 2 ? rate(before[0]!, lastBefore) : scale.expectedPerYear;
    if (rateAfter > rateBefore + 1e-9) return [];
    return [
      {
        messageId: isOneToOne(intervention.text) ? 'oneToOneNotImproved' : 'notImproved',
        data: {
          intervention: intervention.text,
          since: intervention.startLabel ?? '?',
          label: latest.grade.label,
          latest: latest.assessment,
        },
        where,
      },
    ];
  },
});
