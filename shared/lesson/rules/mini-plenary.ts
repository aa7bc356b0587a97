import { defineRule } from '../../rule';
import {
  at,
  evidenceIn,
  filledSection,
  isInterventionPlan,
  lessonEpisodes,
  sectionsOf,
  teachingSections,
} from '../evidence';
import type { LessonPlan } from '../types';

const CHECKPOINT =
  /\b(?:mini[- ]?plenar|check(?:s|ing)? (?:for|of|their|pupils'?|students'?) understanding|hinge|show[- ]me boards?|mini[- ]?whiteboards?|thumbs (?:up|down)|traffic[- ]light|checkpoint|cfu\b|revisit (?:the )?(?:objective|lo|learning|success)|back to the (?:objective|lo|success)|progress check|pause (?:to|and) (?:check|review)|quick quiz|check[- ]in|stop and (?:check|review)|fist (?:of|to) five|ABCD cards\b|multiple[- ]choice question|stoppages?|freeze[- ]frame|pause the (?:game|activity|class)|poll (?:the )?(?:students|pupils|class))/i;

export const miniPlenary = defineRule<LessonPlan, 'missing' | 'planned'>({
  id: 'lesson/mini-plenary',
  title: 'Mini-plenaries that revisit the objectives',
  guidance: 'assessment/mini-plenaries',
  severity: 'suggestion',
  messages: {
    missing:
      'Where could you pause mid-lesson to check understanding against the objective (a hinge question, show-me boards, a quick mini-plenary) before pupils move on?',
    planned: 'The plan builds in a mid-lesson check on learning.',
  },
  check(plan) {
    const episodes = lessonEpisodes(plan);
    const longEnough = episodes.length >= 3 || (plan.lessonMinutes ?? 0) >= 40;
    if (!longEnough || isInterventionPlan(plan)) return [];
    const own = filledSection(plan, 'mini-plenary');
    const evidence = own?.body[0] ?? evidenceIn(teachingSections(plan), CHECKPOINT);
    return evidence === undefined
      ? [{ messageId: 'missing', where: { kind: 'plan', line: sectionsOf(plan, 'main')[0]?.line } }]
      : [{ messageId: 'planned', severity: 'strength', ...at(evidence) }];
  },
});
