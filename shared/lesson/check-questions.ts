import {
  capitalise,
  notAnObjective,
  ONE_GROUP,
  planContent,
  saidAloud,
  sentencesOf,
  trimEnd,
} from './content';
import { firstSentence, isInterventionPlan, joinedText, perPlan } from './evidence';
import { plansOwnHinges } from './plan-hinge';
import { joinList, overlap, partsOf, quoteOf, stemsOf, toTutee, written } from './questions';
import { planOfSession } from './read/split';
import { wordCount } from './read/text';
import { lowerInitial } from './terms';
import type {
  HingeQuestion,
  LessonPlan,
  PlanContent,
  PlanMisconception,
  PlanSession,
  WhatToAdd,
} from './types';
import {
  answerOf,
  columnSlip,
  fractionAnswer,
  fractionOfAmount,
  fractionSlips,
  fractionSum,
  fractionSumAnswer,
  fractionSumSlips,
  sameFraction,
  writtenSum,
} from './written-sums';

/**
 * The questions that check understanding during and at the end of a lesson: talk prompts,
 * hinge questions built from the plan's misconceptions, and plenary questions built from its
 * objectives. Like the ladders, each comes from the plan's own content.
 */

/**
 * "Explain how British policies... led to colonial resistance" → "Explain to your partner, in two or three
 * sentences, how British policies...": the partner and the length said with the verb, not after a long objective.
 */
function toPartner(doing: string): string {
  const space = doing.indexOf(' ');
  // "Describe how plants make food to your partner" reads well: only a long objective is reordered.
  if (space === -1 || wordCount(doing) <= 8)
    return `${capitalise(doing)} to your partner in two or three sentences.`;
  const rest = trimEnd(doing.slice(space + 1));
  return `${capitalise(doing.slice(0, space))} to your partner, in two or three sentences, ${rest}.`;
}

/**
 * A focus written as a topic ('Word choice + "in your own words" questions. Link language to meaning'): its
 * first sentence, in quotes only where it has none of its own.
 */
function asTopic(statement: string): string {
  const first = trimEnd(sentencesOf(statement)[0] ?? statement);
  return first.includes('"') ? first.charAt(0).toLowerCase() + first.slice(1) : `"${first}"`;
}

/** Prompts that ask pupils to justify and build on each other's answers ("talking to learn"), with the plan's own terms. */
export function talkPrompts(plan: LessonPlan, content: PlanContent): string[] {
  // A document that is not a lesson (a worksheet, a novel's chapter, a note) has no lesson talk to prompt.
  if (plan.kind === 'not-a-plan' || plan.kind === 'pupil-facing') return [];
  // A brief plan's notes (plan.activities) are told first what the planning flow expects; talk follows its shape.
  if (plan.activities !== undefined) return [];
  const text = joinedText(plan);
  // A scheme's lessons are planned elsewhere: only prompts its own content grounds, never the generic four.
  if (plan.kind === 'scheme') return groundedPrompts(content, text);
  // One-to-one: the pupil talks to the tutor, so the prompts ask them to explain, not to build on a partner.
  if (plan.kind === 'tuition' || isInterventionPlan(plan))
    return [
      'Justify your answer: why do you think that?',
      'How do you know? What is your evidence?',
      'Can you explain that again in a different way?',
    ];
  // Five- to seven-year-olds are asked how they know, in their words, not for evidence to justify.
  const prompts = youngPupils(plan)
    ? [
        'Why do you think that?',
        'Can you add to that?',
        'Do you agree with your partner? Why?',
        'How do you know? Can you show me?',
      ]
    : [
        'Justify your answer: why do you think that?',
        'Can you add to that?',
        'Do you agree or disagree with what your partner said? Why?',
        'How do you know? What is your evidence?',
      ];
  return [...prompts, ...groundedPrompts(content, text)];
}

/** Talk prompts built on the plan's own terms, misconception and discussion question. */
function groundedPrompts(content: PlanContent, text: string): string[] {
  const prompts: string[] = [];
  for (const term of content.terms.filter((entry) => entry.definition !== undefined).slice(0, 2))
    prompts.push(
      `Explain "${written(term.term, text)}" to your partner without saying the word: can they tell which word it is?`,
    );
  // A mistake pupils make ("Children saying 'chuh'") is no claim for someone to say.
  const misconception = content.misconceptions.find(
    (entry) => entry.claim !== undefined && entry.conduct !== true,
  );
  if (misconception !== undefined)
    prompts.push(
      `Your partner says: "${saidAloud(misconception.claim!)}." Convince them otherwise, with an example.`,
    );
  const discuss = content.questions.find(
    (question) =>
      (question.level === 'analyse' || question.level === 'evaluate') && question.text.endsWith('?'),
  );
  if (discuss !== undefined)
    prompts.push(`Talk in pairs before anyone answers: "${discuss.text}" Each pair gives a reason.`);
  return prompts;
}

/** A curriculum reference's label: "NC Y4:", "National Curriculum:", "KS2 PoS:", "NGSS MS-ESS2-1:". */
const CURRICULUM_LABEL =
  /^(?:nc|national curriculum|programme of study|pos|ks\d|key stage \d|ccss|ngss|teks|standards?|curriculum)\b/i;

/**
 * "(NC Y4: "recognise and show...")" → "recognise and show...": the curriculum's words an objective
 * cites, not a topic; undefined where the objective is not a reference.
 */
export function curriculumWords(objective: string): string | undefined {
  let text = objective.trim();
  const bracketed = text.startsWith('(') && text.endsWith(')');
  if (bracketed) text = text.slice(1, -1).trim();
  const colon = text.indexOf(':');
  const labelled = colon > 0 && colon <= 30 && CURRICULUM_LABEL.test(text.slice(0, colon));
  if (!labelled && !bracketed) return undefined;
  if (labelled) text = text.slice(colon + 1).trim();
  const quoted = /^["“]/.test(text) && /["”]$/.test(text);
  if (quoted) return text.slice(1, -1).trim();
  // "(KS2 reading content domain 2d – inference)" names where it sits in the curriculum, not what pupils learn.
  return !labelled && CURRICULUM_LABEL.test(text) ? '' : text;
}

