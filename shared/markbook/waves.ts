import type { Finding } from '../rule';
import type { TrajectoryStatus, Wave } from './types';

/**
 * The wave a pupil's flags point to, with the reasons. Wave 3 (one-to-one) needs evidence
 * over time: well below at two successive points, or a wave 2 intervention that has not
 * changed the rate of progress. One low point leads to wave 2, never straight to wave 3.
 */
export function waveFor(
  flags: Finding[],
  status: TrajectoryStatus,
  currentIntervention: string | null,
): { wave: Wave; reasons: string[] } {
  const has = (rule: string, messageId?: string) =>
    flags.find((flag) => flag.rule === rule && (messageId === undefined || flag.messageId === messageId));
  const wave3: string[] = [];
  const repeated = has('markbook/well-below-trajectory', 'repeated');
  if (repeated) wave3.push(`Well below trajectory at two successive points (${repeated.rule})`);
  const notWorking = has('markbook/intervention-not-working');
  if (notWorking) wave3.push(`Support so far has not changed the rate of progress (${notWorking.rule})`);
  if (wave3.length > 0) return { wave: 3, reasons: wave3 };

  const wave2: string[] = [];
  const offTrack = status === 'below' || status === 'well-below';
  // A stall while on trajectory is for the class teacher to watch; below trajectory it calls for catch-up.
  const reasonsFor: [string, string, boolean][] = [
    ['markbook/well-below-trajectory', 'Well below trajectory at the latest point', true],
    ['markbook/below-trajectory', 'Below trajectory at two successive points', true],
    ['markbook/falling', 'Attainment falling', true],
    ['markbook/stalled', 'Progress has stalled below trajectory', offTrack],
    ['markbook/most-able-not-stretched', 'Most able, not making expected progress: a stretch group', true],
  ];
  for (const [rule, reason, applies] of reasonsFor) {
    if (applies && has(rule)) wave2.push(`${reason} (${rule})`);
  }
  if (wave2.length > 0) return { wave: 2, reasons: wave2 };
  if (currentIntervention !== null) {
    return {
      wave: 2,
      reasons: [`Already in an intervention ("${currentIntervention}"): review its impact at the next point`],
    };
  }
  return { wave: 1, reasons: ['Quality-first teaching in class: no flag calls for additional support'] };
}
