import { capitalise, notAnObjective, trimEnd } from './content';
import { isInterventionPlan } from './evidence';
import { overlap, partsOf, quoteOf, stemsOf, toTutee, written } from './questions';
import type { HingeQuestion, LessonPlan, PlanContent, PlanMisconception, WhatToAdd } from './types';

/**
 * The questions that check understanding during and at the end of a lesson: talk prompts,
 * hinge questions built from the plan's misconceptions, and plenary questions built from its
 * objectives. Like the ladders, each comes from the plan's own content.
 */

/** Prompts that ask pupils to justify and build on each other's answers ("talking to learn"), with the plan's own terms. */
export function talkPrompts(plan: LessonPlan, content: PlanContent): string[] {
  const text = plan.lines.join('\n');
  // One-to-one: the pupil talks to the tutor, so the prompts ask them to explain, not to build on a partner.
  if (plan.kind === 'tuition' || isInterventionPlan(plan))
    return [
      'Justify your answer: why do you think that?',
      'How do you know? What is your evidence?',
      'Can you explain that again in a different way?',
    ];
  const prompts = [
    'Justify your answer: why do you think that?',
    'Can you add to that?',
    'Do you agree or disagree with what your partner said? Why?',
    'How do you know? What is your evidence?',
  ];
  for (const term of content.terms.filter((entry) => entry.definition !== undefined).slice(0, 2))
    prompts.push(
      `Explain "${written(term.term, text)}" to your partner without saying the word: can they tell which word it is?`,
    );
  const misconception = content.misconceptions.find((entry) => entry.claim !== undefined);
  if (misconception !== undefined)
    prompts.push(
      `Your partner says: "${trimEnd(misconception.claim!)}." Convince them otherwise, with an example.`,
    );
  const discuss = content.questions.find(
    (question) =>
      (question.level === 'analyse' || question.level === 'evaluate') && question.text.endsWith('?'),
  );
  if (discuss !== undefined)
    prompts.push(`Talk in pairs before anyone answers: "${discuss.text}" Each pair gives a reason.`);
  return prompts;
}

/** A lesson taught to a class, where hinge questions and guided groups belong (not a scheme page or a one-to-one session). */
export function isClassLesson(plan: LessonPlan): boolean {
  if (plan.kind !== undefined && plan.kind !== 'lesson') return false;
  return (
    !isInterventionPlan(plan) &&
    plan.objectives.some((objective) => notAnObjective(objective.text) === undefined)
  );
}

/** Which of the plan's terms a statement is about, to ask "Which of these is true about word blending?". */
function aboutWhat(entry: PlanMisconception, content: PlanContent, text: string): string {
  if (entry.confused !== undefined) return ` about ${entry.confused[0]} and ${entry.confused[1]}`;
  const claim = (entry.claim ?? '').toLowerCase();
  const term = content.terms.find((candidate) =>
    claim.includes(candidate.term.toLowerCase().replace(/s$/, '')),
  );
  return term === undefined ? '' : ` about ${written(term.term, text)}`;
}

const HINGE_ASK =
  'Ask everyone at once (mini-whiteboards or ABCD cards) before moving on; anyone choosing A holds the misconception.';

/**
 * A hinge question for each misconception the plan names: the misconception is the wrong
 * answer and the plan's own correction the right one, never the other way round. Where the plan
 * names a misconception without its correction, or a mistake without what pupils believe, it is
 * told what to add instead.
 */
export function hingeQuestions(
  plan: LessonPlan,
  content: PlanContent,
): { hinges: HingeQuestion[]; toAdd: WhatToAdd[] } {
  const text = plan.lines.join('\n');
  const hinges: HingeQuestion[] = [];
  const toAdd: WhatToAdd[] = [];
  for (const entry of content.misconceptions.slice(0, 5)) {
    const quoted = trimEnd(entry.text);
    if (entry.claim === undefined) {
      toAdd.push({
        for: 'hinge',
        line: entry.line,
        message: `The plan warns of a mistake ("${quoted}") but not what pupils believe; write the wrong idea and the correct one, and a hinge question can offer both.`,
      });
      continue;
    }
    if (entry.correction === undefined) {
      toAdd.push({
        for: 'hinge',
        line: entry.line,
        message: `The plan names a misconception ("${trimEnd(entry.claim)}") but not how to correct it; add the correct idea in pupils' words, and a hinge question can offer it beside the misconception.`,
      });
      continue;
    }
    hinges.push({
      misconception: entry.text,
      line: entry.line,
      question: `Which of these is true${aboutWhat(entry, content, text)}? ${HINGE_ASK}`,
      options: [
        { answer: `${trimEnd(entry.claim)}.`, correct: false, reveals: 'holds the misconception' },
        { answer: `${capitalise(trimEnd(entry.correction.text))}.`, correct: true },
      ],
    });
  }
  if (content.misconceptions.length === 0 && isClassLesson(plan))
    toAdd.push({
      for: 'hinge',
      message:
        'The plan names no misconception; add one pupils often bring to this topic and how you will correct it, and a hinge question can check for it before pupils move on.',
    });
  return { hinges, toAdd };
}

