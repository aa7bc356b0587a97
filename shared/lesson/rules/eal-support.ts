import { defineRule } from '../../rule';
import { needsProvision } from '../evidence';
import type { LessonPlan } from '../types';

const EAL_CAPITALS = /\b(?:EAL|ELLs?|ESL|ESOL|MLs)\b/;
const EAL_WORDS =
  /\b(?:english as an additional language|english (?:language )?learners?|new to english|bilingual|home languages?|first languages?|translat|multilingual|dual[- ]language|language support)/i;

/** "2 EAL" tells us who is in the class, not what the lesson does for them. */
const HEADCOUNT =
  /\b\d+\s+(?:pupils?\s+|students?\s+|children\s+)?(?:with\s+|are\s+)?(?:EAL|ELLs?|ESL|new to English)\b/;

export const ealSupport = defineRule<LessonPlan, 'missing' | 'notDesigned' | 'planned'>({
  id: 'lesson/eal-support',
  title: 'Support for pupils learning English as an additional language',
  guidance: 'curriculum/specific-support',
  severity: 'info',
  messages: {
    missing:
      "If any pupils are learning English as an additional language, what will help them into the lesson's language: visuals for the key words, sentence stems, a talk partner, the first language where it helps?",
    notDesigned:
      "The class includes pupils learning English as an additional language: what will help them with this lesson's language (visuals for key words, sentence stems, a talk partner, their first language)?",
    planned: 'The plan includes support for pupils learning English as an additional language.',
  },
  check(plan) {
    return needsProvision(plan, {
      section: 'eal',
      nearby: ['differentiation', 'sen'],
      mentions: [EAL_CAPITALS, EAL_WORDS],
      headcount: HEADCOUNT,
    });
  },
});
