import { defineRule } from '../../rule';
import { objectiveTerms } from '../terms';
import type { LessonPlan } from '../types';

/** Objectives that name a task rather than the learning: "To complete the worksheet". */
const ACTIVITY_NOT_LEARNING =
  /^(?:complete|finish|do|watch|look at|learn about|know about|be taught|copy|carry on|continue|be introduced to|cover|find out about|have a go at)\b/i;

export const objectivesStated = defineRule<LessonPlan, 'missing' | 'activity' | 'sharp'>({
  id: 'lesson/objectives-stated',
  title: 'Sharp learning objectives',
  guidance: 'hqtl/objectives',
  severity: 'suggestion',
  messages: {
    missing:
      'What will pupils learn in this lesson? Stating one or two learning objectives (for example "To explain how...") gives every episode something to aim at.',
    activity:
      '"{objective}" names a task or a topic rather than the learning: could it say what pupils will be able to do by the end (for example "To explain...", "To compare...")?',
    sharp: 'The learning objectives ({count}) each name what pupils will learn.',
  },
  check(plan) {
    if (plan.objectives.length === 0) {
      return plan.sections.length > 0 ? [{ messageId: 'missing', where: { kind: 'plan' } }] : [];
    }
    const read = plan.objectives.map((objective) => ({ objective, terms: objectiveTerms(objective.text) }));
    const activities = read
      .filter(({ terms }) => ACTIVITY_NOT_LEARNING.test(terms.statement))
      .map(({ objective }) => objective);
    if (activities.length > 0) {
      return activities.map((objective) => ({
        messageId: 'activity' as const,
        data: { objective: objective.text },
        where: { kind: 'plan' as const, line: objective.line },
      }));
    }
    // "Composition of 5" may be sharp or only a topic: no verb to tell by, so no strength claimed.
    const unclear = read.some(
      ({ objective, terms }) =>
        terms.verb === undefined && terms.statement === objective.text.trim().replace(/[.;:!]+$/, ''),
    );
    if (unclear) return [];
    return [
      {
        messageId: 'sharp',
        severity: 'strength',
        data: { count: plan.objectives.length },
        where: { kind: 'plan', line: plan.objectives[0]!.line },
      },
    ];
  },
});