/** "make inferences", "make predictions": thinking pupils do, not a thing they make to share. */
const THINKING_MADE =
  /^(?:make|draw) (?:inferences?|predictions?|connections?|links?|comparisons?|judgements?|deductions?|conclusions?)\b/i;

/** "make inferences about... and justify them with evidence": the question asks for the evidence itself. */
function beforeJustifying(doing: string): string {
  const lower = doing.toLowerCase();
  const at = [' and justify', ' and support', ' and back']
    .map((joint) => lower.indexOf(joint))
    .find((i) => i > 0);
  return at === undefined ? doing : doing.slice(0, at);
}

const PUPILS_WILL =
  /^(?:(?:the )?(?:students|pupils|children|learners) (?:will|can|should|are able to)(?: be able to)?:? )(?=\p{L})/iu;

/**
 * The objectives to review: the plan's own words for one that cites the curriculum, and none twice
 * ("WALT: recognise and show..." and "(NC Y4: "recognise and show...")" are one objective).
 */
export function objectivesToReview<T extends { text: string }>(objectives: readonly T[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const objective of objectives) {
    if (ONE_GROUP.test(objective.text)) continue;
    const cited = curriculumWords(objective.text);
    const said = cited ?? objective.text;
    // "Students will distinguish between...": what pupils will do, without who will do it.
    const frame = PUPILS_WILL.exec(said)?.[0];
    const text = frame === undefined ? said : said.slice(frame.length);
    const key = trimEnd(partsOf(text).statement.toLowerCase());
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(text === objective.text ? objective : { ...objective, text });
  }
  return kept;
}

/** A lesson taught to a class, where hinge questions and guided groups belong (not a scheme page or a one-to-one session). */
export function isClassLesson(plan: LessonPlan): boolean {
  return (
    isLessonForAClass(plan) &&
    plan.objectives.some((objective) => notAnObjective(objective.text) === undefined)
  );
}

