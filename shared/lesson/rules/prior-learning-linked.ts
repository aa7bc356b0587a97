import { defineRule } from '../../rule';
import { findLine, isLessonPlan, placeFor, sectionsOf } from '../evidence';
import type { LessonPlan } from '../types';

const PRIOR_LEARNING =
  /\b(?:prior (?:learning|knowledge|attainment)|previous(?:ly)? (?:lesson|learning|learnt|learned|unit|topic|year|week|term|taught)|last (?:lesson|week|time|term|year)|recap|retriev|buil(?:ds|t|ding) on\b|scheme of work|unit\b|sequence\b|lesson \d+ (?:of|in) |already (?:know|learnt|learned|covered|met|seen)|earlier (?:lesson|in the unit|work)|prerequisite|revisit)/i;

export const priorLearningLinked = defineRule<LessonPlan, 'missing' | 'linked'>({
  id: 'lesson/prior-learning-linked',
  title: 'Located in the sequence and prior learning',
  guidance: 'hqtl/planning-flow',
  severity: 'suggestion',
  messages: {
    missing:
      'Where does this lesson sit in the scheme of work, and what do pupils already know? A line on prior learning helps pitch the start and spot who may need pre-teaching.',
    linked: 'The plan links the lesson to prior learning or its place in the sequence.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const section = sectionsOf(plan, 'prior-learning', 'context')[0];
    const line = section?.line ?? findLine(plan, PRIOR_LEARNING);
    return line === undefined
      ? [{ messageId: 'missing', where: placeFor(plan, 'objectives') }]
      : [{ messageId: 'linked', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
