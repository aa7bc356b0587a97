import { defineRule, type RuleReport } from '../../rule';
import {
  at,
  endingsOf,
  firstSentence,
  isInterventionPlan,
  joinedText,
  sectionsOf,
  teachingSections,
} from '../evidence';
import { objectiveTerms } from '../terms';
import type { LessonPlan, PlanItem, PlanSection, SectionKind } from '../types';

/** Parts that check or revisit learning rather than teach it. */
const CHECKING: readonly SectionKind[] = ['plenary', 'mini-plenary', 'assessment'];
/** Parts about particular pupils or after the lesson: an objective taught only there is not taught to the class. */
const NOT_TEACHING: readonly SectionKind[] = [
  ...CHECKING,
  'most-able',
  'homework',
  'differentiation',
  'sen',
  'eal',
  'teaching-assistant',
];
/** Words in most objectives that say nothing about what this one is about. */
const GENERIC = new Set([
  'able',
  'pupils',
  'students',
  'children',
  'learners',
  'lesson',
  'different',
  'simple',
  'using',
  'range',
  'example',
  'examples',
  'work',
  'things',
  'ways',
  'know',
  'understand',
  'learn',
]);
/** A plenary that returns to "the objective" or "the success criteria" revisits them all. */
const BACK_TO_OBJECTIVES = /\b(?:objectives?|LOs?|learning intentions?|success criteria|WALT|I can)\b/i;
/** Fewer words than this in the teaching, and the plan is too thin to say what it does not teach. */
const ENOUGH_TEACHING = 40;
/** An objective of fewer telling words than this is too short to say it is missing from the teaching. */
const ENOUGH_TERMS = 2;

/**
 * Words compared by their first five letters, so "reacting" meets "reaction" and "calculate" meets
 * "calculating"; a short word must match whole.
 */
const key = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function keysOf(
  sections: readonly Pick<PlanSection, 'heading' | 'body'>[],
  acronyms: ReadonlyMap<string, string>,
): Set<string> {
  const text = sections
    .map((section) => `${section.heading}\n${section.body.map((entry) => entry.text).join('\n')}`)
    .join('\n');
  // Every word counts here, verbs too: "one sentence explaining their results" returns to "To explain...".
  const words = text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? [];
  const keys = new Set(words.map(key));
  // "erosion processes" teaches "the ways a river erodes": the noun in -sion is the verb in -de.
  for (const word of words) if (/[^s]sions?$/.test(word)) keys.add(key(word.replace(/sions?$/, 'de')));
  // "the 4 definitions" teaches "the four ways".
  for (const digit of text.match(/\b(?:[2-9]|10)\b/g) ?? []) keys.add(NUMBER_WORDS[Number(digit)]!);
  // "PED + TR: TR diagram" teaches "total revenue", as the plan spells it out elsewhere ("total revenue (TR)").
  for (const [acronym, words] of acronyms)
    if (new RegExp(`\\b${acronym}\\b`).test(text)) for (const word of words.split(' ')) keys.add(key(word));
  return keys;
}

/** "total revenue (TR)", "price elasticity of demand (PED)": the plan's own acronyms, with the words they stand for. */
function acronymsIn(plan: LessonPlan): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of joinedText(plan).matchAll(/\(([A-Z]{2,5})\)/g)) {
    const acronym = match[1]!;
    const before = joinedText(plan)
      .slice(Math.max(0, match.index - 60), match.index)
      .trim()
      .split(/\s+/);
    // The words before the bracket whose initials spell it, skipping "of", "and", "the".
    const words: string[] = [];
    let letter = acronym.length - 1;
    for (let at = before.length - 1; at >= 0 && letter >= 0; at--) {
      const word = before[at]!.toLowerCase().replace(/[^a-z]/g, '');
      if (word === '') break;
      if (word[0] === acronym[letter]!.toLowerCase()) {
        words.unshift(word);
        letter -= 1;
      } else if (!['of', 'and', 'the', 'in', 'to'].includes(word)) break;
    }
    if (letter < 0 && !found.has(acronym)) found.set(acronym, words.join(' '));
  }
  return found;
}

/** The objective's content words and its verb: "Investigate (25 mins)" teaches "To investigate which...". */
function termsOf(objective: PlanItem): string[] {
  // "bring in context – Owen writing from the trenches...": what follows the dash is detail, whose names
  // (the poets) the teaching uses anyway; the objective is what comes before it.
  const dash = objective.text.indexOf(' – ');
  const head = dash > 0 ? objectiveTerms(objective.text.slice(0, dash)) : undefined;
  const read =
    head !== undefined && head.terms.length + (head.verb === undefined ? 0 : 1) >= ENOUGH_TERMS
      ? head
      : objectiveTerms(objective.text);
  return [...(read.verb === undefined ? [] : [read.verb]), ...read.terms]
    .map((term) => term.toLowerCase())
    .filter((term) => term.length >= 3 && !GENERIC.has(term));
}

/**
 * The words that tell objectives apart: not the words every objective shares ("chemical reactions"
 * in both of a chemistry lesson's), which would find any of them taught.
 */