/** A lesson for a class, with or without a stated objective (not a scheme page, a worksheet or one-to-one). */
export function isLessonForAClass(plan: LessonPlan): boolean {
  return (plan.kind === undefined || plan.kind === 'lesson') && !isInterventionPlan(plan);
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

type HingeOption = HingeQuestion['options'][number];

const LETTERS = 'ABCD';
const MISCONCEPTION = 'holds the misconception';

/** How to ask a hinge, naming the letters that show the misconception. */
function askEveryone(options: readonly HingeOption[]): string {
  const wrong = options.flatMap((option, index) =>
    option.reveals === MISCONCEPTION ? [LETTERS[index]!] : [],
  );
  return `Ask everyone at once (mini-whiteboards or ABCD cards) before moving on; anyone choosing ${wrong.join(' or ')} holds the misconception.`;
}

/** The right answer moves with the misconception's line, so pupils cannot learn that it is always B. */
function inOrder(right: HingeOption, wrong: HingeOption[], line: number): HingeOption[] {
  const options = [...wrong];
  options.splice(line % (wrong.length + 1), 0, right);
  return options;
}

const asOption = (text: string) => `${capitalise(trimEnd(text))}.`;

/** Clauses a long correction is cut at, so an option states its claim and not the paragraph around it. */
const CONTRASTS = [' whereas ', ', whereas ', ', while ', ', but ', '; '];
const ASIDES = [', because ', ' because ', ', so ', ', which ', ', as ', '; '];

/** A clause that grants how things look before the correction turns: "often looks fast", "may seem". */
const CONCEDES = /\b(?:looks?|seems?|appears?|may look|might look|sounds?)\b/i;
/** A clause that says what is really so: "it can actually move faster". */
const TURNS_TO_TRUTH = /\b(?:actually|in fact|really)\b/i;

/** The first clause of a correction: "'Word blending' combines only part of other words whereas..." → its first half. */
const MISCONCEPTION_LABEL =
  /^(?:common |key )?misconceptions?(?: to (?:address|watch|watch for|look out for))?\s?[:–-]\**\s*/i;

/** A correction opening with its denial: "NO. position shifts", "No – only T changes Kc". */
const DENIAL_FIRST = /^(?:no|nope|wrong|not true)(?:[.!,]+| [–—-]) ?/i;

/** A worked answer shown in a warning: "3/4 = 9/16", "47+35=712". */
const WORKED_WRONG = /\d ?= ?\d/;

/** A correction that opens by pointing back at the belief: "That is only...", "This is true only when...". */
const POINTS_BACK = /^(?:that|this|it)(?:'s|’s| is| only)\b/i;

function claimOf(text: string): { claim: string; rest?: string } {
  const sentence = sentencesOf(text)[0] ?? text;
  const lower = sentence.toLowerCase();
  for (const joint of CONTRASTS) {
    const at = lower.indexOf(joint);
    if (at <= 0 || wordCount(sentence.slice(0, at)) < 3) continue;
    const first = sentence.slice(0, at);
    const rest = trimEnd(sentence.slice(at + joint.length));
    // "Water near the source often looks fast..., but it can actually move faster downstream": what only
    // seems so gives way to what is so, which is the claim.
    if (joint === ', but ' && (CONCEDES.test(first) || TURNS_TO_TRUTH.test(rest)) && wordCount(rest) >= 3)
      return { claim: trimEnd(shortened(rest)) };
    // "That is only perfectly inelastic (PED = 0); inelastic just means Qd changes by a smaller %": the first
    // part points back at the belief; the part after it says what is true on its own.
    if (POINTS_BACK.test(first) && wordCount(rest) >= 3)
      return { claim: capitalise(trimEnd(shortened(rest))) };
    return { claim: trimEnd(first), rest };
  }
  return { claim: trimEnd(shortened(sentence)) };
}

/** A belief runs longer before it is cut: its "because..." is often the belief itself ("...went to war because of the assassination"). */
const BELIEF_WORDS = 25;
const shortenedBelief = (belief: string) => (wordCount(belief) <= BELIEF_WORDS ? belief : shortened(belief));

/** A clause cut before its aside once it has said enough: "...easier to add an item to it, because you just..." */
function shortened(text: string): string {
  if (wordCount(text) <= 16) return text;
  const lower = text.toLowerCase();
  let cut = text.length;
  for (const joint of ASIDES) {
    // The aside is searched for past the clause's opening words ("because it uses a tree, it's easier...").
    const at = lower.indexOf(joint, Math.min(lower.length, 12));
    if (at > 0 && at < cut && wordCount(text.slice(0, at)) >= 5) cut = at;
  }
  return text.slice(0, cut);
}

const SHARED_STOP = new Set('the a an of to in on at and or for with by it its this that only'.split(' '));
const bare = (word: string) => [...word.toLowerCase()].filter((char) => /[\p{L}\d]/u.test(char)).join('');

/**
 * The other idea's half said of the first idea, a real distractor: "'Word blending' combines only part of
 * other words whereas word compounds combines the entirety of two words" → "'Word blending' combines the
 * entirety of two words". Only where both halves share their verb; otherwise there is no honest third option.
 */
function swapped(claim: string, rest: string): string | undefined {
  const first = claim.split(' ');
  const second = rest.split(' ');
  for (let at = 1; at < second.length; at++) {
    const word = bare(second[at]!);
    if (word === '' || SHARED_STOP.has(word)) continue;
    const inFirst = first.findIndex((candidate, index) => index > 0 && bare(candidate) === word);
    if (inFirst < 0) continue;
    const answer = shortened([...first.slice(0, inFirst), ...second.slice(at)].join(' '));
    return bare(answer) === bare(claim) ? undefined : answer;
  }
  return undefined;
}

/** A correction that grants the two ideas are alike before it parts them: "The BST is a lot like a binary search, but...". */
const ALIKE = /\b(?:a lot like|much like|similar|alike|in common|related|like)\b/i;

interface Built {
  hinge: HingeQuestion;
  /** Said when the plan gives only two plausible answers, rather than padding the question. */
  twoOnly?: boolean;
}

/** "What happens when this runs: `animal == 'cat' or 'dog'`?": the plan says it does not do what it seems to. */
function codeHinge(entry: PlanMisconception): Built {
  const said = entry.correction!.text.toLowerCase();
  const runs = /\b(?:produce|give|return|print|output|evaluate)\b/.test(said);
  const right: HingeOption = {
    answer: runs
      ? 'It runs, but does not give the result you might expect.'
      : 'It does not work as you might expect.',
    correct: true,
  };
  const wrong: HingeOption[] = [
    { answer: 'It does what it seems to say.', correct: false, reveals: MISCONCEPTION },
  ];
  // An error is a real third answer only where the plan says the code runs and gives a result.
  if (runs)
    wrong.push({ answer: 'It stops with an error.', correct: false, reveals: 'is unsure how it runs' });
  const options = inOrder(right, wrong, entry.line);
  const why = entry.why === undefined ? '' : ` Then ask why: the plan's reason is "${entry.why}".`;
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      question: `What happens when this runs: \`${entry.example}\`? ${askEveryone(options)}${why}`,
      options,
    },
    twoOnly: !runs,
  };
}

/** A correction's first sentence as the reason to give, cut before its aside only when long: the reason is the "because". */
function reasonOf(correction: string): string {
  const sentence = sentencesOf(correction)[0] ?? correction;
  return wordCount(sentence) <= 25 ? sentence : shortened(sentence);
}

/** A belief that is a worked line, "1/2 = 2/3": pupils judge it as they would an example. */
function workedLine(claim: string | undefined): string | undefined {
  if (claim === undefined || claim.length > 40 || !claim.includes('=')) return undefined;
  return [...claim].every((char) => /[\d\s/=+×÷*.,:()-]/.test(char)) ? claim : undefined;
}

/** "A common mistake is to write “3/4 + 1/2 = 4/6”": pupils judge the example, and say why. */
function exampleHinge(entry: PlanMisconception, example: string): Built {
  const shown = entry.code === true ? `\`${example}\`` : `"${example}"`;
  const reason =
    entry.correction === undefined
      ? ''
      : ` The plan's reason: "${trimEnd(reasonOf(entry.correction.text))}".`;
  const options = inOrder(
    { answer: 'Wrong.', correct: true },
    [{ answer: 'Right.', correct: false, reveals: MISCONCEPTION }],
    entry.line,
  );
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      question: `Right or wrong, and why: ${shown}? ${askEveryone(options)} Ask two pupils for their reason before you say.${reason}`,
      options,
    },
  };
}

/**
 * "WATCH: last wk he did 47+35=712 - forgot to exchange the ten": the sum is the question, its answer
 * worked out the right option, the pupil's answer the misconception, and the slip of working each
 * column alone a third that pupils give.
 */
