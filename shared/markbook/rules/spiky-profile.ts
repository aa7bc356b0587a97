import { defineRule } from '../../rule';
import { mediansOfOthers, oneDecimal } from '../stats';
import type { PupilSubject } from '../subject';
import { pupilWhere } from '../subject';

/** One focus well below the pupil's others: the APP "spiky profile" that needs its own support. */
export const spikyProfile = defineRule<PupilSubject, 'weakFocus'>({
  id: 'markbook/spiky-profile',
  title: 'Spiky profile: one focus well below the others',
  guidance: 'assessment/spiky-profile',
  severity: 'suggestion',
  messages: {
    weakFocus: "{focus} ({label}) is {steps} steps below the pupil's other foci.",
  },
  response:
    "Make this focus the pupil's next curricular target and place them in a guided group for it; their other strengths can carry the rest of the work.",
  check(pupil) {
    if (pupil.foci.length < 3) return [];
    const others = mediansOfOthers(pupil.foci.map((focus) => focus.steps));
    return pupil.foci.flatMap((focus, i) => {
      const gap = others[i]! - focus.steps;
      if (gap < pupil.thresholds.spikySteps) return [];
      return [
        {
          messageId: 'weakFocus' as const,
          data: { focus: focus.focus, label: focus.label, steps: oneDecimal(gap) },
          where: pupilWhere(pupil, focus.cell),
        },
      ];
    });
  },
});
