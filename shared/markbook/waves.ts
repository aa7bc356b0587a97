import type { Finding } from '../rule';
import type { AgainstTarget, Forecast, TrajectoryStatus, Wave } from './types';

export interface WaveInput {
  flags: Finding[];
  status: TrajectoryStatus;
  againstTarget: AgainstTarget;
  forecast: Forecast | null;
  /** The judged points, oldest first: each one's status, grade and expected grade. */
  statuses: readonly {
    status: TrajectoryStatus;
    grade: { points: number };
    expected: { points: number } | null;
  }[];
  /** A growth scale (levels, working-at grades), as opposed to a test score. */
  growth: boolean;
  /** Half a fine step of the scale: less than this is no change. */
  halfStep: number;
  trend: 'rising' | 'flat' | 'falling' | 'unknown';
  intervention: string | null;
  /** Whether any status could be judged in this markbook (a readable scale). */
  judged: boolean;
  /**
   * Within half a unit of the target (5 percentage points, a fine grade), either side: just
   * over it, a fall or a forecast can take them under; just under it, targeted support in class
   * comes before a small group.
   */
  nearTarget: boolean;
  /**
   * At the national expected standard (EXS) with a greater-depth target: short of an ambitious
   * target, not behind. Greater-depth challenge belongs in class, not in a catch-up group.
   */
  atExpectedStandard?: boolean;
  /** How many of the latest points in a row are at or over the target itself. */
  heldAtTarget?: number;
  /** Where the target came from: an estimate is not grounds for one-to-one on its own. */
  targetSource?: 'teacher' | 'fixed' | 'estimate' | 'computed' | 'none';
}

/** "1:1", "one-to-one", "1-1 tuition": support that is already wave 3. */
const ONE_TO_ONE = /\b(1 ?: ?1|1 ?- ?1|one[ -]to[ -]one|individual tuition|1 to 1)\b|\b1:1/i;

export const isOneToOne = (text: string) => ONE_TO_ONE.test(text.slice(0, 200));

const below = (status: TrajectoryStatus) => status === 'below' || status === 'well-below';

/**
 * The wave a pupil's flags point to, with the reasons, sized so a school can staff it (about
 * 80% / 15% / 5%):
 * - 3 (one-to-one): wave 2 support that has not changed the rate of progress, well below at
 *   three or more successive points, or already in one-to-one tuition. Never for a pupil
 *   rising toward a target that is still ahead, and never on one point.
 * - 2 (time-limited small group): a real reason only. Well below now; below at three points,
 *   or at two and not closing, while under the target itself; a fall that leaves the pupil
 *   under the target or within half a unit of it; stalled below the line; an intervention
 *   still to evaluate, or working but with the target not yet held for two points; severe
 *   absence (a pastoral referral, with a plan to catch up).
 * - 1 (quality-first teaching): the rest, with what to do in class, and a watch list: on the
 *   line but heading below the target by forecast, below their own line while over the target
 *   (a dip), stalled while on the line, and stretch for the most able. A pupil just under the
 *   target and closing gets targeted support in class, and one in an intervention who has held
 *   the target for two points is a prompt to review whether it is still needed.
 * No status (the scale could not be read): no wave at all, rather than a guess.
 */