function sumHinge(entry: PlanMisconception): Built | undefined {
  const example = entry.example;
  if (example === undefined || entry.code === true) return undefined;
  const given = example.slice(example.indexOf('=') + 1).trim();
  const sum = writtenSum(example);
  if (sum !== undefined) {
    const operator = sum.operator === '-' ? '−' : sum.operator;
    const slip = columnSlip(sum);
    return workedHinge(
      entry,
      `${sum.first} ${operator} ${sum.second}`,
      given,
      answerOf(sum),
      slip ? [slip] : [],
    );
  }
  // "1/2 + 1/4 = 2/6": the sum over a common denominator, and the slips of adding across or not converting.
  const fractions = fractionSum(example);
  if (fractions !== undefined) {
    const right = fractionSumAnswer(fractions);
    // "2/4 + 1/4 = 6/8" is right in other terms: no mistake to ask about.
    if (sameFraction(given, right)) return undefined;
    return workedHinge(entry, fractions.asked, given, right, fractionSumSlips(fractions));
  }
  // "3/4 of 12 = 4": the fraction's answer worked out, and the other slips pupils make on the way to it.
  const fraction = fractionOfAmount(example);
  const right = fraction === undefined ? undefined : fractionAnswer(fraction);
  if (fraction === undefined || right === undefined) return undefined;
  return workedHinge(entry, fraction.asked, given, right, fractionSlips(fraction));
}

/** A sum to work out, its answer the right option, the pupil's the misconception and other slips the rest. */
function workedHinge(
  entry: PlanMisconception,
  asked: string,
  given: string,
  answer: number | string,
  slips: readonly { answer: number | string; reveals: string }[],
): Built | undefined {
  const right = String(answer);
  if (given === right) return undefined;
  const wrong: HingeOption[] = [{ answer: given, correct: false, reveals: MISCONCEPTION }];
  for (const slip of slips)
    if (String(slip.answer) !== given && wrong.length < LETTERS.length - 1)
      wrong.push({ answer: String(slip.answer), correct: false, reveals: slip.reveals });
  const options = inOrder({ answer: right, correct: true }, wrong, entry.line);
  const why = entry.why === undefined ? '' : ` The plan's diagnosis of ${given}: "${trimEnd(entry.why)}".`;
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      question: `Work out ${asked}. ${askEveryone(options)} Ask two pupils how they worked it before you say.${why}`,
      options,
    },
    twoOnly: wrong.length === 1,
  };
}

/** An equation with one letter for its unknown: "2x − 7 = 11", "5x + 3 = 2x + 18". */
const EQUATION = /\d?([a-z]) ?[+−–-] ?\d+(?: ?[+−–-] ?\d*[a-z]?)? ?= ?\d+(?: ?[+−–-] ?\d*[a-z]?)?/;

/**
 * 'Ss "move" the −7 ... so 2x − 7 = 11 becomes 2x = 4 and x = 2', corrected to "2x = 18, x = 9": the
 * equation is the question, the plan's answer the right option and the mistake's answer the wrong one.
 */
function solvedHinge(entry: PlanMisconception): Built | undefined {
  if (entry.correction === undefined) return undefined;
  const equation = EQUATION.exec(entry.text);
  if (equation === null) return undefined;
  const letter = equation[1]!;
  const answers = (text: string) =>
    [...text.matchAll(new RegExp(`\\b${letter} ?= ?(−?-?\\d+(?:\\.\\d+)?)\\b`, 'g'))].map(
      (match) => match[1]!,
    );
  const wrong = answers(entry.text).pop();
  const right = answers(entry.correction.text)[0];
  if (wrong === undefined || right === undefined || wrong === right) return undefined;
  const options = inOrder(
    { answer: `${letter} = ${right}`, correct: true },
    [{ answer: `${letter} = ${wrong}`, correct: false, reveals: MISCONCEPTION }],
    entry.line,
  );
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      question: `Solve ${equation[0]}. ${askEveryone(options)} Ask two pupils how they know before you say.`,
      options,
    },
    twoOnly: true,
  };
}

/** "Which of these is true about blending?": the misconception, the plan's correction cut to its claim, and a third where the plan gives one. */
function correctedHinge(entry: PlanMisconception, content: PlanContent, text: string): Built {
  // "-> NO. position shifts, Kc same": the denial is the teacher's; what is so follows it.
  const correction = capitalise(entry.correction!.text.replace(DENIAL_FIRST, ''));
  const about = aboutWhat(entry, content, text);
  if (entry.confused !== undefined && ALIKE.test(correction.slice(0, 120))) {
    // "Students confuse binary search and BSTs", corrected by "a BST is a lot like a binary search, but...".
    const [difference] = CONTRASTS.map((joint) => correction.toLowerCase().indexOf(joint))
      .filter((at) => at > 0)
      .sort((a, b) => a - b)
      .map((at) => correction.slice(at).replace(/^[,;]?\s?(?:but|whereas|while)?\s/, ''));
    const options = inOrder(
      { answer: 'They are alike, but not the same.', correct: true },
      [
        { answer: 'They are the same thing.', correct: false, reveals: MISCONCEPTION },
        {
          answer: 'They have nothing in common.',
          correct: false,
          reveals: 'has not seen how they are alike',
        },
      ],
      entry.line,
    );
    const then =
      difference === undefined
        ? ''
        : ` Then ask what the difference is: the plan says "${trimEnd(shortened(difference))}".`;
    return {
      hinge: {
        misconception: entry.text,
        line: entry.line,
        question: `Which of these is true${about}? ${askEveryone(options)}${then}`,
        options,
      },
    };
  }
  const { claim, rest } = claimOf(correction);
  const wrong: HingeOption[] = [
    { answer: asOption(shortenedBelief(entry.claim!)), correct: false, reveals: MISCONCEPTION },
  ];
  const third = rest === undefined ? undefined : swapped(claim, rest);
  // "At the same temperature the particles in the same volume": a swap that leaves no verb is no statement.
  if (third !== undefined && keepsAVerb(third))
    wrong.push({ answer: asOption(third), correct: false, reveals: 'mixes up the two ideas' });
  const options = inOrder({ answer: asOption(claim), correct: true }, wrong, entry.line);
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      // "Reading up first" against "putting a finger on the bottom-left corner": two ways of doing it, not claims.
      question: `${entry.conduct === true ? 'Which of these is the right method' : `Which of these is true${about}`}? ${askEveryone(options)}`,
      options,
    },
    twoOnly: third === undefined,
  };
}

