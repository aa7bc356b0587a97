import { defineRule } from '../../rule';
import { at, evidenceIn, isInterventionPlan, lessonEpisodes, teachingSections } from '../evidence';
import type { LessonPlan } from '../types';
import { ADAPTING_KINDS } from '../vocabulary';

/** "Move on to 2/4 if ready" moves a pupil on through the work: it signposts no change of episode. */
const SIGNPOST =
  /\b(?:transition|signpost|mov(?:e|ing) on\b(?![^.]{0,40}\b(?:if|when|once) (?:ready|confident|secure|finished))|next,? (?:we|you)\b|now (?:we|that|you)\b|now,? let'?s\b|links? (?:back )?(?:to|with) (?:the )?(?:next|previous|last|starter|objective|main|task|lesson)|bridg|(?:set|use|start|visual|sand|countdown|on-screen) (?:a |the )?timer(?! when| as soon| once| at the)|timer (?:on|set|for)\b|countdown|before (?:we|moving)|this (?:leads|links) (?:in)?to|so far,? (?:we|you|pupils|students|children|the class) (?:have|know|can)\b|in the next (?:part|task|activity|section)|explain (?:how|that) (?:this|the) (?:task|activity) (?:links|connects|leads))/i;

/**
 * Credit only: "how will pupils know one episode ends?" is true of nearly every plan and points at
 * nothing in this one, so an unsignposted plan is not asked about it.
 */
export const transitionsSignposted = defineRule<LessonPlan, 'signposted'>({
  id: 'lesson/transitions-signposted',
  title: 'Transitions signposted for pupils',
  guidance: 'hqtl/coherence',
  severity: 'info',
  messages: {
    signposted: 'The plan signposts the transitions between episodes.',
  },
  check(plan) {
    const episodes = lessonEpisodes(plan);
    // A short lesson's changes of activity are plain enough; a lesson of four or more parts needs signposts.
    if (episodes.length < 4 || isInterventionPlan(plan)) return [];
    // "RT - ADHD - ... warn before transitions" prepares one pupil for the changes; it signposts nothing for the class.
    const evidence = evidenceIn(
      teachingSections(plan).filter((section) => !ADAPTING_KINDS.has(section.kind)),
      SIGNPOST,
    );
    return evidence === undefined ? [] : [{ messageId: 'signposted', severity: 'strength', ...at(evidence) }];
  },
});
