import {
  contentWords,
  type KeyPhrase,
  keyPhrases,
  lowerInitial,
  objectiveFocus,
  objectiveTerms,
} from './terms';
import type { HingeQuestion, LessonPlan, QuestionLadder } from './types';

/**
 * Question generators. The ladder follows the order the guidance gives: "start with inclusive
 * questions which establish a common understanding in the class, then ramp up the level of
 * challenge". Every question is built from the objective's own verb and key terms, so it is
 * about this lesson; the same objective always gives the same questions.
 */

type Family =
  | 'explain'
  | 'describe'
  | 'know'
  | 'compare'
  | 'calculate'
  | 'write'
  | 'use'
  | 'analyse'
  | 'evaluate'
  | 'create';

/** Which kind of thinking a command verb asks for, so the ladder asks the questions that fit it. */
const FAMILIES: Record<Family, string> = {
  explain: 'explain justify',
  describe: 'describe summarise summarize retell present sequence',
  know: 'recall remember name list state label recognise recognize identify know understand learn',
  compare: 'compare contrast distinguish classify sort order',
  calculate:
    'calculate solve add subtract multiply divide convert estimate round simplify measure find prove balance translate',
  write: 'write compose redraft edit improve',
  use: 'use apply demonstrate construct draw plot spell punctuate perform model',
  analyse: 'analyse analyze investigate examine explore interpret infer predict read',
  evaluate: 'evaluate assess judge critique argue',
  create: 'create design plan develop produce',
};
const FAMILY_OF = new Map<string, Family>(
  Object.entries(FAMILIES).flatMap(([family, verbs]) =>
    verbs.split(' ').map((verb) => [verb, family as Family] as const),
  ),
);

/**
 * The verb that sets the challenge: the last one named, unless it only frames ("identify and
 * explain" → explain); "explain the difference between" asks for a comparison.
 */
function familyOf(verbs: readonly string[], focus: string): Family {
  if (/\bdifferences? between\b/i.test(focus)) return 'compare';
  const families = verbs.map((verb) => FAMILY_OF.get(verb) ?? 'know');
  return families.filter((family) => family !== 'know').pop() ?? 'know';
}

interface Terms {
  /** The broadest term, for the question that opens the ladder to everyone. */
  topic: KeyPhrase;
  /** The most specific term, to define, apply and question. */
  key: KeyPhrase;
  /** A second term to connect the key term to. */
  other?: KeyPhrase;
}

const asTerm = (text: string): KeyPhrase => ({
  text,
  phrase: text,
  plural: false,
  proper: false,
  keyword: false,
  central: true,
});

/** What a ladder is about when its objective names nothing to question ("To create", "LO:"). */
const THIS_TOPIC = asTerm('this topic');

function pickTerms(phrases: KeyPhrase[], fallback: KeyPhrase): Terms {
  const topic = phrases[0] ?? fallback;
  const key = phrases.find((phrase) => phrase.text.includes(' ')) ?? topic;
  const rest = phrases.filter((phrase) => phrase !== key);
  const other =
    rest.find((phrase) => phrase.keyword) ??
    rest.find((phrase) => phrase.central && phrase.text.includes(' ')) ??
    (topic === key ? rest.filter((phrase) => phrase.central).pop() : topic);
  return other === undefined ? { topic, key } : { topic, key, other };
}

const withA = (words: string) =>
  `${/^(?:[aeiou]|hour|honest)/i.test(words) && !/^(?:uni|us[eu]|eu|one\b)/i.test(words) ? 'an' : 'a'} ${words}`;

function pluralise(words: string): string {
  // "a sequence of movements" → "sequences of movements": the noun before its qualifier counts.
  const qualified = /^(.+?)( (?:of|in|on) .+)$/.exec(words);
  if (qualified !== null) return `${pluralise(qualified[1]!)}${qualified[2]}`;
  if (/(?:s|x|z|ch|sh)$/.test(words)) return `${words}es`;
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  return `${words}s`;
}

/** A term as the thing talked about: "a common denominator" → "common denominators". */
const about = (term: KeyPhrase) =>
  /^an? /.test(term.phrase) ? pluralise(term.phrase.replace(/^an? /, '')) : term.phrase;
