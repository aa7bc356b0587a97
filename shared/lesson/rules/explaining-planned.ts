import { defineRule } from '../../rule';
import {
  allEvidenceIn,
  at,
  evidenceIn,
  headingIn,
  isLessonPlan,
  placeFor,
  sharesObjectiveWords,
  teachingSections,
} from '../evidence';
import type { LessonPlan, PlanItem, PlanSection } from '../types';
import { modellingIn } from './modelling-planned';

const EXPLAINING =
  /\b(?:explain|explanation|worked examples?|teaching points?|coaching points?|key points?|exposition|teacher input|direct instruction|introduc(?:e|es|ing) (?:the )?(?:new |key |additional )?(?:idea|concept|terms?|words?|vocabulary|rules?|method|topic|structure|pattern)|teach(?:es)? (?:the|pupils|students|children|how)\b|present(?:s|ation)|I do\b|clarif|defin(?:e|es|ition)|think(?:s|ing)? aloud about|talk(?:s|ing)? (?:pupils |students )?through|reveal(?:s|ing)? (?:where|what|how|why|that|the answer)|tell (?:them|pupils|students|children|the class) (?:that|how|why)|tell(?:s|ing)? the story\b|(?:then |now )?the theory\b|board the (?:conditions|rules?|key|definitions?|steps|method|formula)|build (?:the|a) (?:diagram|graph|model) with (?:them|the class))/i;
const CONCRETE =
  /\b(?:analog|examples?\b|diagram|images?\b|pictures?|photo|video|clip|story|stories|concrete|manipulativ|real[- ]life|everyday|demonstrat|demos?\b|side by side|sound buttons|flash ?cards?|picture cards?|visual|objects?\b|artefact|map\b|graph|bar model|balance (?:model|scales?)|using (?:the|a) balance|number line|(?:five|ten|tens) frames?|cubes|counters|numicon|dienes|base ten|bead strings?|rekenrek|puppets?|timeline|metaphor|like a\b|adverts?\b|posters?\b|exemplars?\b|wagoll|model (?:texts?|answers?|paragraphs?)\b|modelled (?:writing|example))/i;

const EXPLAINING_CONTENT =
  /\b(?:explains?|explaining) (?:that|how|why|what)\b|\bteacher explains\b|\bdefine\b/i;

/** A question pupils answer ("Is it true or false? Explain how you know."): their explaining, not the teacher's. */
const PUPILS_EXPLAIN =
  /\bexplain (?:how you know|your (?:answer|reasoning|thinking|choices?)|why you|in (?:your own words|two sentences))/i;
const teacherExplains = (entry: PlanItem) => !PUPILS_EXPLAIN.test(entry.text);

/** A part of the lesson that is the explanation by its name: "Teach", "9:05 Teach", "Adult-led input", "I do". */
const EXPLAINING_PART =
  /^(?:\d{1,2}[.)]\s|\d{1,2}[:.]\d{2} )?(?:teach\b|teaching\b|teacher[- ]led|adult[- ]led|(?:teacher |direct |adult[- ]led )?input\b|explanation|exposition|(?:direct )?instruction|presentation|I do\b|new learning)/i;

/** An explaining verb that goes on to say what is explained. */
const EXPLAINS_WHAT = /\b(?:explain(?:s|ing)?|introduc(?:e|es|ing))\b/i;

