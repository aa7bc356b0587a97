import { defineRule } from '../../rule';
import { isEarlyYears, isInterventionPlan, lessonEpisodes, sectionsOf, textOf } from '../evidence';
import { contentWords, objectiveTerms, stem } from '../terms';
import type { LessonPlan, PlanSection } from '../types';

/** A starter that shares today's learning in so many words. */
const POINTS_TO_LEARNING =
  /objective|\bLOs?\b|learning intention|success criteria|big question|today we|today's|\b(?:we|you)(?:'ll|’ll| will)? (?:need|use|learn) (?:it |this |that )?today\b/i;
/**
 * A starter that recalls earlier learning: it may set up today's objective or not ("review the last
 * lesson" could be any lesson), so it is neither praised nor questioned unless its words say which.
 */
const RECALLS = /recap|retriev|prior|last lesson|previous|\bquiz\b|review|flashback/i;

/** Words too common in plans to tie a starter to an objective: "ask", "questions", "lesson". */
const WEAK_LINKS = new Set(
  'ask asks asked make made know learn able work lesson lessons question questions think class students pupils children things today'.split(
    ' ',
  ),
);

/** A starter whose content is a resource shown, not written in the plan. */
const ELSEWHERE =
  /\b(?:project|display|show|hand out|put up)\b[^.]{0,40}\b(?:do now|slide|sheet|worksheet|starter|ppt|powerpoint)\b/i;

/** A song or rhyme, by name or by a counting song's title: "Five Little Speckled Frogs". */
const SONG_OR_RHYME =
  /\b(?:songs?|sing(?:s|ing)?|rhymes?|chants?|fingerplays?|finger rhymes?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:little|green bottles|currant buns|fat sausages|cheeky monkeys)\b/i;
const CARPET_INPUT = /\b(?:carpet|input|whole[- ]class|circle time)\b/i;

/**
 * The parts that open the lesson: its starters, or in an early-years plan a carpet input that
 * opens with a song or rhyme, which is that lesson's start.
 */
function openingsOf(plan: LessonPlan): PlanSection[] {
  const starters = sectionsOf(plan, 'starter');
  const first = lessonEpisodes(plan)[0];
  if (starters.length > 0 || first === undefined) return starters;
  // A grid's first row that opens the session ("10 / Introduce session and identify existing knowledge").
  const firstWords = `${first.heading} ${first.body[0]?.text ?? ''}`.slice(0, 120);
  if (first.kind !== 'plenary' && OPENS_THE_LESSON.test(firstWords)) return [first];
  if (!CARPET_INPUT.test(first.heading)) return starters;
  // The song opens the input when its first clause names it, not when one comes later.
  const opening = (first.body[0]?.text ?? '').split(/[.,;:!?]/)[0]!;
  return SONG_OR_RHYME.test(opening) ? [first] : [];
}

/** A starter that rehearses number facts: "number bonds to 10 & 20 ping pong", "times tables". */
const FLUENCY =
  /\b(?:number bonds?|times tables?|(?:multiplication|division|div) facts|fluency|mental (?:maths|arithmetic)|count(?:ing)? in \d{1,3}s)\b|\d ?[÷×] ?\d/i;
/** An objective about calculating: "To add two 2-digit numbers", "calculate the area", "solve equations". */
const CALCULATES =
  /\b(?:add|subtract|multiply|divide|calculate|addition|subtraction|multiplication|division|solve|solving|equations?|simplify|expand|factorise|substitute|fractions? of (?:an? )?(?:amounts?|numbers?|quantit)|percentages? of)\b/i;
/** A starter that works sums or equations of its own: "mini whiteboards: 3x = 12, x + 7 = 10". */
const WORKS_SUMS = /[\p{L}\d] ?= ?\d/u;
/** A starter that manipulates expressions of its own: "simplify 3a + 2a – a", "expand 2(x + 3)". */
const MANIPULATES = /\b(?:simplify|expand|factorise|substitute)\b[^.\n]{0,20}\d/i;

/** Words that say a part opens the lesson, whatever its heading. */
const OPENS_THE_LESSON =
  /\b(?:introduce (?:the )?(?:session|lesson|topic)|recap|retrieval|flashback|warm[- ]?up|hook|do now|bell ?work|identify (?:existing|prior) knowledge|as (?:pupils|students|children) (?:come|arrive))\b/i;

