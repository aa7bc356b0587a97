import { objectiveTerms } from './terms';
import type { HingeQuestion, LessonPlan, QuestionLadder } from './types';

/**
 * Question generators. The ladder follows the order the guidance gives: "start with inclusive
 * questions which establish a common understanding in the class, then ramp up the level of
 * challenge". Every question is built from the objective's own verb and key terms, so it is
 * about this lesson; the same objective always gives the same questions.
 */

const longest = (words: string[]) =>
  words.reduce<string | undefined>(
    (best, word) => (best === undefined || word.length > best.length ? word : best),
    undefined,
  );

/**
 * The term a question should centre on: a plan keyword the objective uses, else its longest
 * common word (the most specific, and not a name), else its longest word.
 */
export function keyTerm(terms: string[], focus: string, keywords: readonly string[]): string {
  const lowerFocus = focus.toLowerCase();
  const keyword = keywords.find((word) => word.length > 2 && lowerFocus.includes(word.toLowerCase()));
  if (keyword !== undefined) return keyword;
  const word = longest(terms.filter((term) => /^[a-z]/.test(term))) ?? longest(terms);
  if (word === undefined) return focus;
  // "split digraph", "unit fractions": a word that qualifies the key term belongs with it.
  const qualifier = new RegExp(`\\b([a-z][a-z-]+) ${word}\\b`).exec(focus)?.[1];
  return qualifier !== undefined && terms.includes(qualifier) ? `${qualifier} ${word}` : word;
}

export function questionLadder(objective: string, keywords: readonly string[] = []): QuestionLadder {
  const { statement, verb, focus, terms } = objectiveTerms(objective);
  const key = keyTerm(terms, focus, keywords);
  const lowerKey = key.toLowerCase();
  const lowerFocus = focus.toLowerCase();
  const candidates = terms
    .map((term) => term.toLowerCase())
    .filter((term) => term !== lowerKey && !lowerKey.includes(term));
  // A word after "the", "a" or "of" is usually a thing, which makes a better partner for the key term than a verb.
  const things = [
    ...lowerFocus.matchAll(
      /\b(?:the|a|an|of|their|his|her|its|each|every|this|these|those)\s+([a-z][a-z'-]*[a-z])/g,
    ),
  ]
    .map((match) => match[1]!)
    .filter((word) => candidates.includes(word));
  const other =
    keywords.find(
      (word) => word.toLowerCase() !== lowerKey && word.length > 2 && lowerFocus.includes(word.toLowerCase()),
    ) ??
    things[things.length - 1] ??
    longest(candidates);
  const task = verb === undefined ? `show ${focus}` : `${verb} ${focus}`;
  return {
    objective: statement === '' ? objective.trim() : statement,
    ladder: [
      {
        level: 'inclusive',
        question: `What do you already know about ${focus}? Tell your partner one thing.`,
      },
      {
        level: 'understand',
        question: `What does "${key}" mean? Can you put it in your own words and give an example?`,
      },
      {
        level: 'apply',
        question: `How could you use what you know about ${key} on an example you have not seen before? Talk me through your first step.`,
      },
      {
        level: 'analyse',
        question:
          other === undefined
            ? `Which part of ${focus} matters most, and why?`
            : `How are ${key} and ${other} connected? What would change if one of them were different?`,
      },
      {
        level: 'evaluate',
        question: `How well does this answer ${task}? What would make it better, and how do you know?`,
      },
      {
        level: 'create',
        question: `Can you write your own question about ${key} that would show whether someone really understands it?`,
      },
    ],
  };
}

/** Prompts that ask pupils to justify and build on each other's answers ("talking to learn"). */
export function talkPrompts(plan: LessonPlan): string[] {
  const prompts = [
    'Justify your answer: why do you think that?',
    'Can you add to that?',
    'Do you agree or disagree with what your partner said? Why?',
    'How do you know? What is your evidence?',
    'Can you say that again in a different way, so someone else would understand?',
  ];
  for (const word of plan.keywords.slice(0, 2))
    prompts.push(`Explain your answer to your partner using the word "${word}".`);
  return prompts;
}

const MISCONCEPTION_FRAME =
  /^(?:(?:some |many |most )?(?:pupils|students|children|learners|they)\s+(?:may|might|often|can|will|sometimes|commonly|tend to|could)?\s*(?:think|believe|assume|say|expect|forget|treat)?\s*(?:that\s+)?)/i;
const CONFUSION = /^(?:confus(?:e|es|ing)|mix(?:es|ing)? up)\s+(.+?)\s+(?:and|with)\s+(.+)$/i;

/** What pupils wrongly believe, in their words: "Pupils often think that X." → "X"; confusing A with B → both. */
export function misconceptionClaim(misconception: string): { claim: string; confused?: [string, string] } {
  const framed = misconception
    .replace(MISCONCEPTION_FRAME, '')
    .replace(/[.;!]+$/, '')
    .trim();
  const confusion = CONFUSION.exec(framed);
  if (confusion !== null) {
    return {
      claim: `${confusion[1]} and ${confusion[2]} are the same thing`,
      confused: [confusion[1]!, confusion[2]!],
    };
  }
  return { claim: framed === '' ? misconception.trim() : framed };
}

/** A hinge-question scaffold for each misconception the plan names: one wrong option is the misconception itself. */
export function hingeQuestions(plan: LessonPlan): HingeQuestion[] {
  return plan.misconceptions.slice(0, 5).map((misconception) => ({
    misconception: misconception.text,
    question:
      'Which of these is correct? (Ask everyone at once, e.g. on mini-whiteboards or ABCD cards, before moving on.)',
    options: [
      {
        answer: misconceptionClaim(misconception.text).claim,
        correct: false,
        reveals: 'holds the misconception',
      },
      { answer: "The accurate statement, in pupils' words (write it here)", correct: true },
      {
        answer: 'A partly right answer (write one)',
        correct: false,
        reveals: 'partial understanding: needs the missing step',
      },
      {
        answer: 'A plausible slip (write one)',
        correct: false,
        reveals: 'a careless error rather than a misconception',
      },
    ],
  }));
}

/** Plenary questions that review the lesson's objectives and success criteria and name next steps. */
export function plenaryQuestions(plan: LessonPlan): string[] {
  const questions = plan.objectives.slice(0, 3).map((objective) => {
    const { statement, verb, focus } = objectiveTerms(objective.text);
    const confidence =
      verb === undefined
        ? `How confident do you feel about ${statement}?`
        : `How confident are you that you can ${verb} ${focus}?`;
    return `${confidence} Show 1 to 5 fingers, then tell your partner why.`;
  });
  for (const criterion of plan.successCriteria.slice(0, 2)) {
    questions.push(`Which part of your work shows "${criterion.text}"? Point to it.`);
  }
  questions.push('What can you do now that you could not do at the start of the lesson?');
  if (plan.keywords[0] !== undefined)
    questions.push(`Use "${plan.keywords[0]}" in one sentence that sums up today's learning.`);
  questions.push('What is your next step, and what will help you take it?');
  return questions;
}
