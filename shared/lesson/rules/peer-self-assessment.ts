import { defineRule } from '../../rule';
import { at, evidenceIn, isInterventionPlan, isLessonPlan, teachingSections } from '../evidence';
import type { LessonPlan } from '../types';

const PEER_SELF =
  /\b(?:peer[- ]?(?:assess|mark|review|feedback|critique|check|coach)|self[- ]?(?:assess|mark|evaluat|review|check|reflect)|traffic[- ]light(?!s?[”"’']? (?:dribbl|game|tag|jog|run|warm))|two stars and a wish|2 stars|WWW\b(?![./])|EBI\b|response partners?|mark (?:each other|their partner|a partner)|swap (?:books|work)|check (?:their|your|against the) (?:own )?(?:work )?(?:against|with) (?:the )?success criteria|against the success criteria|RAG\b|fist (?:of|to) five|gallery critique)/i;

/**
 * Credit only: "where could pupils assess their work?" is true of almost every plan and names nothing
 * in this one, so a plan without peer or self-assessment is not asked about it.
 */
export const peerSelfAssessment = defineRule<LessonPlan, 'planned'>({
  id: 'lesson/peer-self-assessment',
  title: 'Peer and self-assessment',
  guidance: 'assessment/peer-self',
  severity: 'suggestion',
  messages: {
    planned: "Pupils assess their own or each other's work.",
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    // "WWW" in a web address, or "RAG" in a title, is not assessment: the evidence is in the teaching.
    const evidence = evidenceIn(teachingSections(plan), PEER_SELF);
    return evidence === undefined ? [] : [{ messageId: 'planned', severity: 'strength', ...at(evidence) }];
  },
});
