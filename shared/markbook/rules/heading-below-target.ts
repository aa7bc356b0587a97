import { defineRule } from '../../rule';
import { cellOf, type PupilSubject, pupilWhere } from '../subject';

/**
 * A forecast concern: at the pupil's own recent rate, where will they be by the target's due
 * date? It is raised for a pupil who is at or above the target (or on the line) now, so it
 * adds something; for a pupil already below, the forecast is shown beside the status, and it
 * never turns them into "on".
 */
export const headingBelowTarget = defineRule<PupilSubject, 'headingBelow' | 'behindLine'>({
  id: 'markbook/heading-below-target',
  title: 'At this rate, short of the target',
  guidance: 'hallmarks/keeping-on-trajectory',
  severity: 'warning',
  messages: {
    headingBelow:
      '{label} at {latest}, but heading below: at this rate {forecast} by {due} against a target of {target}.',
    behindLine:
      'On the line now ({label} at {latest}), but at this rate {forecast} by {due} against a target of {target}.',
  },
  response:
    'Look at what changed since the earlier points and reteach it now, while the pupil is still at the target; check again at the next point.',
  check(pupil) {
    const latest = pupil.readings[pupil.readings.length - 1];
    const { forecast, target } = pupil;
    if (latest === undefined || forecast === null || target === null) return [];
    if (latest.status !== 'on' && latest.status !== 'above') return [];
    if (forecast.standing !== 'below' && forecast.standing !== 'well-below') return [];
    // Already over the target: a slower rate still ends above it, and the forecast says nothing new.
    const testScore = pupil.tolerance?.kind === 'test-score';
    // On a growth scale the line allows for the time left; the concern is a pupil on it who is a
    // whole grade short of the target and whose own rate will not close that (4, 4, 4 against 6),
    // not one at the target whose fine grades wobble (5, 5-, 5, 5- against 5).
    const short = pupil.againstTarget.standing === 'below' || pupil.againstTarget.standing === 'well-below';
    if (!testScore && !short) return [];
    return [
      {
        messageId: testScore ? 'headingBelow' : 'behindLine',
        data: {
          label: latest.grade.label,
          latest: latest.assessment,
          forecast: forecast.grade.label,
          due: forecast.by,
          target: target.label,
        },
        where: pupilWhere(pupil, cellOf(pupil, latest)),
      },
    ];
  },
});
