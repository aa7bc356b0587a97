import { capitalise, LEVEL_NAMES, notAnObjective, questionLevel, saidAloud, trimEnd } from './content';
import { findLine, isInterventionPlan, joinedText, keyLearningPointLines } from './evidence';
import { plansOwnHinges } from './plan-hinge';
import { namesPupils, wordCount } from './read/text';
import {
  contentWords,
  type KeyPhrase,
  keyPhrases,
  learningVerb,
  lowerInitial,
  objectiveFocus,
  stem,
  withoutPlaceholders,
} from './terms';
import type {
  LadderRung,
  LessonPlan,
  PlanContent,
  PlanItem,
  PlanList,
  PlanMisconception,
  PlanQuestion,
  PlanStatement,
  PlanTerm,
  QuestionLadder,
  QuestionLevel,
  SchemeLesson,
  WhatToAdd,
} from './types';
import { equationsIn } from './written-sums';

/**
 * Question generators. The ladder follows the order the guidance gives: "start with inclusive
 * questions which establish a common understanding in the class, then ramp up the level of
 * challenge". Every rung comes from the plan's own content where it has some (its questions,
 * success criteria, terms, key points, tasks, examples, misconceptions), else from the
 * objective's own verb and terms; the same plan always gives the same questions.
 */

function pluralise(words: string): string {
  // "a sequence of movements" → "sequences of movements": the noun before its qualifier counts.
  // Found with indexOf: a lazy `(.+?)( of .+)$` pattern rescans the phrase at every position.
  const at = [' of ', ' in ', ' on ']
    .map((joint) => words.indexOf(joint))
    .filter((index) => index > 0)
    .reduce((first, index) => Math.min(first, index), Number.POSITIVE_INFINITY);
  if (Number.isFinite(at)) return `${pluralise(words.slice(0, at))}${words.slice(at)}`;
  if (/(?:s|x|z|ch|sh)$/.test(words)) return `${words}es`;
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  return `${words}s`;
}

/** A term as the thing talked about: "a common denominator" → "common denominators". */
const about = (term: KeyPhrase) =>
  /^an? /.test(term.phrase) ? pluralise(term.phrase.replace(/^an? /, '')) : term.phrase;

/**
 * The term a session should centre on: the objective's most specific key term (a plan keyword
 * it uses, else a noun phrase such as "the split digraph"), else its longest content word.
 */
export function keyTerm(terms: string[], focus: string, keywords: readonly string[]): string {
  const phrases = keyPhrases(focus, keywords);
  const key = phrases.find((phrase) => phrase.text.includes(' ')) ?? phrases[0];
  if (key !== undefined) return about(key);
  return terms.reduce((best, term) => (term.length > best.length ? term : best), '') || focus;
}

/** The noun an explanation frames, when it asks for reasons or causes: "the reasons why William won". */
const FRAMED = /\b(reasons|causes|factors|effects|consequences)\b/i;

// ---- Built on the plan's own content ------------------------------------------------------------

/** The stems of what a text is about, to tell which of the plan's content belongs with an objective. */
export const stemsOf = (text: string) =>
  new Set([
    ...contentWords(text)
      .filter((word) => !WEAK_LINKS.has(word))
      // "trees" and "tree" are one word here ("es" would leave "tre").
      .map((word) => SAME_THING[word] ?? stem(/[eo]es$/.test(word) ? word.slice(0, -1) : word)),
    ...operatorsOf(text),
  ]);

/** Words plans use for one thing: "put online" and "posted on the Internet" are about the same. */
const SAME_THING: Record<string, string> = { internet: 'online', web: 'online', websites: 'websit' };

/** Words too common in plans to tie a question to an objective ("ask", "put"). */
const WEAK_LINKS = new Set(
  'ask asks asked put puts get gets go goes want wants need needs help helps think thinks trust visit visits particular activities activity'.split(
    ' ',
  ),
);

/** Operators a computing objective names ("==", "<="), which tie a question to it as words do. */
function operatorsOf(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('='); at >= 0 && found.length < 20; at = text.indexOf('=', at + 2)) {
    const before = text[at - 1] ?? '';
    found.push('<>!='.includes(before) ? `${before}=` : text[at + 1] === '=' ? '==' : '=');
  }
  return found.filter((operator) => operator.length === 2);
}

export function overlap(stems: ReadonlySet<string>, text: string): number {
  let count = 0;
  for (const word of stemsOf(text)) if (stems.has(word)) count += 1;
  for (const operator of new Set(operatorsOf(text))) if (stems.has(operator)) count += 1;
  return count;
}

interface Ground {
  content: PlanContent;
  /** The plan's text, to write a term as the plan does ("blending", "Boolean expression"). */
  text: string;
  keywords: readonly string[];
  /** Content an earlier ladder used, so two ladders do not ask the same thing. */
  used: Set<string>;
  /**
   * Whether what the plan says at a line serves the objective whatever its words: with one or two
   * objectives, all of it does, except under another block of objectives (a second session's focus).
   */
  shares: (line: number) => boolean;
  /** A one-to-one session: there is no partner to talk to, only the tutor. */
  oneToOne?: boolean;
  /** The plan's success criteria ("I can explain why 2/4 and 1/2 are equivalent"), each a question at its level. */
  criteria: PlanStatement[];
  /** Pupils of five to seven (Reception, Year 1 and 2, phonics): short, concrete questions, no "what is your evidence?". */
  young?: boolean;
  /**
   * A plan's own ladders (not one the teacher asks for on a selected sentence): only rungs the plan's
   * content gives, bar a few the objective's own words make a real question of, so a ladder that would
   * lean on templates ("What do you already know about...?") is not built and the plan is told what to add.
   */
  strict?: boolean;
  /** A strict ladder two rungs short of its top is kept, with what would take it higher. */
  partial?: boolean;
  /** The words of the plan's other objectives: what is more about one of them is left for its own ladder. */
  rivals?: readonly ReadonlySet<string>[];
  /** The learning verb of this objective and of each rival ("describe", "explain"), to settle a tie between them. */
  verb?: string;
  rivalVerbs?: readonly (string | undefined)[];
  /** Lines of a starter that retrieves an earlier lesson ("Retrieval", "Do Now: last lesson..."): about today only in many of its words. */
  retrieval?: ReadonlySet<number>;
  /** The plan's text without the lines that only state its objectives: another objective is not more about this one. */
  beyondObjectives?: string;
  /** The equations the plan writes out ("3x + 4 = 19 and 5x - 2 = 18"): the first is modelled, the next for pupils. */
  equations?: readonly PlanStatement[];
}

/** Whether a line of the plan is more about another of its objectives than this one ("ma" is for the possessives objective). */
const rivalled = (ground: Ground, text: string, score: number) =>
  (ground.rivals ?? []).some((rival, index) => {
    const theirs = overlap(rival, text);
    if (theirs !== score) return theirs > score;
    // "Explain why volcanoes are found at destructive margins" shares as many words with "Describe the 3
    // types of plate margin" as with "Explain why earthquakes and volcanoes occur": the verb says whose it is.
    const verb = ground.rivalVerbs?.[index];
    return (
      score > 0 &&
      verb !== undefined &&
      verb !== ground.verb &&
      asksTo(text, verb) &&
      !asksTo(text, ground.verb)
    );
  });

/** Whether a line asks pupils to do what a learning verb says: "explain why...", "Can you describe...". */
function asksTo(text: string, verb: string | undefined): boolean {
  if (verb === undefined) return false;
  const lower = text.toLowerCase();
  return lower.startsWith(`${verb} `) || lower.includes(` ${verb} `);
}

