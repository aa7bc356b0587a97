import { defineRule } from '../../rule';
import { at, filledSection, isLessonPlan, linesOutside, placeFor } from '../evidence';
import type { LessonPlan, PlanItem, SectionKind } from '../types';

/**
 * The lesson's place in a sequence, or what pupils bring to it. Phrases, not single words: "Sequence"
 * in a list of keywords, or "they already know where their number will go", is not prior learning;
 * nor is a unit's name in the page's details ("Unit: A history of language"), which says where the
 * lesson is filed, not what pupils bring to it.
 */
const PRIOR_LEARNING =
  /\b(?:prior (?:learning|knowledge|attainment)|preparatory knowledge|existing knowledge|previous(?:ly)? (?:lesson|learning|learnt|learned|unit|topic|year|week|term|taught|activity)|(?:a|the) previous activity|last (?:lesson|week|time|term|year)|recap|retrieval (?:practice|quiz|starter|grid|questions? on (?:last|previous)|from (?:last|previous|L\d|lesson \d))|retrieve (?:what|prior)|buil(?:ds|t|ding) on\b|scheme of work|in (?:this|the) unit\b|unit of work|sequence of lessons|already (?:learnt|learned|covered|met|seen|been taught|studied)|what (?:pupils|students|children|they|learners) already know|earlier (?:lesson|in the unit|work)|prerequisite|revisit|remind (?:students|pupils|children|the class|them) (?:of|about|what|how)|(?:ask|asking) (?:students|pupils|children) to recall|recall (?:what|how|the)|identify existing|already known|review(?:ed|ing)? (?:the|what|last|previous))/i;

/**
 * The unit a page is filed under, or its number in it: "Unit: Forces", "Unit 3", "Lesson 3 of 6",
 * "Lesson 4: Causes of the Revolution", "Lesson 3/6", or the week of the term ("Spring 2, Week 3").
 * Where the lesson is filed, not what pupils bring to it: neither praised nor asked about. "Retrieval
 * (2b)" is a reading domain, not a return to earlier learning.
 */
const UNIT_NAMED =
  /\bunit\s?(?::|\d)|\bL\d{1,2}:|\b(?:wk|week) ?\d{1,2},? ?[-–]? ?L\d{1,2}\b|\blesson \d{1,2}(?: (?:of|in)\b|:| ?\/ ?\d)|\b(?:autumn|spring|summer) ?[12]?,? (?:week|wk) ?\d/i;

const FIRST_LESSON = /^(?:lesson|session|week)\s*1\b/i;

/** Everywhere a plan says where it sits (an objective may name what pupils already know): not its criteria, keywords or resource list. */
const NOT_HERE: readonly SectionKind[] = ['success-criteria', 'keywords', 'misconceptions', 'resources'];

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
    const own = filledSection(plan, 'prior-learning');
    // "Previous learning" as a template's label, with nothing written under it, links nothing.
    const emptyLabel = (entry: PlanItem) =>
      plan.sections.some((section) => section.line === entry.line && section.body.length === 0);
    const evidence =
      own?.body[0] ??
      linesOutside(plan, NOT_HERE).find((entry) => PRIOR_LEARNING.test(entry.text) && !emptyLabel(entry));
    // "Lesson 1 – ..." opens a sequence: there is no earlier lesson to link to, so nothing is asked;
    // a page that names its unit has said where it sits, though not what pupils bring to it.
    if (evidence === undefined && FIRST_LESSON.test(plan.title)) return [];
    // "Notes: Badgers did expanded noun phrases last week": the teacher knows what the class brings, in a note
    // kept beside the lesson. Nothing the lesson does to praise, and nothing to ask for.
    const noted = plan.sections.some(
      (section) =>
        section.teacherNote === true && section.body.some((entry) => PRIOR_LEARNING.test(entry.text)),
    );
    if (evidence === undefined && noted) return [];
    if (
      evidence === undefined &&
      (UNIT_NAMED.test(plan.title) ||
        // "## Lesson 3 of 6: Why did Europe go to war in 1914?": a subtitle under the title says it too.
        plan.sections.some((section) => section.kind === 'other' && UNIT_NAMED.test(section.heading)) ||
        linesOutside(plan, NOT_HERE).some((entry) => UNIT_NAMED.test(entry.text)))
    )
      return [];
    return evidence === undefined
      ? [{ messageId: 'missing', where: placeFor(plan, 'objectives') }]
      : [{ messageId: 'linked', severity: 'strength', ...at(evidence) }];
  },
});
