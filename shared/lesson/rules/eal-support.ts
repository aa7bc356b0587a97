import { defineRule } from '../../rule';
import { type NeedsPatterns, needsProvision } from '../evidence';
import type { LessonPlan } from '../types';

const EAL_CAPITALS = /\b(?:EAL|ELLs?|ESL|ESOL|MLs)\b/;
/** "Translating real problems into programs" is not language support: translation counts when it is into a pupil's language. */
const EAL_WORDS =
  /\b(?:english as an additional language|english (?:language )?learners?|new to english|bilingual|home languages?|first languages?|mother tongue|multilingual|dual[- ]language|language support|translat(?:e|ed|ion|ions|ing) (?:[a-z]{1,20} )?(?:into|in|from) (?:their|his|her|the pupil's|the pupils') (?:own |home |first )?language)/i;

/** "2 EAL", "(SEND: 4, EAL: 2)" tell us who is in the class, not what the lesson does for them. */
const HEADCOUNT =
  /\b\d+\s+(?:pupils?\s+|students?\s+|children\s+)?(?:with\s+|are\s+)?(?:EAL|ELLs?|ESL|new to English)\b|\b(?:EAL|ELLs?|ESL): ?\d+\b/;

/** What a lesson does for a pupil learning English, as a note on the pupil says it: "picture cards for vocab". */
const EAL_PROVISION =
  /\b(?:visuals?|pictures? (?:cards?|version|prompts?|dictionar)|word mats?|key ?word (?:sheet|mat|list)s?|bilingual|sentence (?:stems?|starters?|frames?|builders?)|talk partner|pair(?:ed)? with|first language|home language|translat\w*|pre[- ]teach\w*|glossary|dual[- ]language)\b/i;

export const EAL_NEEDS: NeedsPatterns = {
  section: 'eal',
  mentions: [EAL_CAPITALS, EAL_WORDS],
  headcount: HEADCOUNT,
  provision: EAL_PROVISION,
};

export const ealSupport = defineRule<LessonPlan, 'notDesigned' | 'planned'>({
  id: 'lesson/eal-support',
  title: 'Support for pupils learning English as an additional language',
  guidance: 'curriculum/specific-support',
  severity: 'info',
  messages: {
    notDesigned:
      "The class includes pupils learning English as an additional language: what will help them with this lesson's language (visuals for key words, sentence stems, a talk partner, their first language)?",
    planned: 'The plan includes support for pupils learning English as an additional language.',
  },
  check(plan) {
    return needsProvision(plan, EAL_NEEDS);
  },
});