function distinctive(all: string[][]): string[][] {
  if (all.length < 2) return all;
  const shared = new Set(
    all[0]!.map(key).filter((word) => all.every((terms) => terms.some((term) => key(term) === word))),
  );
  return all.map((terms) => {
    const own = terms.filter((term) => !shared.has(key(term)));
    return own.length > 0 ? own : terms;
  });
}

/** A word in at least this many episodes, and in most of them, is the lesson's topic. */
const TOPIC_EPISODES = 3;

/**
 * The lesson's topic and case study ("flooding", "Boscastle"): words most of its episodes use. They are
 * taught whichever objective they are written into, so they tell nothing of which objective is taught.
 */
function topicKeys(teaching: readonly PlanSection[], acronyms: ReadonlyMap<string, string>): Set<string> {
  const keys = new Set<string>();
  const counts = new Map<string, number>();
  for (const section of teaching)
    for (const word of keysOf([section], acronyms)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word, count] of counts)
    if (count >= TOPIC_EPISODES && count * 2 > teaching.length) keys.add(word);
  return keys;
}

/** An objective's words less the lesson's topic, where enough are left to trace it by. */
function withoutTopic(terms: string[], topic: ReadonlySet<string>): string[] {
  const rest = terms.filter((term) => !topic.has(key(term)));
  return rest.length >= ENOUGH_TERMS ? rest : terms;
}

/** A line of stretch for those who finish or the most able: "Extension: ...", "Challenge – ...", "HA: ...". */
const STRETCH_LINE =
  /^\W{0,3}(?:extension|challenge|stretch|greater depth|G&T|HA|most able)\b(?: task)?\s?[:–-]/i;

/** A line that puts its teaching off: "hex - next week prob.", "if time show 16 in hex", "next lesson: ...". */
const PUT_OFF =
  /\b(?:next (?:week|lesson|time)|if (?:there'?s |there is |we have |we've got )?(?:time|any time left)|if we get (?:there|to it|time))\b/i;

/** A line of an episode on its own, to read its words as the episodes' are read. */
function lineSection(line: PlanItem): Pick<PlanSection, 'heading' | 'body'> {
  return { heading: '', body: [line] };
}

/** Objectives that ask pupils to judge. */
const JUDGING_VERBS = new Set(['evaluate', 'judge', 'assess', 'justify', 'weigh']);
/** Where pupils are asked to judge: "Which cause was the most important?", "How far...", "a judgement paragraph". */
const JUDGING =
  /\b(?:evaluat\w*|judg(?:e|ement|ing)|most important|most significant|how far\b|to what extent|which (?:\w+ )?(?:was|is|mattered) (?:the )?most|weigh(?:s|ing)? up)/i;

/** Where an objective joins a second claim to teach: "... and that this can be explained by ...". */
const AND_THAT = ' and that ';

type MessageId = 'notTaught' | 'putOff' | 'onlyStretch' | 'noneTaught' | 'notRevisited';

