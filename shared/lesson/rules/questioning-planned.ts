import { defineRule } from '../../rule';
import { at, evidenceIn, isLessonPlan, linesOutside, placeFor, teachingSections } from '../evidence';
import type { LessonPlan, PlanSection } from '../types';

const QUESTIONING =
  /question|\bask(?:s|ing)?(?::| ["“']| (?:pupils|students|children|learners|the (?:class|children|pupils|students|group)|them|each|every|pairs|groups|partners?|who|what|why|how|which|whether|if|where|when|a question)\b)|cold[- ]call|no hands|hands[- ]down|bloom|higher[- ]order|\bprob(?:e|ing)\b|socratic|\bpose\b/i;
/**
 * The teacher asking (above, "ask the class which", 'Ask: "What..."'), not a fact in the content:
 * "peasants could ask for higher wages" is history, not a question for pupils.
 */
/** Pupils asking, or the teacher taking, questions is not questioning the teacher plans. */
const LEARNERS_ASK =
  /\bask (?:any )?questions (?:if|when)\b|\btak(?:e|ing) (?:any )?(?:final |further )?questions\b/i;

const teachingLines = (sections: readonly PlanSection[]) => sections.flatMap((section) => section.body);

const FILE_NAME = /\((?:docx?|pdf|pptx?|xlsx?)\)/i;
/** A question about what results show: "What conclusions can be drawn...?", "What happened to the time taken...?". */
const ABOUT_RESULTS =
  /\bwhat (?:conclusions?|(?:does|do) (?:this|that|it|the results?|the data) (?:tell|show)|happen(?:s|ed) (?:to|when|if))\b/i;
const ASKS_HIGHER =
  /\b(?:why|how (?:do|does|did|would|could|might|can|is|are)|explain|justify|compare|what if|predict|evaluate|which is (?:better|best|more|most)|convince|prove|what would happen|do you agree|how do you know|what is the same|what is different|(?:have|has) in common|differences? between|similarit|the same (?:as|and)|what changed|what do you notice|what do you think|when would you|would you choose|which \w+ would|does (?:this|that|it) (?:damage|challenge|support|undermine|weaken|strengthen|disprove))\b/i;
/** A question that asks pupils to think: a why, a comparison, a judgement, or what the results show. Two patterns, each linear. */
const HIGHER_ORDER = { test: (text: string) => ASKS_HIGHER.test(text) || ABOUT_RESULTS.test(text) };
/**
 * A task that asks pupils to explain, though it ends with a full stop: "Using evidence from the stream
 * table, explain what happened", "Explain in 2 sentences why a byte can't store 300", "Spot the pattern", an exit
 * slip's "The first step I always take is ___ because ___", a vote "+ why", a prediction first.
 */
const ASKS_TO_EXPLAIN =
  /\b(?:explain|justify|compare)(?: in (?:\d|one|two|three) (?:sentences?|words))? (?:why|how|what|whether|the difference)\b|\bspot (?:the|a) pattern\b|\bbecause _{2,}|\+ ?why\b|\b(?:and|say|tell me|explain) why\b|\bgive (?:a |two |three )?reasons?\b|\bpredict(?:s|ion)?\b|\b(?:PEEL|PEE) (?:paragraph|para)s?\b|\bone (?:strength|limitation|weakness)\b|\bAO3 evaluation\b/i;

/** A question put to pupils, or how they are asked: "Ask the class what...", "cold call", "hands down", "Q:". */
const ASKED_OF_PUPILS =
  /\?|cold[- ]call|no hands|hands[- ]down|\bask(?:s|ing)? (?:pupils|students|children|the class|them|who|what|why|how|which|whether)\b|\bprob(?:e|ing)\b|\bQs?:/i;

/** Whether a line has a question mark of its own, not only "??" left where something is still to find ("p.??"). */
function asksSomething(text: string): boolean {
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    if (text[at - 1] !== '?' && text[at + 1] !== '?') return true;
    while (text[at + 1] === '?') at += 1;
  }
  return false;
}

/**
 * A question in the language a languages lesson teaches ("¿De qué color son tus ojos?", "Où habites-tu?"):
 * it practises the language, and rightly asks for recall of it.
 */
const IN_TARGET_LANGUAGE =
  /¿|\b(?:qu['’]est-ce|est-ce que|comment|pourquoi|où|quel(?:le)?s?|combien|wie|warum|welche[rs]?|wann|cómo|qué|dónde|cuál(?:es)?|cuántos?|cuándo|por qué|tienes|tiene)\b/i;
const LANGUAGES = 'Modern foreign languages';

const PHONICS = /\b(?:phonics|letters and sounds|read write inc|RWI|GPCs?|digraphs?|trigraphs?)\b/i;

export const questioningPlanned = defineRule<LessonPlan, 'missing' | 'noHigherOrder' | 'planned' | 'asked'>({
  id: 'lesson/questioning-planned',
  title: 'Questioning planned and sequenced',
  guidance: 'hqtl/questioning-modelling-explaining',
  severity: 'suggestion',
  messages: {
    missing:
      'Which key questions will you ask? Writing two or three into the plan, from an inclusive opener up to a "why" or "how do you know", helps sequence the challenge; the question ladders for each objective can start you off.',
    noHigherOrder:
      'The questions planned so far check recall: could one or two ask pupils to explain, compare or justify ("Why...?", "How do you know...?")?',
    planned: 'The plan includes questioning, with questions that ask pupils to think and explain.',
    asked: 'The plan writes in the questions it will ask pupils.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    // A question in the title or the objectives is the lesson's enquiry, not questioning planned for pupils.
    const teaching = teachingSections(plan);
    // Questioning the plan names comes before a bare question mark, which may be the lesson's own enquiry.
    // Quoted at a question that asks pupils to think when there is one: that is what the praise says.
    const asked =
      teachingLines(teaching).find((entry) => entry.text.includes('?') && HIGHER_ORDER.test(entry.text)) ??
      teachingLines(teaching).find(
        (entry) => QUESTIONING.test(entry.text) && !LEARNERS_ASK.test(entry.text),
      ) ??
      evidenceIn(teaching, /\?/);
    if (asked === undefined) return [{ messageId: 'missing', where: placeFor(plan, 'main', 'starter') }];
    // A question mark in a file name ("Lab - Can I or Can't I? (docx)") is not a question for pupils.
    const written = teaching
      .flatMap((section) => section.body)
      .filter((entry) => asksSomething(entry.text) && !FILE_NAME.test(entry.text));
    // A task to explain counts wherever the lesson sets it: an exit slip under "Assessment" too.
    const explaining = linesOutside(plan, ['title', 'objectives', 'success-criteria', 'keywords']).find(
      (entry) => ASKS_TO_EXPLAIN.test(entry.text),
    );
    const explains = explaining !== undefined;
    // A phonics session's question marks are mostly sentences to read ("Can I play in the hay today?"),
    // and its questions rightly check sounds: asking it for "Why...?" misreads the session.
    const phonics = PHONICS.test(
      [plan.title, ...plan.objectives.map((objective) => objective.text)].join(' '),
    );
    // In a languages lesson, questions in the language are its practice: only the others should climb.
    if (plan.subject === LANGUAGES && written.every((entry) => IN_TARGET_LANGUAGE.test(entry.text)))
      return [];
    if (
      written.length >= 2 &&
      !explains &&
      !phonics &&
      !written.some((entry) => HIGHER_ORDER.test(entry.text))
    ) {
      return [{ messageId: 'noHigherOrder', ...at(written[0]!) }];
    }
    // "Thumbs up if all correct", "cold call for each step": questioning planned, but praised as asking pupils to
    // think and explain only where a question or task does.
    const thinking =
      teachingLines(teaching).find((entry) => entry.text.includes('?') && HIGHER_ORDER.test(entry.text)) ??
      explaining;
    if (thinking !== undefined) return [{ messageId: 'planned', severity: 'strength', ...at(thinking) }];
    // "Three long division questions" are problems to work, not questions asked: no praise for questioning.
    return ASKED_OF_PUPILS.test(asked.text)
      ? [{ messageId: 'asked', severity: 'strength', ...at(asked) }]
      : [];
  },
});
