import { defineRule } from '../../rule';
import { episodesOf, findLine, isInterventionPlan } from '../evidence';
import type { LessonPlan } from '../types';

const SIGNPOST =
  /transition|signpost|\bmov(?:e|ing) on\b|\bnext,? (?:we|you|pupils|students)\b|\bnow (?:we|that|you)\b|\blinks? (?:back )?(?:to|with) (?:the )?(?:next|previous|last|starter|objective|main|task|lesson)|\bbridg|\btimer\b|countdown|before (?:we|moving)|this (?:leads|links) (?:in)?to|\bso far\b|\bin the next (?:part|task|activity|section)|\bexplain (?:how|that) (?:this|the) (?:task|activity) (?:links|connects|leads)/i;

export const transitionsSignposted = defineRule<LessonPlan, 'missing' | 'signposted'>({
  id: 'lesson/transitions-signposted',
  title: 'Transitions signposted for pupils',
  guidance: 'hqtl/coherence',
  severity: 'info',
  messages: {
    missing:
      'How will pupils know when one episode ends and the next begins? A sentence at each change ("Now that we can..., we are going to...") keeps the lesson coherent.',
    signposted: 'The plan signposts the transitions between episodes.',
  },
  check(plan) {
    const episodes = episodesOf(plan);
    if (episodes.length < 3 || isInterventionPlan(plan)) return [];
    const line = findLine(plan, SIGNPOST);
    return line === undefined
      ? [{ messageId: 'missing', where: { kind: 'plan', line: episodes[1]!.line } }]
      : [{ messageId: 'signposted', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
