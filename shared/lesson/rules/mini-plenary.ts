import { defineRule } from '../../rule';
import { episodesOf, findLine, isInterventionPlan, sectionsOf } from '../evidence';
import type { LessonPlan } from '../types';

const CHECKPOINT =
  /\b(?:mini[- ]?plenar|check(?:s|ing)? (?:for|of|their|pupils'?|students'?) understanding|hinge|show[- ]me boards?|mini[- ]?whiteboards?|thumbs (?:up|down)|traffic[- ]light|checkpoint|cfu\b|revisit (?:the )?(?:objective|lo|learning|success)|back to the (?:objective|lo|success)|progress check|pause (?:to|and) (?:check|review)|quick quiz|check[- ]in|stop and (?:check|review)|fist (?:of|to) five|ABCD cards\b|multiple[- ]choice question|stoppages?|freeze[- ]frame|pause the (?:game|activity|class))/i;

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
    const episodes = episodesOf(plan);
    const longEnough = episodes.length >= 3 || (plan.lessonMinutes ?? 0) >= 40;
    if (!longEnough || isInterventionPlan(plan)) return [];
    const line = sectionsOf(plan, 'mini-plenary')[0]?.line ?? findLine(plan, CHECKPOINT);
    return line === undefined
      ? [{ messageId: 'missing', where: { kind: 'plan', line: sectionsOf(plan, 'main')[0]?.line } }]
      : [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
