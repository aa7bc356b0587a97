import { defineRule } from '../../rule';
import {
  at,
  filledSection,
  isInterventionPlan,
  isLessonPlan,
  linesOutside,
  providesNothing,
  sentenceWith,
  teachingSections,
} from '../evidence';
import type { LessonPlan, SectionKind } from '../types';

export const CAPITALS = /\b(?:MAT|G&T|GT|HPA|HAP|HA|GDS)\b/;
/**
 * Stretch as the plan plans it. "Challenge" alone is too common a word ("the challenge with parallel
 * algorithms"); a challenge task, question or card, or making a task more challenging, is stretch, as is a
 * line labelled for the advanced ("Advanced: add Doc D") or an extension ("Ext: write a top tip box").
 */
export const CHALLENGE =
  /\b(?:advanced(?:\s*:|\s+(?:learners|students|pupils|group))|ext\s*:|easier \| harder\b|most[- ]able|more[- ]able|gifted|talented|greater depth|extension\b|(?<!(?:big|full|long|gentle|calf|hamstring|quad|arm|leg|static|dynamic) )stretch(?!es\b|ing\b|ed\b)|challenge (?:tasks?|questions?|cards?|problems?|activit)|challenge\s*:(?=\s*\S)|(?:a|an extra|further|the) challenge\s+for\b|for (?:an )?extra challenge\b|(?:more|most) challenging|higher[- ]attain|high(?:er)?[- ]ability|more confident|high prior attain|mastery|deepen|go(?:ing)? deeper|deeper(?=\s*[:)/]|\s+(?:thinking|questions?|tasks?|challenges?|problems?|sections?|level)\b)|(?:fast|early) finishers?\b|for (?:anyone|those|pupils|students|any) (?:who (?:are|is) )?flying\b|finish(?:es|ed)? early|moving (?:on )?quickly|in depth\b|able pupils|higher[- ]order|gold (?:questions?|challenges?|tasks?|level)\b|\bgold\**\s?:|(?:those|the ones|pupils|students|children|anyone) who finish(?:es)?(?: first| early)? (?:go|move) on\b|bronze,? silver,? (?:and |or )?gold\b|(?:chill?i|spicy|extra[- ]hot) (?:challenges?|questions?|tasks?)\b|harder (?:questions?|problems?|examples?|numbers|version|cases?))/i;

/** Parts that say what the lesson is for or what words it uses, not what it does for the most able. */
const NOT_STRETCH: readonly SectionKind[] = [
  'title',
  'objectives',
  'success-criteria',
  'keywords',
  'misconceptions',
];

/** Evidence of stretch: the plan's own extension section, or a line of the teaching that plans it. */
export function challengeFor(plan: LessonPlan) {
  const own = filledSection(plan, 'most-able');
  if (own !== undefined) return own.body[0]!;
  // The phrases are specific enough to count wherever the plan suggests them (a "Mathematical links"
  // panel that says how to make the task more challenging), except in its aims and vocabulary.
  const lines = [
    ...teachingSections(plan).flatMap((section) => section.body),
    ...linesOutside(plan, NOT_STRETCH),
  ];
  // "MAT: ask Mr H" names the group and sends the reader elsewhere, "MAT: tbc" leaves it blank: neither plans stretch.
  const planned = lines.filter((entry) => !providesNothing(entry.text));
  // Quoted at the sentence that sets the stretch: "The ones who finish go on to the half equations...".
  const named = planned.find((entry) => CAPITALS.test(entry.text));
  if (named !== undefined) return sentenceWith(named, CAPITALS);
  const stretched = planned.find((entry) => CHALLENGE.test(entry.text));
  return stretched === undefined ? undefined : sentenceWith(stretched, CHALLENGE);
}

export const mostAbleChallenge = defineRule<LessonPlan, 'planned'>({
  id: 'lesson/most-able-challenge',
  title: 'Challenge for the most able',
  guidance: 'curriculum/specific-support',
  severity: 'suggestion',
  messages: {
    planned: 'The plan includes challenge for the most able.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    // A plan without stretch is asked about it, with SEN and EAL, by lesson/inclusion-gaps.
    const evidence = challengeFor(plan);
    return evidence === undefined ? [] : [{ messageId: 'planned', severity: 'strength', ...at(evidence) }];
  },
});
