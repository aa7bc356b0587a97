import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere, stepsBetween } from '../subject';

/**
 * The most able (identified, or with high prior attainment) who are below, or gaining less
 * than expected, or flat across three or more points short of the top of the scale: stretch.
 */
export const mostAbleNotStretched = defineRule<PupilSubject, 'belowTrajectory' | 'belowExpected' | 'flat'>({
  id: 'markbook/most-able-not-stretched',
  title: 'Most able pupil not making expected progress',
  guidance: 'intervention/gifted-and-talented',
  severity: 'warning',
  messages: {
    belowTrajectory:
      '{why}, and below where they should be at {latest} ({label} against an expected {expected}).',
    belowExpected:
      '{why}, and has gained {progress} of the {expectedProgress} steps expected since the baseline.',
    flat: '{why}, and flat across {count} points ({first} to {label}), with {top} still to reach.',
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
    if (flat) {
      return [
        {
          messageId: 'flat',
          data: {
            why,
            first: readings[0]!.grade.label,
            label: latest.grade.label,
            count,
            top: pupil.scale.topLabel,
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
