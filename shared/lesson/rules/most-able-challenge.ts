import { defineRule } from '../../rule';
import { findLine, isInterventionPlan, isLessonPlan, placeFor, sectionsOf } from '../evidence';
import type { LessonPlan } from '../types';

const CAPITALS = /\b(?:MAT|G&T|HPA|HAP|GDS)\b/;
const CHALLENGE =
  /\b(?:most[- ]able|more[- ]able|gifted|talented|greater depth|extension|stretch(?!es\b|ing\b)|challenge\b|higher[- ]attain|high prior attain|mastery|deepen|go(?:ing)? deeper|deeper(?=\s*[:)/]|\s+(?:thinking|questions?|tasks?|challenges?|problems?|sections?|level)\b)|(?:fast|early) finishers?\b|in depth\b|able pupils|higher[- ]order|gold (?:questions?|challenges?|tasks?|level)\b|bronze,? silver,? (?:and |or )?gold\b|(?:chill?i|spicy|extra[- ]hot) (?:challenges?|questions?|tasks?)\b)/i;

export const mostAbleChallenge = defineRule<LessonPlan, 'missing' | 'planned'>({
  id: 'lesson/most-able-challenge',
  title: 'Challenge for the most able',
  guidance: 'curriculum/specific-support',
  severity: 'suggestion',
  messages: {
    missing:
      'What will stretch pupils who grasp the objective quickly? An extension that deepens the same idea (a "what if...?", a harder case, explaining it to others) keeps them learning rather than simply doing more.',
    planned: 'The plan includes challenge for the most able.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const line =
      sectionsOf(plan, 'most-able')[0]?.line ?? findLine(plan, CAPITALS) ?? findLine(plan, CHALLENGE);
    return line === undefined
      ? [{ messageId: 'missing', where: placeFor(plan, 'most-able', 'differentiation', 'independent') }]
      : [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