export const objectivesTaught = defineRule<LessonPlan, MessageId>({
  id: 'lesson/objectives-taught',
  title: 'Each objective taught and revisited',
  guidance: 'hqtl/planning-flow',
  severity: 'suggestion',
  messages: {
    notTaught:
      'Objective {number}, "{objective}", is not taught in any episode yet: which part of the lesson teaches it?',
    putOff:
      'Objective {number}, "{objective}", is taught only if there is time or next lesson ("{words}"): is it an objective of this lesson, or of the next?',
    onlyStretch:
      'Objective {number}, "{objective}", is met only in the extension for those who finish or the most able: where will the whole class work towards it?',
    noneTaught:
      "None of the objectives' key ideas ({terms}) appears in the lesson's activities: are these the objectives for this lesson, or could the activities say what pupils will learn?",
    notRevisited:
      'The plenary does not yet return to {objectives}: could it ask pupils to show that learning, so you and they can see the progress made?',
  },
  check(plan) {
    // A scheme's page of objectives is many lessons' worth: only a single lesson's objectives are traced.
    if (plan.objectives.length === 0 || plan.objectives.length > 6 || isInterventionPlan(plan)) return [];
    const planned = teachingSections(plan).filter((section) => !NOT_TEACHING.includes(section.kind));
    // "hex - next week prob. if time show 16 in hex": what is put off is not taught in this lesson.
    const teaching = planned.map((section) => ({
      ...section,
      body: section.body.filter((entry) => !PUT_OFF.test(entry.text)),
    }));
    const putOff = planned.flatMap((section) => section.body.filter((entry) => PUT_OFF.test(entry.text)));
    const acronyms = acronymsIn(plan);
    const taughtWords = keysOf(teaching, acronyms);
    if (taughtWords.size < ENOUGH_TEACHING) return [];
    const topic = topicKeys(teaching, acronyms);
    const own = distinctive(plan.objectives.map(termsOf)).map((terms) => withoutTopic(terms, topic));
    const traced = plan.objectives
      .map((objective, index) => ({
        objective,
        number: index + 1,
        terms: own[index]!,
        all: termsOf(objective),
      }))
      .filter(({ terms }) => terms.length > 0);
    // Words are a rough guide to what an episode teaches ("persuasive techniques" are taught as
    // rhetorical questions), so an objective is called untaught only beside others of the same plan,
    // and only when several of its telling words are all missing from the teaching.
    const taught = (term: string) => taughtWords.has(key(term));
    const untaught =
      traced.length < 2
        ? []
        : traced.filter((entry) => entry.terms.length >= ENOUGH_TERMS && !entry.terms.some(taught));
    if (untaught.length >= 2 && untaught.length === traced.length) {
      const terms = [...new Set(traced.flatMap((entry) => entry.terms))].slice(0, 4).join(', ');
      return [{ messageId: 'noneTaught', data: { terms }, ...at(traced[0]!.objective) }];
    }
    const classText = teaching
      .flatMap((section) => section.body.filter((entry) => !STRETCH_LINE.test(entry.text)))
      .map((entry) => entry.text)
      .join('\n');
    // "Extension: Which cause was the most important?" is set for those who finish: the class does not judge.
    const stretchText = [
      ...sectionsOf(plan, 'most-able').flatMap((section) => section.body),
      ...teachingSections(plan).flatMap((section) =>
        section.body.filter((entry) => STRETCH_LINE.test(entry.text)),
      ),
    ]
      .map((entry) => entry.text)
      .join('\n');
    // "Evaluate which cause was most important", judged only in the extension: the class never weighs the causes.
    const judgedOnlyInStretch = (objective: PlanItem) =>
      JUDGING_VERBS.has(objectiveTerms(objective.text).verb?.toLowerCase() ?? '') &&
      !JUDGING.test(classText) &&
      JUDGING.test(stretchText);
    const reports = traced.flatMap(({ objective, number }): RuleReport<MessageId>[] => {
      const data = { number, objective: objective.text };
      if (judgedOnlyInStretch(objective)) return [{ messageId: 'onlyStretch', data, ...at(objective) }];
      const entry = untaught.find((candidate) => candidate.objective === objective);
      if (entry === undefined) return [];
      const later = putOff.find((line) =>
        entry.terms.some((term) => keysOf([lineSection(line)], acronyms).has(key(term))),
      );
      return later === undefined
        ? [{ messageId: 'notTaught', data, ...at(objective) }]
        : [{ messageId: 'putOff', data: { ...data, words: firstSentence(later.text) }, ...at(later) }];
    });
    // "...affect the rate and that this can be explained through a particle model" is two things to
    // teach: a second claim joined by "and that" is traced on its own content words.
    for (const entry of traced) {
      if (untaught.includes(entry)) continue;
      const join = entry.objective.text.toLowerCase().indexOf(AND_THAT);
      if (join === -1) continue;
      const part = entry.objective.text.slice(join + AND_THAT.length).trim();
      const words = objectiveTerms(part)
        .terms.map((term) => term.toLowerCase())
        .filter((term) => term.length >= 4 && !GENERIC.has(term));
      if (words.length >= ENOUGH_TERMS && !words.some((term) => taughtWords.has(key(term))))
        reports.push({
          messageId: 'notTaught',
          data: { number: entry.number, objective: part },
          where: { kind: 'plan', line: entry.objective.line },
          quote: part,
        });
    }
    // Revisiting is asked only of a plenary that has been written; a missing one is prompted already.
    const checks = [...endingsOf(plan), ...sectionsOf(plan, 'mini-plenary', 'assessment')].filter(
      (section) => section.body.length > 0,
    );
    const checkText = checks.flatMap((section) => [
      section.heading,
      ...section.body.map((entry) => entry.text),
    ]);
    // Without a written ending, the assessment notes alone are no plenary to return to the objectives.
    const ended = endingsOf(plan).some((section) => section.body.length > 0);
    if (!ended || checkText.some((text) => BACK_TO_OBJECTIVES.test(text))) return reports;
    const checkedWords = keysOf(checks, acronyms);
    // As with teaching, words are a rough guide ("2x + 5 = 17" revisits solving equations), so an
    // objective is called unrevisited only beside another that the plenary does return to.
    const revisited = traced.filter((entry) => entry.all.some((term) => checkedWords.has(key(term))));
    if (revisited.length === 0) return reports;
    const unrevisited = traced.filter(
      // Any of its words will do here: a plenary question about "causes" revisits "the causes of flooding".
      (entry) =>
        !untaught.includes(entry) && !revisited.includes(entry) && entry.terms.length >= ENOUGH_TERMS,
    );
    if (unrevisited.length > 0) {
      const objectives =
        unrevisited.length === traced.length && traced.length > 1
          ? 'the objectives'
          : unrevisited
              .map(({ number, objective }) => `objective ${number} ("${objective.text}")`)
              .join(' or ');
      // "Cool down" then "Plenary in the centre circle": the part called the plenary is the one quoted.
      const shown = checks.find((section) => /\bplenary\b/i.test(section.heading)) ?? checks[0]!;
      reports.push({
        messageId: 'notRevisited',
        data: { objectives },
        ...at({ text: shown.heading, line: shown.line }),
      });
    }
    return reports;
  },
});