/** Plenary questions that review each objective's content and name next steps. */
export function plenaryQuestions(
  plan: LessonPlan,
  content: PlanContent,
): { questions: string[]; toAdd: WhatToAdd[] } {
  // A scheme of work spans several lessons: how one lesson ends is each lesson's plan, not the scheme's.
  if (plan.kind === 'scheme' || plan.kind === 'not-a-plan') return { questions: [], toAdd: [] };
  const text = plan.lines.join('\n');
  const objectives = plan.objectives.filter((objective) => notAnObjective(objective.text) === undefined);
  const questions: string[] = [];
  const usedTerms = new Set<string>();
  for (const objective of objectives.slice(0, 3)) {
    const parts = partsOf(objective.text);
    const stems = stemsOf(parts.statement);
    const single = objectives.length === 1;
    // Each term is asked for once in the plenary, not under every objective that shares a word with it.
    const words = content.terms
      .filter(
        (term) =>
          !usedTerms.has(term.term) &&
          (overlap(stems, term.term) > 0 || (single && term.definition !== undefined)),
      )
      .slice(0, 2)
      .map((term) => {
        usedTerms.add(term.term);
        return `"${written(term.term, text)}"`;
      });
    const using =
      words.length === 0 ? '' : ` Use the word${words.length > 1 ? 's' : ''} ${words.join(' and ')}.`;
    questions.push(
      parts.that !== undefined
        ? `Explain to your partner why ${parts.that}, with an example from today.${using}`
        : parts.doing !== undefined && parts.kind === 'explain'
          ? `${capitalise(parts.doing)} to your partner in two or three sentences.${using}`
          : parts.doing !== undefined && parts.kind === 'make'
            ? `Share what you made: which part best shows you can ${parts.doing}?${using}`
            : parts.doing !== undefined && parts.recalling
              ? `Without your notes: can you ${parts.doing}? Write it on your whiteboard, then check with your partner.${using}`
              : parts.doing !== undefined
                ? `Show me you can ${parts.doing}: one example on your whiteboard, then explain each step to your partner.${using}`
                : `What have you learned today about ${parts.topic ?? `"${parts.statement}"`}? Tell your partner two things.${using}`,
    );
  }
  if (objectives.length === 0) {
    for (const point of content.keyPoints.slice(0, 3))
      questions.push(`In your own words, what does this mean: "${quoteOf(point.text)}"? Give an example.`);
  }
  const misconception = content.misconceptions.find((entry) => entry.claim !== undefined);
  if (misconception !== undefined && questions.length > 0)
    questions.push(`Someone says: "${trimEnd(misconception.claim!)}." What would you tell them?`);
  const toAdd: WhatToAdd[] = [];
  // A scheme page, a worksheet or a note has no plenary of its own to plan.
  if (questions.length === 0 && plan.kind !== undefined && plan.kind !== 'lesson' && plan.kind !== 'tuition')
    return { questions, toAdd };
  if (questions.length === 0) {
    toAdd.push({
      for: 'plenary',
      message:
        'Plenary questions are built from the objectives; add what pupils should know or be able to do by the end of the lesson, and the plenary can review it.',
    });
    return { questions, toAdd };
  }
  if (objectives.length > 1)
    questions.push(
      'Which objective do you feel most and least sure of? Show 1 to 5 fingers for each, then tell your partner why.',
    );
  questions.push('What is your next step, and what will help you take it?');
  const oneToOne = plan.kind === 'tuition' || isInterventionPlan(plan);
  return { questions: oneToOne ? questions.map(toTutee) : questions, toAdd };
}
