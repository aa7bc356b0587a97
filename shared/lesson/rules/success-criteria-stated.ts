import { defineRule } from '../../rule';
import { isLessonPlan, placeFor } from '../evidence';
import type { LessonPlan } from '../types';

export const successCriteriaStated = defineRule<LessonPlan, 'missing' | 'stated'>({
  id: 'lesson/success-criteria-stated',
  title: 'Success criteria made explicit',
  guidance: 'assessment/day-to-day',
  severity: 'suggestion',
  messages: {
    missing:
      'How will pupils know they have met the objective? Listing success criteria (as "I can..." steps) lets pupils see the small steps and check their own progress.',
    stated: 'The plan lists {count} success criteria, so pupils can see how they will show their learning.',
  },
  check(plan) {
    const first = plan.successCriteria[0];
    if (first !== undefined) {
      return [
        {
          messageId: 'stated',
          severity: 'strength',
          data: { count: plan.successCriteria.length },
          where: { kind: 'plan', line: first.line },
        },
      ];
    }
    return isLessonPlan(plan) ? [{ messageId: 'missing', where: placeFor(plan, 'objectives') }] : [];
  },
});