export const starterLinkedToObjectives = defineRule<LessonPlan, 'noStarter' | 'unlinked' | 'linked'>({
  id: 'lesson/starter-linked-to-objectives',
  title: 'A stimulating start that relates to the objectives',
  guidance: 'hqtl/coherence',
  severity: 'suggestion',
  messages: {
    noStarter:
      'How will the lesson open? A short starter that relates to the objectives (a question, an image, a quick retrieval task) gets everyone thinking from the first minute.',
    unlinked:
      "The starter does not yet seem to touch the objective's key ideas ({terms}): could it open a question the lesson goes on to answer, or recall what pupils need today?",
    linked: 'The starter connects to the lesson objectives.',
  },
  check(plan) {
    // An intervention session opens with its own introduce and remember stages.
    if (isInterventionPlan(plan)) return [];
    const starters = openingsOf(plan);
    const starter = starters[0];
    if (starter === undefined) {
      const episodes = lessonEpisodes(plan);
      // An early-years session opens with its adult-led focus, not a starter: "how will the lesson open?" misreads it.
      return episodes.length >= 2 && !isEarlyYears(plan)
        ? [{ messageId: 'noStarter', where: { kind: 'plan', line: episodes[0]!.line } }]
        : [];
    }
    // An empty starter heading is pointed out by lesson/empty-sections.
    if (plan.objectives.length === 0 || starters.every((section) => section.body.length === 0)) return [];
    const starterText = textOf(starters);
    const starterStems = new Set(contentWords(starterText).map(stem));
    const objectiveTermsList = plan.objectives.flatMap((objective) => objectiveTerms(objective.text).terms);
    // Cheapest evidence first: a long plan usually links on its objectives' own words.
    const sources: { words: () => string[]; needs: number }[] = [
      { words: () => objectiveTermsList, needs: 1 },
      {
        words: () => plan.successCriteria.flatMap((criterion) => objectiveTerms(criterion.text).terms),
        needs: 1,
      },
      { words: () => plan.keywords.flatMap(contentWords), needs: 1 },
      // Recalling the prior learning the lesson builds on also ties the start to today's objective, where
      // two of its words say so: one is as likely a word every plan uses ("groups", "review").
      { words: () => contentWords(textOf(sectionsOf(plan, 'prior-learning'))), needs: 2 },
    ];
    const shared = (words: string[]) =>
      new Set(
        words
          .filter((word) => word.length >= 4 && !WEAK_LINKS.has(word.toLowerCase()))
          .map(stem)
          .filter((word) => starterStems.has(word)),
      );
    const linking = sources.find(({ words, needs }) => shared(words()).size >= needs)?.words;
    // Number bonds or tables before a lesson on calculating practise the facts the calculation needs.
    const fluency =
      (FLUENCY.test(starterText) || WORKS_SUMS.test(starterText) || MANIPULATES.test(starterText)) &&
      plan.objectives.some((objective) => CALCULATES.test(objective.text));
    if (POINTS_TO_LEARNING.test(starterText) || linking !== undefined || fluency) {
      // The evidence is the starter's line that makes the link, not its first line.
      const stems = new Set((linking?.() ?? []).map(stem));
      const evidence = starters
        .flatMap((section) => section.body)
        .find(
          (item) =>
            POINTS_TO_LEARNING.test(item.text) ||
            contentWords(item.text).some((word) => stems.has(stem(word))),
        );
      return [
        {
          messageId: 'linked',
          severity: 'strength',
          where: { kind: 'plan', line: evidence?.line ?? starter.line },
        },
      ];
    }
    // "Project the Do Now on the board": what it asks is on a slide the plan does not hold. A starter that
    // asks pupils a question ("What do these two pictures have in common?", "how would we say 'I played'?")
    // may well open the objective in other words: it is not told it does not.
    if (
      RECALLS.test(starterText) ||
      starterText.includes('?') ||
      (starterText.length < 200 && ELSEWHERE.test(starterText))
    )
      return [];
    return [
      {
        messageId: 'unlinked',
        data: {
          terms: [...new Set(objectiveTermsList.map((term) => term.toLowerCase()))].slice(0, 3).join(', '),
        },
        where: { kind: 'plan', line: starter.line },
      },
    ];
  },
});
