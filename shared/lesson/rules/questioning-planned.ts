import { defineRule } from '../../rule';
import { findLineIn, isLessonPlan, placeFor, teachingSections } from '../evidence';
import type { LessonPlan } from '../types';

const QUESTIONING =
  /question|\bask(?:s|ing)?\b|cold[- ]call|no hands|hands[- ]down|bloom|higher[- ]order|\bprob(?:e|ing)\b|socratic|\bpose\b|\?/i;
const HIGHER_ORDER =
  /\b(?:why|how (?:do|does|did|would|could|might|can|is|are)|explain|justify|compare|what if|predict|evaluate|which is (?:better|best|more|most)|convince|prove|what would happen|do you agree|how do you know|what is the same|what is different)\b/i;

export const questioningPlanned = defineRule<LessonPlan, 'missing' | 'noHigherOrder' | 'planned'>({
  id: 'lesson/questioning-planned',
  title: 'Questioning planned and sequenced',
  guidance: 'hqtl/questioning-modelling-explaining',
  severity: 'suggestion',
  messages: {
    missing:
      'Which key questions will you ask? Writing two or three into the plan, from an inclusive opener up to a "why" or "how do you know", helps sequence the challenge; the question ladders for each objective can start you off.',
    noHigherOrder:
      'The questions planned so far check recall: could one or two ask pupils to explain, compare or justify ("Why...?", "How do you know...?")?',
    planned: 'The plan includes questioning, with questions that ask pupils to think and explain.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    // A question in the title or the objectives is the lesson's enquiry, not questioning planned for pupils.
    const teaching = teachingSections(plan);
    const line = findLineIn(teaching, QUESTIONING);
    if (line === undefined) return [{ messageId: 'missing', where: placeFor(plan, 'main', 'starter') }];
    const written = teaching.flatMap((section) => section.body).filter((entry) => entry.text.includes('?'));
    if (written.length >= 2 && !written.some((entry) => HIGHER_ORDER.test(entry.text))) {
      return [{ messageId: 'noHigherOrder', where: { kind: 'plan', line: written[0]!.line } }];
    }
    return [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