/** Two or three letters an objective names as a sound ("letters/sounds ai ee", "the igh trigraph"), not a word. */
const SHORT_WORDS = new Set(
  'to in of on at is be as an or by it we me he up do go no so my us am if ox ok'.split(' '),
);
function lettersNamed(statement: string): string[] {
  return statement
    .toLowerCase()
    .split(/[\s/,]+/)
    .map((word) => trimEnd(word.replace(/^['‘’"“]+/, ''), '.;:!,\'’"”'))
    .filter((word) => /^[a-z]{2,3}$/.test(word) && !SHORT_WORDS.has(word) && !STOPWORD_LIKE.has(word));
}
const STOPWORD_LIKE = new Set(
  'and the for are was can you his her all new use how why who not but one two'.split(' '),
);

const quotedWords = (items: readonly string[]) => {
  const quoted = items.map((item) => `"${item}"`);
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
};

/** "Quick read tricky words" → "tricky words"; any other label → "words". */
function wordsNamed(head: string): string {
  const words = head.toLowerCase().split(' ');
  const at = words.indexOf('words');
  return at > 0 ? `${words[at - 1]} words` : 'words';
}

/** Whether a plan is for pupils of five to seven, by its year group or the words of its opening. */
export function forYoungPupils(plan: LessonPlan): boolean {
  if (/^(?:Reception|Nursery|Year [12]|Key Stage 1|Grade [K12])$/.test(plan.yearGroup ?? '')) return true;
  const opening = `${plan.title}\n${plan.lines.slice(0, 30).join('\n').slice(0, 3000)}`;
  return /\b(?:EYFS|early years|phonics|letters and sounds|phase [1-5]\b|GPCs?\b|ages? [3-7]\b|K-[123]\b)/i.test(
    opening,
  );
}

/** The level a success criterion's verb asks for: "I can name..." recall, "I can evaluate..." evaluate. */
const CRITERION_LEVELS: [QuestionLevel, string][] = [
  ['inclusive', 'name list state label recall identify define recognise recognize spell'],
  ['understand', 'explain describe justify summarise summarize'],
  ['analyse', 'compare contrast analyse analyze distinguish classify sort'],
  ['evaluate', 'evaluate judge assess critique decide'],
  ['create', 'create design write compose invent plan'],
];
/**
 * A criterion that names what pupils do ("I can explain why..."), which turns into "Can you explain why...?";
 * "Know that...", "Blending is when..." do not.
 */
function askable(criterion: string): boolean {
  const verb = objectiveFocus(criterion).verbs[0];
  return verb !== undefined && !['know', 'understand', 'learn', 'be'].includes(verb);
}

function criterionLevel(criterion: string): QuestionLevel {
  const verb = objectiveFocus(criterion).verbs[0];
  if (verb === undefined) return 'apply';
  return CRITERION_LEVELS.find(([, verbs]) => verbs.split(' ').includes(verb))?.[0] ?? 'apply';
}

/** "Tell your partner one thing" → "Tell me one thing": in one-to-one tuition the tutor is the partner. */
export function toTutee(question: string): string {
  return question
    .split("your partner's work")
    .join('your work')
    .split('Talk your partner through')
    .join('Talk me through')
    .split('your partner')
    .join('me');
}

/** The plan's items most about the objective, best first; when the content is shared, the rest follow. */
function closest<T extends { line: number }>(
  items: readonly T[],
  text: (item: T) => string,
  stems: ReadonlySet<string>,
  ground: Ground,
  /** More of what the item is about than its own words: a grid row's task, its episode's heading. */
  context: (item: T) => string = () => '',
): T[] {
  return items
    .map((item, index) => ({ item, index, score: overlap(stems, `${text(item)} ${context(item)}`) }))
    .filter(
      ({ item, score }) =>
        !ground.used.has(text(item)) &&
        (score > 0 || ground.shares(item.line)) &&
        !rivalled(ground, text(item), score),
    )
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * A term as the plan writes it mid-sentence: "blending" where the plan only capitalises it to
 * start a line, "Boolean expression" or "BST" where it is a name.
 */
export function written(term: string, text: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(term)) return term;
  let from = text.indexOf(term);
  while (from >= 0) {
    let before = from - 1;
    while (before >= 0 && text[before] === ' ') before -= 1;
    // Capitalised after a word or a comma: the plan writes it as a name.
    if (before >= 0 && /[\p{Ll},]/u.test(text[before]!) && before < from - 1) return term;
    from = text.indexOf(term, from + term.length);
  }
  return term.charAt(0).toLowerCase() + term.slice(1);
}

export const quoteOf = (text: string) => trimEnd(text.replace(/^for example,?\s+/i, ''));

/** Kinds of doing an objective names, each stretched its own way. */
type DoingKind = 'calculate' | 'sort' | 'make' | 'explain' | 'use';

const DOING_KINDS: Record<Exclude<DoingKind, 'use'>, string> = {
  calculate:
    'calculate solve convert evaluate estimate measure count add subtract multiply divide simplify round encode decode',
  sort: 'recognise recognize identify classify sort distinguish differentiate name select match',
  make: 'create design write compose make plan produce invent draw build construct',
  explain: 'explain describe justify summarise summarize',
};
const KIND_OF = new Map(
  Object.entries(DOING_KINDS).flatMap(([kind, verbs]) =>
    verbs.split(' ').map((verb) => [verb, kind as DoingKind] as const),
  ),
);
const kindOf = (verb: string): DoingKind => KIND_OF.get(verb) ?? 'use';

/** An application question for an objective that names what pupils do, by the kind of doing. */
const APPLY_BY_KIND: Record<DoingKind, (doing: string) => string> = {
  calculate: (doing) => `Have a go: ${doing}. Talk your partner through each step.`,
  // No "look at these examples": with nothing in the plan to look at, the pupils choose.
  sort: (doing) => `Can you ${doing}? Say how you decided.`,
  make: (doing) => `Have a go: ${doing}. What will you do first, and why?`,
  explain: (doing) => `Can you ${doing} to your partner, one step at a time?`,
  use: (doing) => `Have a go: ${doing}. Talk your partner through your first step.`,
};

/** "Set up their Raspberry Pi" → "Set up your Raspberry Pi": a pupil's own, bar a thing's ("their number of sides"). */
const toOwn = (task: string) =>
  task
    .split(' ')
    .map((word, index, words) =>
      word === 'their' &&
      !/^(?:number|order|size|shape|length|value|sides|position)\b/.test(words[index + 1] ?? '')
        ? 'your'
        : word,
    )
    .join(' ');

/** Saying and listening: a task done aloud, asked about what was hard to say. */
const SPOKEN = new Set('listen speak say tell repeat sing chant'.split(' '));

/**
 * What to ask after a task, where its kind of doing gives something to ask: the steps of a calculation,
 * the reason for a choice, what was hard to say. Any other task is asked as it is: "What will you do
 * first, and why?" fits every task, so it says nothing about this one.
 */
function followUp(task: string): string {
  const verb = task.slice(0, task.indexOf(' ')).toLowerCase();
  if (SPOKEN.has(verb)) return ' Which part was hardest to say, and why?';
  const kind = kindOf(verb);
  if (kind === 'calculate') return ' Talk your partner through each step.';
  if (kind === 'sort') return ' How did you decide?';
  return '';
}

/** What pupils write that has one right answer: an equation, a formula, an expression's value. */
const ONE_ANSWER = /\b(?:equations?|formulae?|formulas|answers?|sums?|totals?)\b/i;

/** Steps of running a lesson ("Open the starter file", "Set up your Raspberry Pi"), not tasks that ask pupils to think. */
const PROCEDURAL = new Set(
  'open set log go turn get collect take stand place look enter type run play fill follow check hand stick cut glue watch copy'.split(
    ' ',
  ),
);
/** A task short enough to ask as one question; a paragraph of directions is not a rung. */
const LONGEST_TASK_WORDS = 30;
/** Where the work is written, which the question need not say: "... in your notebooks", "... on the sheet". */
const WHERE_IT_IS_WRITTEN =
  / (?:in|on|into) (?:your |their |the )?(?:science |exercise |maths )?(?:notebooks?|books?|sheets?|worksheets?|whiteboards?|mini-whiteboards?)$/i;

/** A task without where its work is written: "complete the Frayer model for weathering vs. erosion". */
const withoutWhereWritten = (task: string) => {
  const where = WHERE_IT_IS_WRITTEN.exec(task);
  return where === null ? task : task.slice(0, where.index);
};

/**
 * How the work is done, not what it is about: "add in purple pen", "work silently, then turn and talk",
 * "work through stations A–D at your table", "use the small ay card", "show thumbs if...".
 */
const HOW_THE_WORK_IS_DONE =
  /\b(?:pens?|pencils?|together|silently|turn and talk|stations?|trays?|card|worksheets?|shared drive|thumbs?|at (?:your|their) tables?)\b/i;

/** The teacher's note to self, not a task: "make sure I tell them it was popularised in the 1960s". */
const TEACHERS_NOTE =
  /^(?:make sure|make the point|remember to|share)\b|\bI (?:tell|will|need|show|model|want)\b|\b(?:me|my)\b/i;

/** Shorthand joined by "=": "count comparisons = binary search", "negative = lost mass = water moved OUT". */
const EQUATED_WORDS = /\p{L} = \p{L}/u;

/** A worked example in the task: "record 1/2 = 2/4", "3 x 4 = 12". */
const WORKED_SUM = /\d ?= ?\d/;

/**
 * A task asked as one question: about the lesson's content (it shares the objective's or the plan's key
 * words, or works an example), not a step of running the lesson, nor one that leans on what came before
 * ("Explain how you know"). "Can you give 2 of there own?" or "Can you predict & write a quick
 * hypothesis?" asks nothing about this lesson.
 */
function askableTask(
  task: PlanStatement,
  stems: ReadonlySet<string>,
  keywords: ReadonlySet<string>,
  young = false,
): boolean {
  const text = withoutWhereWritten(task.text);
  const words = wordCount(task.text);
  return (
    // Five-year-olds' tasks are the content, hands on: "show 5 with cubes" for "a number can be shown in different ways".
    (young || overlap(stems, text) > 0 || overlap(keywords, text) > 0 || WORKED_SUM.test(text)) &&
    !HOW_THE_WORK_IS_DONE.test(text) &&
    !TEACHERS_NOTE.test(text) &&
    !EQUATED_WORDS.test(text) &&
    // "complete the claimants table: name": a table's first column, cut off where the task goes on.
    (!text.includes(':') || wordCount(text.slice(text.lastIndexOf(':') + 1)) >= 3) &&
    !PROCEDURAL.has(task.text.slice(0, task.text.indexOf(' ')).toLowerCase()) &&
    words >= 4 &&
    words <= LONGEST_TASK_WORDS &&
    // "Write an answer on mini-whiteboards, then share": how answers are collected, not a task to ask.
    !/\b(?:mini[- ]?whiteboards?|MWBs?|show[- ]me boards?)\b|^write (?:an|your|the) answers?\b/i.test(
      task.text,
    ) &&
    (words > 6 || !/\b(?:you know|it|this|that|them)$/i.test(task.text)) &&
    (task.text.split('"').length - 1) % 2 === 0 &&
    // "Writing frame for Jayden, Amira, Leo": support for named pupils, not a task to ask the class.
    !namesPupils(task.text) &&
    // "point + read, swap": the teacher's shorthand for the routine, not a task in words.
    !/ \+ /.test(task.text) &&
    // "Read sentence together: ...": the sentence is the example to read, asked as one elsewhere.
    !/^read (?:the |this |a )?sentences?\b/i.test(task.text) &&
    // "choosing D probably think big = floats": a note on what an answer means, not a task.
    !/^\p{L}+ing\b/u.test(task.text) &&
    // "Write answers in your science notebooks": where the work goes, not what it is.
    !/^(?:write|record|copy) (?:the |your |their )?answers? (?:in|into|on)\b/i.test(task.text) &&
    // "Explain in 2–3 sentences using because": how long the answer is, with what it answers left behind.
    !/^(?:explain|describe|write|answer)(?: it| your answer)? in [\w–-]{1,5} sentences?(?: using ["“]?\w+["”]?)?\.?$/i.test(
      task.text,
    )
  );
}

/** "All: write 3 sentences in the perfect tense": the criterion without the band of pupils it is for. */
function withoutBand(text: string): string {
  const plain = withoutStars(text);
  const band = OUTCOME_BAND.exec(plain);
  return band === null ? text : capitalise(plain.slice(band[0].length));
}

/** The band a criterion is for ("**Most** students will:" → "most"), if it names one. */
const bandOf = (text: string) => OUTCOME_BAND.exec(withoutStars(text))?.[1]?.toLowerCase();
/** Bold marks off first, so the pattern after them meets each run of text once. */
const withoutStars = (text: string) => (text.includes('*') ? text.split('*').join('') : text);
const OUTCOME_BAND =
  /^(all|most|some)(?: (?:pupils|students|children|learners))?(?: (?:will|must|should|could|can))?(?: be able to)?(?:\s?[:–-])?\s+/i;

const BAND_ORDER = ['all', 'most', 'some'];

/**
 * The plan's outcomes in bands ("All: write 3 sentences in the perfect tense...", "Most: add an opinion...",
 * "Some: include je suis allé(e)..."), one rung each from all to some: the plan's own climb.
 */
function bandedLadder(plan: LessonPlan): LadderRung[] | undefined {
  const rungs: LadderRung[] = [];
  const levels: QuestionLevel[] = ['inclusive', 'apply', 'analyse'];
  for (const [index, band] of BAND_ORDER.entries()) {
    const criterion = plan.successCriteria.find((entry) => bandOf(entry.text) === band);
    if (criterion === undefined) continue;
    const task = trimEnd(lowerInitial(withoutBand(criterion.text)));
    if (wordCount(task) < 3) continue;
    const asked = toPupils(task)
      .split(' ')
      .map((word) => FIRST_PERSON[word] ?? word)
      .join(' ');
    rungs.push({
      level: levels[index]!,
      // "ALL – can hit an overhead clear": the band's "can" is the question's own.
      question: `Can you ${asked.replace(/^(?:can|could|will) /, '')}?`,
      from: 'success criterion',
      line: criterion.line,
    });
  }
  return rungs.length === BAND_ORDER.length ? rungs : undefined;
}

/** A ladder climbs at least so many of the plan's own success criteria, and no more than its rungs. */
const CRITERIA_RUNGS = { fewest: 3, most: 4 };

/**
 * The plan's "I can" success criteria, a rung each in the order the plan climbs them ("I can name at
 * least 8 places in town...", "I can say what there isn't using pas de", "I can give an opinion + a
 * reason..."): where nothing else builds a ladder, the steps the plan sets pupils are the climb.
 * The first rung is the inclusive one; each later rung is more demanding than the one before, and
 * criteria that ask the same thing ("use time words", "use capital letters") are a checklist, not a ladder.
 */
function criteriaLadder(plan: LessonPlan): LadderRung[] | undefined {
  const steps = plan.successCriteria
    .filter((criterion) => /^I can\s/i.test(criterion.text.trim()))
    .slice(0, CRITERIA_RUNGS.most);
  if (steps.length < CRITERIA_RUNGS.fewest) return undefined;
  const rungs: LadderRung[] = [];
  let floor = 0;
  for (const [index, criterion] of steps.entries()) {
    const task = trimEnd(lowerInitial(withoutGroupTag(criterion.text.trim().replace(/^I can\s+/i, ''))));
    if (wordCount(task) < 3) return undefined;
    const asked = criterionAsked(criterion.text, task);
    const verb = VERB_LEVEL.get(task.split(' ')[0]!.toLowerCase());
    const byVerb = verb === undefined ? undefined : LEVEL_ORDER.indexOf(verb);
    // "I can use time words", "I can use capital letters": criteria that ask the same are a checklist
    // to tick, not a climb; so are criteria whose verbs step down.
    if (index > 0 && byVerb !== undefined && byVerb <= floor) return undefined;
    // Inclusive first; then where its verb says, else a step above the rung before.
    const at = index === 0 ? 0 : (byVerb ?? Math.min(floor + 1, LEVEL_ORDER.length - 1));
    floor = at;
    rungs.push({
      level: LEVEL_ORDER[at]!,
      question: `Can you ${asked}?`,
      from: 'success criterion',
      line: criterion.line,
    });
  }
  return rungs;
}

/** "I can compare Hajj to a journey special to me (extend)": the criterion without the tag for who it stretches. */
function withoutGroupTag(text: string): string {
  const end = trimEnd(text);
  const open = end.lastIndexOf('(');
  if (open < 0 || !end.endsWith(')')) return text;
  return GROUP_TAG.test(end.slice(open + 1, -1).trim()) ? end.slice(0, open).trimEnd() : text;
}
const GROUP_TAG = /^(?:extend|extension|ext|challenge|stretch|HA|MA|LA|all|most|some|G&T|greater depth)$/i;

/** "explain the causes of flooding": which cause matters most, the one analysis the objective itself names. */
function framedAnalysis(doing: string): string | undefined {
  const framed = FRAMED.exec(doing)?.[1]?.toLowerCase();
  return framed === undefined ? undefined : `Which of the ${framed} matters most, and why?`;
}

/** The objective's key noun phrase, to ask what pupils know of it: "loops", "Welsh words", "a Boolean expression". */
function objectiveTerm(parts: ObjectiveParts, ground: Pick<Ground, 'keywords'>): string | undefined {
  const focus = parts.that ?? parts.doing?.slice(parts.doing.indexOf(' ') + 1) ?? parts.topic;
  if (focus === undefined) return undefined;
  const phrases = keyPhrases(lowerInitial(focus), ground.keywords).filter(
    (phrase) => phrase.central && contentWords(phrase.text).some((word) => !GENERAL.has(word)),
  );
  const strong = phrases.filter((entry) => !WEAK_LINKS.has(entry.text.split(' ')[0]!.toLowerCase()));
  // A short noun phrase ("sequential events"), else one noun that names a topic: a plural, a name, "the
  // heart", "segmentation"; never an adjective ("appropriate") or "an adult".
  const phrase =
    // Not "a logical order": an order, a series or a number is a frame, not a topic ("logical orders").
    strong.find(
      (entry) =>
        entry.text.includes(' ') &&
        entry.text.split(' ').length <= 3 &&
        !FRAMES.has(entry.text.slice(entry.text.lastIndexOf(' ') + 1).toLowerCase()),
    ) ??
    strong.find(
      (entry) =>
        !entry.text.includes(' ') &&
        (entry.plural ||
          entry.proper ||
          // "the heart", not "the day": a short word after "the" is seldom the lesson's topic.
          (entry.phrase.startsWith('the ') && entry.text.length >= 5) ||
          /(?:tion|sion|ment|ness|ity)$/.test(entry.text)),
    );
  // "use the “Dw i’n” pattern": the plan's quoted words are the term, whatever their language.
  if (phrase === undefined) return /[“"‘]/.test(focus) && focus.split(' ').length <= 5 ? focus : undefined;
  return about(phrase);
}

/** "boolean expressions" as the plan writes it, "Boolean expressions", where the objective's opening lowered it. */
function restoreCase(term: string | undefined, text: string): string | undefined {
  // Only where the plan never writes it in lower case ("fractions" as well as "Fractions" stays "fractions").
  if (term === undefined || !/^\p{Ll}/u.test(term) || /^(?:an?|the) /.test(term) || text.includes(` ${term}`))
    return term;
  const upper = term.charAt(0).toUpperCase() + term.slice(1);
  return written(upper, text) === upper ? upper : term;
}

/** Nouns that frame a topic rather than name one: "a logical order", "a series of events". */
const FRAMES = new Set('order series number set range variety combination kind type way'.split(' '));

/** What an objective asks, read for the ladder's wording. */
interface ObjectiveParts {
  statement: string;
  /** "decompose large activities into a series of smaller events": what pupils do, when a verb says it. */
  doing?: string;
  /** "computers follow a sequence of instructions": what pupils come to know, for "understand that...". */
  that?: string;
  /** "fractions of amounts", "the difficulty of translating real problems into programs": what it is about, with no task. */
  topic?: string;
  creating: boolean;
  /** The kind of doing the objective asks for, which sets how its later questions stretch it. */
  kind?: DoingKind;
  /** "Define and identify...", "Name...": the objective asks pupils to remember. */
  recalling?: boolean;
}

/** A success criterion in the pupil's voice ("I can use my results"), said back to them. */
const FIRST_PERSON: Record<string, string> = {
  my: 'your',
  I: 'you',
  me: 'you',
  myself: 'yourself',
  mine: 'yours',
};

/**
 * A success criterion asked of a pupil: "I can read words with ay in them" → "read words with ay in
 * them", the pupil's "I" and "my" made "you" and "your". In the pupil's own voice, "they" and "them"
 * are the things it is about; in the teacher's ("can explain their method") they are the pupils.
 */
function criterionAsked(criterion: string, task: string): string {
  const spoken = /^I\b/.test(criterion.trim()) ? task : toPupils(task);
  return spoken
    .split(' ')
    .map((word) => FIRST_PERSON[word] ?? word)
    .join(' ');
}

/** "websites that are alright for them to visit" → "...for you to visit": the ladder speaks to pupils. */
const PUPIL_WORDS: Record<string, string> = { they: 'you', them: 'you', themselves: 'yourselves' };

/** What "their" before it can only mean the pupils': "their day", "their teammates", "their own". */
const PUPILS_OWN = new Set(
  'day days life lives own favourite favorite family home friends partner partners teammates team classmates peers ideas thinking feelings name names school work answers writing learning opinions views choices'.split(
    ' ',
  ),
);

export const toPupils = (text: string) =>
  text
    // "share a creative artifact with other students": asked of a pupil, the others are the class.
    .replace(/\bother (?:students|pupils|children|learners)\b/g, 'others')
    .split(' ')
    // "evaluate their method", "for their partner", "make up their day" are the pupils'; "events into their logical order" the events'.
    .map((word, index, words) =>
      word === 'their' &&
      (index === 1 ||
        /^(?:to|for|with|about)$/.test(words[index - 1] ?? '') ||
        PUPILS_OWN.has((words[index + 1] ?? '').toLowerCase().replace(/[.,;:!?]$/, '')))
        ? 'your'
        : PUPIL_WORDS[word] !== undefined && !namedBefore(words, index)
          ? PUPIL_WORDS[word]!
          : word,
    )
    .join(' ');

/**
 * "describe what Muslims do on Hajj and explain why it is important to them", "how shadows are formed and why
 * they have the same shape": a people or things named before "they" or "them" are who it means, not the pupils.
 */
function namedBefore(words: readonly string[], at: number): boolean {
  return words
    .slice(0, at)
    .some(
      (word) =>
        /^\p{Lu}\p{Ll}{2,}s$/u.test(word) || /^[a-z]{3,}ows$|^[a-z]{4,}(?:ists|ians|ers|ants)$/.test(word),
    );
}

/** "Enhancing {name}'s understanding and knowledge of fractions": a tutor's focus, whose topic is "fractions". */
const FOCUS_FRAME =
  /^(?:enhancing|improving|developing|securing|consolidating|building|extending)\s+(?:(?:the|their|his|her|pupils'?)\s+)?(?:(?:understanding|knowledge|use|skills?)(?:\s+and\s+(?:understanding|knowledge|skills?))?\s+(?:of|in)\s+)?/i;

/** "Practise segmentation for spelling p88-91" → "...for spelling": a page of the teacher's book is not for pupils. */
function withoutPageReferences(text: string): string {
  return text
    .split(' ')
    .filter((word) => !/^pp?\.?\d{1,4}(?:[–-]\d{1,4})?[.,;]?$/i.test(word))
    .join(' ')
    .replace(/,$/, '');
}

export function partsOf(written: string): ObjectiveParts {
  const objective = withoutPageReferences(written.trim());
  const framed = FOCUS_FRAME.exec(withoutPlaceholders(objective.trim()));
  if (framed !== null) {
    const topic = trimEnd(withoutPlaceholders(objective.trim()).slice(framed[0].length));
    return { statement: objectiveFocus(objective).statement, topic: lowerInitial(topic), creating: false };
  }
  const read = objectiveFocus(objective);
  const { statement, verbs } = read;
  const focus = toPupils(read.focus);
  const first = verbs[0];
  // "Recognise that..." frames what is known; "recognise when..." is a skill.
  const framing =
    first === 'understand' ||
    first === 'know' ||
    first === 'learn' ||
    (first === 'recognise' && / that /.test(statement));
  const lower = statement.toLowerCase();
  const parts: ObjectiveParts = { statement, creating: false };
  if (framing && verbs.length === 1 && /^(?:understand|know|learn|recogni[sz]e)\s+that\s/.test(lower)) {
    const cut = focus.toLowerCase().indexOf(' and that ');
    parts.that = cut > 0 ? focus.slice(0, cut) : focus;
  } else if (framing && verbs.length === 1) {
    // "Understand the difficulty of translating...": what is understood is the topic. "Understand PED,
    // calculate it, and explain the relationship between PED and total revenue": the topic, then what
    // pupils do with it, the last of which a plenary asks for.
    const clauses = focus.split(/, (?:and )?/);
    const doing = clauses.findIndex(
      (clause, index) => index > 0 && learningVerb(clause.split(' ')[0]!) !== undefined,
    );
    parts.topic = doing > 0 ? clauses.slice(0, doing).join(', ') : focus;
    const last = clauses[clauses.length - 1]!;
    const verb = doing > 0 ? learningVerb(last.split(' ')[0]!) : undefined;
    if (verb !== undefined && last.includes(' ')) {
      parts.doing = last;
      parts.kind = kindOf(verb);
    }
  } else if (verbs.length > 0 && focus !== statement) {
    const verb =
      verbs.length === 1 ? verbs[0]! : `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`;
    parts.doing = `${verb} ${focus}`;
    parts.kind = kindOf(verbs[verbs.length - 1]!);
    parts.recalling = [
      'define',
      'identify',
      'name',
      'list',
      'recall',
      'label',
      'state',
      'recognise',
      'recognize',
    ].includes(verbs[0]!);
    parts.creating = ['create', 'design', 'write', 'compose', 'make', 'plan', 'produce', 'invent'].includes(
      verbs[verbs.length - 1]!,
    );
  } else if (statement.split(' ').length <= 8) parts.topic = lowerInitial(statement);
  return parts;
}

/**
 * The objective's terms the plan really uses: its keywords and defined terms, then its noun
 * phrases that also appear elsewhere in the plan ("rate of reaction"), so a ladder never asks
 * about a fragment such as "chemical reactions occur".
 */
function groundedTopic(objective: string, terms: PlanTerm[], ground: Ground): string | undefined {
  if (terms[0] !== undefined) return written(terms[0].term, ground.text);
  const { focus } = objectiveFocus(objective);
  const lower = ground.text.toLowerCase();
  const phrases = keyPhrases(lowerInitial(focus), ground.keywords);
  const longestFirst = [
    ...phrases.filter((entry) => entry.text.includes(' ')),
    ...phrases.filter((entry) => !entry.text.includes(' ')),
  ];
  const phrase = longestFirst.find((candidate) => {
    const text = candidate.text.toLowerCase();
    const first = lower.indexOf(text);
    return (
      candidate.central &&
      contentWords(candidate.text).some((word) => !GENERAL.has(word) && !WEAK_LINKS.has(word)) &&
      !WEAK_LINKS.has(candidate.text.split(' ')[0]!.toLowerCase()) &&
      first >= 0 &&
      lower.indexOf(text, first + text.length) >= 0
    );
  });
  // A single word is a topic only as a plural noun ("websites"); "an adult" or "appropriate" is not.
  if (phrase === undefined || (!phrase.text.includes(' ') && !phrase.plural)) return undefined;
  // "chemical reactions", "programs": the plural, where the plan uses it, reads as the topic.
  const plural = `${phrase.phrase}s`;
  return !phrase.plural &&
    !phrase.proper &&
    !/^(?:an?|the) /.test(phrase.phrase) &&
    lower.includes(plural.toLowerCase())
    ? plural
    : phrase.phrase;
}

/** A one-word topic in quotes, so "how "program" compares" reads as the plan's word. */
/** A topic as the plan's word: "fractions" and "green website" quoted, "narrative writing skills" and "the water cycle" as they are. */
const asTopic = (topic: string) =>
  topic === 'this lesson' ||
  /^\p{Lu}/u.test(topic) ||
  /^(?:an?|the) /i.test(topic) ||
  (/\s/.test(topic) && /s$/.test(topic))
    ? topic
    : `"${topic}"`;

/** Nouns too general to ask about on their own ("knowledge", "skills", "steps"). */
const GENERAL = new Set(
  'knowledge understanding skills skill ability abilities learning work steps things ways parts'.split(' '),
);

const byLevel = (questions: PlanQuestion[], level: QuestionLevel) =>
  questions.filter((question) => question.level === level && question.text.endsWith('?'));

/** Two kinds of one thing the plan defines side by side: "green website" and "red website", "independent variable" and "dependent variable". */
function kindsOfOne(a: string, b: string): boolean {
  const head = (term: string) => (term.includes(' ') ? term.slice(term.lastIndexOf(' ') + 1) : undefined);
  return head(a) !== undefined && head(a) === head(b);
}

/**
 * Two of the plan's terms that one line of it uses together (outside the keyword list where every term
 * sits), or two kinds of one thing; the pair the objective names most, so "relative and absolute
 * reference" is compared before "cell reference" and "relative reference".
 */
function pairedTerms(
  terms: PlanTerm[],
  text: string,
  stems: ReadonlySet<string>,
): [PlanTerm, PlanTerm] | undefined {
  const listed = new Set(terms.map((term) => term.line));
  const lines = text.split('\n').filter((_, index) => !listed.has(index + 1));
  let best: { pair: [PlanTerm, PlanTerm]; score: number } | undefined;
  for (let first = 0; first < terms.length; first++) {
    for (let second = first + 1; second < terms.length; second++) {
      const a = terms[first]!.term.toLowerCase();
      const b = terms[second]!.term.toLowerCase();
      if (
        !kindsOfOne(a, b) &&
        !lines.some((line) => line.toLowerCase().includes(a) && line.toLowerCase().includes(b))
      )
        continue;
      const score = overlap(stems, `${a} ${b}`);
      if (best === undefined || score > best.score) best = { pair: [terms[first]!, terms[second]!], score };
    }
  }
  return best?.pair;
}

/** Two ideas the plan sets against each other: a confusion it names, or two of its terms in one misconception. */
function pairFor(
  misconceptions: PlanMisconception[],
  terms: PlanTerm[],
  text: string,
): [string, string] | undefined {
  for (const entry of misconceptions) {
    if (entry.confused !== undefined) return entry.confused;
    const claim = (entry.claim ?? '').toLowerCase();
    const named = terms.filter((term) => claim.includes(term.term.toLowerCase().replace(/s$/, '')));
    if (named.length >= 2) return [written(named[0]!.term, text), written(named[1]!.term, text)];
  }
  return undefined;
}

/** A list under a plural name of two words or more ("the elements of a narrative"), whose items are kinds of it. */
const namesKinds = (list: PlanList) => {
  const words = list.head.split(' ');
  const noun = words[words.indexOf('of') - 1] ?? words[words.length - 1]!;
  return words.length >= 2 && /[^s]s$/.test(noun);
};

/** Three or more kinds of one thing ("features of persuasive letters, such as..."), which pupils can weigh against each other. */
const stretchesKinds = (list: PlanList) =>
  namesKinds(list) && list.items.length >= 3 && list.items.every(isListedTerm);

/** A listed item that is a term pupils could define: "numerator", "fraction bars", not "who you are". */
const isListedTerm = (item: string) =>
  item.split(' ').length <= 4 &&
  !/^(?:who|what|where|when|how|why|your|their|my|his|her|our|the)\b/i.test(item);

export const joinList = (items: string[]) =>
  items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Tasks that ask pupils to think ("Investigate...", "Convert the rules into..."), not a step of a procedure ("Place the flask..."). */
export const SUBSTANTIAL =
  /^(?:analyse|calculate|compare|compose|construct|convert|create|decode|describe|design|draw|encode|evaluate|explain|investigate|plot|predict|redraft|research|rewrite|solve|sort|trace|write)\b/i;

const EXTENSION = /\b(?:extension|stretch|challenge|most able|more able|moving quickly|go further)\b/i;

/** A stretch task: labelled "Extension:", or under a short heading that says so (not a long pacing row that mentions it). */
export const isStretch = (task: PlanStatement) =>
  task.section === 'Extension' || (EXTENSION.test(task.section) && task.section.split(' ').length <= 6);

/**
 * A ladder for one objective, every rung from the plan's own content where it has some.
 * `lesson`: the ladder is for the lesson as a whole (a plan with no objective, headed by its title,
 * or objectives each too thin for a ladder of their own), so its topic is a term the plan uses;
 * `about`: those objectives' words, which tell what of the plan's content it is about.
 */
function groundedLadder(objective: string, ground: Ground, lesson = false, about = ''): QuestionLadder {
  const parts = partsOf(objective);
  const stems = stemsOf(`${parts.statement} ${about}`);
  // The plan's key words and what it says they mean ("selection – choosing which code runs, using if and
  // else"), and what the lists about the objective name ("the features of a persuasive letter").
  const keywordStems = stemsOf(
    [
      ...ground.keywords,
      ...ground.content.terms.map((term) => `${term.term} ${term.definition ?? ''}`),
      ...ground.content.lists.filter((list) => overlap(stems, list.head) > 0).map((list) => list.head),
    ].join(' '),
  );
  const { content } = ground;
  // The plan's own questions keep its order (a starter's question opens), those about the objective first,
  // and those that lean on what came before ("How was it corrected?") after the rest.
  const leans = (text: string) =>
    /\b(?:it|they|them|for that|that data|this might)\b/i.test(text) || text.endsWith(' that?');
  // How many of the objective's words each question uses, counted once: the sorts below compare them often.
  const scoreOf = new Map(content.questions.map((question) => [question, overlap(stems, question.text)]));
  const questions = content.questions
    .map((question, index) => {
      const score = scoreOf.get(question)!;
      return {
        question,
        index,
        score,
        // "What is the difference between a movement along and a shift in the demand curve?" retrieves last
        // lesson: one shared word ("demand") makes it a recall rung at most, not today's analysis.
        about:
          (score > 0 || ground.shares(question.line)) &&
          !rivalled(ground, question.text, score) &&
          (ground.retrieval?.has(question.line) !== true ||
            score >= 2 ||
            question.level === 'inclusive' ||
            question.level === 'understand'),
      };
    })
    .filter(
      ({ question, about }) =>
        about &&
        !ground.used.has(question.text) &&
        !/^ask\b/i.test(question.text) &&
        // Homework is for after the lesson: its exam question is not a rung of the lesson's ladder.
        !/\bhome ?work\b/i.test(question.section) &&
        !/^HW\b/.test(question.text) &&
        // "How many Boolean expressions are used?" asks about a display the ladder cannot show.
        !/\b(?:is|are|was|were) (?:used|shown|given)\?$/i.test(question.text),
    )
    .sort(
      (a, b) =>
        Number(leans(a.question.text)) - Number(leans(b.question.text)) ||
        // The more of the objective's words a question uses, the more it is about this lesson ("Why does Mrs.
        // Jones leave her purse...?" before the anchor chart's "What does the character do?").
        Math.min(b.score, 2) - Math.min(a.score, 2) ||
        a.index - b.index,
    )
    .map(({ question }) => question);
  const terms = closest(
    content.terms.filter((term) => overlap(stems, term.term) > 0 || ground.shares(term.line)),
    (term) => term.term,
    stems,
    ground,
  );
  const defined = terms.filter((term) => term.definition !== undefined);
  // A key point must share the objective's words ("the Sense HAT contains sensors" is about the kit, not the learning).
  // A key point on a misconception's line is that misconception told another way: it is asked once, as the misconception.
  const misconceptionLines = new Set(content.misconceptions.map((entry) => entry.line));
  const keyPoints = content.keyPoints.filter(
    (point) =>
      !ground.used.has(point.text) &&
      !misconceptionLines.has(point.line) &&
      (overlap(stems, point.text) >= 2 || (ground.shares(point.line) && /\bkey\b/i.test(point.section))),
  );
  const tasks = closest(
    // Homework is set for after the lesson ("...or their favourite dance moves"), not a question in it.
    content.tasks.filter(
      (task) =>
        !isStretch(task) &&
        !/\b(?:home ?work|hw|h\/w|home learning)\b/i.test(task.section) &&
        // A retrieval starter's task is last lesson's, unless it is plainly about this objective.
        (ground.retrieval?.has(task.line) !== true || overlap(stems, task.text) >= 2),
    ),
    (task) => task.text,
    stems,
    ground,
    (task) => task.section,
  ).sort((a, b) => Number(SUBSTANTIAL.test(b.text)) - Number(SUBSTANTIAL.test(a.text)));
  const stretch = closest(content.tasks.filter(isStretch), (task) => task.text, stems, ground);
  const examples = closest(content.examples, (example) => example.text, stems, ground);
  const misconceptions = closest(content.misconceptions, (entry) => entry.text, stems, ground);
  // A mistake pupils make ("Children saying 'chuh'") is no claim to judge: "Someone says" needs a belief.
  const claimed = misconceptions.filter((entry) => entry.claim !== undefined && entry.conduct !== true);
  const lists = closest(content.lists, (list) => `${list.head} ${list.items.join(' ')}`, stems, ground);
  const topic = groundedTopic(objective, terms, ground);
  if (lesson && topic !== undefined) parts.topic = topic;
  // What this ladder takes from the plan, given back if the ladder is not built.
  const taken: string[] = [];
  const used = (text: string) => {
    if (ground.used.has(text)) return;
    taken.push(text);
    ground.used.add(text);
  };

  // The plan's questions climb as its lesson runs (a starter's recall, the plenary's judgement): of those at
  // a level, one asked no earlier than the last rung's keeps that order where the plan gives one.
  let lastAsked = 0;
  const fromQuestion = (level: QuestionLevel, rung: QuestionLevel = level): LadderRung | undefined => {
    // "What do you notice?" asks about what pupils have in front of them: read as a rung, it says nothing.
    const unasked = byLevel(questions, level).filter(
      (entry) =>
        !ground.used.has(entry.text) &&
        !LOOKING_QUESTION.test(entry.text) &&
        !POINTS_AT_SLIDE.test(entry.text),
    );
    // The inclusive rung is the lesson's opening recall: the earliest about the objective, however many of its words.
    if (level === 'inclusive')
      unasked.sort(
        (a, b) =>
          Number(scoreOf.get(b)! > 0) - Number(scoreOf.get(a)! > 0) ||
          Number(leans(a.text)) - Number(leans(b.text)) ||
          a.line - b.line,
      );
    const question = unasked.find((entry) => entry.line >= lastAsked) ?? unasked[0];
    if (question === undefined) return undefined;
    lastAsked = Math.max(lastAsked, question.line);
    used(question.text);
    return { level: rung, question: question.text, from: 'plan question', line: question.line };
  };
  /** The terms this ladder asks about. */
  const asked = new Set<string>();
  const fromTerm = (level: QuestionLevel, wording: (term: string) => string): LadderRung | undefined => {
    const term = defined.find((entry) => !ground.used.has(entry.term));
    if (term === undefined) return undefined;
    used(term.term);
    asked.add(term.term);
    return { level, question: wording(written(term.term, ground.text)), from: 'keyword', line: term.line };
  };
  const fromStatement = (
    level: QuestionLevel,
    items: PlanStatement[],
    from: LadderRung['from'],
    wording: (text: string) => string,
  ): LadderRung | undefined => {
    const item = items.find((entry) => !ground.used.has(entry.text));
    if (item === undefined) return undefined;
    used(item.text);
    return { level, question: wording(quoteOf(item.text)), from, line: item.line };
  };
  const criteria = closest(ground.criteria, (criterion) => criterion.text, stems, ground);
  let criteriaAsked = 0;
  const fromCriterion = (level: QuestionLevel): LadderRung | undefined => {
    // A plan's own ladder asks one success criterion at most: "Can you...?" on every rung is the criteria
    // list read back, not a climb.
    if (ground.strict && criteriaAsked >= 1) return undefined;
    const criterion = criteria.find(
      (entry) => askable(entry.text) && criterionLevel(entry.text) === level && !ground.used.has(entry.text),
    );
    if (criterion === undefined) return undefined;
    used(criterion.text);
    criteriaAsked += 1;
    // "I can use my results to say...": the criterion is the pupil's own words, asked back to them, without
    // the tag that says who it is for ("(extend)", "(HA)").
    const asked = criterionAsked(criterion.text, objectiveFocus(withoutGroupTag(criterion.text)).statement);
    return {
      level,
      // "ALL – can hit an overhead clear": the band's "can" is the question's own.
      question: `Can you ${lowerInitial(asked).replace(/^(?:can|could|will) /, '')}?`,
      from: 'success criterion',
      line: criterion.line,
    };
  };
  const fromKeyword = (): LadderRung | undefined => {
    // A keyword with no meaning given is jargon to ask five-year-olds ("segmentation").
    if (ground.young) return undefined;
    const term = terms.find(
      (entry) =>
        entry.keyword &&
        entry.definition === undefined &&
        !ground.used.has(entry.term) &&
        overlap(stems, entry.term) > 0,
    );
    if (term === undefined) return undefined;
    used(term.term);
    const rung: LadderRung = {
      level: 'inclusive',
      question: `What does "${written(term.term, ground.text)}" mean?`,
      from: 'keyword',
    };
    if (term.line > 0) rung.line = term.line;
    return rung;
  };
  // Kinds of one thing the plan sets out by their criteria ("A “green” website is: ..."): pupils apply them to one.
  // Every kind counts, though an earlier ladder asked what one means: its criteria are still unasked.
  const judged = content.terms.filter(
    (term) => (term.criteria?.length ?? 0) > 0 && (overlap(stems, term.term) > 0 || ground.shares(term.line)),
  );
  const kinds = judged.filter((term) =>
    judged.some((other) => other !== term && kindsOfOne(term.term.toLowerCase(), other.term.toLowerCase())),
  );
  const fromCriteria = (level: QuestionLevel): LadderRung | undefined => {
    if (kinds.length < 2) return undefined;
    // A criterion of a kind this ladder has not yet asked about, so the rung adds to what came before.
    const order = [
      ...kinds.filter((term) => !asked.has(term.term)),
      ...kinds.filter((term) => asked.has(term.term)),
    ];
    for (const term of order)
      for (const item of term.criteria!.slice(1)) {
        if (ground.used.has(item)) continue;
        used(item);
        const noun = term.term.slice(term.term.lastIndexOf(' ') + 1);
        const names = kinds.map((kind) => kind.term.slice(0, kind.term.lastIndexOf(' ')));
        return {
          level,
          question: `"${item}": is that ${/^[aeiou]/i.test(names[0]!) ? 'an' : 'a'} ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} ${noun}? How can you tell?`,
          from: 'keyword',
          line: term.line,
        };
      }
    return undefined;
  };
  /** A list the plan gives ("the elements of a narrative, such as..."), once per ladder for its name and once for its items. */
  const fromList = (
    level: QuestionLevel,
    part: 'head' | 'items',
    wording: (list: PlanList) => string | undefined,
  ): LadderRung | undefined => {
    for (const list of lists) {
      const key = `${part}:${list.head}`;
      const question = ground.used.has(key) ? undefined : wording(list);
      if (question === undefined) continue;
      used(key);
      return { level, question, from: 'example', line: list.line };
    }
    return undefined;
  };
  // Words and sentences the plan gives pupils, tied to the objective by their label or by its letters ("ai").
  const letters = lettersNamed(parts.statement);
  const soundOf = (word: string) => letters.find((group) => word.toLowerCase().includes(group));
  const wordLists = content.wordLists.filter(
    (list) =>
      !ground.used.has(`words:${list.line}:${list.items.join(',')}`) &&
      (overlap(stems, list.head) > 0 ||
        ground.shares(list.line) ||
        (letters.length > 0 && list.items.every((item) => soundOf(item) !== undefined))),
  );
  const pure = (list: PlanList) =>
    new Set(list.items.map(soundOf)).size === 1 && soundOf(list.items[0]!) !== undefined;
  const fromWords = (
    level: QuestionLevel,
    fits: (list: PlanList) => boolean,
    wording: (list: PlanList) => string,
  ): LadderRung | undefined => {
    const list = wordLists.find(
      (entry) => !ground.used.has(`words:${entry.line}:${entry.items.join(',')}`) && fits(entry),
    );
    if (list === undefined) return undefined;
    used(`words:${list.line}:${list.items.join(',')}`);
    return { level, question: wording(list), from: 'example', line: list.line };
  };
  const spelling = (list: PlanList) =>
    /\b(?:spell|spelling|segment|segmenting|write|test)\b/i.test(list.head);
  const models = content.models.filter(
    (model) =>
      !ground.used.has(model.text) &&
      (overlap(stems, model.text) > 0 ||
        ground.shares(model.line) ||
        (letters.length > 0 && model.text.split(' ').some((word) => soundOf(word) !== undefined))),
  );
  const fromModel = (level: QuestionLevel): LadderRung | undefined => {
    const purpose = level === 'create' ? 'write' : 'read';
    const model = models.find((entry) => entry.purpose === purpose && !ground.used.has(entry.text));
    if (model === undefined) return undefined;
    used(model.text);
    const word = model.text.split(' ').find((entry) => soundOf(entry) !== undefined);
    const sound = word === undefined ? undefined : soundOf(word);
    const question =
      purpose === 'write'
        ? `Can you write "${model.text}"? Then write a sentence of your own${sound === undefined ? '' : ` with ${/^[aeiou]/.test(sound) ? 'an' : 'a'} "${sound}" word in it`}.`
        : `Read this sentence: "${model.text}"${sound === undefined ? ' What is it about?' : ` Which word has "${sound}" in it?`}`;
    return { level, question, from: 'example', line: model.line };
  };

  // "Solve two-step equations" with "3x + 4 = 19 and 5x - 2 = 18" written out: the teacher models the first.
  const fromEquation = (): LadderRung | undefined => {
    if (ground.verb === undefined || !SOLVING_VERBS.has(ground.verb)) return undefined;
    const open = (ground.equations ?? []).filter((equation) => !ground.used.has(equation.text));
    const equation = open[1] ?? open[0];
    if (equation === undefined) return undefined;
    used(equation.text);
    return {
      level: 'apply',
      question: `Can you ${ground.verb} ${equation.text}? Talk your partner through each step.`,
      from: 'example',
      line: equation.line,
    };
  };

  /** A question in the objective's words alone, which a plan's own (strict) ladder does without. */
  const template = (question: string | undefined) => (ground.strict ? undefined : question);
  /** A rung in the objective's own words; `undefined` where it would be a template about nothing in particular. */
  const fromObjective = (level: QuestionLevel, question: string | undefined): LadderRung | undefined =>
    question === undefined ? undefined : { level, question, from: 'objective' };
  // "give examples of Welsh words already known": what pupils know is the question, not a topic to ask about.
  const known = / already (?:known|know)\b/i.test(parts.doing ?? '')
    ? lastWords(parts.doing!.slice(0, parts.doing!.toLowerCase().indexOf(' already ')), 3)
    : undefined;
  // The objective's own key term ("loops", "Welsh words"), for a rung the plan gives nothing else for.
  const ownTerm = restoreCase(
    topic ??
      (parts.topic !== undefined && parts.topic.split(' ').length <= 6 ? parts.topic : undefined) ??
      objectiveTerm(parts, ground),
    ground.text,
  );

  const inclusive =
    fromQuestion('inclusive') ??
    fromCriterion('inclusive') ??
    // Only what it means: "Can you give an example?" is awkward of "hydrogen" and unsafe of "red website".
    fromTerm('inclusive', (term) => `What does "${term}" mean?`) ??
    fromList('inclusive', 'head', (list) =>
      namesKinds(list) ? `What are ${list.head}? Name as many as you can.` : undefined,
    ) ??
    // A keyword of the plan's the objective uses ("elif"), though the plan does not say what it means.
    fromKeyword() ??
    fromWords(
      'inclusive',
      // A spelling list is for the apply rung, where pupils spell its words; reading a list of words aloud
      // is a question for pupils learning to read, not Year 6 with a vocabulary list.
      (list) => (letters.length === 0 ? ground.young === true && !spelling(list) : pure(list)),
      (list) => `Can you read these ${wordsNamed(list.head)}: ${list.items.slice(0, 6).join(', ')}?`,
    ) ??
    // About the objective's key term, never the whole objective again ("what do you already know that
    // could help you give examples of Welsh words already known?" says nothing).
    fromObjective(
      'inclusive',
      known !== undefined
        ? `Which ${known} do you already know? Tell your partner one.`
        : ownTerm === undefined
          ? undefined
          : template(`What do you already know about ${ownTerm}? Tell your partner one thing.`),
    );

  // "Understand that...": why it is true is the explaining question; a key point or a term comes next.
  const whyTrue: LadderRung | undefined =
    parts.that === undefined
      ? undefined
      : fromObjective(
          'understand',
          // Five-year-olds show what is true; older pupils explain why.
          ground.young
            ? `Can you show me that ${parts.that}?`
            : `Why is it true that ${parts.that}? Explain in your own words.`,
        );
  // "Explain why volcanoes are found at destructive margins": a task that asks for the reasons explains.
  const explainingTasks = tasks.filter(
    (task) => EXPLAINING_TASK.test(task.text) && askableTask(task, stems, keywordStems, ground.young),
  );
  const understand =
    fromQuestion('understand') ??
    fromCriterion('understand') ??
    whyTrue ??
    fromStatement('understand', explainingTasks, 'task', (text) => `Can you ${lowerInitial(toOwn(text))}?`) ??
    fromStatement(
      'understand',
      keyPoints,
      'key point',
      (point) => `Explain in your own words: "${point}". Can you give an example?`,
    ) ??
    // A second term's meaning is a glossary's next entry, not a step up: a plan's own ladder asks one.
    (ground.strict
      ? undefined
      : fromTerm(
          'understand',
          (term) => `What does "${term}" mean? Explain it in your own words, with an example.`,
        )) ??
    fromList('understand', 'items', (list) => {
      const terms = list.items.filter(isListedTerm);
      return terms.length < 2 || stretchesKinds(list)
        ? undefined
        : `What do we mean by "${terms[0]}" and "${terms[1]}"? Give an example of each.`;
    }) ??
    fromWords(
      'understand',
      (list) => letters.length > 0 && pure(list),
      (list) => `What sound is the same in ${quotedWords(list.items.slice(0, 3))}? Which letters make it?`,
    ) ??
    fromObjective(
      'understand',
      parts.topic !== undefined && parts.doing === undefined
        ? template(`Can you explain ${parts.topic} in your own words, with an example?`)
        : undefined,
    );

  const apply =
    fromQuestion('apply') ??
    fromEquation() ??
    fromCriterion('apply') ??
    fromCriteria('apply') ??
    fromWords(
      'apply',
      (list) => spelling(list) && (letters.length === 0 || pure(list)),
      (list) => `Can you spell ${quotedWords(list.items.slice(0, 2))}? Say each sound as you write it.`,
    ) ??
    fromModel('apply') ??
    // A task set to pupils is asked of one: "set up their Raspberry Pi" → "set up your Raspberry Pi".
    fromStatement(
      'apply',
      tasks.filter(
        (task) => !EXPLAINING_TASK.test(task.text) && askableTask(task, stems, keywordStems, ground.young),
      ),
      'task',
      (text) => {
        const task = toOwn(withoutWhereWritten(text));
        return ground.young
          ? `Can you ${lowerInitial(task)}? Show me how.`
          : `Can you ${lowerInitial(task)}?${followUp(task)}`;
      },
    ) ??
    fromStatement(
      'apply',
      // "e.g. ~9000 deaths, avalanches on Everest": the teacher's illustration, not a model pupils make one like.
      examples.filter((example) => !/^e\.g\.? /i.test(example.text)),
      'example',
      (example) =>
        `Look at this example from the lesson: "${example}". Can you make up one like it, and explain it?`,
    ) ??
    fromObjective(
      'apply',
      template(
        parts.that !== undefined
          ? `Can you give a new example that shows ${parts.that}?`
          : // A making objective is its own create rung: asking it twice reads as a near-duplicate.
            parts.doing !== undefined && !parts.creating
            ? // Five-year-olds are asked to do it, not to talk a partner through their steps.
              ground.young
              ? `Can you ${parts.doing}? Show me.`
              : APPLY_BY_KIND[parts.kind ?? 'use'](parts.doing)
            : undefined,
      ),
    );

  // Two terms are compared only where the plan sets them side by side in one line of its teaching.
  const together = defined.length >= 2 ? pairedTerms(defined, ground.text, stems) : undefined;
  const twoTerms =
    together === undefined
      ? undefined
      : [written(together[0].term, ground.text), written(together[1].term, ground.text)];
  const twoTermsRung = (): LadderRung | undefined => {
    if (twoTerms === undefined || ground.used.has(`${twoTerms[0]}|${twoTerms[1]}`)) return undefined;
    // Compared where the ladder has asked about one of them, so the comparison follows from what came before.
    if (!together!.some((term) => asked.has(term.term))) return undefined;
    used(`${twoTerms[0]}|${twoTerms[1]}`);
    return {
      level: 'analyse',
      question: `What is the difference between "${twoTerms[0]}" and "${twoTerms[1]}"? Give an example of each.`,
      from: 'keyword',
      line: together![1].line,
    };
  };
  const pairRung = (): LadderRung | undefined => {
    // Only a confusion the plan names ("pupils confuse A with B"): two terms that share a belief
    // ("a bigger denominator means a bigger fraction") are not two ideas to tell apart.
    const confusion = misconceptions.find(
      (entry) =>
        entry.confused !== undefined && !ground.used.has(`${entry.confused[0]}|${entry.confused[1]}`),
    );
    if (confusion === undefined) return undefined;
    const [first, second] = confusion.confused!;
    used(`${first}|${second}`);
    // Its "Someone says: A and B are the same thing" would ask it again.
    if (confusion.claim !== undefined) used(confusion.claim);
    return {
      level: 'analyse',
      question: `What is the difference between ${first} and ${second}? How would you tell them apart?`,
      from: 'misconception',
      line: confusion.line,
    };
  };
  // With a misconception to evaluate, the plan's own judging question ("Which cause mattered most?") analyses.
  const claimedFirst = claimed.some((entry) => !ground.used.has(entry.claim!));
  const analyse =
    fromQuestion('analyse') ??
    fromCriterion('analyse') ??
    (claimedFirst ? fromQuestion('evaluate', 'analyse') : undefined) ??
    pairRung() ??
    fromList('analyse', 'items', (list) =>
      stretchesKinds(list)
        ? `Of ${joinList(list.items)}, which matters most in ${list.head.replace(/^the \p{L}+ of /u, '')}, and why?`
        : undefined,
    ) ??
    twoTermsRung() ??
    fromWords(
      'analyse',
      (list) => letters.length >= 2 && new Set(list.items.map(soundOf)).size >= 2,
      (list) =>
        `Sort these words into ${letters.map((group) => `"${group}"`).join(' and ')} words: ${list.items.slice(0, 8).join(', ')}.`,
    ) ??
    // Only where the objective names what is weighed ("explain the causes of flooding"): "which step is
    // easiest to get wrong?" fits any objective, so it says nothing about this one.
    fromObjective('analyse', parts.kind === 'explain' ? framedAnalysis(parts.doing ?? '') : undefined);

  const misconception = claimed.find((entry) => !ground.used.has(entry.claim!));
  if (misconception !== undefined) used(misconception.claim!);
  const evaluate =
    (misconception !== undefined
      ? {
          level: 'evaluate' as const,
          question: `Someone says: "${saidAloud(misconception.claim!)}." Do you agree? Explain how you know.`,
          from: 'misconception' as const,
          line: misconception.line,
        }
      : undefined) ??
    fromQuestion('evaluate') ??
    fromCriterion('evaluate');

  // "Create a new word using language change techniques": the plan's defined terms are the techniques to choose from.
  const techniques =
    defined.length >= 2 && /\b(?:techniques|methods|devices|features|strategies)\b/i.test(objective)
      ? defined.map((term) => written(term.term, ground.text))
      : [];
  const create =
    fromQuestion('create') ??
    fromCriterion('create') ??
    (parts.creating && parts.doing !== undefined
      ? fromObjective(
          'create',
          techniques.length >= 2
            ? `Can you ${parts.doing} (${techniques.slice(0, -1).join(', ')} or ${techniques[techniques.length - 1]})? Explain the choices you made.`
            : // A word equation has one right answer: there are no choices to explain.
              ONE_ANSWER.test(parts.doing)
              ? `Can you ${parts.doing}?`
              : `Can you ${parts.doing}? Explain the choices you made.`,
        )
      : undefined) ??
    fromStatement('create', stretch, 'task', (task) => `Can you go further: ${lowerInitial(task)}?`) ??
    fromModel('create');

  // A rung the plan gives nothing for is left out: four rungs about this lesson beat six with templates.
  const rungs = [inclusive, understand, apply, analyse, evaluate, create].filter(
    (rung): rung is LadderRung => rung !== undefined,
  );
  // Where the plan's own content carries the ladder, a rung in the objective's words alone is the odd one out.
  const grounded = rungs.filter((rung) => rung.from !== 'objective').length >= 3;
  const ladder = rungs
    // Bar the first and last: a ladder opens where everyone can answer, and a making objective is its own top rung.
    .filter(
      (rung) =>
        !grounded || rung.from !== 'objective' || rung.level === 'create' || rung.level === 'inclusive',
    )
    .filter(
      (rung) => !ground.young || !ASKS_FOR_EVIDENCE.test(rung.question) || rung.from === 'plan question',
    )
    .map((rung) =>
      rung.line === undefined || rung.line <= 0
        ? { level: rung.level, question: rung.question, from: rung.from }
        : rung,
    );
  const spoken = ground.oneToOne
    ? ladder.map((rung) => ({ ...rung, question: toTutee(rung.question) }))
    : ladder;
  const result: QuestionLadder = {
    objective: withoutPlaceholders(trimEnd(objective.trim())),
    ladder: spoken,
  };
  if (ground.strict && !climbsFromThePlan(spoken)) {
    // Two rungs of the plan's own that climb are kept, with what would take them higher: a teacher is
    // better served by the plan's recall and explain questions and a note than by no ladder at all.
    if (ground.partial === true && startsAClimb(spoken)) {
      result.toAdd = `Its ladder stops at ${LEVEL_NAMES[spoken[1]!.level]}: ${TOP_RUNG_TO_ADD}, and it will climb from there.`;
      return result;
    }
    for (const text of taken) ground.used.delete(text);
    result.ladder = [];
    // What to add is said only where it is plainly true: nothing else in the plan shares the objective's
    // words. Where the plan does say more, in words the ladder could not climb through, it says nothing
    // rather than tell the teacher the plan lacks what it has.
    if (saidElsewhere(objective, stems, ground.beyondObjectives ?? ground.text)) delete result.toAdd;
    else result.toAdd = whatToAdd(parts, ownTerm, []);
    return result;
  }
  // "Nothing else in the plan is about this objective" is only said when it is true: no other line
  // of the plan shares the objective's words (its task may be there in words the ladder could not use).
  if (
    spoken.every((rung) => rung.from === 'objective') &&
    !saidElsewhere(objective, stems, ground.beyondObjectives ?? ground.text, 2)
  )
    result.toAdd = whatToAdd(parts, ownTerm, spoken);
  return result;
}

/** A task that asks for reasons or an account: "Explain why...", "Describe how...". */
const EXPLAINING_TASK = /^(?:explain|describe|justify)\s+(?:why|how|what|the)\b/i;

/**
 * "What would be the problem with this?", "Milo wrote this. Is he right?": a question about what is on the
 * slide or the board, which a rung cannot show.
 */
const POINTS_AT_SLIDE =
  / (?:this|that|these|those|it)\?$|\b(?:wrote|did|said|drew|made|put) (?:this|that)[.?!]/i;

/** "What do you notice?": a question about what pupils have in front of them, nothing on its own. */
const LOOKING_QUESTION = /^what (?:do|can|did) you (?:notice|see|think|wonder)\?$/i;

/** The fewest rungs that make a ladder: a start everyone can answer, and two steps up. */
const FEWEST_RUNGS = 3;

/**
 * A ladder of the plan's own content: three rungs or more, no more than one of them in the objective's
 * words alone, and not only what its keywords mean ("What does "function" mean?" then "...condition..."
 * is a glossary, not a climb).
 */
const climbsFromThePlan = (ladder: readonly LadderRung[]) =>
  ladder.length >= FEWEST_RUNGS &&
  ladder.filter((rung) => rung.from !== 'objective').length >= FEWEST_RUNGS - 1 &&
  ladder.some((rung) => rung.from !== 'objective' && !MEANING.test(rung.question));

/**
 * Two rungs of the plan's own content, the second higher than the first and neither a glossary's
 * question alone: the start of a climb, short of its top.
 */
const startsAClimb = (ladder: readonly LadderRung[]) =>
  ladder.length === 2 &&
  ladder.every((rung) => rung.from !== 'objective') &&
  LEVEL_ORDER.indexOf(ladder[1]!.level) > LEVEL_ORDER.indexOf(ladder[0]!.level) &&
  LEVEL_ORDER.indexOf(ladder[1]!.level) < LEVEL_ORDER.indexOf('evaluate') &&
  ladder.some((rung) => !MEANING.test(rung.question));

/** What a ladder short of its top needs from the plan. */
const TOP_RUNG_TO_ADD =
  'add a misconception pupils can judge ("Pupils often think...") or a question that asks them to judge ("Do you agree that...?")';

/** A rung that asks what a term means, or how two differ: a glossary's questions. */
const MEANING = /^What (?:does "|is the difference between ")/;

/** "give examples of Welsh words" → "Welsh words": the noun phrase that ends a clause. */
function lastWords(text: string, most: number): string {
  const words = text.split(' ');
  const of = words.lastIndexOf('of');
  return words.slice(Math.max(of + 1, words.length - most)).join(' ');
}

/** Rungs too abstract for five- to seven-year-olds: "What is the evidence?", "What would convince someone else?". */
const ASKS_FOR_EVIDENCE = /\b(?:evidence|convince|justify|reliable)\b/i;

/** Words by which a plan asks pupils to explain, analyse or judge, in a question or a task. */
const LEVEL_CUES: [QuestionLevel, RegExp][] = [
  ['understand', /\b(?:why|explain|because|how does|how do|what happens)\b/i],
  [
    'analyse',
    /\b(?:compare|difference|differ|similar|in common|sort|rank|classify|categori[sz]e|pattern)\b/i,
  ],
  [
    'evaluate',
    // "Was that the right choice?", "Why is Sam wrong?", thumbs up or down on a claim, "always, sometimes or never".
    /\b(?:how do (?:we|you) know|do you agree|most important|judge|evaluate|justify|prove|is (?:he|she|it|this|that) (?:right|correct)|which is better|convince|right choice|wrong\?|true or false|thumbs|sometimes or never|who is right|when would you not|how far|how useful|reliable|should (?:we|he|she|they)|fair)\b/i,
  ],
];

/** How much of a line is scanned for an objective's words (a table row can be long). */
const LINE_ROOM = 2_000;

/**
 * Whether a line of the plan other than the objective's own shares `needed` of its words. The
 * objective's own words, where a line repeats them, do not count. A plan's own ladders need one
 * shared word: where they build no ladder, "nothing else in the plan is about this objective" must
 * never be said of a plan that is.
 */
function saidElsewhere(objective: string, stems: ReadonlySet<string>, text: string, needed = 1): boolean {
  if (stems.size === 0) return false;
  const own = objective.trim().toLowerCase().slice(0, 60);
  for (const whole of text.split('\n')) {
    // A flattened grid holds the objective and the rest of the week on one line: the rest still counts.
    const line = whole.toLowerCase().split(own).join(' ');
    if (line.trim().length < 12) continue;
    if (overlap(stems, line.slice(0, LINE_ROOM)) >= Math.min(needed, stems.size)) return true;
  }
  return false;
}

/**
 * What to add for an objective the plan says nothing else about, named for it: the ladder has
 * only the objective's own words, so it stops where they do.
 */
function whatToAdd(parts: ObjectiveParts, term: string | undefined, ladder: LadderRung[]): string {
  const what =
    parts.that !== undefined
      ? 'an example pupils can test it on and a question that asks them to judge it'
      : parts.doing !== undefined
        ? `a worked example or a task for it${term === undefined ? '' : `, what ${term.startsWith('"') ? term : `"${term}"`} means`} and a question that asks why`
        : 'its key words with what they mean and a question that asks why';
  const stops =
    ladder.length < 2
      ? 'it has no ladder yet'
      : `its ladder stops at ${LEVEL_NAMES[ladder[ladder.length - 1]!.level]}`;
  return `Nothing else in the plan is about this objective yet, so ${stops}: add ${what}, and the ladder will climb from them.`;
}

/**
 * A ladder for one objective the teacher names (a selected sentence), built on whatever the plan
 * around it says: its questions, terms, tasks and misconceptions.
 */
export function objectiveLadder(objective: string, plan: LessonPlan, content: PlanContent): QuestionLadder {
  return groundedLadder(objective, {
    content,
    text: plan.lines.join('\n'),
    keywords: plan.keywords,
    used: new Set(),
    shares: () => true,
    criteria: [],
    young: forYoungPupils(plan),
  });
}

/** Objectives whose example is an equation to work: "Solve two-step linear equations". */
const SOLVING_VERBS = new Set(['solve', 'rearrange', 'simplify', 'expand', 'factorise', 'factorize']);

/** Room a line has beyond its objective for more of the plan: a flattened grid's row holds the week's teaching too. */
const OBJECTIVE_LINE_ROOM = 40;

/** The plan's lines bar those that only state one of its objectives ("- Arrange steps into a logical order"). */
function withoutObjectiveLines(plan: LessonPlan, objectives: readonly PlanItem[]): string {
  const stated = new Map(objectives.map((objective) => [objective.line, objective.text.length]));
  return plan.lines
    .filter(
      (line, index) => line.length > (stated.get(index + 1) ?? -OBJECTIVE_LINE_ROOM) + OBJECTIVE_LINE_ROOM,
    )
    .join('\n');
}

/** The equations a plan writes out, each once, in the plan's order. */
function plansEquations(plan: LessonPlan): PlanStatement[] {
  const seen = new Set<string>();
  const equations: PlanStatement[] = [];
  for (const section of plan.sections)
    for (const entry of section.body)
      for (const equation of equationsIn(entry.text)) {
        if (seen.has(equation)) continue;
        seen.add(equation);
        equations.push({ text: equation, line: entry.line, section: section.heading });
      }
  return equations;
}

/** A long document (a unit of several lessons) gets ladders for its first objectives only, to stay readable. */
const MAX_LADDERS = 8;
/** How many objectives and success criteria a plan's ladders look through, so a pasted unit stays quick. */
const MAX_OBJECTIVES_READ = 200;
const MAX_CRITERIA = 40;

/** The first line of each run of objectives: lines 9 and 10 are one block, a focus at line 31 another. */
function objectiveBlocks(lines: number[]): number[] {
  const starts: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const line of [...lines].sort((a, b) => a - b)) {
    if (line - previous > 3) starts.push(line);
    previous = line;
  }
  return starts;
}

/** What a plan with no objectives is about, to head its one ladder: its first short heading. */
function lessonTopic(plan: LessonPlan): string {
  // "P3", "9B/En2", "ch.3": a class, room or page code names when the lesson is, not what it is about.
  const coded = (word: string) => word.includes('/') || (/\d/.test(word) && /\p{L}/u.test(word));
  const topicIn = (text: string) =>
    text
      .split(/ [–-] /)
      .reverse()
      .find((part) => part.split(' ').length <= 10 && !part.includes(':') && !part.split(' ').some(coded));
  const title = plan.title === 'Untitled lesson' ? undefined : topicIn(plan.title);
  if (title !== undefined) return title;
  for (const section of plan.sections) {
    const heading = section.heading === '' ? undefined : topicIn(section.heading);
    if (heading !== undefined) return heading;
  }
  return 'this lesson';
}

/** One ladder for the lesson as a whole, about these objectives where there are some; none if the plan gives too little. */
function lessonLadder(plan: LessonPlan, ground: Ground, objectives: string[]): QuestionLadder | undefined {
  ground.shares = () => true;
  ground.rivals = [];
  const ladder = groundedLadder(lessonTopic(plan), ground, true, objectives.join(' '));
  return ladder.ladder.length === 0 ? undefined : { objective: ladder.objective, ladder: ladder.ladder };
}

/** A starter that goes back over earlier lessons: "Retrieval (10 mins)", "Do Now: recap last lesson", "Flashback 4". */
const RETRIEVES = /\b(?:retriev\w*|recap|last lesson|previous lesson|last week|flashback|review of|revisit)/i;

/** The ladders for a plan's objectives, built on what the plan says; stems, table rows and field labels get none. */
export function planLadders(
  plan: LessonPlan,
  content: PlanContent,
): { ladders: QuestionLadder[]; toAdd: WhatToAdd[] } {
  const objectives = plan.objectives
    .slice(0, MAX_OBJECTIVES_READ)
    .filter((objective) => notAnObjective(objective.text) === undefined);
  const keyPoints = keyLearningPointLines(plan);
  const retrieval = new Set(
    plan.sections
      .filter(
        (section) =>
          section.kind === 'starter' &&
          RETRIEVES.test(`${section.heading} ${section.body[0]?.text.slice(0, 120) ?? ''}`),
      )
      .flatMap((section) => section.body.map((entry) => entry.line)),
  );
  const ground: Ground = {
    retrieval,
    content,
    text: joinedText(plan),
    keywords: plan.keywords,
    used: new Set(),
    shares: () => false,
    oneToOne: plan.kind === 'tuition' || isInterventionPlan(plan),
    young: forYoungPupils(plan),
    strict: true,
    equations: plansEquations(plan),
    beyondObjectives: withoutObjectiveLines(plan, objectives),
    // Bounded: a pasted unit can list thousands; the first few are the ones a ladder could use.
    // Oak's key learning points are content, asked through the plan's own questions rather than read back as "Can you...?".
    criteria: plan.successCriteria
      .slice(0, MAX_CRITERIA)
      .filter(
        (criterion) =>
          notAnObjective(criterion.text) === undefined &&
          (!keyPoints.has(criterion.line) || /^I can\b/i.test(criterion.text.trim())),
      )
      .map((criterion) => ({
        text: withoutBand(criterion.text),
        line: criterion.line,
        section: 'Success criteria',
      })),
  };
  // The plan's own hinge questions are asked as hinges, as written, not again as rungs without their options.
  const hinges = plansOwnHinges(plan).map((hinge) => hinge.question);
  for (const question of content.questions)
    if (hinges.some((hinge) => hinge.includes(question.text))) ground.used.add(question.text);
  const seen = new Set<string>();
  const distinct = objectives.filter((objective) => {
    const key = objectiveFocus(objective.text).statement.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const blocks = objectiveBlocks(objectives.map((objective) => objective.line));
  const blockAt = (line: number) => blocks.filter((start) => start <= line).length;
  const lessons = (plan.lessons ?? []).filter(
    (lesson) => lesson.objectives.length + lesson.questions.length > 0,
  );
  // A lesson whose objectives do not climb gets no ladder and no note: a scheme's framework table is not
  // asked to be a lesson plan.
  if (plan.kind === 'scheme' && lessons.length >= 2)
    return { ladders: schemeLadders(plan, lessons), toAdd: [] };
  const ladderFor = (objective: PlanItem) => {
    // Each block of objectives (a session record's second "Lesson Focus") owns what follows it.
    const block = blockAt(objective.line);
    const inBlock = objectives.filter((entry) => blockAt(entry.line) === block).length;
    ground.shares = (line) => inBlock <= 2 && Math.max(blockAt(line), 1) === block;
    const others = distinct.filter((other) => other !== objective && blockAt(other.line) === block);
    ground.rivals = others.map((other) => stemsOf(objectiveFocus(other.text).statement));
    ground.verb = objectiveFocus(objective.text).verbs[0];
    ground.rivalVerbs = others.map((other) => objectiveFocus(other.text).verbs[0]);
    return groundedLadder(objective.text, ground);
  };
  const built = distinct
    .slice(0, MAX_LADDERS)
    .map((objective) => ({ objective, ladder: ladderFor(objective) }));
  const ladders = built.filter(({ ladder }) => ladder.ladder.length > 0).map(({ ladder }) => ladder);
  let thin = built.filter(({ ladder }) => ladder.ladder.length === 0);
  // A pupil's worksheet or a page that is not a plan has no lesson to climb through: its questions are already set.
  const lesson = plan.kind !== 'pupil-facing' && plan.kind !== 'not-a-plan';
  const toAdd: WhatToAdd[] = [];
  // Objectives each too thin for a ladder of their own can still share one: the plan's questions, terms
  // and tasks for the lesson, climbing as the guidance asks.
  // Only within one block: a session record's two sessions are two lessons, not one ladder's content.
  const oneBlock = new Set(thin.map(({ objective }) => blockAt(objective.line))).size === 1;
  const together =
    thin.length >= 2 && lesson && oneBlock
      ? lessonLadder(
          plan,
          ground,
          thin.map(({ objective }) => objective.text),
        )
      : undefined;
  // "All: ... / Most: ... / Some: ...": outcomes the plan sets in bands already climb, a rung a band.
  // Only where no other ladder is built: the bands are the whole lesson's, and a second ladder would ask them again.
  const banded =
    together === undefined && ladders.length === 0 && thin.length > 0 && lesson
      ? (bandedLadder(plan) ?? criteriaLadder(plan))
      : undefined;
  if (banded !== undefined) {
    const numbers = thin.map(({ objective }) => String(distinct.indexOf(objective) + 1));
    ladders.push({
      objective:
        thin.length === 1
          ? thin[0]!.ladder.objective
          : `Objectives ${joinList(numbers)}: ${thin.map(({ ladder }) => ladder.objective).join('; ')}`,
      ladder: banded,
    });
    for (const entry of thin) entry.ladder.toAdd = undefined;
  }
  if (together !== undefined) {
    const numbers = thin.map(({ objective }) => String(distinct.indexOf(objective) + 1));
    // Headed by the objectives it serves, as the plan words them: a lesson's title can be a class or a week.
    ladders.push({
      ...together,
      objective: `Objectives ${joinList(numbers)}: ${thin.map(({ ladder }) => ladder.objective).join('; ')}`,
    });
  }
  // Objectives no shared ladder took keep the start of their own, where the plan gives two rungs that climb.
  if (together === undefined && banded === undefined && thin.length > 0) {
    ground.partial = true;
    for (const entry of thin) {
      const short = ladderFor(entry.objective);
      if (short.ladder.length > 0) entry.ladder = short;
    }
    ground.partial = false;
    ladders.splice(
      0,
      ladders.length,
      ...built.filter(({ ladder }) => ladder.ladder.length > 0).map(({ ladder }) => ladder),
    );
    thin = thin.filter(({ ladder }) => ladder.ladder.length === 0);
  }
  const bare = thin.filter(({ ladder }) => ladder.toAdd !== undefined);
  // The plan does say more about these, in lines no rung could be made of (instructions, a resource list):
  // said once, without claiming the plan is silent on them, so no objective is left with neither ladder nor word.
  const unclimbed =
    together === undefined && banded === undefined && lesson
      ? thin.filter(({ ladder }) => ladder.toAdd === undefined)
      : [];
  if (unclimbed.length > 0)
    toAdd.push({
      for: 'questions',
      ...(unclimbed.length === 1 ? { line: unclimbed[0]!.objective.line } : {}),
      message: `${unclimbed.length === 1 ? `"${unclimbed[0]!.ladder.objective}" has` : `${unclimbed.length} of these objectives have`} no ladder yet: the plan's lines about ${unclimbed.length === 1 ? 'it' : 'them'} do not yet give questions that climb from recall to reasoning. Write the questions you will ask as ${unclimbed.length === 1 ? 'it is' : 'each is'} taught (one everyone can answer, a why-question and one that asks pupils to judge) and ${unclimbed.length === 1 ? 'its ladder' : 'each ladder'} will be built from them.`,
    });
  if (bare.length >= 3)
    // Said once for the plan when most objectives have only their own words (a scheme's), not under every one.
    toAdd.push({
      for: 'questions',
      message: `${bare.length === built.length ? `None of these ${built.length} objectives has` : `${bare.length} of these ${built.length} objectives have`} anything else in the plan about ${bare.length === built.length ? 'it' : 'them'} yet, so ${bare.length === built.length ? 'none has' : 'they have'} a ladder: add to each a worked example, a task or a key question, and its ladder will climb from them.`,
    });
  else
    for (const { objective, ladder } of bare)
      toAdd.push({
        for: 'questions',
        line: objective.line,
        message: `"${ladder.objective}": ${lowerInitial(ladder.toAdd!)}`,
      });
  for (const { ladder } of thin) delete ladder.toAdd;
  if (built.length === 0 && lesson) {
    const ownQuestions = content.questions.filter((question) => question.text.endsWith('?')).length;
    const defined = content.terms.filter((term) => term.definition !== undefined).length;
    // No objective, but the plan's own questions and terms may still make a ladder for the lesson.
    const whole = ownQuestions + defined >= 2 ? lessonLadder(plan, ground, []) : undefined;
    if (whole !== undefined) {
      ladders.push(whole);
      toAdd.push({
        for: 'questions',
        message:
          'No learning objective was found, so the ladder is built on the lesson as a whole; add an objective ("Pupils will be able to...") and each objective gets its own ladder.',
      });
    }
  }
  return { ladders, toAdd };
}

const LEVEL_ORDER: QuestionLevel[] = ['inclusive', 'understand', 'apply', 'analyse', 'evaluate', 'create'];

/** The level a scheme's objective asks for, by its first verb: "Name..." recall, "Decompose..." analyse. */
const VERB_LEVELS: [QuestionLevel, string][] = [
  [
    'inclusive',
    'name list state label recall identify define recognise recognize spell repeat match count point',
  ],
  ['understand', 'explain describe summarise summarize relate reflect'],
  [
    'apply',
    'use apply practise practice express order arrange represent select execute follow traverse translate employ encode decode convert solve draw complete modify share',
  ],
  [
    'analyse',
    'compare contrast analyse analyze distinguish differentiate classify sort decompose predict determine verify break',
  ],
  ['evaluate', 'evaluate judge assess critique decide justify'],
  ['create', 'create design write compose invent plan make produce build'],
];
const VERB_LEVEL = new Map(
  VERB_LEVELS.flatMap(([level, verbs]) => verbs.split(' ').map((verb) => [verb, level] as const)),
);

/** A scheme's objective as a question for pupils: "Can you decompose large activities into a series of smaller events?". */
function schemeRung(objective: string): LadderRung | undefined {
  const parts = partsOf(objective);
  if (parts.that !== undefined)
    return { level: 'understand', question: `Why is it true that ${parts.that}?`, from: 'objective' };
  if (parts.topic !== undefined && parts.doing === undefined)
    return {
      level: 'understand',
      question: `Can you explain ${parts.topic} to your partner?`,
      from: 'objective',
    };
  if (parts.doing === undefined) return undefined;
  const doing = withoutTeacherTalk(parts.doing);
  return { level: schemeLevel(doing), question: `Can you ${doing}?`, from: 'objective' };
}

/**
 * The level an objective asks for: the highest its verbs reach, so "count the number of times an action
 * runs and represent it as instructions in a program" is applying, not recall by its first word.
 */
function schemeLevel(doing: string): QuestionLevel {
  const words = doing.toLowerCase().split(' ');
  // "Identify when a loop can be used", "identify the benefits of...": judging where an idea applies, not recall.
  if (
    words[0] === 'identify' &&
    /^(?:when|why|how|situations|the benefits|the reasons)\b/.test(words.slice(1).join(' '))
  )
    return 'understand';
  const verbs = [words[0]!, ...words.filter((_, index) => words[index - 1] === 'and')];
  const levels = verbs.flatMap((verb) => VERB_LEVEL.get(verb) ?? []);
  if (levels.length === 0) return 'apply';
  return levels.reduce((highest, level) =>
    LEVEL_ORDER.indexOf(level) > LEVEL_ORDER.indexOf(highest) ? level : highest,
  );
}

/** "Reflect on the debugging process in an age-appropriate way": the last words are for the teacher, not the pupil. */
const TEACHER_TALK = [
  ' in an age-appropriate way',
  ' in an age appropriate way',
  ' with or without a computer',
];
const withoutTeacherTalk = (doing: string) =>
  TEACHER_TALK.reduce((text, words) => (text.endsWith(words) ? text.slice(0, -words.length) : text), doing);

/** How many of a scheme's lessons get a ladder: one each, spread across the scheme, so the page stays readable. */
const MAX_SCHEME_LADDERS = 8;

/**
 * A ladder for each of a scheme's lessons, spread across it (the first, the last and evenly
 * between): the lesson's own objectives and enquiry questions are its rungs, each at the level
 * its verb asks for, so the ladder is the lesson's content climbing, not a template.
 */
function schemeLadders(plan: LessonPlan, lessons: SchemeLesson[]): QuestionLadder[] {
  const read = lessons.slice(0, MAX_SCHEME_LESSONS_READ);
  const climbing = read.flatMap((lesson) => {
    const ladder = schemeLadder(plan, lesson);
    return ladder === undefined ? [] : [ladder];
  });
  const count = Math.min(MAX_SCHEME_LADDERS, climbing.length);
  const picked = [
    ...new Set(
      Array.from({ length: count }, (_, index) =>
        count === 1 ? 0 : Math.round((index * (climbing.length - 1)) / (count - 1)),
      ),
    ),
  ].map((index) => climbing[index]!);
  return picked;
}

/** How many of a scheme's lessons are read for ladders, so a pasted year's scheme stays quick. */
const MAX_SCHEME_LESSONS_READ = 200;

/**
 * "explain at least 3 causes of the factory system and judge which mattered most" → its two clauses, each
 * opened by a verb the levels know; an objective with one verb is one clause.
 */
const SHORTEST_CLAUSE = 5;
/** A clause whose object is the clause before's: "represent it as instructions", "compare them". */
const LEANS_BACK = /^\S+ (?:it|them|this|these|that|those|which|one)\b/i;

function clausesOfObjective(objective: string): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (let at = objective.indexOf(' and '); at !== -1; at = objective.indexOf(' and ', at + 1)) {
    const verb = objective
      .slice(at + 5)
      .split(' ', 1)[0]!
      .toLowerCase();
    // "...and judge which mattered most", "...and represent it as a loop" lean on the clause before them,
    // and "Recall and apply the rules" is one clause with two verbs: each stays one.
    const next = objective.slice(at + 5);
    if (
      !VERB_LEVEL.has(verb) ||
      wordCount(next) < SHORTEST_CLAUSE ||
      wordCount(objective.slice(start, at)) < SHORTEST_CLAUSE ||
      LEANS_BACK.test(next)
    )
      continue;
    clauses.push(objective.slice(start, at));
    start = at + 5;
  }
  clauses.push(objective.slice(start));
  return clauses;
}

/** A scheme lesson's ladder: its own objectives and enquiry questions, one a level; none below three levels. */
function schemeLadder(plan: LessonPlan, lesson: SchemeLesson): QuestionLadder | undefined {
  const rungs = [
    // "domestic system" in the row's key words: the rung everyone can reach.
    ...(lesson.keywords ?? []).slice(0, 1).map(
      (term): LadderRung => ({
        level: 'inclusive',
        question: `What does "${term}" mean?`,
        from: 'keyword',
        line: lesson.line,
      }),
    ),
    ...lesson.questions.map(
      (question): LadderRung => ({
        level: questionLevel(question.text),
        question: trimEnd(question.text),
        from: 'plan question',
        line: question.line,
      }),
    ),
    ...lesson.objectives
      .filter((objective) => notAnObjective(objective.text) === undefined)
      .flatMap((objective) =>
        // "explain at least 3 causes of the factory system and judge which mattered most": two climbs.
        clausesOfObjective(objective.text).flatMap((clause) => {
          const rung = schemeRung(clause);
          return rung === undefined ? [] : [{ ...rung, line: objective.line }];
        }),
      ),
  ];
  // One rung a level, the first the lesson gives, in the order the guidance climbs.
  const ladder = LEVEL_ORDER.flatMap((level) => rungs.find((rung) => rung.level === level) ?? []).map(
    (rung) => ({ ...rung, question: rung.question.endsWith('?') ? rung.question : `${rung.question}?` }),
  );
  // Fewer than two levels is not a climb, nor one that starts above recall: such a lesson gets none.
  if (ladder.length < 2 || ladder[0]!.level !== 'inclusive') return undefined;
  // A lesson read from a table's row is named by its title; the row's line holds the whole row.
  const line = plan.lines[lesson.line - 1] ?? lesson.title;
  const heading = line.includes(' | ') ? lesson.title : trimStart(line);
  const result: QuestionLadder = { objective: heading === '' ? lesson.title : heading, ladder };
  // Two rungs start a climb the scheme's row does not finish: it says what would.
  if (ladder.length < FEWEST_RUNGS && LEVEL_ORDER.indexOf(ladder[1]!.level) < LEVEL_ORDER.indexOf('evaluate'))
    result.toAdd = `Its ladder stops at ${LEVEL_NAMES[ladder[1]!.level]}: a question for this lesson that asks pupils to judge ("How far...?", "Which mattered most?") would let it climb.`;
  return result;
}

/** "## Lesson 5: Getting Loopy" → "Lesson 5: Getting Loopy". */
function trimStart(heading: string): string {
  let at = 0;
  while (at < heading.length && (heading[at] === '#' || heading[at] === ' ')) at += 1;
  return heading.slice(at).trim();
}

/**
 * The levels of the plan's own questions, and the next level that would stretch them: "Your
 * plan's questions are 5 recall and 1 explain; none asks pupils to analyse: a question comparing
 * X and Y would stretch." Null when the plan writes no questions down.
 */
/** The fewest questions read from a plan that say what its questioning climbs to. */
const FEWEST_REVIEWED = 3;

export function questionReview(plan: LessonPlan, content: PlanContent): string | null {
  const questions = content.questions;
  // One or two questions read are too few to say what the plan's questioning lacks: a plan that writes out
  // so few has more in its tasks and talk than the reader can count.
  if (questions.length < FEWEST_REVIEWED) return null;
  const counts = new Map<QuestionLevel, number>();
  for (const question of questions) counts.set(question.level, (counts.get(question.level) ?? 0) + 1);
  const named = LEVEL_ORDER.filter((level) => counts.has(level)).map(
    (level) => `${counts.get(level)} ${LEVEL_NAMES[level]}`,
  );
  const list =
    named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  const text = joinedText(plan);
  const term = content.terms.find((entry) => entry.definition !== undefined);
  const objective = plan.objectives.find((entry) => notAnObjective(entry.text) === undefined);
  // Named only where the plan names it, as a defined term or a keyword of the objective: a topic pieced
  // from an objective or a heading ("how Do now (7 min) compares with...") reads as a seam.
  const isKeyword = (phrase: string) =>
    plan.keywords.some((word) => word.toLowerCase() === phrase.toLowerCase());
  const topic =
    term !== undefined
      ? written(term.term, text)
      : objective === undefined
        ? undefined
        : keyPhrases(lowerInitial(objectiveFocus(objective.text).focus), plan.keywords).find(
            (entry) => entry.central && isKeyword(entry.phrase),
          )?.phrase;
  const pair = pairFor(content.misconceptions, content.terms, text);
  const stretch: Partial<Record<QuestionLevel, string>> = {
    understand: `a why-question${topic === undefined ? '' : ` about ${asTopic(topic)}`} would stretch`,
    analyse:
      pair === undefined
        ? `a question that asks pupils to compare${topic === undefined ? " two of the lesson's ideas" : ` ${asTopic(topic)} with something they already know`} would stretch`
        : `a question comparing ${pair[0]} with ${pair[1]} would stretch`,
    evaluate: `a question that asks pupils to judge ("How do we know...?", "Do you agree that...?") would stretch`,
  };
  // The plan's tasks ask too ("Explain how you know", "Which cause was most important?"), and the
  // questions read are not always all it asks: a level is only called missing if neither asks it.
  const asked = new Set<QuestionLevel>(counts.keys());
  for (const task of content.tasks) asked.add(questionLevel(task.text));
  for (const [level, cue] of LEVEL_CUES)
    if (!asked.has(level) && findLine(plan, cue) !== undefined) asked.add(level);
  const missing = (['understand', 'analyse', 'evaluate'] as const).find((level) => !asked.has(level));
  const recall = counts.get('inclusive') ?? 0;
  const total = questions.length;
  const summary =
    named.length === 1
      ? `The ${total} questions read in your plan all ask pupils to ${LEVEL_NAMES[LEVEL_ORDER.find((level) => counts.has(level))!]}`
      : `The ${total} questions read in your plan are ${list}`;
  if (missing !== undefined)
    return `${summary}; none asks pupils to ${LEVEL_NAMES[missing]}: ${stretch[missing]}.`;
  if (recall * 2 > total && !asked.has('evaluate'))
    return `${summary}; most are recall, so a question that asks pupils to judge ("How do we know...?", "Do you agree that...?") would stretch more of them.`;
  // Nothing is missing once the tasks are counted: say so only if the questions alone climb.
  return counts.has('evaluate') && recall > 0
    ? `${summary}: they already climb from recall to evaluation.`
    : null;
}
