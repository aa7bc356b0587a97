import { defineRule } from '../../rule';
import type { ClassSubject } from '../subject';

/** When most of the class share a weakness, the plan needs changing, not the pupils. */
export const classWideWeakness = defineRule<ClassSubject, 'sharedWeakness'>({
  id: 'markbook/class-wide-weakness',
  title: 'A weakness shared by most of the class',
  guidance: 'assessment/class-wide-weakness',
  severity: 'warning',
  messages: {
    sharedWeakness: '{focus} is a relative weakness for {weak} of {assessed} pupils ({percent}%).',
  },
  response:
    'Review the medium-term plan for this focus and reteach it to the whole class (wave 1) rather than withdrawing most of the class for intervention.',
  check(subject) {
    return subject.foci.flatMap((focus) => {
      if (focus.assessed < 4 || focus.weak / focus.assessed < subject.thresholds.classWideShare) return [];
      return [
        {
          messageId: 'sharedWeakness' as const,
          data: {
            focus: focus.focus,
            weak: focus.weak,
            assessed: focus.assessed,
            percent: Math.round((100 * focus.weak) / focus.assessed),
          },
          where: { kind: 'markbook' as const, row: subject.headerRow, cell: focus.cell },
        },
      ];
    });
  },
});
