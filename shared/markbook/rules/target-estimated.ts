import { defineRule } from '../../rule';
import { type PupilSubject, pupilWhere } from '../subject';

/** No target in the markbook: one estimated from prior attainment, named as an estimate. */
export const targetEstimated = defineRule<PupilSubject, 'estimate' | 'computed'>({
  id: 'markbook/target-estimated',
  title: 'No target in the markbook',
  guidance: 'targets/ambitious-targets',
  severity: 'info',
  messages: {
    estimate:
      'No target set for this pupil (the target cell is blank or TBC), so {target} is estimated from prior attainment ({note}): an estimate, not a prediction.',
    computed:
      'No target set for this pupil (the target cell is blank or TBC), so {target} is the baseline plus expected progress by {due}: an estimate, not a prediction.',
  },
  response:
    'Set a target with the pupil and record it in the target column, so progress is judged against an agreed aim.',
  check(pupil) {
    if (pupil.target === null || !pupil.targetMissing) return [];
    if (pupil.targetSource === 'estimate') {
      return [
        {
          messageId: 'estimate',
          data: { target: pupil.target.label, note: pupil.targetNote ?? '' },
          where: pupilWhere(pupil, pupil.targetCell ?? undefined),
        },
      ];
    }
    if (pupil.targetSource !== 'computed') return [];
    return [
      {
        messageId: 'computed',
        data: { target: pupil.target.label, due: pupil.due },
        where: pupilWhere(pupil, pupil.targetCell ?? undefined),
      },
    ];
  },
});