const does = (term: KeyPhrase) => (term.plural ? 'do' : 'does');
const it = (term: KeyPhrase) => (term.plural ? 'them' : 'it');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The term as a kind of thing to write: "a persuasive opening", "persuasive letters". */
const kind = (term: KeyPhrase, adjective = '') =>
  term.plural ? `${adjective}${term.text}` : withA(`${adjective}${term.text}`);

/**
 * The term a session should centre on: the objective's most specific key term (a plan keyword
 * it uses, else a noun phrase such as "the split digraph"), else its longest content word.
 */
export function keyTerm(terms: string[], focus: string, keywords: readonly string[]): string {
  const phrases = keyPhrases(focus, keywords);
  if (phrases.length > 0) return about(pickTerms(phrases, THIS_TOPIC).key);
  return terms.reduce((best, term) => (term.length > best.length ? term : best), '') || focus;
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the objective sets two terms side by side: "Victorian schools with schools today", "rivers and canals". */
function comparedWith(focus: string, first: KeyPhrase, second: KeyPhrase): boolean {
  const joined = (a: KeyPhrase, b: KeyPhrase) =>
    new RegExp(
      `${escapeForPattern(a.text)}\\s+(?:and|with|to|versus|vs\\.?)\\s+(?:(?:the|a|an)\\s+)?${escapeForPattern(b.text)}`,
      'i',
    ).test(focus);
  return joined(first, second) || joined(second, first);
}

/** The noun an explanation frames, when it asks for reasons or causes: "the reasons why William won". */
const FRAMED = /\b(reasons|causes|factors|effects|consequences)\b/i;

export function questionLadder(objective: string, keywords: readonly string[] = []): QuestionLadder {
  const { statement, verbs, focus: written } = objectiveFocus(objective);
  const focus = lowerInitial(written);
  const phrases = keyPhrases(focus, keywords);
  // "2 + 2 = 4" is still something to question; "To create" or "LO:" alone is not.
  const vague = phrases.length === 0 && contentWords(focus).length === 0 && !/\d/.test(focus);
  const family = vague ? 'know' : familyOf(verbs, focus);
  const verb =
    verbs.length === 0
      ? undefined
      : verbs.length === 1
        ? verbs[0]!
        : `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`;
  const task = verb === undefined ? focus : `${verb} ${focus}`;
  const picked = pickTerms(phrases, vague ? THIS_TOPIC : asTerm(focus.replace(/["“”]/g, '')));
  const { topic } = picked;
  // What pupils write is the first thing named ("a persuasive opening"); what they write it with follows "using" or "with".
  const key = family === 'write' ? topic : picked.key;
  const other =
    family === 'write'
      ? phrases.find((phrase) =>
          /\b(?:using|with|including)\s+$/.test(focus.slice(0, focus.indexOf(phrase.phrase))),
        )
      : picked.other;
  // A comparison is between two terms only when the objective joins them ("A with B", "A and B");
  // "compare fractions whose denominators are multiples..." compares fractions with each other.
  const second =
    family === 'compare' && other !== undefined && !comparedWith(focus, key, other) ? undefined : other;
  const K = key.phrase;
  const O = second === undefined ? undefined : second.phrase;
  const framed = FRAMED.exec(focus)?.[1]?.toLowerCase();

  const understand =
    key === THIS_TOPIC
      ? 'What are the key words for this topic, and what does each one mean?'
      : key.proper
        ? `What is one fact about ${K} that you are certain is true, and how do you know?`
        : family === 'write'
          ? `What makes ${kind(key, 'good ')}? Name the features you would look for.`
          : key.plural
            ? `What are ${key.phrase}? Can you explain in your own words and give an example?`
            : `What does "${key.text}" mean? Can you explain it in your own words and give an example?`;

  const apply: Record<Family, string> = {
    explain: `Can you talk your partner through ${focus}, one step at a time?`,
    describe: `If someone missed this lesson, how would you describe ${focus} to them?`,
    know: `If someone missed this lesson, what would you tell them about ${about(topic)}?`,
    compare:
      O === undefined
        ? `What is the same and what is different about two examples of ${about(key)}?`
        : `What is the same and what is different about ${K} and ${O}?`,
    calculate: `What would you do first to ${task}, and why?`,
    write:
      other === undefined
        ? `How would you start your own ${key.text}? Try one sentence.`
        : `How could you use ${about(other)} in your own ${key.text}? Try one sentence.`,
    use: `Given a new example, how would you ${task}? Talk me through your first step.`,
    analyse: `What would you look for first to ${task}?`,
    evaluate: `What evidence would you use to ${task}?`,
    create: `What would you need to decide first to ${task}?`,
  };

  const connected =
    O === undefined
      ? key.plural
        ? `What do ${K} have in common, and how do they differ?`
        : `What is the most important thing to remember about ${K}, and why?`
      : `How are ${K} and ${O} connected? What would change if one of them were different?`;
  const analyse: Partial<Record<Family, string>> = {
    explain:
      framed !== undefined
        ? `Which of the ${framed} matters most, and why?`
        : `Why ${does(key)} ${K} matter${O === undefined ? '' : ` for ${O}`}? What would change without ${it(key)}?`,
    compare:
      O === undefined
        ? `Which difference matters most, and why?`
        : `Which difference between ${K} and ${O} matters most, and why?`,
    calculate: 'Where could this method go wrong, and how would you check your answer?',
    evaluate:
      framed === undefined
        ? `What is the strongest evidence about ${K}, and what does it leave out?`
        : `Which of the ${framed} matters most, and what is your evidence?`,
    write:
      other === undefined
        ? `Which part of ${kind(key)} has the most effect on the reader, and why?`
        : `How ${does(other)} ${O} help ${kind(key)} work? Find an example.`,
  };

  const evaluate: Record<Family, string> = {
    explain: `How convincing is this explanation of ${focus}? What would make it better?`,
    describe: `How accurate is this description of ${focus}? What would make it better?`,
    know: `How accurate is this answer about ${about(key)}? What would you change, and why?`,
    compare:
      O === undefined
        ? `How fair is this comparison of ${focus}? What would make it better?`
        : `"${capital(K)} and ${O} are more alike than different." How far do you agree, and why?`,
    calculate: 'Is this worked answer correct? How do you know, and is there a quicker way?',
    write: `Read ${key.plural ? 'these' : 'this'} ${key.text}: what works well, and what one change would make ${it(key)} better?`,
    use: `How well has this example used ${K}? What would make it better?`,
    analyse: `What would a strong answer to "${capital(task)}" include that a weaker one would miss?`,
    evaluate: `How far do you agree with this judgement about ${K}, and why?`,
    create: `How well ${key.plural ? 'do these' : 'does this'} ${key.text} work, and what one change would improve ${it(key)}?`,
  };

  const questionAbout = `Can you write your own question about ${about(key)} that would show whether someone has really understood?`;
  const create: Record<Family, string> = {
    explain: questionAbout,
    describe: questionAbout,
    know: questionAbout,
    compare:
      O === undefined
        ? questionAbout
        : `Can you draw a diagram that shows how ${K} and ${O} are alike and different?`,
    calculate: `Can you make up your own question about ${about(key)}, and a wrong answer someone might give?`,
    write: `Can you write your own ${key.text}, then swap with a partner to improve ${it(key)}?`,
    use: `Can you design your own task that uses ${about(key)}, and say what success would look like?`,
    analyse: questionAbout,
    evaluate: `Can you write your own conclusion about ${K}, backed by evidence?`,
    create: `Can you ${verbs[verbs.length - 1]} your own ${key.text}, then test ${it(key)} against the success criteria?`,
  };

  return {
    objective: statement === '' ? objective.trim() : statement,
    ladder: [
      {
        level: 'inclusive',
        question: `What do you already know about ${about(topic)}? Tell your partner one thing.`,
      },
      { level: 'understand', question: understand },
      { level: 'apply', question: apply[family] },
      { level: 'analyse', question: analyse[family] ?? connected },
      { level: 'evaluate', question: evaluate[family] },
      { level: 'create', question: create[family] },
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