export function waveFor(input: WaveInput): { wave: Wave | null; reasons: string[] } {
  const { flags, status, statuses } = input;
  if (!input.judged || status === 'unknown') {
    const severe = flags.find((flag) => flag.rule === 'markbook/severe-absence');
    return {
      wave: null,
      reasons: [
        ...(severe ? [`Pastoral referral: ${severe.message}`] : []),
        input.judged
          ? "No wave: none of this pupil's grades could be read or judged (see the cells listed for their row)."
          : 'No wave: no status could be judged, because the scale could not be read (see the summary for the fix).',
      ],
    };
  }
  const has = (rule: string, messageId?: string) =>
    flags.find((flag) => flag.rule === rule && (messageId === undefined || flag.messageId === messageId));
  const reaching =
    input.forecast !== null && (input.forecast.standing === 'at' || input.forecast.standing === 'above');
  // On a growth scale a pupil still rising is making progress toward a target that may be two
  // years off: one-to-one waits for wave 2 not to work. A rising test score must reach the target.
  const risingToTarget = input.trend === 'rising' && (reaching || input.growth);

  const wave3: string[] = [];
  const notWorking = has('markbook/intervention-not-working');
  if (notWorking) wave3.push(`Support so far has not changed the rate of progress (${notWorking.rule})`);
  const persistent = has('markbook/well-below-trajectory', 'persistent');
  // An estimated target (no teacher's target) gets wave 2 first: one-to-one on an estimate alone
  // would spend the scarcest support on a guess.
  const estimated = input.targetSource === 'estimate';
  if (persistent && !risingToTarget && !estimated)
    wave3.push(`Well below at each of the last three or more points (${persistent.rule})`);
  if (input.intervention !== null && isOneToOne(input.intervention))
    wave3.push(
      `Already in one-to-one support ("${input.intervention}"): keep it, and review its impact at the next point`,
    );
  if (wave3.length > 0) return { wave: 3, reasons: wave3 };

  const wave2: string[] = [];
  const severe = has('markbook/severe-absence');
  if (severe) wave2.push(`Pastoral referral: ${severe.message} Plan how missed learning is caught up`);
  if (status === 'well-below') wave2.push('Well below at the latest point (markbook/well-below-trajectory)');
  const last = statuses[statuses.length - 1]?.status;
  const previous = statuses[statuses.length - 2]?.status;
  // Closing the gap: nearer the expected line than at the point before, not merely rising (a
  // rise no faster than the line leaves the gap as it was).
  const gapAt = (i: number) => {
    const reading = statuses[i];
    return reading?.expected == null ? undefined : reading.grade.points - reading.expected.points;
  };
  const gapNow = gapAt(statuses.length - 1);
  const gapBefore = gapAt(statuses.length - 2);
  const gapClosing = gapNow !== undefined && gapBefore !== undefined && gapNow - gapBefore >= input.halfStep;
  // Under the target itself. A pupil below their own line but still at or over the target (7, 7,
  // 6, 6 against a target of 5) has dipped: a conversation in class, not a catch-up group.
  const underTarget = (input.againstTarget.gap ?? 0) < 0 && input.atExpectedStandard !== true;
  let run = 0;
  while (run < statuses.length && below(statuses[statuses.length - 1 - run]!.status)) run++;
  if (last === 'below' && run >= 3 && underTarget)
    wave2.push(`Below at each of the last ${run} points (markbook/below-trajectory)`);
  else if (
    last === 'below' &&
    previous !== undefined &&
    below(previous) &&
    !gapClosing &&
    !input.nearTarget &&
    underTarget
  )
    wave2.push('Below at two successive points and not closing the gap (markbook/below-trajectory)');
  // A real fall calls for catch-up when it leaves the pupil under the target or within half a
  // unit of it; well over the target the class teacher watches. (On real classes, flags for
  // pupils well over the target were mostly noise: they passed.)
  const fall = has('markbook/falling');
  if (fall && (underTarget || input.nearTarget)) wave2.push('Attainment falling (markbook/falling)');
  if (has('markbook/stalled') && below(status) && underTarget)
    wave2.push('Progress has stalled below the line (markbook/stalled)');
  const oneToOne = input.intervention !== null && isOneToOne(input.intervention);
  // An intervention that is working keeps its place until the target has held for two points:
  // support is not removed at the first good grade.
  const held = input.heldAtTarget ?? 0;
  if (wave2.length === 0 && input.intervention !== null && !oneToOne && held < 2)
    wave2.push(
      held === 1
        ? `In "${input.intervention}", and at the target at the latest point: keep it until the target has held for two points`
        : `In "${input.intervention}": review its impact at the next point`,
    );
  else if (wave2.length > 0 && input.intervention !== null)
    wave2.push(`Already in "${input.intervention}": review its impact at the next point`);
  if (wave2.length > 0) return { wave: 2, reasons: wave2 };

  const wave1: string[] = [];
  if (input.intervention !== null) {
    wave1.push(
      below(status)
        ? `In "${input.intervention}": review its impact at the next point`
        : `In "${input.intervention}" and at the target for two points or more: review whether it is still needed`,
    );
  }
  if (below(status))
    wave1.push(
      input.atExpectedStandard === true
        ? 'At the expected standard, short of a greater-depth target: greater-depth challenge in class, not a catch-up group'
        : !underTarget
          ? 'Below their own line but still at or over the target: talk to the pupil and watch the next point in class'
          : gapClosing
            ? 'Below, but closing the gap: targeted support in class, and check again at the next point'
            : 'Below at the latest point: targeted support in class, and check again at the next point',
    );
  // Concerns for the class teacher's watch list, not a small group.
  if (has('markbook/falling') && wave1.length === 0)
    wave1.push('Watch: a fall from the recent peak while over the target; check the next point in class');
  const heading = has('markbook/heading-below-target');
  if (heading)
    wave1.push(
      heading.messageId === 'headingBelow'
        ? 'Watch: at the target now, but heading below it at this rate (markbook/heading-below-target)'
        : 'Watch: on the line now, but short of the target at this rate (markbook/heading-below-target)',
    );
  if (has('markbook/stalled') && !below(status))
    wave1.push('Watch: no gain for three points, still on the line (markbook/stalled)');
  if (has('markbook/most-able-not-stretched'))
    wave1.push('Stretch in class: open tasks and harder questions (markbook/most-able-not-stretched)');
  // A 0 or a collapse left out as a likely absence: the wave holds only once it is confirmed.
  if (has('markbook/data-query', 'zero'))
    wave1.push('Pending a data check: confirm the queried 0 or U before acting on it (markbook/data-query)');
  if (wave1.length === 0)
    wave1.push('Quality-first teaching in class: at or near the target, no flag calls for more');
  return { wave: 1, reasons: wave1 };
}
