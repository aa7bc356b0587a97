import { defineRule } from '../../rule';
import { at, evidenceIn, isInterventionPlan, lessonEpisodes, teachingSections } from '../evidence';
import type { LessonPlan } from '../types';

const SIGNPOST =
  /\b(?:transition|signpost|mov(?:e|ing) on\b|next,? (?:we|you)\b|now (?:we|that|you)\b|now,? let'?s\b|links? (?:back )?(?:to|with) (?:the )?(?:next|previous|last|starter|objective|main|task|lesson)|bridg|timer\b|countdown|before (?:we|moving)|this (?:leads|links) (?:in)?to|so far,? (?:we|you|pupils|students|children|the class) (?:have|know|can)\b|in the next (?:part|task|activity|section)|explain (?:how|that) (?:this|the) (?:task|activity) (?:links|connects|leads))/i;

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
    const episodes = lessonEpisodes(plan);
    // A short lesson's changes of activity are plain enough; a lesson of four or more parts needs signposts.
    if (episodes.length < 4 || isInterventionPlan(plan)) return [];
    const evidence = evidenceIn(teachingSections(plan), SIGNPOST);
    return evidence === undefined
      ? [{ messageId: 'missing', where: { kind: 'plan', line: episodes[1]!.line } }]
      : [{ messageId: 'signposted', severity: 'strength', ...at(evidence) }];
  },
});