/** "True or false: ice floats because it contains air?": a belief the plan states, which pupils must give a reason against. */
function beliefHinge(entry: PlanMisconception, shown?: string): Built {
  const options = inOrder(
    { answer: 'False.', correct: true },
    [{ answer: 'True.', correct: false, reveals: MISCONCEPTION }],
    entry.line,
  );
  // The plan's own fix, where it is something to show ("show onion bulb cut in half"), comes after the answers.
  const then = shown === undefined ? '' : ` Then, as the plan says: ${lowerInitial(trimEnd(shown))}.`;
  return {
    hinge: {
      misconception: entry.text,
      line: entry.line,
      question: `True or false: "${trimEnd(entry.claim!)}"? ${askEveryone(options)} Ask for a reason either way.${then}`,
      options,
    },
  };
}

/**
 * Whether the swapped option reads as a statement: it has a verb ("'Clipping' joins parts of...", "'Word
 * blending' combines..."), not only nouns ("At the same temperature the particles in the same volume").
 */
function keepsAVerb(third: string): boolean {
  if (STATEMENT.test(third)) return true;
  const words = third.toLowerCase().split(' ');
  // A word in -s after a word that is no determiner: "blending' combines", not "the particles".
  return words.some(
    (word, index) => index > 0 && /^[a-z]{3,}s$/.test(word) && !DETERMINERS.has(words[index - 1]!),
  );
}
const DETERMINERS = new Set('the a an of more most same these those some many all two three'.split(' '));

/** A correction that is something for the teacher to do or show, not a statement pupils could choose. */
const DEMONSTRATES =
  /^(?:show|bring|use|model|demonstrate|point|keep it simple|draw|hold up|let them|get them|go back|re-?model)\b/i;

/** A belief stated as one ("pupils think that...", a confusion, the plan's misconceptions list), not a topic pupils think about. */
const statesABelief = (entry: PlanMisconception, listed: ReadonlySet<number>) =>
  entry.conduct !== true &&
  (entry.confused !== undefined ||
    /\b(?:think|thinks|believe|believes|assume|assumes) that\b/i.test(entry.text) ||
    // A listed misconception is true or false only as a statement: "Divide by the coefficient first" is a step.
    (listed.has(entry.line) && STATEMENT.test(entry.claim ?? '')));

/** Verbs a statement turns on: "A bigger denominator means a bigger fraction", "Ice is lighter". */
const STATEMENT =
  /\b(?:is|are|was|were|means?|has|have|will|can|cannot|makes?|gives?|causes?|always|never|only|needs?|depends?)\b/i;

/**
 * A hinge question for each misconception the plan names: the misconception is a wrong answer and
 * the plan's own correction the right one, never the other way round, with short parallel options.
 * A mistake shown in code or an example asks pupils to judge the example. Where the plan names a
 * mistake without what pupils believe, or gives only two plausible answers, it is told so.
 */
/** A misconception as a note names it: the wrong sum a pupil wrote ("352 - 127 = 235"), else the belief, quoted. */
const named = (entry: PlanMisconception) => `"${entry.example ?? trimEnd(entry.claim!)}"`;

