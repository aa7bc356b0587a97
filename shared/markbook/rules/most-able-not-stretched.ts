import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere } from '../subject';

/**
 * The most able (identified, or with high prior attainment) who are flat across three or more
 * points short of the top of the scale: a suggestion to plan stretch in class (wave 1). It
 * never fires for a pupil well below (catch-up, not stretch, is the response) and is left out
 * where a fall or wider needs are flagged (see `repeats.ts`): "plan stretch" is the wrong
 * response to a pupil whose grades are collapsing.
 */
export const mostAbleNotStretched = defineRule<PupilSubject, 'flat'>({
  id: 'markbook/most-able-not-stretched',
  title: 'Most able pupil not stretched',
  guidance: 'intervention/gifted-and-talented',
  severity: 'suggestion',
  messages: {
    flat: '{why}, and flat across {count} points ({first} to {label}), with {top} still to reach.',
  },
  response:
    'Plan stretch rather than more of the same: open tasks and extension in class, higher-order questions, and a check that the target is ambitious enough.',
  check(pupil) {
    if (!pupil.attributes.mostAble && !pupil.priorHigh) return [];
    const latest = pupil.readings[pupil.readings.length - 1];
    if (latest === undefined || pupil.scale === null) return [];
    if (latest.status === 'well-below' || latest.status === 'unknown') return [];
    // Flat: the same grade at three or more points (8, 8, 8), short of the best grade; a fine
    // grade gained (8-, 8-, 8, 8) is movement, not flat.
    const readings = pupil.readings;
    const count = readings.length;
    let low = latest.grade.points;
    let high = latest.grade.points;
    for (const reading of readings) {
      low = Math.min(low, reading.grade.points);
      high = Math.max(high, reading.grade.points);
    }
    const flat =
      count >= 3 &&
      high - low < pupil.scale.step / 2 &&
      latest.grade.points < pupil.scale.top - 1e-9 &&
      pupil.scale.expectedPerYear > 0;
    if (!flat) return [];
    return [
      {
        messageId: 'flat',
        data: {
          why: pupil.attributes.mostAble ? 'Identified as most able' : 'High prior attainment',
          first: readings[0]!.grade.label,
          label: latest.grade.label,
          count,
          top: pupil.scale.topLabel,
        },
        where: pupilWhere(pupil, cellOf(pupil, latest)),
      },
    ];
  },
});