export const explainingPlanned = defineRule<LessonPlan, 'missing' | 'noConcrete' | 'planned'>({
  id: 'lesson/explaining-planned',
  title: 'Explaining planned, with concrete examples',
  guidance: 'hqtl/questioning-modelling-explaining',
  severity: 'suggestion',
  messages: {
    missing:
      'Where will you explain the new idea? Planning the explanation (the key points, in order, and an example) helps pupils grasp concepts that are outside their own experience.',
    noConcrete:
      'Could the explanation use an example, image, analogy or diagram? Explaining is most powerful when an abstract idea is tied to something pupils can picture.',
    planned: 'The plan sets out the explanation with something concrete to anchor it.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    // The explanation belongs to the teaching: "Explain how..." in the outcomes is what pupils will do,
    // and "input()" in the prior learning is not an explanation.
    const teaching = teachingSections(plan);
    // "Explain that a computer works by..." is the explanation; "Explain to the robots that..." is an instruction.
    // A part headed as the explanation ("I DO", "Teach") is where it is, before a pupils' task that says
    // "Explain why Iceland has volcanoes" further on.
    const parts = teaching.filter((section) => EXPLAINING_PART.test(section.heading));
    const inParts =
      allEvidenceIn(parts, EXPLAINING_CONTENT).find(teacherExplains) ??
      allEvidenceIn(parts, EXPLAINING).find(teacherExplains) ??
      headingIn(teaching, EXPLAINING_PART);
    let explanation =
      inParts ??
      allEvidenceIn(teaching, EXPLAINING_CONTENT).find(teacherExplains) ??
      allEvidenceIn(teaching, EXPLAINING).find(teacherExplains);
    // Modelling the skill ("model the day's question stem on the board") is the teacher showing how:
    // "where will you explain?" is not asked of it.
    if (explanation === undefined)
      return modellingIn(teaching) === undefined
        ? [{ messageId: 'missing', where: placeFor(plan, 'main') }]
        : [];
    // An explaining line that says what it explains ("Explain to students that the Sense HAT...",
    // "Introduce the course") must be about the lesson's idea, sharing an objective's words; a line
    // that only names the method ("teacher input using an analogy") or a part headed as the
    // explanation stands as it is.
    if (plan.objectives.length > 0 && inParts === undefined) {
      const onTopic = [
        ...allEvidenceIn(teaching, EXPLAINING_CONTENT),
        ...allEvidenceIn(teaching, EXPLAINING),
      ].find(
        (entry) =>
          teacherExplains(entry) &&
          sharesObjectiveWords(plan, entry.text) &&
          !KIT.test(explainedHead(entry.text)),
      );
      const saysWhat =
        explanation.line !== headingIn(teaching, EXPLAINING_PART)?.line &&
        EXPLAINS_WHAT.test(explanation.text);
      if (onTopic === undefined && saysWhat) return [];
      if (onTopic !== undefined) explanation = onTopic;
    }
    // The anchor belongs to the explanation: an example, image or video beside it, not a "map of
    // learners" or a demonstration of the software elsewhere in the plan.
    const near = concreteNear(teaching, explanation);
    if (near !== undefined) return [{ messageId: 'planned', severity: 'strength', ...at(near) }];
    return evidenceIn(teaching, CONCRETE) === undefined
      ? [{ messageId: 'noConcrete', ...at(explanation) }]
      : [];
  },
});

/** A worked example written as its sum: "model 2x + 5 = 17", "show 47 + 35 = 82 on the board". */
const WORKED_SUM = /\d ?= ?\d/;
const isConcrete = (text: string) => CONCRETE.test(text) || WORKED_SUM.test(text);

/** Lines before and after an explanation where its example or image is planned. */
const BEFORE = 2;
const AFTER = 4;

/** The line beside the explanation that anchors it (its example, image or demo), quoted as the evidence. */
function concreteNear(teaching: readonly PlanSection[], explanation: PlanItem): PlanItem | undefined {
  const section = teaching.find(
    (candidate) => candidate.line <= explanation.line && explanation.line <= candidate.endLine,
  );
  const lines = section?.body ?? [explanation];
  // The explanation's own line first, where it holds its example.
  if (isConcrete(explanation.text) && lines.some((entry) => entry.line === explanation.line))
    return explanation;
  return lines.find(
    (entry) =>
      entry.line >= explanation.line - BEFORE &&
      entry.line <= explanation.line + AFTER &&
      isConcrete(entry.text),
  );
}

/** Words that say who is told, before what is explained: "to students that", "the idea that". */
const TOLD =
  /^(?:to (?:the )?(?:students|pupils|children|class|learners|group|them)\s)?(?:(?:the )?(?:idea|concept|fact) (?:that|of)\s|that\s|how\s|why\s|what\s)?/i;
/** How many words after the verb name what is explained. */
const HEAD_WORDS = 5;

/**
 * The lesson's furniture rather than its idea: a line that explains the equipment, the software or
 * the course ("Explain to students that the Sense HAT contains sensors", "Introduce SSIW Course")
 * briefs the class; it does not explain what the objective is about.
 */
const KIT =
  /\b(?:sense hat|raspberry pi|sensors?|software|apps?|website|log ?in|passwords?|equipment|kit|apparatus|data ?loggers?|terminal|course|session|programme|resources?|worksheets?|booklets?|slides?|homework|forum|moodle|laptops?|ipads?|tablets?|buttons?|stopwatch|timetable|rules? of the room)\b/i;

/**
 * What an explaining line explains: the words straight after its verb, past who is told ("Explain
 * to students that the Sense HAT contains sensors" explains the Sense HAT, not the reaction it
 * later measures).
 */
function explainedHead(text: string): string {
  const verb = EXPLAINS_HEAD.exec(text);
  if (verb === null) return text.slice(0, 120);
  const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 200).trimStart();
  const rest = after.slice(TOLD.exec(after)?.[0].length ?? 0);
  return rest.split(' ').slice(0, HEAD_WORDS).join(' ');
}

const EXPLAINS_HEAD =
  /\b(?:explain(?:s|ing)?|introduc(?:e|es|ing)|defin(?:e|es|ing)|teach(?:es)?|present(?:s)?|clarif(?:y|ies))\b/i;