export function hingeQuestions(
  plan: LessonPlan,
  content: PlanContent,
): { hinges: HingeQuestion[]; toAdd: WhatToAdd[] } {
  const text = joinedText(plan);
  // A copy: the plan's own hinges are read once and kept, and the built ones are added after them.
  const hinges: HingeQuestion[] = [...plansOwnHinges(plan)];
  const toAdd: WhatToAdd[] = [];
  const listed = new Set(plan.misconceptions.map((entry) => entry.line));
  const twoOnly: PlanMisconception[] = [];
  // The plan's own hinge offers the belief as a wrong answer ("Worrying that he will go to hell"): it already checks it.
  // A wrong answer the plan says what to do about shares fewer words with the belief than the belief has.
  const ownWrongAnswers = hinges.flatMap((hinge) =>
    hinge.options
      .filter((option) => !option.correct)
      .map((option) => ({ stems: stemsOf(option.answer), diagnosed: option.reveals !== undefined })),
  );
  const checkedByOwn = (entry: PlanMisconception) =>
    entry.claim !== undefined &&
    ownWrongAnswers.some(
      ({ stems, diagnosed }) =>
        stems.size > 0 && overlap(stems, entry.claim!) >= (diagnosed ? 1 : Math.min(2, stems.size)),
    );
  // "1 and 4 = adding misconception, 3 = only changed denominator" beside the plan's own hinge reads its options.
  const ownHingeLines = new Set(hinges.map((hinge) => hinge.line));
  for (const entry of content.misconceptions.slice(0, 5)) {
    if (checkedByOwn(entry) || ownHingeLines.has(entry.line)) continue;
    const quoted = trimEnd(entry.text);
    // A mistake in answering the plan already puts right ("need "more frequent"") asks for no belief.
    if (entry.claim === undefined && entry.conduct === true && entry.addressed === true) continue;
    // "...a Spicy answer 3/4 = 9/16 (common error – x3 top but x4 bottom)": the mistake is shown worked, with its
    // reason; asking the plan for the belief would say it lacks what it has.
    if (entry.claim === undefined && WORKED_WRONG.test(entry.text)) continue;
    if (entry.claim === undefined) {
      toAdd.push({
        for: 'hinge',
        line: entry.line,
        message: `The plan warns of a mistake ("${quoted}") but not what pupils believe; write the wrong idea and the correct one, and a hinge question can offer both.`,
      });
      continue;
    }
    const worked = workedLine(entry.claim);
    // A sum's hinge works out its own right answer: the plan need not give it.
    const computed = sumHinge(entry) ?? solvedHinge(entry);
    const built =
      computed ??
      (entry.example !== undefined && entry.code === true && entry.correction !== undefined
        ? codeHinge(entry)
        : entry.example !== undefined && entry.correction === undefined
          ? exampleHinge(entry, entry.example)
          : worked !== undefined
            ? exampleHinge(entry, worked)
            : entry.correction !== undefined && !DEMONSTRATES.test(entry.correction.text)
              ? correctedHinge(entry, content, text)
              : entry.correction !== undefined
                ? // A mistake in doing ("Forgetting to work out volume first") has no true-or-false to ask.
                  entry.conduct === true
                  ? undefined
                  : beliefHinge(entry, entry.correction.text)
                : statesABelief(entry, listed)
                  ? beliefHinge(entry)
                  : undefined);
    // A mistake in doing that the plan already corrects needs no note: the hinges above check the ideas.
    if (built === undefined && entry.conduct === true && (entry.correction !== undefined || entry.addressed))
      continue;
    // A belief the plan tackles in words no hinge can offer as an answer ("Use the atom tally tables until
    // they're solid") is corrected: the plan is told only where no hinge could be built at all.
    const tackled = entry.addressed === true;
    if (
      (built === undefined ||
        (entry.correction === undefined && worked === undefined && computed === undefined)) &&
      !(tackled && built !== undefined)
    ) {
      toAdd.push({
        for: 'hinge',
        line: entry.line,
        message:
          entry.example !== undefined
            ? `The plan shows a mistake ("${entry.example}") but not the right answer; add it, and the hinge can offer both with a third wrong answer pupils give.`
            : tackled
              ? `The plan says how it will tackle "${trimEnd(entry.claim)}"; write the correct idea as pupils would say it, and a hinge question can offer it beside the misconception.`
              : `The plan names a misconception ("${trimEnd(entry.claim)}") but not how to correct it; add the correct idea in pupils' words, and a hinge question can offer it beside the misconception.`,
      });
    }
    if (built === undefined) continue;
    // "3/4 of 12 = 4" and "3/4 of 12 = 3" are two slips on one sum: one hinge offers both.
    // Only a question about numbers is the same question twice: "Which of these is true?" heads hinges on two beliefs.
    const asked = firstSentence(built.hinge.question);
    if (/\d/.test(asked) && hinges.some((hinge) => firstSentence(hinge.question) === asked)) continue;
    hinges.push(built.hinge);
    if (built.twoOnly === true) twoOnly.push(entry);
  }
  // One note for every hinge with only the misconception and its correction to offer, not one each.
  const [first] = twoOnly;
  if (first !== undefined)
    toAdd.push({
      for: 'hinge',
      line: first.line,
      message:
        twoOnly.length === 1
          ? `The hinge on ${named(first)} has two answers, the plan's misconception and its correction; add another wrong answer pupils give, and it can offer three.`
          : `The hinges on ${joinList(twoOnly.map(named))} have two answers each, the plan's misconception and its correction; add another wrong answer pupils give to each, and they can offer three.`,
    });
  // Only mistakes in doing, each corrected: no hinge yet, and the teacher is told what would make one.
  const done = content.misconceptions.find(
    (entry) => entry.conduct === true && (entry.correction !== undefined || entry.addressed === true),
  );
  if (hinges.length === 0 && toAdd.length === 0 && done !== undefined)
    toAdd.push({
      for: 'hinge',
      line: done.line,
      message: `The plan says what pupils do wrong ("${trimEnd(done.claim ?? done.text)}") and how to put it right; write a question whose wrong answer that mistake gives, and a hinge question can offer it beside the right one.`,
    });
  toAdd.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // A lesson with no objective still gets the line, so the missing hinge is never silent; a plan that
  // writes its own hinge question has one.
  if (content.misconceptions.length === 0 && plansOwnHinges(plan).length === 0 && isLessonForAClass(plan))
    toAdd.push({
      for: 'hinge',
      message:
        'No misconception was read from the plan as a wrong idea with its correction; write one pupils often bring to this topic ("Pupils often think... Correct by..."), and a hinge question can check for it before pupils move on.',
    });
  // Shown under "Misconception:", the plan's own label ("**Misconception**: Pupils add...") would be said twice.
  for (const hinge of hinges) hinge.misconception = hinge.misconception.replace(MISCONCEPTION_LABEL, '');
  return { hinges, toAdd };
}

/** '"Can anyone give me a fraction...?' keeps the quote the plan opened but the question did not close. */
function withoutStrayQuote(question: string): string {
  const straight = question.split('"').length - 1;
  if (straight === 1 && question.startsWith('"')) return question.slice(1);
  if (question.startsWith('“') && !question.includes('”')) return question.slice(1);
  return question;
}

/** Sections where a lesson ends or pauses to review: the plan's own reflection questions are there. */
const REVIEWING =
  /\b(?:plenary|reflect(?:ion)?|review|debrief|wrap[- ]?up|closure|exit|what did we learn)\b/i;

/** The plan's own end-of-lesson questions ("Lesson reflection: Was there ever a situation where...?"). */
function ownPlenaryQuestions(plan: LessonPlan, content: PlanContent): string[] {
  const reviewing = new Set(
    plan.sections
      .filter(
        (section) =>
          section.kind === 'plenary' ||
          section.kind === 'mini-plenary' ||
          (section.kind !== 'starter' && REVIEWING.test(section.heading)),
      )
      .map((section) => section.heading),
  );
  // A hinge the plan writes out is asked with its options, as a hinge, not bare in the plenary.
  const hinges = plansOwnHinges(plan).map((hinge) => hinge.question);
  return content.questions
    .filter(
      (question) =>
        reviewing.has(question.section) &&
        question.text.endsWith('?') &&
        /^[\p{Lu}"'“‘]/u.test(question.text) &&
        !hinges.some((hinge) => hinge.includes(question.text)),
    )
    .map((question) => withoutStrayQuote(question.text));
}

/** Verbs whose work is written down step by step, so a whiteboard shows it: "evaluate a Boolean expression". */
const WRITTEN_WORK = new Set(
  'calculate solve convert evaluate estimate simplify round encode decode compose write draw plot balance spell punctuate construct expand factorise factorize rearrange substitute add subtract multiply divide order'.split(
    ' ',
  ),
);
/** Verbs whose work is spoken: a language lesson's "form simple sentences", "use the “Dw i’n” pattern". */
const SPOKEN_WORK = new Set('say speak pronounce form greet count read'.split(' '));
/** Verbs of a judgement: "evaluate the dopamine hypothesis", "assess how far...". */
const JUDGING_WORK = new Set('evaluate assess judge critique'.split(' '));
/** "Evaluate 3x + 2 when x = 4", "evaluate the expression": a sum worked out, not a judgement made. */
const WORKED_OUT =
  /[+×÷*/=^] ?\d|\d ?[+×÷*/=^]|\d [-−] \d|\b(?:expressions?|formulae?|formulas?|functions?|integrals?|derivatives?|sums?|products?)\b/i;
/** Verbs of an account in pupils' own words: "outline the two hypotheses", "summarise the chapter". */
const TELLING_WORK = new Set('outline describe summarise summarize retell recount'.split(' '));
/** Verbs whose answer is examples: "give examples of Welsh words", "recognise websites that are...". */
const EXAMPLES_WORK = new Set(
  'give list name recognise recognize identify spot find select match'.split(' '),
);
/** Verbs that set ideas apart: pupils sort examples and say what tells them apart, not steps. */
const TELLING_APART = new Set('distinguish differentiate contrast sort classify tell'.split(' '));
/** Verbs of a procedure, often on equipment: "set up a Raspberry Pi", "carry out an investigation". */
const PROCEDURE_WORK = new Set(
  'set carry use build make program run test connect perform measure create code'.split(' '),
);
/** Things used step by step: "use a Bunsen burner", "use a microscope", "use the Raspberry Pi". */
const EQUIPMENT =
  /\b(?:burner|microscope|balance|thermometer|pipette|meter|probe|logger|camera|tablet|computer|raspberry pi|microbit|micro:bit|robot|equipment|apparatus|tools?|saw|drill|oven|hob)\b/i;

/** "use the ... pattern": language, said in a sentence, not a procedure. */
const LANGUAGE_USE =
  /\b(?:pattern|phrases?|words?|vocab(?:ulary)?|structure|tense|connectives?|sentences?)\b/i;

/**
 * A plenary question for what an objective asks pupils to do, fitted to how the work is done:
 * written work on a whiteboard, spoken work to a partner, examples in turn, a procedure talked
 * through in order. Young pupils talk rather than write, and have no notes to put away.
 */
function doingQuestion(doing: string, recalling: boolean, young: boolean): string {
  const verb = (doing.split(' ')[0] ?? '').toLowerCase();
  if (SPOKEN_WORK.has(verb) || (verb === 'use' && LANGUAGE_USE.test(doing)))
    return `Your turn: ${doing}. Say one to your partner, then swap and check each other.`;
  if (verb === 'give' || verb === 'list' || verb === 'name')
    return `Quick-fire: ${doing}. Take turns with your partner until one of you runs out.`;
  if (verb === 'compare')
    return `Can you ${doing}? Tell your partner one way they are alike and one way they differ.`;
  if (TELLING_APART.has(verb))
    return `Can you ${doing}? Sort two examples with your partner, and say what tells them apart.`;
  if (EXAMPLES_WORK.has(verb)) return `Can you ${doing}? Tell your partner one example and how you know.`;
  if (young) return `Tell your partner: how would you ${doing}?`;
  if (recalling)
    return `Without your notes: can you ${doing}? Write your answer on your whiteboard, then check with your partner.`;
  if (JUDGING_WORK.has(verb) && !WORKED_OUT.test(doing))
    return `Can you ${doing}? Tell your partner your judgement, your strongest reason for it, and one point against it.`;
  if (TELLING_WORK.has(verb))
    return `Can you ${doing}? Tell your partner in two or three sentences; they add one thing you left out.`;
  if (WRITTEN_WORK.has(verb))
    return `Show me you can ${doing}: one example on your whiteboard, then explain each step to your partner.`;
  // "use evidence from a model to explain how...": the work is the explanation, not a procedure.
  if (/ to (?:explain|justify|describe|show why) /i.test(doing))
    return `Can you ${doing}? Explain it to your partner in two or three sentences.`;
  // "use if, elif and else statements": a tool pupils use in their work, shown in one example, not a procedure.
  if (verb === 'use' && !EQUIPMENT.test(doing))
    return `Can you ${doing}? Show your partner one example, and say what it does.`;
  if (PROCEDURE_WORK.has(verb)) return `Step by step, talk your partner through how to ${doing}.`;
  return `Can you ${doing}? Show your partner, then tell them how you know.`;
}

/**
 * Ages five to seven (Reception, Years 1-2, KS1, kindergarten to grade 2, early phonics): they talk
 * rather than write, with no notes.
 */
const YOUNG =
  /\b(?:reception|eyfs|early years|foundation stage|ks1|key stage 1|year [12]|y[12]|p[1-3]|kindergarten|grade [k12]|grades k|k-[1-3]|ages? [4-6](?: ?(?:-|–|to) ?[5-7])?|phonics|letters and sounds|letters\/sounds)\b/i;

/** Lines read at each end of a plan for its stage: a header states it, a standards list at the end may. */
const STAGE_LINES = 100;

// The talk prompts and the plenary both ask this of the same plan.
export const youngPupils: (plan: LessonPlan) => boolean = perPlan(readsAsYoung);

function readsAsYoung(plan: LessonPlan): boolean {
  if (plan.yearGroup !== undefined) return YOUNG.test(plan.yearGroup);
  // A plan without a year group may name its stage near the top or in its standards ("grade 1 topics").
  const { lines } = plan;
  const ends =
    lines.length <= STAGE_LINES * 2 ? lines : [...lines.slice(0, STAGE_LINES), ...lines.slice(-STAGE_LINES)];
  return ends.some((line) => YOUNG.test(line.slice(0, 300)));
}

/** A lesson title that asks the lesson's question: "Lesson 1 - How Do Computers Think?" → "How do computers think?". */
function bigQuestion(plan: LessonPlan, content: PlanContent): string | undefined {
  const title = plan.title.trim();
  if (!title.endsWith('?')) return undefined;
  const dash = Math.max(title.lastIndexOf(' - '), title.lastIndexOf(' – '), title.lastIndexOf(': '));
  const asked = dash > 0 ? title.slice(dash + 3).trim() : title;
  // The plan's own wording, where it asks the same question in its text.
  const own = content.questions.find((question) => question.text.toLowerCase() === asked.toLowerCase());
  return own?.text ?? asked;
}

/** Each session's plenary, headed by its subject ("English: ...") where the sessions differ in subject. */
function sessionPlenaries(
  plan: LessonPlan,
  sessions: readonly PlanSession[],
): { questions: string[]; toAdd: WhatToAdd[] } {
  const subjects = new Set(sessions.map((session) => session.subject ?? session.title));
  const questions: string[] = [];
  const toAdd: WhatToAdd[] = [];
  for (const session of sessions) {
    const own = planOfSession(plan, session);
    own.kind = plan.kind;
    const built = plenaryQuestions(own, planContent(own));
    const label = subjects.size > 1 ? `${session.subject ?? session.title}: ` : '';
    questions.push(...built.questions.map((question) => `${label}${question}`));
    toAdd.push(...built.toAdd);
  }
  return { questions, toAdd };
}

/**
 * Plenary questions: the plan's own reflection questions first, then questions that review each
 * objective's content the way its work is done, the lesson's big question, and next steps.
 */
export function plenaryQuestions(
  plan: LessonPlan,
  content: PlanContent,
): { questions: string[]; toAdd: WhatToAdd[] } {
  // A scheme of work spans several lessons: how one lesson ends is each lesson's plan, not the scheme's.
  if (plan.kind === 'scheme' || plan.kind === 'not-a-plan') return { questions: [], toAdd: [] };
  const text = joinedText(plan);
  const oneToOne = plan.kind === 'tuition' || isInterventionPlan(plan);
  // Two pupils' one-to-one sessions in one document: each session ends with its own plenary, labelled by its subject.
  const sessions = plan.sessions ?? [];
  if (oneToOne && sessions.length > 1) return sessionPlenaries(plan, sessions);
  const forYoung = youngPupils(plan);
  const objectives = objectivesToReview(
    plan.objectives.filter((objective) => notAnObjective(objective.text) === undefined),
  );
  const own = ownPlenaryQuestions(plan, content).slice(0, objectives.length === 0 ? 3 : 2);
  const questions: string[] = [...own];
  const ownStems = stemsOf(own.join(' '));
  const big = bigQuestion(plan, content);
  if (big !== undefined && !own.includes(big)) questions.push(`Back to today's big question: ${big}`);
  const usedTerms = new Set<string>();
  for (const objective of objectives.slice(0, 3)) {
    const parts = partsOf(objective.text);
    const stems = stemsOf(parts.statement);
    // An objective the plan's own questions already review is not asked twice.
    if (stems.size > 0 && overlap(ownStems, parts.statement) * 3 >= stems.size * 2) continue;
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
          ? `${toPartner(parts.doing)}${using}`
          : parts.doing !== undefined && THINKING_MADE.test(parts.doing)
            ? `Can you ${beforeJustifying(parts.doing)}? Tell your partner one, and your evidence for it.${using}`
            : parts.doing !== undefined && parts.kind === 'make'
              ? `Share what you made: which part best shows you can ${parts.doing}?${using}`
              : parts.doing !== undefined
                ? `${doingQuestion(parts.doing, parts.recalling === true, forYoung)}${using}`
                : `What have you learned today about ${parts.topic ?? asTopic(parts.statement)}? Tell your partner two things.${using}`,
    );
  }
  // With no objectives, the plan's key points say what pupils should take away.
  if (objectives.length === 0) {
    for (const point of content.keyPoints.slice(0, Math.max(1, 3 - own.length)))
      questions.push(`In your own words, what does this mean: "${quoteOf(point.text)}"? Give an example.`);
  }
  // A mistake pupils make ("Children saying 'chuh'") is no claim for someone to say; one the plan's own
  // plenary puts to them already ("Sam says 3/4 of 12 = 4. Is he right?") is not asked twice.
  const misconception = content.misconceptions.find(
    (entry) =>
      entry.claim !== undefined &&
      entry.conduct !== true &&
      !questions.some((question) => question.includes(saidAloud(entry.claim!))),
  );
  if (misconception !== undefined && questions.length > 0)
    questions.push(`Someone says: "${saidAloud(misconception.claim!)}." What would you tell them?`);
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
      forYoung
        ? 'Which part of today was easiest, and which was hardest? Show me with your thumb, then tell your partner.'
        : 'Which objective do you feel most and least sure of? Show 1 to 5 fingers for each, then tell your partner why.',
    );
  questions.push(
    forYoung ? 'What will you try next time?' : 'What is your next step, and what will help you take it?',
  );
  return { questions: oneToOne ? questions.map(toTutee) : questions, toAdd };
}
