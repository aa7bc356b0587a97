import { joinedText } from './evidence';
import { REMEDY_LABEL } from './read/items';
import { curriculumReference } from './read/recognisers/curriculum-reference';
import {
  beforeItsExamples,
  hasSpaced,
  indexOfSpaced,
  withoutBrackets,
  withoutEmphasis,
  wordCount,
} from './read/text';
import { wrapsLine } from './read/text-blocks';
import { hasContentWord, objectiveFocus, withoutPlaceholders } from './terms';
import type {
  LessonPlan,
  ModelSentence,
  PlanContent,
  PlanItem,
  PlanList,
  PlanMisconception,
  PlanQuestion,
  PlanSection,
  PlanStatement,
  PlanTerm,
  QuestionLevel,
  SectionKind,
} from './types';
import { answerOf, fractionAnswer, fractionMistake, sumInColumns, writtenSum } from './written-sums';

/**
 * What the plan itself says, for the generators to build on: its terms and their definitions,
 * key points, examples, pupils' tasks, misconceptions (with the plan's correction) and its own
 * questions, each with the line it came from. Pure and linear: every pass is a scan over
 * sentences no longer than the plan's lines, with no pattern that can backtrack.
 */

/** Parts of a plan that say nothing pupils learn: its source line, kit lists. */
const NOT_CONTENT: ReadonlySet<SectionKind> = new Set(['title', 'resources', 'objectives']);

/** "Mark scheme summary (KAA 4 / Evaluation 4):", "Answers:", "Model answer:": what follows is what an answer holds. */
const MARK_SCHEME = /^(?:mark scheme\b|model answers?\b|suggested answers?\b|answers?\s?:)/i;

/** "Work in reading books, date and WALT stuck in", "Label pots with sticky labels & table name": getting ready, not the work. */
const HOUSEKEEPING =
  /\b(?:date and (?:title|walt|lo|learning objective)|(?:walt|lo|title) stuck in|books? out|sticky labels?|table names?|hand (?:out|round) (?:the )?(?:books|sheets|equipment)|pack away|tidy (?:up|away))\b/i;

/** "How I'll address it:", "How to address this:": the steps after it put the misconception right. */
const ADDRESSED_BY =
  /^(?:how (?:i'll|i will|we'll|we will|to) (?:address|tackle|correct) (?:it|this|them)|to address (?:it|this))\b.{0,4}$/i;

const SAFETY = /^(?:health (?:and|&) )?safety\b|^risk assessment\b/i;

/** Where pupils' work is set out: a task there is one the lesson asks pupils to do. */
const TASK_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'starter',
  'main',
  'guided',
  'independent',
  'mini-plenary',
  'plenary',
  'other',
  'differentiation',
  'most-able',
  'homework',
  'assessment',
]);

/** A closing quote after a question, a plus, and the next quote: where one quoted question ends and the next begins. */
const JOINED_QUESTIONS = /([?!]["”]) \+ (?=["“])/g;

/** Longest sentence examined; a flattened grid can run to thousands of characters on one line. */
const LONGEST_SENTENCE = 400;

interface Sentence {
  text: string;
  line: number;
  section: PlanSection;
  /** In a cell of directions to an adult ("Mrs P – Yellow table whole time. Use strips..."). */
  forAdult?: true;
}

/** A grid cell that opens by naming the adult it directs: "Mrs P – ...", "TA: ...", "Teacher – 10 mins with Blue table". */
const ADULT_CELL = /^(?:(?:Mr|Mrs|Miss|Ms|Mx)\.? \p{Lu}\p{L}*\.?|TA|LSA|HLTA|Teacher) ?[:–-] /u;

/**
 * Letter classes (`\p{L}`) outside brackets are kept in constants: the bundle writes such a
 * pattern as `new RegExp(...)`, which inline would build a new pattern on every call.
 */
const LETTER = /\p{L}/u;
const THREE_LETTERS = /\p{L}{3}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const VERB_AFTER_TO = /\bto\s+(\p{L}+)/u;

const endsSentence = (text: string) => /[.?!:;]$/.test(text);
const startsLower = (text: string) => /^[\p{Ll}(]/u.test(text);

/** "- formula – a calculation...", "2. ...": a line the plan starts as a list item of its own. */
const startsItem = (raw: string) => /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/.test(raw);

/**
 * A list item or paragraph wrapped over several lines ("...if more people help" / "with them?") is one;
 * the next item of a list ("- formula – a calculation") is not, though it starts in lower case.
 */
function paragraphsOf(section: PlanSection, lines: readonly string[]): { text: string; line: number }[] {
  const paragraphs: { text: string; line: number; last: number }[] = [];
  for (const item of section.body) {
    const text = item.text.trim();
    if (text === '') continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (
      previous !== undefined &&
      item.line === previous.last + 1 &&
      ((!endsSentence(previous.text) && startsLower(text) && !startsItem(lines[item.line - 1] ?? '')) ||
        // "8. "The langar is the most important part."" over an indented "Do you agree? Give TWO reasons...":
        // a typed line that wraps the one above is the same paragraph, whatever it starts with.
        (!startsItem(lines[item.line - 1] ?? '') &&
          wrapsLine(lines[item.line - 1] ?? '', lines[item.line - 2] ?? '')))
    ) {
      previous.text = `${previous.text} ${text}`;
      previous.last = item.line;
    } else paragraphs.push({ text, line: item.line, last: item.line });
  }
  return paragraphs;
}

/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'eg',
  'ie',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'p',
  'pp',
  'fig',
  'inc',
  'incl',
  'approx',
  'ex',
]);

const CLOSING_QUOTES = '"”’';

/** The last word of a text, in lower case: "Mrs" of "Why does Mrs". */
const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();

/** A mark that may end a sentence, with the quote it closes, before a space. */
const SENTENCE_MARK = /[.?!]["”’]? /g;

/** Splits at ". ", "? ", "! " before a capital, digit or quote; "e.g. ASAP" and "1.0M" stay whole. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // The pattern finds the marks, so only they are looked at here, not every character of the plan;
  // test() moves lastIndex past each one without building a match for it.
  SENTENCE_MARK.lastIndex = 0;
  while (SENTENCE_MARK.test(text)) {
    // 'Ask: "What do they have in common?" Students write...': a quote closed with the sentence ends with it.
    const end = SENTENCE_MARK.lastIndex - 1;
    const at = CLOSING_QUOTES.includes(text[end - 1]!) ? end - 2 : end - 1;
    const char = text[at]!;
    let next = end;
    while (text[next] === ' ') next += 1;
    // "{Student's name} actively...": a template's blank starts a sentence as a name does.
    if (next >= text.length || !/[\p{Lu}\d"'“‘(*`{]/u.test(text[next]!)) continue;
    if (char === '.') {
      let wordStart = at;
      while (wordStart > start && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart -= 1;
      const word = text.slice(wordStart, at).toLowerCase();
      if (ABBREVIATIONS.has(word) || word.length === 1) continue;
    }
    sentences.push(text.slice(start, end).trim());
    start = next;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences.filter((sentence) => sentence !== '');
}

/**
 * The plan's sections, or, where the reader found none (a grid flattened into one paragraph), its
 * lines as one untitled part, so what it lists is still read.
 */
function partsOf(plan: LessonPlan): PlanSection[] {
  if (plan.sections.length > 0) return plan.sections;
  const body = plan.lines
    .map((text, index) => ({ text, line: index + 1 }))
    .filter((item) => item.text.trim() !== '' && !item.text.startsWith('#'));
  const last = body[body.length - 1]?.line ?? 1;
  return [{ kind: 'other', heading: '', line: 1, endLine: last, body, organisation: [] }];
}

function sentencesIn(plan: LessonPlan): Sentence[] {
  const sentences: Sentence[] = [];
  for (const section of partsOf(plan)) {
    // "All students are able to:" lists outcomes, which are objectives rather than teaching.
    if (NOT_CONTENT.has(section.kind) || STEM.test(section.heading.trim())) continue;
    // "Safety: Pairs work ACROSS the hall in channels...": the rules the lesson runs under, not what it teaches.
    if (section.kind === 'other' && SAFETY.test(section.heading)) continue;
    // A pacing row's activity can be its heading ("20 mins Children test ten objects in pairs..."): read it too.
    const activity = section.heading.replace(/^\d{1,3}\s?(?:mins?|minutes?)\s+/i, '');
    const headed =
      TASK_SECTIONS.has(section.kind) && activity !== section.heading && wordCount(activity) >= 6
        ? [{ text: activity, line: section.line }]
        : [];
    for (const paragraph of [...headed, ...paragraphsOf(section, plan.lines)]) {
      // A grid's cells arrive joined with " / " or " | ": each cell is read on its own.
      // '"Why are...?" + "The Himalayas...?"': two quoted questions joined by a plus are two questions.
      const text = paragraph.text.slice(0, LONGEST_SENTENCE * 4).replace(JOINED_QUESTIONS, '$1 ');
      // A glossary's row ("Alliance | An agreement between countries...") is one word and its meaning.
      const glossaryRow = section.kind === 'keywords' && text.split(' | ').length === 2;
      const cells =
        !glossaryRow && (hasSpaced(text, '/') || hasSpaced(text, '|'))
          ? text.split(' / ').flatMap((cell) => cell.split(' | '))
          : [text];
      for (const cell of cells) {
        const forAdult = ADULT_CELL.test(cell);
        const add = (text: string) => {
          if (text.length > LONGEST_SENTENCE) return;
          sentences.push(
            forAdult
              ? { text, line: paragraph.line, section, forAdult }
              : { text, line: paragraph.line, section },
          );
        };
        for (const sentence of sentencesOf(cell)) {
          // Most sentences ask nothing: only one with a question mark can be a quiz's line of questions.
          if (sentence.includes('?')) for (const text of quizQuestions(sentence)) add(text);
          else add(sentence);
        }
        // Read across the cell's sentences: a quoted question can hold a sentence's end ("...right? Explain").
        if (cell.includes('?')) for (const text of askedInQuotes(cell)) add(text);
      }
    }
  }
  return sentences;
}

/** Trailing punctuation and closing quotes, trimmed with a loop (a `[.;!]+$` pattern backtracks on long runs). */
/** The text without one of the closing phrases ("… mixed up"), cut with the spaces before it. */
function withoutLastWords(text: string, phrases: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const phrase of phrases) {
    if (!lower.endsWith(phrase)) continue;
    const before = text.slice(0, text.length - phrase.length);
    const trimmed = before.trimEnd();
    if (trimmed.length < before.length) return trimmed;
  }
  return text;
}

export function trimEnd(text: string, characters = '.;:!,'): string {
  let end = text.length;
  while (end > 0 && (characters.includes(text[end - 1]!) || text[end - 1] === ' ')) end -= 1;
  return text.slice(0, end);
}

/** "Misconception: that 'word blending' is a type of compound." → "'Word blending' is a type of compound." */
function statementOf(text: string): string {
  let statement = text.trim();
  const colon = statement.indexOf(':');
  if (
    colon > 0 &&
    colon < 30 &&
    /^(?:misconception|common mistake|mistake|error)s?$/i.test(statement.slice(0, colon))
  )
    statement = statement.slice(colon + 1).trim();
  if (/^that\s/i.test(statement)) statement = statement.slice(5).trim();
  return capitalise(trimEnd(statement));
}

/** Capitalises the first letter, past any opening quote: "'word blending' is..." → "'Word blending' is...". */
export function capitalise(text: string): string {
  let at = 0;
  while (at < text.length && QUOTES_OPEN.includes(text[at]!)) at += 1;
  return text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}
const QUOTES_OPEN = '"\'“‘*`(';

// ---- Question levels -------------------------------------------------------------------------

/** Openings of the plan's own questions, by the thinking they ask for (checked in this order). */
const LEVEL_OPENINGS: [QuestionLevel, string[]][] = [
  [
    'create',
    [
      'can you design',
      'can you create',
      'can you invent',
      'can you make up',
      'can you write your own',
      'design',
      'invent',
      'make up',
      'how could you improve',
      'how could we improve',
      'what would you change',
      'suggest',
    ],
  ],
  [
    'evaluate',
    [
      'do you agree',
      'how do we know',
      'how do you know',
      'how can we be sure',
      'can we reliably',
      'is it fair',
      'is it right',
      // "Sami says 1/5 + 1/10 = 2/15. Is he right?": a claim to judge.
      'is he right',
      'is she right',
      'are they right',
      'is it true',
      'which is better',
      'which is best',
      'which would be better',
      'how reliable',
      'how useful',
      'how well',
      'how effective',
      'how accurate',
      'how far',
      'should',
      'is there anything',
      'was it',
      'would you rather',
    ],
  ],
  [
    'analyse',
    [
      'what is the difference',
      'what are the differences',
      'what is the same',
      'how are',
      'how is this similar',
      'how does this relate',
      'how does this compare',
      'compare',
      'what if',
      'what would happen',
      'what happens if',
      'what had happened',
      'what conclusions',
      'what patterns',
      'what pattern',
      'what trend',
      'is one faster',
      'is one better',
      'what surprises',
      'how fast',
      'how efficient',
      'what caused',
    ],
  ],
  [
    'understand',
    [
      'why',
      'how does',
      'how do',
      'how did',
      'how is',
      'how was',
      'explain',
      'what does',
      'what is meant',
      'in your own words',
      'what happens',
      'what happened',
      'what would we need',
      'what would you need',
      'in what ways',
      // "How can something as soft as water change rock?" asks how; "How can you...?" (below) asks pupils to do.
      'how can something',
      'how can a ',
      'how can an ',
      'how can the ',
      'how can we',
    ],
  ],
  [
    'apply',
    [
      'how would you',
      'how will you',
      'how can you',
      'can you guide',
      'can you trace',
      'can you show',
      'can you use',
      'can you find',
      'can you work out',
      'can you beat',
      'could you guide',
      'using only',
      'what are the directions',
      'what would you do',
      'when would you',
      'where would',
      'what path',
      'which path',
      'ask if',
      'ask whether',
      'which branch',
    ],
  ],
];

/** Anywhere in a question, words that set its level whatever it opens with ("..., what happened to ...?"). */
const LEVEL_WORDS: [QuestionLevel, string[]][] = [
  [
    'evaluate',
    [
      'how do we know',
      'how do you know',
      'reliabl',
      'do you agree',
      'and why?',
      'if so, what and why',
      // "Would you have done what Max did?": pupils judge a choice against their own.
      'would you have',
      'right choice',
      // "Which cause was necessary? Could it have happened without the Ruhr?": weighing a cause.
      'could it have happened',
      'was necessary',
      // "Was William's victory inevitable?", "Was Asch's study a child of its time?": a judgement asked yes or no.
      'inevitable',
      'outweigh',
      'child of its time',
      'justified',
      'to what extent',
      'worth it',
      'most important',
      'how successful',
      'a good idea',
      // "What has Mia done wrong?": pupils judge a worked answer against the method.
      'explain how you know',
      'done wrong',
      'gone wrong',
      'got wrong',
      'is wrong with',
      'the mistake',
      'a mistake',
    ],
  ],
  [
    'analyse',
    [
      'difference between',
      // "Compare the two poems", not "Which digit do we compare first?" (a step of the method).
      'compare the',
      'compare your',
      'compare them',
      'compare these',
      'compare with',
      'compared with',
      'compared to',
      'does it compare',
      'do they compare',
      'in common',
      'conclusions',
      'what would happen',
      'relate to',
      'what happened to',
    ],
  ],
  // "In one sentence, what is one word that describes her, and one piece of evidence that proves it?" asks for reasons.
  ['understand', ['evidence that', 'proves it', 'prove it', 'explain your answer']],
];

/** A follow-up that asks pupils for their reasons: "Explain how you know.", "Explain why.", "Show your working." */
const REASONS_ASKED =
  /^(?:explain (?:how you know|why|your (?:answer|reasoning|thinking))|show (?:your working|how you know))\b/i;

/** How a question that asks for a number opens: worked out from the numbers it gives, it applies a method. */
const WORKS_OUT =
  /^(?:how (?:many|much|long|tall|heavy|old)|what (?:is|was|will be) the (?:total|cost|area|perimeter|volume|mean|median|answer|change)|what fraction|what percentage|what proportion|find|work out|calculate)\b/;

/** The level of thinking a question asks for: "What is a node?" recall (inclusive); "Why...?" explain. */
export function questionLevel(question: string): QuestionLevel {
  // "Mrs. Jones never calls the police. Was that the right choice?": the level is the question's, not its context's.
  // "Why does Mrs. Jones leave her purse...?": a title's full stop ends no sentence.
  const lower = askedPart(question)
    .toLowerCase()
    .replace(/^(?:and|so|now|then|also|ok|okay)[, ]+/, '');
  for (const [level, words] of LEVEL_WORDS) if (words.some((word) => lower.includes(word))) return level;
  // "The Himalayas are on a plate margin but have no volcanoes - why?" asks for the reason.
  if (ASKS_WHY_OF_IT.test(question)) return 'understand';
  // "If this represented a tree, where would the root be?": the question is the clause after the comma.
  const comma = lower.startsWith('if ') ? lower.indexOf(', ') : -1;
  const asked = comma > 0 ? lower.slice(comma + 2) : lower;
  for (const [level, openings] of LEVEL_OPENINGS)
    if (openings.some((opening) => asked.startsWith(opening))) return level;
  // "If there are 4 red beads, how many blue beads are there?": a problem with its numbers applies a method.
  // "How many fractions do you think are equivalent to 1/2?" asks what pupils think, not a sum.
  if (/\d/.test(question) && WORKS_OUT.test(asked) && !lower.includes(' you think')) return 'apply';
  return 'inclusive';
}

/** A question's marks in brackets: "(2 marks)", "[3 marks]", "(4m)". */
const MARKS_ASIDE = / ?[([]\d{1,2} ?(?:marks?|m)[)\]]/gi;

/** A timing in brackets: "(approx 20 mins)", "(10-15 min)", "(~5 minutes)". */
const TIMING_ASIDE = / ?\((?:approx\.? |about |c\. ?|~)?\d{1,3}(?: ?[-–] ?\d{1,3})? ?(?:mins?|minutes?)\)/gi;

/** A column of pupils' names in a table's row of column names: "Pupil", "Name", "Student". */
const PUPIL_COLUMN = /^(?:pupils?|students?|child(?:ren)?|names?|learners?)$/i;
/** A table's row of column names with a column of pupils in it: "| Pupil | Prelim | Target |". */
const PUPIL_TABLE = /\|\s*(?:pupils?|students?|child(?:ren)?|names?|learners?)\s*\|/i;
/** A part of the plan written about pupils one by one: "Notes on each pupil", "Pupil notes". */
const ABOUT_PUPILS =
  /\b(?:notes on (?:each )?(?:pupil|student|child)|pupil notes|student notes|individual notes|attendance)\b/i;

/**
 * The pupils a plan names, in lower case: the first word of each name in a table's Pupil column, and each
 * label in a part of notes on each pupil. A tuition record's notes name them; none is a keyword.
 */
function pupilNames(plan: LessonPlan): Set<string> {
  const names = new Set<string>();
  let column = -1;
  // Most plans have no table of pupils: one search of the plan's text says so before any line is split.
  const tabled = PUPIL_TABLE.test(joinedText(plan));
  for (const line of tabled ? plan.lines : []) {
    if (!line.includes('|')) {
      column = -1;
      continue;
    }
    const cells = line
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell, index, all) => !(cell === '' && (index === 0 || index === all.length - 1)));
    const named = cells.findIndex((cell) => PUPIL_COLUMN.test(cell));
    if (named !== -1) column = named;
    else if (column !== -1 && /^\p{Lu}\p{Ll}+/u.test(cells[column] ?? ''))
      names.add(
        cells[column]!.split(' ')[0]!
          .replace(/[^\p{L}'-]/gu, '')
          .toLowerCase(),
      );
  }
  for (const section of plan.sections) {
    if (!ABOUT_PUPILS.test(section.heading)) continue;
    for (const entry of section.body) {
      const name = /^\**(\p{Lu}\p{Ll}+)\**\s*[–—:-]/u.exec(entry.text)?.[1];
      if (name !== undefined) names.add(name.toLowerCase());
    }
  }
  return names;
}

const MARKS_TO_CLOSE = /[()"“”]/;

/**
 * Whether a question or task read from the plan is whole: every bracket it opens is closed, and every
 * quote. "Draw diagrams for surface area (cube cut into 8 smaller cubes?" was cut inside its bracket.
 */
export function isWhole(text: string): boolean {
  // Most questions have no bracket or quote to close.
  if (!MARKS_TO_CLOSE.test(text)) return true;
  let brackets = 0;
  let straight = 0;
  let curly = 0;
  for (const char of text) {
    if (char === '(') brackets += 1;
    else if (char === ')') brackets -= 1;
    else if (char === '"') straight += 1;
    else if (char === '“') curly += 1;
    else if (char === '”') curly -= 1;
  }
  return brackets === 0 && straight % 2 === 0 && curly === 0;
}

/** A question that leans on the one before it: "How was it corrected?", "What had happened for that to occur?". */
const LEANS = /\b(?:it|its|they|them|this|for that|that data)\b/i;

const LEVEL_ORDER: QuestionLevel[] = ['inclusive', 'understand', 'apply', 'analyse', 'evaluate', 'create'];
const higher = (a: QuestionLevel, b: QuestionLevel) =>
  LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;

/** The teacher's wording for a level, as a mentor names it. */
export const LEVEL_NAMES: Record<QuestionLevel, string> = {
  inclusive: 'recall',
  understand: 'explain',
  apply: 'apply',
  analyse: 'analyse',
  evaluate: 'evaluate',
  create: 'create',
};

// ---- Questions -------------------------------------------------------------------------------

const PUPILS = '(?:the )?(?:students|pupils|children|learners|class|group|them)';
/** "Ask students about the difference between = and ==" asks pupils that difference. */
const ASK_DIFFERENCE = new RegExp(
  `^ask ${PUPILS} (?:about |to explain |to discuss )?the difference between `,
  'i',
);
/** "Ask students what values they saw", "Ask which branch...", "Discuss what 'less than' would mean". */
const ASK = new RegExp(
  `^(?:ask|discuss)(?: ${PUPILS})?(?: with ${PUPILS})? (?:what|why|how|which|whether|if|where|who|when|to)\\s`,
  'i',
);

const ASKS = /\b(?:ask|discuss)\b/i;

const ASKING = /^(?:what|why|how|which|who|where|when|if|can|could|do|does|did|is|are|was|should|would)\b/i;
/** A statement followed by the question asked of it: "... have no volcanoes - why?", "...: how?". */
const ASKS_WHY_OF_IT = / [-–—:]? ?(?:why|how)\?["”]?$/i;
/** How a question asked in words opens: "Will the bulb light?", "In which county...?", "Name two agents...?". */
const ASKED_IN_WORDS =
  /^(?:what|why|how|which|who|whose|whom|where|when|if|can|could|do|does|did|is|are|was|were|will|would|should|shall|has|have|had|may|might|must|am|isn't|aren't|don't|doesn't|didn't|won't|can't|wasn't|true|name|give|tell|explain|describe|list|suggest|predict|in|on|at|for|by|from|with|according|so|and|but|or|then|now|ok|okay|using|looking|after|before|without|as|to|of|imagine|think|compare|look|ask)\b/i;
const OPENING_QUOTES = '"“‘\'';

/**
 * "“How many parts now?": the question without the quote mark the sentence split left open;
 * "“What do these two pictures have in common?”": a question quoted whole, without its quotes.
 */
function withoutOpenQuote(text: string): string {
  const open = text.charAt(0);
  if (!OPENING_QUOTES.includes(open)) return text;
  const close = open === '“' ? '”' : open === '‘' ? '’' : open;
  const closing = text.indexOf(close, 1);
  if (closing < 0) return text.slice(1);
  return closing === text.length - 1 && text.charAt(closing - 1) === '?' ? text.slice(1, -1) : text;
}

/** "Can you find a number between 2.4 and 2.45? (e.g. 2.41, 2.425)": the answers the plan adds are not asked. */
function withoutAnswer(text: string): string {
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf(' (');
  return open > 0 && text.charAt(open - 1) === '?' ? text.slice(0, open) : text;
}

/** The question a text asks, after any statement that sets it up ("Mrs. Jones never calls the police. Was that..."). */
function askedPart(text: string): string {
  const ask = text.indexOf('?');
  // '"The langar is the most important part." Do you agree?': a quoted statement ends at its closing quote.
  const quoted = ask > 0 && (text.includes('." ') || text.includes('.” '));
  const closing = quoted ? Math.max(text.lastIndexOf('." ', ask), text.lastIndexOf('.” ', ask)) : -1;
  let context = ask < 0 ? -1 : Math.max(text.lastIndexOf('. ', ask), closing === -1 ? -1 : closing + 1);
  // "why would W. want the audience to feel THAT?": an initial's full stop ends no sentence ("in 30 s. What..." does).
  const abbreviated = (before: string) =>
    ABBREVIATIONS.has(lastWord(before)) || /(?:^| )\p{Lu}$/u.test(before);
  while (context > 0 && abbreviated(text.slice(0, context))) context = text.lastIndexOf('. ', context - 1);
  return text.slice(context + 1).trim();
}

/** "What does the character say? how?": the one-word fragment an anchor chart adds is not read out. */
function withoutFragment(text: string): string {
  const last = text.lastIndexOf('? ', text.length - 2);
  if (last < 0) return text;
  const tail = text.slice(last + 2);
  return /^\p{Ll}\S{0,12}\?$/u.test(tail) ? text.slice(0, last + 1) : text;
}

/** "What changed when you made it steeper?”": the close of a quote the sentence split opened earlier. */
function withoutCloseQuote(text: string): string {
  const close = text.charAt(text.length - 1);
  if (text.charAt(text.length - 2) !== '?' || !'"”’'.includes(close)) return text;
  const open = close === '”' ? '“' : close === '’' ? '‘' : close;
  const opened = text.indexOf(open);
  return opened < 0 || opened === text.length - 1 ? text.slice(0, -1) : text;
}

/**
 * "Let's look at an example...: If a cat...?", "Adding a new word - how many...?", "exit ticket – 1) Word
 * equation... 2) How do you test for hydrogen?", "model the stem, e.g. "How do you...?"": the question after its lead-in.
 */
function withoutLeadIn(text: string): string {
  // An inline numbered list ends in its question: the last item is the one the sentence split ended on.
  for (let at = text.length - 4; at > 0; at -= 1) {
    if (text.charAt(at) !== ')' || text.charAt(at + 1) !== ' ' || !/\d/.test(text.charAt(at - 1))) continue;
    const after = withoutOpenQuote(text.slice(at + 2));
    if (at > 1 && text.charAt(at - 2) === ' ' && ASKING.test(after)) return capitalise(after);
  }
  // "Mitch/Blanche – cigarette case, the sonnet – what does Mitch want from B.?": the first joint a question follows.
  for (const { at, joint } of leadInJoints(text)) {
    const after = withoutOpenQuote(text.slice(at + joint.length));
    // "...have no volcanoes - why?": a bare "why?" asks about what comes before it.
    if (ASKING.test(after) && wordCount(after) > 2) return capitalise(after);
    // "Challenge card: "Using only 1 battery, ... can you make the bulb light?": a short label heads the question.
    if (joint === ': ' && text.slice(0, at).split(' ').length <= 3 && after !== text.slice(at + 2))
      return capitalise(after);
  }
  return withoutOpenQuote(text);
}

/** How far into a sentence a lead-in can run before its question. */
const LEAD_IN_ROOM = 120;
/** 'model 2x + 5 = 17; ask "What do we undo first?"': a quote opened after a space starts what is asked. */
const LEAD_IN_JOINTS = [': ', ' - ', ' – ', 'e.g. ', ' "', ' “'];

/** Where a lead-in may end, first to last: each ": ", " - ", " – ", "e.g. " or opening quote in the sentence's opening. */
function leadInJoints(text: string): { at: number; joint: string }[] {
  const joints: { at: number; joint: string }[] = [];
  for (const joint of LEAD_IN_JOINTS)
    for (let at = text.indexOf(joint); at > 0 && at < LEAD_IN_ROOM; at = text.indexOf(joint, at + 1))
      joints.push({ at, joint });
  return joints.sort((a, b) => a.at - b.at);
}

/** "(Hint: how many lots of 12? What about half of 12?) What do you do about the egg?": the hint in brackets helps answer, it is not asked. */
function withoutHint(text: string): string {
  // The sentence split can cut the hint's brackets apart: "What about half of 12?) What do you do...?" is its end.
  const ended = text.indexOf('?)');
  if (ended >= 0 && text.lastIndexOf('(', ended) < 0) return text.slice(ended + 2).trim();
  const open = text.toLowerCase().indexOf('(hint');
  if (open < 0) return text;
  const close = text.indexOf(')', open);
  if (close < 0) return text.slice(0, open).trim();
  return `${text.slice(0, open)}${text.slice(close + 1)}`.replace(/ {2,}/g, ' ').trim();
}

/** '"what does this make you feel?" – cold call 3-4': the teacher's note after a question is not asked. */
function withoutTrailingNote(text: string): string {
  const ask = text.lastIndexOf('?');
  if (ask < 0 || ask === text.length - 1) return text;
  const end = CLOSING_QUOTES.includes(text.charAt(ask + 1)) ? ask + 2 : ask + 1;
  const note = text.slice(end, end + 3);
  return note === ' – ' || note === ' - ' ? text.slice(0, end) : text;
}

/** "How do you think _ feels?" is a stem to fill; "int(input("What is...?" is a program's prompt. */
const notAsked = (text: string) => text.includes(' _') || text.includes('__') || text.includes('("');

/** "tasks that *don't* get finished": Markdown's emphasis marks, which a question read aloud does not have. */

/** The words before a question that set it as the stretch: "challenge card:", "Extension –", "Greater depth:". */
const CHALLENGE_LEAD =
  /\b(?:challenge|extension|extend|stretch|greater depth|deeper thinking|more able|higher attainers?|HA ?:|MAT ?:|G&T ?:)(?:\b|(?<=:))/i;

/** "Read sentence together: Can we play in the hay today?": a sentence pupils read, not a question asked. */
const SENTENCE_TO_READ =
  /\b(?:read|write|spell|copy)(?: the| this| a)? sentences?(?: together| aloud| as a class| from (?:the )?board(?: as (?:a )?class)?)?:/i;

function ownQuestion(sentence: Sentence): PlanQuestion | undefined {
  if (SENTENCE_TO_READ.test(sentence.text.slice(0, 60))) return undefined;
  // A question ends in "?" or is asked ("Ask students what...", "Discuss why..."); most sentences are neither.
  if (!sentence.text.includes('?') && !ASKS.test(sentence.text.slice(0, 120))) return undefined;
  // "Hint: what might happen if...?" answers the teacher's question; "Why do they think...?" is asked of the teacher.
  if (/^hint\b/i.test(sentence.text) || /\b(?:do|would|will|did) they\b/i.test(sentence.text))
    return undefined;
  let text = withoutLeadIn(
    withoutTrailingNote(withoutHint(sentence.text.replace(/^[>.\s]{1,4}/, ''))),
  ).replace(/^(?:ask|say|pose)\s+(?=(?:what|why|how|which|who|where|when|can|do|is|are)\b)/i, '');
  text = withoutAnswer(withoutFragment(withoutCloseQuote(text.replace(/^\d+[.)]\s+/, ''))));
  if (ASK_DIFFERENCE.test(text)) {
    const between = trimEnd(text.slice(text.toLowerCase().indexOf('the difference between ')));
    return {
      text: `What is ${between}?`,
      line: sentence.line,
      level: 'analyse',
      section: sentence.section.heading,
      asked: text,
    };
  }
  const words = wordCount(text);
  if (text.endsWith('?') && words >= 4) {
    if (/^\(|^hint\b/i.test(text) || isTitle(text) || notAsked(text)) return undefined;
    // "MWB show-me: 6.3 or 6.29?" is a prompt for whiteboards, not a question asked in words.
    // "The Himalayas are on a plate margin but have no volcanoes - why?": the fact, then the question of it.
    if (!ASKED_IN_WORDS.test(askedPart(text)) && !ASKS_WHY_OF_IT.test(text)) return undefined;
    if (text.includes('*')) text = withoutEmphasis(text);
    // "what if I added the ones first?" in a teacher's notes is asked with its capital.
    if (ASKING.test(text)) text = capitalise(text);
    const level = questionLevel(text);
    // "Red – Sheet C then challenge card: "Is 4/6 equivalent to 6/9?"": set as the stretch, not the opening recall.
    const stretches =
      (level === 'inclusive' || level === 'understand') &&
      CHALLENGE_LEAD.test(
        sentence.text.slice(0, Math.max(sentence.text.toLowerCase().indexOf(text.toLowerCase()), 0)),
      );
    return {
      text,
      line: sentence.line,
      level: stretches ? 'analyse' : level,
      section: sentence.section.heading,
    };
  }
  if (ASK.test(text) && words >= 4) {
    const rest = text.replace(/^(?:ask|discuss)\s+/i, '');
    const verb = VERB_AFTER_TO.exec(rest)?.[1]?.toLowerCase();
    const level: QuestionLevel =
      verb === undefined
        ? questionLevel(rest.replace(new RegExp(`^${PUPILS}\\s+`, 'i'), ''))
        : verb === 'recall' || verb === 'name' || verb === 'list'
          ? 'inclusive'
          : verb === 'identify' || verb === 'compare'
            ? 'analyse'
            : verb === 'explain' || verb === 'describe'
              ? 'understand'
              : 'apply';
    return {
      text: trimEnd(text),
      line: sentence.line,
      level,
      section: sentence.section.heading,
      asked: text,
    };
  }
  return undefined;
}

/** "Was that the right choice?", "Why doesn't he?": a question whose opening words point back at the sentence before. */
const POINTS_BACK = new Set('he she it they that this him her them'.split(' '));
const pointsBack = (question: string) =>
  question
    .toLowerCase()
    .split(' ', 4)
    .some((word) => POINTS_BACK.has(word.replace(/[?,]$/, '')));

/**
 * "Mrs. Jones never calls the police. Was that the right choice?": a question that points back at the
 * statement just before it, on its line, is asked with it, so it says what "that" is.
 */
/** A question mark at the end, or just before a closing quote: 'Should it raise its price?"'. */
function endsAsking(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return last === '?' || ('"”’'.includes(last) && text.charAt(text.length - 2) === '?');
}

/** A claim in quotation marks, whole: '"The langar is the most important part of the gurdwara."'. */
const QUOTED_CLAIM = /^["“‘][^"“”‘’]{8,200}["”’]$/;
/** A question that asks pupils to judge what was just said: "Do you agree?", "True or false?". */
const JUDGES_IT =
  /^(?:do you agree|to what extent|how far do you agree|true or false|is (?:this|that|he|she) (?:right|true|correct))\b/i;

function withItsContext(sentence: Sentence, said: Sentence | undefined): Sentence {
  if (
    said === undefined ||
    said.line !== sentence.line ||
    // 'Ask: "A business has PED of -0.3. Should it raise its price?"': the quote closes with the question.
    !endsAsking(sentence.text) ||
    said.text.endsWith('?') ||
    said.text.endsWith(':') ||
    // '"The langar is the most important part of the gurdwara." Do you agree?': a quoted claim to judge.
    !(pointsBack(sentence.text) || (QUOTED_CLAIM.test(said.text) && JUDGES_IT.test(sentence.text))) ||
    wordCount(said.text, 21) > 20 ||
    !/^(?:[\p{L} -]{1,20}: )?["“‘]?\p{Lu}/u.test(said.text)
  )
    return sentence;
  return { ...sentence, text: `${said.text.replace(/^\d{1,2}[.)]\s+/, '')} ${sentence.text}` };
}

/** A heading that is itself a question pupils could be asked: "What if the number isn't there?". */
function headingQuestion(section: PlanSection): PlanQuestion | undefined {
  // "Lesson 2 of 6: Why did William win the Battle of Hastings?": the question after its label.
  // "9:15-9:25 Whole class teaching. Show 34 + 25... Ask - what if I added the ones first?": a timed step
  // written as one line asks its last sentence.
  const text = withoutLeadIn(sentencesOf(section.heading.trim()).pop() ?? '');
  if (!text.endsWith('?') || wordCount(text) < 3 || NOT_CONTENT.has(section.kind)) return undefined;
  // "Peer assess (5)?", "Mini plenary?": a part the teacher is unsure of, timed or not, asks pupils nothing.
  if (/\)\?$/.test(text) || (section.minutes !== undefined && wordCount(text) <= 4)) return undefined;
  return { text, line: section.line, level: questionLevel(text), section: text };
}

// ---- Terms ----------------------------------------------------------------------------------

const QUOTES = '"\'“”‘’*`';
const unquote = (text: string) => {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.includes(text[start]!)) start += 1;
  while (end > start && QUOTES.includes(text[end - 1]!)) end -= 1;
  return text.slice(start, end).trim();
};

/** A term is a short noun phrase: one to four words, letters first, no sentence inside it. */
/** A curriculum code: capitals and digits, as "MS-PS1-2" or "7.RP.A.2" are written. */
const isCode = (word: string) => /\d/.test(word) && /\p{Lu}{2}/u.test(word) && /^[\p{Lu}\d.-]+$/u.test(word);

function isTermShape(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    text.length >= 2 &&
    text.length <= 40 &&
    /^[\p{L}=<>!&|]/u.test(text) &&
    !/[.?!,;:()]/.test(text) &&
    // "NGSS MS-PS1-2", "CCSS.MATH.7.RP": a standard's code, not a word pupils learn.
    !words.some(isCode) &&
    !/^(?:it|this|that|these|those|there|they|he|she|we|you|i|what|which|who|how|why|when|where|each|one|all|some|students?|pupils?|children|teachers?)$/i.test(
      words[0]!,
    )
  );
}

/** Bold spans in the plan's raw line ("A **Boolean expression** is..."): how Markdown plans mark a term. */
function boldIn(raw: string): string[] {
  const spans: string[] = [];
  let from = raw.indexOf('**');
  while (from >= 0) {
    const end = raw.indexOf('**', from + 2);
    if (end < 0) break;
    spans.push(raw.slice(from + 2, end).trim());
    from = raw.indexOf('**', end + 2);
  }
  return spans;
}

/** A keyword list's entry: "Discharge – the volume of water...", "Lag time - the gap between...", "Node = a disc". */
function listedDefinition(text: string): { term: string; definition: string } | undefined {
  for (const joint of [' | ', ' – ', ' — ', ' - ', ' = ', ': ']) {
    const at = text.indexOf(joint);
    if (at <= 0) continue;
    const term = unquote(text.slice(0, at).trim());
    const definition = trimEnd(text.slice(at + joint.length).trim());
    if (isTermShape(term) && wordCount(definition) >= 3) return { term, definition };
  }
  return undefined;
}

/**
 * "Blending: In language, blending means...", "A Boolean expression is an expression that...",
 * "A given order of statements is called a program", "The technical word for the discs is 'node'",
 * "a 'leaf' is a node at the end of the tree". A subject counts as a term only when the plan marks
 * it (a keyword, bold or quoted), so "The shape will depend on..." defines nothing.
 */
const DEFINING_WORDS = / (?:is|are|means|refers to) /;
/** How far into a sentence its defined subject can reach. */
const SUBJECT_REACH = 90;

function definitionIn(
  sentence: string,
  known: (term: string) => boolean,
): { term: string; definition: string } | undefined {
  const text = sentence.replace(/^define\s+/i, '').replace(/^(?:-|–)\s*/, '');
  const lower = text.toLowerCase();
  const wordFor = /^(?:the\s+)?(?:technical\s+|correct\s+|proper\s+)?(?:word|term|name)\s+for\s+/.exec(lower);
  if (wordFor !== null) {
    const is = lower.indexOf(' is ', wordFor[0].length);
    const term = is > 0 ? unquote(trimEnd(text.slice(is + 4))) : '';
    return isTermShape(term) ? { term, definition: text.slice(wordFor[0].length, is).trim() } : undefined;
  }
  const called = indexOfSpaced(lower, 'is called');
  if (called > 0) {
    const term = unquote(trimEnd(text.slice(called + 11).replace(/^(?:an?|the)\s+/i, '')));
    return isTermShape(term) ? { term, definition: trimEnd(text.slice(0, called)) } : undefined;
  }
  // A term is at most 40 characters, after an "In computing, the term" of a few words: the joint is near the start.
  const head = lower.slice(0, SUBJECT_REACH);
  // The subject ends at the first joint: a colon, or a defining word between spaces (one pattern
  // finds the first of those, quicker than a search for each).
  let at = text.indexOf(': ');
  let joint = at > 0 && at < SUBJECT_REACH ? ': ' : '';
  const defining = DEFINING_WORDS.exec(head);
  if (defining !== null && defining.index > 0 && (joint === '' || defining.index < at)) {
    at = defining.index;
    joint = defining[0];
  }
  if (joint === '') return undefined;
  const written = text
    .slice(0, at)
    .trim()
    .replace(/^(?:in\s+\w+,\s+)?(?:an?|the)\s+(?:term\s+)?/i, '');
  const quoted = QUOTES.includes(written[0] ?? '') || QUOTES.includes(written[written.length - 1] ?? '');
  const subject = unquote(written);
  const definition = trimEnd(text.slice(at + joint.length).trim());
  if (!isTermShape(subject) || wordCount(definition, 3) < 3) return undefined;
  return quoted || known(subject) ? { term: subject, definition } : undefined;
}

// ---- Misconceptions --------------------------------------------------------------------------

/** Words that frame what pupils believe: "Students often understandably confuse...". */
/** "Lots of Y7s think...", "Many of the class believe that...": who holds the belief, before it. */
const MANY_THINK =
  /^(?:lots|loads|plenty|many|most|some|a lot) of (?:the |my )?(?:y(?:(?:ea)?r)? ?\d{1,2}s?|class|group|pupils|students|children|kids|learners|them) (?:will |often |usually |always )?(?:think|thinks|believe|believes|assume|assumes|say|says|write|writes) (?:that )?/i;
/** "NB", "N.B.", "Note:": a teacher's mark before a note to self. */
const NOTE_MARK = /^(?:NB|N\.B\.?|Note)\s?[:.,-]?\s+/;

/** "Every year someone says...", "Every time, somebody thinks...": who holds it, said before the belief. */
const EVERY_YEAR =
  /^every (?:year|time|lesson),? (?:someone|somebody|a few|some(?: of them)?|they|half the class) (?:says|thinks|writes|will say|will think|decides|assumes) (?:that )?/i;

const BELIEF_FRAME = new Set(
  'some many most a few pupils students children chn ch kids learners they may might often can will sometimes commonly tend to could understandably frequently usually also easily wrongly mistakenly'.split(
    ' ',
  ),
);
const BELIEF_VERBS = new Set(
  'think thinks believe believes assume assumes say says expect expects treat treats write writes answer answers'.split(
    ' ',
  ),
);

/** A label before the belief: "Misconception to watch: students think...", "Address the common misconception: ...". */
const BELIEF_LABEL = /\b(?:misconceptions?|mistakes?|errors?|watch|beware|look out|note|alert)\b/i;
/** The verb a belief follows further on: "...add the same number to both, e.g. thinking 1/2 = 2/3". */
const BELIEF_LATER = new Set(
  'think thinks thinking believe believes believing assume assumes assuming'.split(' '),
);
/** "...has ay in it but doesn't say /ai/": a true statement of an exception. */
const EXCEPTION = /\bbut (?:it )?(?:doesn't|does not|isn't|is not|can't|cannot|won't|never)\b/i;

/** "... so chn will write "plai"": what pupils go on to do, after a true reason. */
const SO_THEY_DO =
  /\bso (?:chn|ch|children|pupils|students|kids|they|some|many) (?:will|may|might|often|tend to|sometimes) (?=\S)/i;

/** Where a belief's sentence goes on to something else: an alternative, a dash before the correction. */
const BELIEF_ENDS = [' – ', ' — ', ' - ', ' / ', ' -> ', ' → ', ', and will ', ', and may ', ', so they '];

/** "A common misconception is that...", "The misconception that...": the frame before the belief. */
const MISCONCEPTION_IS =
  /^(?:a |one |the )?(?:(?:common|frequent|typical|classic|usual|key|main|big) )?misconceptions? (?:is |here is )?(?:that )?/i;

/** The words after a label that names what follows as a misconception: "Misconception to watch:", "Common misconception –". */
function withoutLabel(written: string): string {
  // "NB lots of them think...": the teacher's note-to-self mark is no part of the belief.
  const statement = written.replace(NOTE_MARK, '');
  const framed = MISCONCEPTION_IS.exec(statement)?.[0];
  if (framed !== undefined && wordCount(framed.trim()) >= 2 && framed.length < statement.length) {
    let at = framed.length;
    // "Common misconception – plants get...": the dash or colon after the frame goes with it.
    while (at < statement.length && ' –—-:'.includes(statement[at]!)) at += 1;
    return capitalise(statement.slice(at));
  }
  const colon = statement.indexOf(':');
  const dash = [' – ', ' — ', ' - '].map((joint) => statement.indexOf(joint)).find((at) => at > 0);
  for (const [at, width] of [
    [colon, 1],
    [dash ?? -1, 3],
  ] as const) {
    if (at <= 0 || at > 60 || !BELIEF_LABEL.test(statement.slice(0, at))) continue;
    // A dash ends a label only when the words before it are few: "Common misconception – plants get...".
    if (width === 3 && wordCount(statement.slice(0, at)) > 4) continue;
    return statement.slice(at + width).trim();
  }
  return statement;
}

/** Who holds a belief, a word or three before its verb: "pupils who think", "some students assume". */
const HOLDERS = new Set(
  'pupils students children chn ch kids learners they some many who often may might'.split(' '),
);
/** "Ask pupils to think about...": thinking about something is not a belief. */
const NOT_A_BELIEF = new Set('about of through carefully again how why what whether'.split(' '));

/** Where the belief verb comes after a lead-in: "..., e.g. thinking", "Watch out for pupils who think that". */
function laterBelief(words: string[]): number {
  for (let at = 1; at < Math.min(words.length - 1, 40); at++) {
    if (!BELIEF_LATER.has(words[at]!.toLowerCase())) continue;
    if (NOT_A_BELIEF.has(words[at + 1]!.toLowerCase())) continue;
    const before = words[at - 1]!.toLowerCase();
    const held =
      before.endsWith(',') ||
      before === 'e.g.' ||
      before === 'eg' ||
      before === 'i.e.' ||
      before === 'by' ||
      words.slice(Math.max(0, at - 3), at).some((word) => HOLDERS.has(word.toLowerCase()));
    if (!held) continue;
    return words[at + 1]?.toLowerCase() === 'that' && at + 2 < words.length ? at + 2 : at + 1;
  }
  return -1;
}

/** A term of an expression: "2x", "y", "3", "10.5". */
const TERM = /^\(?(?:\d+(?:\.\d+)?)?[a-z]?\d?\)?$/i;

/** Whether " - " at `at` is a minus sign between two terms ("2x - y = 1"), not a dash between clauses. */
function isMinus(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf(' ', at - 1) + 1, at);
  const rest = text.slice(at + 3);
  const after = rest.slice(0, rest.indexOf(' ') === -1 ? rest.length : rest.indexOf(' '));
  return (
    before.length <= 5 &&
    after.length <= 5 &&
    TERM.test(before) &&
    TERM.test(after) &&
    /\d|^[a-z]$/i.test(before + after)
  );
}

/** The belief alone: without an alternative or the correction after a dash, a pupil's quoted reason, or quotes round a word. */
function tidyBelief(claim: string): string {
  let end = claim.length;
  for (const joint of BELIEF_ENDS) {
    let at = claim.indexOf(joint);
    // "e.g. 2x - y = 1": a minus sign between two terms is the example's, not a dash before the correction.
    while (at > 0 && joint === ' - ' && isMinus(claim, at)) at = claim.indexOf(joint, at + 1);
    if (at > 0 && at < end) end = at;
  }
  // "1/2 = 2/3 because "I added 1 to the top"": the pupil's words explain the belief, they are not it.
  for (const joint of [' because "', ' because “']) {
    const at = claim.indexOf(joint);
    if (at > 0 && at < end) end = at;
  }
  const words = claim
    .slice(0, end)
    .split(' ')
    .map((word) => {
      // "the metal is "destroyed"": the quotes mark pupils' word, which a statement says plainly.
      const inner = word.replace(/^["“]/, '').replace(/["”]([.,;:!?]?)$/, '$1');
      return inner.length === word.length - 2 || inner.length === word.length - 1 ? inner : word;
    });
  const belief = trimEnd(withoutExamples(words.join(' ')));
  // "(pupils often think down the map means downhill)": the bracket the belief was read from is not part of it.
  if (belief.endsWith(')') && !belief.includes('(')) return trimEnd(belief.slice(0, -1));
  // "...to the top and bottom (e.g. 1/2 = 2/3": an example cut before its bracket closes is left out whole.
  const open = belief.lastIndexOf('(');
  return open > 0 && !belief.includes(')', open) ? trimEnd(belief.slice(0, open).trimEnd()) : belief;
}

/** 'thinking else needs its own condition (else age < 16:)': the example in brackets shows the belief, it is not part of it. */
function withoutExamples(claim: string): string {
  let out = claim;
  for (let open = out.indexOf(' ('); open > 0; open = out.indexOf(' (', open + 1)) {
    const close = out.indexOf(')', open);
    if (close < 0) break;
    // "(e.g. 1/2 = 2/3)", "(else age < 16:)", "("16" > 15)": code, symbols or an example, not words of the claim.
    const inside = out.slice(open + 2, close);
    if (/^e\.?g\b|[<>=:"“]/.test(inside)) out = `${out.slice(0, open)}${out.slice(close + 1)}`;
  }
  return out;
}

/** The words of a confusion told as what happens to an idea: "intrinsic feedback getting mixed up with...". */
const MIXED_UP_WITH = [
  ' getting mixed up with ',
  ' gets mixed up with ',
  ' getting confused with ',
  ' gets confused with ',
];

/**
 * "The other one is intrinsic feedback getting mixed up with intrinsic motivation because they've done
 * motivation already": the two ideas pupils take for one another, each a few words.
 */
function mixedUpPair(statement: string): [string, string] | undefined {
  const lower = statement.toLowerCase();
  const joint = MIXED_UP_WITH.find((words) => lower.includes(words));
  if (joint === undefined) return undefined;
  const at = lower.indexOf(joint);
  const before = statement.slice(0, at).split(' ');
  const is = before.map((word) => word.toLowerCase()).lastIndexOf('is');
  const first = trimEnd(
    before
      .slice(is + 1)
      .join(' ')
      .replace(/^the\s+/i, ''),
  );
  const after = statement.slice(at + joint.length);
  const end = after.search(/ because |, | as |[.;]/);
  const second = trimEnd((end < 0 ? after : after.slice(0, end)).replace(/^the\s+/i, ''));
  const fits = (side: string) => side !== '' && wordCount(side) <= 4;
  return fits(first) && fits(second) ? [first, second] : undefined;
}

/** "mix this up with the Depression (1929)": the thing pointed at, and what it is mixed up with. */
const MIX_THIS_UP = /\bmix(?:es|ing)? (?:this|that|it) up with ((?:the )?[\p{L}' ]{3,40}?)(?= \(|[.,;]|$)/iu;
/** "Hyperinflation = 1923, ...", "Weathering is the breaking...": a sentence that says what its subject is. */
const SAYS_WHAT_IT_IS = /^(\p{Lu}[\p{L}' ]{2,30}?) (?:=|is|was|means|happened) /u;

function mixedUpWithNamed(
  sentence: Sentence,
  next: Sentence | undefined,
): Pick<PlanMisconception, 'claim' | 'confused' | 'correction'> | undefined {
  const mixed = MIX_THIS_UP.exec(sentence.text);
  if (mixed === null || next === undefined || next.line !== sentence.line) return undefined;
  const subject = SAYS_WHAT_IT_IS.exec(next.text)?.[1];
  if (subject === undefined || wordCount(subject) > 4) return undefined;
  const other = mixed[1]!.trim();
  return {
    claim: `${subject} and ${other} are the same thing`,
    confused: [subject, other],
    correction: { text: trimEnd(next.text), line: next.line },
  };
}

/** "weathering and erosion are the same thing" is a confusion of the two. */
function sameThing(claim: string): [string, string] | undefined {
  const lower = claim.toLowerCase();
  const ending = [' are the same thing', ' are the same'].find((phrase) => lower.endsWith(phrase));
  if (ending === undefined) return undefined;
  const pair = claim.slice(0, claim.length - ending.length);
  const split = pair.toLowerCase().indexOf(' and ');
  if (split <= 0) return undefined;
  const first = pair.slice(0, split).replace(/^the\s+/i, '');
  const second = pair.slice(split + 5).replace(/^the\s+/i, '');
  return first.includes(' and ') || second.includes(' and ') ? undefined : [first, second];
}

/** "Thinking...", "Believing that...": a belief named by the holding of it. */
const HELD_AS = new Set(['thinking', 'believing', 'assuming']);

/** "= (assign) vs == (compare)", "weather vs climate": a short pair set against each other, without their glosses. */
function versusPair(text: string): [string, string] | undefined {
  const at = text.indexOf(' vs');
  if (at <= 0 || text.indexOf(' vs', at + 3) >= 0) return undefined;
  const after = text.slice(at + 3).replace(/^\.? /, '');
  const bare = (side: string) => trimEnd(withoutBrackets(side).split(' ').filter(Boolean).join(' '));
  const first = bare(text.slice(0, at));
  const second = bare(tidyBelief(after));
  const short = (side: string) => side !== '' && wordCount(side) <= 3;
  // "Model 0.5 vs 0.45 on number line": the teacher's step, not two things pupils confuse.
  const step = TASK_VERBS.has(first.split(' ', 1)[0]!.toLowerCase());
  return short(first) && short(second) && !step && after !== text.slice(at + 3) ? [first, second] : undefined;
}

/** "Some of them will read...", "Many of the class think...": "of them" belongs to who holds it, like "some". */
const OF_THEM = /^(some|many|most|a few|lots|half|a lot) of (?:them|the class|the group|you|my class) /i;

function withoutOfThem(text: string): string {
  return text.replace(OF_THEM, '$1 ');
}

/** What pupils wrongly believe, in their words; a confusion of A with B gives both. */
export function beliefOf(misconception: string): { claim: string; confused?: [string, string] } {
  // "A common mistake is to confuse weather and climate": what follows the frame is what pupils do.
  const statement = withoutLabel(statementOf(misconception));
  const mixed = mixedUpPair(statement);
  if (mixed !== undefined)
    return { claim: capitalise(`${mixed[0]} and ${mixed[1]} are the same thing`), confused: mixed };
  const framing =
    MISTAKE_IS.exec(statement)?.[0] ?? MANY_THINK.exec(statement)?.[0] ?? EVERY_YEAR.exec(statement)?.[0];
  const words = (framing === undefined ? withoutOfThem(statement) : statement.slice(framing.length)).split(
    ' ',
  );
  let at = 0;
  // "A few pupils think..." is framing; "A heavier object falls faster" is the belief, article and all.
  while (
    at < words.length - 1 &&
    BELIEF_FRAME.has(words[at]!.toLowerCase()) &&
    (words[at]!.toLowerCase() !== 'a' || words[at + 1]?.toLowerCase() === 'few')
  )
    at += 1;
  const framed = at > 0;
  if (framed && BELIEF_VERBS.has(words[at]!.toLowerCase())) {
    at += 1;
    if (words[at]?.toLowerCase() === 'that') at += 1;
  } else {
    const later = laterBelief(words);
    if (later > 0) at = later;
  }
  // "thinking else needs its own condition": the belief is what follows the thinking.
  if (at === 0 && HELD_AS.has(words[0]!.toLowerCase()) && words.length > 2)
    at = words[1]!.toLowerCase() === 'that' ? 2 : 1;
  const rest = words.slice(at).join(' ');
  // "= (assign) vs == (compare)": two things pupils take for one another.
  const versus = versusPair(rest);
  if (versus !== undefined)
    return { claim: capitalise(`${versus[0]} and ${versus[1]} are the same thing`), confused: versus };
  const confusion = /^(?:confus(?:e|es|ing)|mix(?:es|ing)? up|muddle|get)\s/i.exec(rest);
  if (confusion !== null) {
    // "mix up Makkah and Madinah → show both on map": the pair ends where the correction begins, and
    // before an example of it ("digit and value, e.g. "the 3 in 34 is worth 3"").
    const told = tidyBelief(rest.slice(confusion[0].length));
    const example = told.search(/,? (?:e\.g\.|eg\b|for example\b|such as\b)|,? \(/i);
    const pair = example > 0 ? told.slice(0, example) : told;
    const lower = pair.toLowerCase();
    for (const joint of [' with ', ' and ']) {
      const split = lower.indexOf(joint);
      if (split <= 0) continue;
      const first = trimEnd(pair.slice(0, split).replace(/^the\s+/i, ''));
      const second = withoutLastWords(trimEnd(pair.slice(split + joint.length).replace(/^the\s+/i, '')), [
        'mixed up',
        'confused',
      ]);
      return { claim: capitalise(`${first} and ${second} are the same thing`), confused: [first, second] };
    }
  }
  const claim = tidyBelief(at > 0 ? rest : words.join(' '));
  if (claim === '') return { claim: statementOf(misconception) };
  const confused = sameThing(claim);
  return confused === undefined ? { claim: capitalise(claim) } : { claim: capitalise(claim), confused };
}

/** How a plan turns to the correction: "– remind them the atoms are...", "Emphasize: weathering BREAKS...". */
const CORRECTING =
  /^(?:remind (?:them|pupils|students|children|the class)(?: that)?|hammer home(?: that)?|explain (?:to (?:them|pupils|students|children) )?that|emphasi[sz]e(?: that)?|point out that|stress that|show (?:them |pupils |students |children |on (?:the |a )?[\w ]{1,20} )?that|make (?:it )?clear that|reinforce that|be clear(?: that)?(?: [-–—])?|(?:it|that|they) (?:didn't|doesn't|isn't|wasn't|aren't|don't|did not|does not|is not|was not|are not|do not)(?: [-–—]|,)|correct (?:this |it )?(?:with|by)|response|correction)\s?:?\s/i;

/** The teacher's turn to the fix after an arrow or a dash: "remind", "show them that", "explain that". */
const TURN_TO_FIX =
  /^(?:r(?:e)?mind(?: them| pupils| children| chn| ch)?(?: that)?|show(?: them| that)?|say|explain(?: that)?|stress(?: that)?)\s+/i;

/**
 * What a misconception's arrow leads to ("... -> show the sound button is a dash under both letters"),
 * or a dash that turns to the fix ("... - remind bossy verb comes FIRST"), as a statement.
 */
function arrowCorrection(text: string): string | undefined {
  const arrow = [' -> ', ' → '].map((joint) => text.indexOf(joint)).find((at) => at > 0);
  if (arrow !== undefined) {
    const after = text.slice(text.indexOf(' ', arrow + 1) + 1);
    // "show the sound button is a dash" says what is true; "show onion bulb cut in half, it is..." what to show.
    const said = trimEnd(showsWhat(after) ? after : after.replace(TURN_TO_FIX, ''));
    // "chn write 18 in the ones column and carry on -> 26 x 3 = 618": the arrow leads to the wrong answer.
    const words = said.split(' ').filter((word) => /\p{L}{2}/u.test(word)).length;
    return said.split(' ').length >= 3 && words >= 2 ? capitalise(said) : undefined;
  }
  for (const joint of [' - ', ' – ', ' — ']) {
    const at = text.indexOf(joint);
    if (at <= 0) continue;
    const after = text.slice(at + joint.length);
    const turn = TURN_TO_FIX.exec(after);
    if (turn === null) continue;
    const said = trimEnd(after.slice(turn[0].length));
    if (said.split(' ').length >= 3) return capitalise(said);
  }
  // "ch think shadow is a reflection / darkness - light travels in straight lines, object blocks it": after
  // what pupils think, a dash before a plain statement is the fix, as a teacher jots it.
  // So does "Students often say the central executive stores info – it doesn't, it allocates attention",
  // and "Confusing the WMM with a model of the whole of memory – it's a model of STM only".
  // In a list of misconceptions the dash after the belief turns to the fix however the belief is put:
  // "the "mouth" is where the river starts – it's the END, where it meets the sea".
  const dash = lastDash(text);
  const before = dash > 0 ? text.slice(0, dash) : '';
  const labelOnly = wordCount(before) <= 4 && BELIEF_LABEL.test(before);
  // "Q1 (1 mark, "What does ... suggest?") - wrote ...": a question marked, then what the pupil wrote, is no belief.
  const claims = wordCount(before) >= 3 && !before.includes('?');
  if (dash > 0 && !labelOnly && (HOLDS_A_BELIEF.test(before) || claims)) {
    const said = trimEnd(text.slice(dash + 3));
    // "– or just read "cape" as cap": after the dash, another mistake pupils make, not the fix for the first.
    if (
      wordCount(said) >= 4 &&
      STATES.test(said) &&
      !NOT_A_FIX.test(said) &&
      !REMEDY_ACTION.test(said) &&
      !ANOTHER_MISTAKE.test(said)
    )
      return capitalise(said);
  }
  return undefined;
}

/** What a belief written before a dash says pupils do: think it, say it, write it, or confuse two things. */
const HOLDS_A_BELIEF =
  /\b(?:think|thinks|believe|believes|say|says|write|writes|assume|assumes)\b|^(?:confusing|thinking|writing|mixing up|assuming|believing)\b/i;

/** "or just read...", "and also write...": what follows the dash goes on listing what pupils do wrong. */
const ANOTHER_MISTAKE = /^(?:or|and|also|and also|or else)\b/i;

/** The last dash between words (" - ", " – ", " — "), where a jotted misconception turns to its fix. */
function lastDash(text: string): number {
  return Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '));
}

/** "show cactus vs the basil, cactus gets water once a week": a thing to show, not "show (that) X is Y". */
function showsWhat(fix: string): boolean {
  if (!/^show\b/i.test(fix)) return false;
  const comma = fix.indexOf(', ');
  const first = fix.slice(5, comma === -1 ? fix.length : comma);
  return !STATES.test(first);
}

/** A statement's verb: "light travels in straight lines", "the object blocks it". */
const STATES =
  /\b(?:is|are|was|were|has|have|travels?|blocks?|makes?|means?|needs?|gives?|comes?|goes?|moves?|stays?|can|cannot|does|do|only|it's|doesn't|isn't|aren't|don't|can't)(?![\w'’])/i;
/** What a teacher notes after a dash that is not the fix: how common it is, or when to watch for it. */
const NOT_A_FIX = /^(?:common|often|many|some|esp|especially|watch|look out|see |usually|typically|most)/i;
/** What a teacher does about a belief, after its dash: "send back to the Dienes", "use the number line". */
const REMEDY_ACTION =
  /^(?:send (?:them |him |her )?back|go back|ask|take (?:them )?back|use|get them|give them|model|point to|return to|refer (?:them )?to|let them|try|re-?teach|revisit)\b/i;

/** Other pupils, after a slash: "/ some start from the tens column", "/ others forget to exchange". */
const OTHERS_AFTER_SLASH = /^(?:some|others|a few|many|most) (?!of\b)\p{Ll}/u;

/** A sentence that opens with who holds a belief: "Some ch write a story...", "Other pupils think...". */
const HOLDER_OPENS =
  /^(?:(?:some|many|other|a few|most) )?(?:ch|chn|children|pupils|students|kids|learners|others)\b/i;

/**
 * A misconception paragraph that names more than one ("ch think X - remind Y. Some ch write a story - remind Z."):
 * each belief with the sentences after it, a sentence that opens with its holders starting the next.
 */
function beliefsIn(text: string): string[] {
  const groups: string[][] = [];
  // "writing 13 in the ones column - send back to the Dienes / some start from the tens column": a slash
  // before other pupils starts their misconception.
  const parts = sentencesOf(text).flatMap((sentence) => {
    const slash = sentence.indexOf(' / ');
    return slash > 0 && OTHERS_AFTER_SLASH.test(sentence.slice(slash + 3))
      ? [sentence.slice(0, slash), sentence.slice(slash + 3)]
      : [sentence];
  });
  for (const sentence of parts) {
    const last = groups[groups.length - 1];
    if (
      last === undefined ||
      (HOLDER_OPENS.test(sentence) && !CORRECTION.test(sentence)) ||
      (sentence !== parts[0] && OTHERS_AFTER_SLASH.test(sentence) && !text.startsWith(sentence))
    )
      groups.push([sentence]);
    else last.push(sentence);
  }
  return groups.length <= 1 ? [text] : groups.map((group) => group.join(' '));
}

/** The correction a sentence gives, at its start or after a dash: what follows the plan's "remind them that". */
function correctionIn(text: string): string | undefined {
  const starts = [0];
  for (const joint of [' – ', ' — ', ' - ']) {
    const at = text.indexOf(joint);
    if (at > 0) starts.push(at + joint.length);
  }
  for (const start of starts) {
    const from = text.slice(start);
    const lead = CORRECTING.exec(from);
    if (lead === null) continue;
    const said = trimEnd(from.slice(lead[0].length));
    if (wordCount(said) >= 3) return capitalise(said);
  }
  return undefined;
}

/** The correction the first of these sentences to give one gives. */
function firstCorrectionIn(sentences: readonly string[]): string | undefined {
  for (const sentence of sentences) {
    const said = correctionIn(sentence);
    if (said !== undefined) return said;
  }
  return undefined;
}

/** A correction paragraph's claim: its "Explain that..." sentence where it has one, else its first. */
function correctionOf(text: string): string {
  return firstCorrectionIn(sentencesOf(text)) ?? text;
}

/** Lines that answer a misconception rather than state one: "Response: 'Word blending' combines only part...". */
const CORRECTION =
  /^(?:response|correction|correct|correct(?:ed)? by|address(?:ed)? by|address|instead|answer|reality|in fact|fix|(?:I (?:need|have|want) to )?be (?:really |very )?explicit)\s*(?:[:-]|->|→)\s*/i;

/** The same label as the reader keeps it before the plan's answer. */
const REMEDY_PREFIX = /^(?:address(?:ed)? by|address|fix) ?[:.)-] ?/i;
/** What a hinge question's answer tells the teacher: "If A → thinks...", "B = confuses...", "If they pick C...". */
const DISTRACTOR_READING =
  /^(?:if (?:(?:they|pupils|students) )?(?:choose |pick |say |answer )?[A-D]\b|[A-D] ?(?:=|→|->|:) )/i;

/**
 * A sentence in the teaching that warns of a misconception: "Students often confuse...", "...is a common mistake",
 * "Common mix-up: students think...", "Watch for kids subtracting only on one side".
 */
const WARNING =
  /^misc\w{0,10} ?: ?(?:they|some|many|ss|kids|lots|pupils|students|children|chn)\b|\b(?:confus(?:e|es|ed|ing)|mix(?:es|ed)? up|mix-ups?|misconceptions?|common (?:mistake|error)|often (?:a )?mistake|most often a mistake|(?:often|may|might|tend to|sometimes|students|pupils|children|chn) (?:think|believe|assume)(?!-)|(?<!\b\w{1,15}ed )wrongly|watch (?:out )?for:? (?:kids|pupils|students|children|chn|ch|anyone|those|pairs|groups) (?:who \w+|\w+ing))\b|\b(?:the mistake (?:they|pupils|students|children|kids) (?:always |often |usually )?make\b|(?:they|someone|somebody|some|many|pupils|students|children|chn|kids)(?: \([^()]{1,40}\))? (?:will|may|might|always|often) (?:say|write) ["“]|\bevery (?:year|time),? (?:someone|somebody|a few|some|they|pupils|students|children|chn|kids|half)\b[^".!?]{0,40}\b(?:say|says|write|writes)\b[^".!?“”]{0,30}["“])/i;
/** "A lot of them think...": how many hold it, said before the belief. Its own pattern keeps WARNING checkable. */
const MANY_OF_THEM_THINK =
  /\b(?:a lot|lots|most|many|some|half) of (?:them|the class|the group) (?:think|believe|assume)\b/i;
/** A sentence that warns of a misconception. */
/** "– someone always does it", "they always forget this": a slip the teacher sees every time. */
const ALWAYS_DOES =
  /\b(?:someone|somebody|they|pupils|students|kids|half of them) (?:always|usually|often) (?:does|do|gets?|makes?|forgets?|writes?) (?:it|this|that)\b/i;
const WARNS = {
  test: (text: string) => WARNING.test(text) || MANY_OF_THEM_THINK.test(text) || ALWAYS_DOES.test(text),
};

/** 'Someone (probably Priya) will say "it's just supply and demand" – push on that, the cost...': what pupils say, in their words. */
const SAYS =
  /\b(?:(?:will|may|might|always|often) say|every (?:year|time) (?:they|pupils|students|children|chn|kids) (?:say|write)) ["“]|\bevery (?:year|time)[^".!?]{0,50}\b(?:say|says|write|writes)\b[^".!?“”]{0,30}["“]/i;

/** How a teacher turns from what pupils say to the fix: "– push on that, the cost is the same...". */
const PUSH_BACK =
  /^(?:push (?:on|back on) (?:that|it|this)|challenge (?:that|it|this)|unpick (?:that|it|this))[,:] /i;

/**
 * 'Someone will say "it's just supply and demand" – push on that, the cost of carrying one more passenger
 * is the same whichever ticket they hold': the quoted words are the belief, and what the teacher pushes
 * back with after the dash is its correction.
 */
function saidBelief(sentence: string): { claim: string; correction?: string } | undefined {
  const says = SAYS.exec(sentence);
  if (says === null) return unquotedBelief(sentence);
  const open = says.index + says[0].length;
  const close = sentence.slice(open).search(/["”]/);
  if (close < 3) return undefined;
  // 'write that Priestley "wrote the play in 1912"': who the quoted words are said of opens the claim.
  const of = SAID_OF.exec(says[0]);
  const quoted = trimEnd(sentence.slice(open, open + close));
  const claim = of === null ? quoted : `${of[1]} ${quoted}`;
  const after = sentence.slice(open + close + 1).replace(/^\s*[–—-]\s*/, '');
  const push = PUSH_BACK.exec(after);
  const fix = push === null ? undefined : trimEnd(after.slice(push[0].length));
  return fix === undefined || wordCount(fix) < 5
    ? { claim: capitalise(claim) }
    : { claim: capitalise(claim), correction: capitalise(fix) };
}

/** 'write that Priestley "...': the words between "that" and the quote, which the quote is said of. */
const SAID_OF = /\b(?:say|says|write|writes) that ([^"“]{1,30}) ["“]$/;

/** "...are going to say negative feedback means shouting, which is the big misconception - it's just...". */
const SAYS_UNQUOTED = /\b(?:are going to|is going to|will|may|might|often) say /i;
const NAMED_AS_MISCONCEPTION = /, which is (?:the|a|an) (?:\p{L}+ )?(?:misconception|mistake)\b/iu;

/**
 * What pupils say, unquoted, where the plan names it as the misconception after it: the words between are
 * the belief, and what follows the dash after is its correction.
 */
function unquotedBelief(sentence: string): { claim: string; correction?: string } | undefined {
  const says = SAYS_UNQUOTED.exec(sentence);
  if (says === null) return undefined;
  const open = says.index + says[0].length;
  const named = NAMED_AS_MISCONCEPTION.exec(sentence.slice(open));
  if (named === null || wordCount(sentence.slice(open, open + named.index)) < 3) return undefined;
  const claim = trimEnd(sentence.slice(open, open + named.index));
  const rest = sentence.slice(open + named.index + named[0].length);
  const dash = /^\s*[–—-]\s*/.exec(rest);
  const fix =
    dash === null ? undefined : trimEnd(rest.slice(dash[0].length).replace(/^it's (?:just )?/i, ''));
  return fix === undefined || wordCount(fix) < 3
    ? { claim: capitalise(claim) }
    : { claim: capitalise(claim), correction: capitalise(fix) };
}

/** Words that set one idea against another, as a correction does. */
const CONTRAST =
  /\b(?:but|whereas|while|unlike|in contrast|differs?|different|distinct|not the same|shouldn't be confused|should not be confused|rather than|instead)\b/i;

/** "...will not produce the result that might be expected", "...doesn't do what you might think". */
const NOT_AS_EXPECTED =
  /\b(?:will not|won't|does not|doesn't|do not|don't|may not|might not|would not|wouldn't) (?:produce|give|return|do|work|behave|evaluate|print|output)\b/i;
/** What every wording of NOT_AS_EXPECTED has: a quick look spares the full pattern on most sentences. */
const NEGATION = /not|n't/i;
const EXPECTED = /\b(?:expect(?:s|ed)?|intend(?:s|ed)?|seems?|wants?|think|might think)\b/i;

/** "A common mistake is to write...", "One error pupils make is...". */
const MISTAKE_IS =
  /^(?:a |one |the )?(?:(?:most |biggest |main )?(?:common|frequent|typical|classic|usual|biggest|main) )?(?:mistake|error)s? (?:is|pupils make is|students make is|children make is)(?: to| that)? /i;

/** The longest span between two marks (backticks, quotes) that the sentence contains: the example it is about. */
function spanIn(raw: string, open: string, close: string, sentence: string): string | undefined {
  let best: string | undefined;
  let from = raw.indexOf(open);
  while (from >= 0) {
    const end = raw.indexOf(close, from + open.length);
    if (end < 0) break;
    const span = raw.slice(from + open.length, end).trim();
    if (span.length >= 2 && span.length <= 80 && sentence.includes(span) && span.length > (best?.length ?? 0))
      best = span;
    from = raw.indexOf(open, end + close.length);
  }
  return best;
}

/**
 * A mistake the plan shows in an example: "Reinforce that `animal == 'cat' or 'dog'` will not produce the
 * result that might be expected" (pupils expect it to do what it seems to say, and the plan says it does not),
 * or "A common mistake is to write “3/4 + 1/2 = 4/6”" (pupils take the example to be right).
 */
function shownMistake(
  sentence: string,
  raw: string,
  line: number,
): Pick<PlanMisconception, 'claim' | 'correction' | 'example' | 'code'> | undefined {
  const notAsExpected = NEGATION.test(sentence) && NOT_AS_EXPECTED.test(sentence) && EXPECTED.test(sentence);
  const mistakeIs = MISTAKE_IS.test(sentence);
  if (!notAsExpected && !mistakeIs) return undefined;
  // "A common mistake is to confuse weather and climate" is a confusion, read as one elsewhere.
  if (mistakeIs && /\b(?:confus\w*|mix\w* up|muddl\w*)\b/i.test(sentence.slice(0, 80))) return undefined;
  const code = spanIn(raw, '`', '`', sentence);
  const quoted = spanIn(sentence, '"', '"', sentence) ?? spanIn(sentence, '“', '”', sentence);
  // A quoted word is a term ("“weather”"); an example is a worked line ("1/2 + 1/3 = 2/5") or a phrase.
  const example = code ?? (quoted !== undefined && /[\s=+*/<>\d-]/.test(quoted) ? quoted : undefined);
  if (example === undefined) return undefined;
  const shown = code === undefined ? `"${example}"` : `\`${code}\``;
  const found = { example, code: code !== undefined };
  if (!notAsExpected) return { ...found, claim: `${shown} is right` };
  // The plan's statement from the example on, without its lead-in ("Reinforce with students that").
  const at = sentence.indexOf(example);
  const said = trimEnd(
    sentence
      .slice(at + example.length)
      .replace(/^[`"”]/, '')
      .trim(),
  );
  return {
    ...found,
    claim: `${shown} does what it seems to say`,
    correction: { text: `${shown} ${said}`, line },
  };
}

/** Who may hold a belief, as a plan names them: "pupils", "some ch", "others". */
const PEOPLE = new Set('pupils students ss children chn ch kids learners they others'.split(' '));
/** Verbs that say pupils mix two ideas up, which a confusion's hinge asks about. */
const CONFUSING = new Set('confuse confuses mix muddle get that'.split(' '));

/**
 * "Some ch write a story", "Pupils forget to carry": the plan names what pupils do wrong, not what they
 * believe ("Pupils think heavier objects fall faster").
 */
function describesConduct(belief: string): boolean {
  // "Forgetting to work out volume first", "Dividing mass by one side length": a mistake named by what is done.
  if (
    /^(?:forgetting|dividing|multiplying|adding|subtracting|using|writing|reading|counting|putting|missing|leaving|confusing|mixing|comparing)\b/i.test(
      belief,
    ) &&
    !CLAIMS.test(belief)
  )
    return true;
  // "Rinsing the burette with water then filling", "Averaging all titres incl. rough": any mistake named by its doing.
  const first = belief.split(' ', 1)[0]!.toLowerCase();
  // "Multiplying always makes a number bigger" says what pupils hold: a verb of its own makes it a claim.
  if (first.length > 5 && first.endsWith('ing') && !NOT_DOING.has(first) && !CLAIMS.test(belief)) return true;
  // "Some pupils will double the numerator only, e.g. thinking 1/3 = 2/3": the belief comes later.
  if (laterBelief(belief.split(' ')) > 0) return false;
  const words = belief.split(' ', 8).map((word) => word.toLowerCase());
  let at = 0;
  let people = false;
  while (at < words.length - 1 && (BELIEF_FRAME.has(words[at]!) || PEOPLE.has(words[at]!))) {
    people ||= PEOPLE.has(words[at]!);
    at += 1;
  }
  // 'Ss "move" the −7 to the other side': a verb in quotes is still what they do.
  const verb = (words[at] ?? '').replace(/^["“‘']|["”’']$/g, '');
  // "some will say a-y as 2 sounds": what they say, unquoted, is how they do it, not a claim they make.
  if (at > 0 && SAYING.has(verb) && !/^(?:["“‘']|that\b)/.test(words[at + 1] ?? '')) return true;
  // "Also some multiply the exchanged 1 as well": some of the class, doing it.
  const some = SOME_OF_THEM.has(words[at - 1] ?? '');
  return (people || some) && /^[a-z]+$/.test(verb) && !BELIEF_VERBS.has(verb) && !CONFUSING.has(verb);
}

/** Words for some of the class, before what they do: "some multiply", "others forget". */
const SOME_OF_THEM = new Set(['some', 'many', 'others', 'few']);

/** Verbs of saying: what follows them in quotes, or after "that", is what pupils hold. */
const SAYING = new Set(['say', 'says', 'write', 'writes', 'answer', 'answers']);

/** A verb that makes a statement of what follows "Multiplying...": "always makes", "is", "means". */
const CLAIMS =
  /\b(?:is|are|was|were|makes?|means?|gives?|will|always|never|can|cannot|can't|does|doesn't|has|have|needs?|changes|causes|increases|decreases|affects|shifts|speeds? up|slows? down)\b/i;

/** Words ending "-ing" that name no doing, or a belief rather than a mistake made. */
const NOT_DOING = new Set(
  'thinking believing assuming nothing something anything everything during spring string bring'.split(' '),
);

/** A mark the teacher leaves where something is still to decide: "TBC", "TBD", "??". */
const UNDECIDED = /\?\?|\b(?:tbc|tbd|to do|todo)\b/i;

/** "How to address?? TBC", "Fix: ???", "TBC": a remedy the plan has still to decide. */
const stillToDecide = (sentence: string) => UNDECIDED.test(sentence) && wordCount(sentence) <= 6;

/** A belief the teacher's arrow marks wrong: "... → NO.", "... -> wrong!". */
const ARROW_NO = / (?:->|→|=>) ?(?:no|nope|wrong|not so)(?:[.!]+ |[.!]*$)/i;

/**
 * "they think wage set where MRP = MCL → NO. Employ Q where MRP = MCL, then read DOWN to ACL": the arrow
 * denies the belief, and the sentence after it (or the next one) is the fix.
 */
function fixAfterArrowNo(belief: string, next: string | undefined): string | undefined {
  const denial = ARROW_NO.exec(belief);
  if (denial === null) return undefined;
  const fix = sentencesOf(belief.slice(denial.index + denial[0].length))[0] ?? next;
  return fix !== undefined && wordCount(fix) >= 3 ? capitalise(trimEnd(fix)) : undefined;
}

/**
 * One belief the plan's misconceptions name. "Pupils think floods are caused only by rain. Address by comparing
 * two hydrographs.": the belief is the first sentence; a correct statement after it ("In fact, ...") is its
 * correction, a strategy is not.
 */
function misconceptionOf(text: string, entry: PlanItem): PlanMisconception {
  const [belief = text, ...after] = sentencesOf(text);
  const misconception: PlanMisconception = { text, line: entry.line, ...beliefOf(belief) };
  // "Some ch write a story": what pupils do, not an idea they hold, so no statement to judge true or false.
  // "Most common error is reading up first": what follows the frame is what they do.
  if (
    describesConduct(withoutLabel(belief)) ||
    (misconception.claim !== undefined && describesConduct(misconception.claim))
  )
    misconception.conduct = true;
  // "ai and ay make the same sound so chn will write "plai"": the reason is true; the mistake is what they do.
  // "*says* has ay in it but doesn't say /ai/": an exception pupils may trip on, stated as it truly is, is
  // no belief to mark wrong in a true-or-false hinge.
  if (EXCEPTION.test(belief) && !WARNS.test(belief)) {
    delete misconception.claim;
    return misconception;
  }
  // '"More collisions" on its own = no mark in exam – need "more frequent"': how answers are marked, which is
  // true, not a belief to put to pupils as the wrong answer of a hinge; what pupils do wrong in answering, with its fix.
  if (misconception.claim !== undefined && MARKING_NOTE.test(misconception.claim)) {
    delete misconception.claim;
    misconception.conduct = true;
    misconception.addressed = true;
    return misconception;
  }
  // "indentation – code after else not indented so it always runs": a topic and what goes wrong in it,
  // no statement pupils hold.
  if (
    misconception.claim !== undefined &&
    misconception.confused === undefined &&
    wordCount(misconception.claim) <= 2
  ) {
    delete misconception.claim;
    return misconception;
  }
  const doing = SO_THEY_DO.exec(belief);
  if (doing !== null) {
    misconception.claim = capitalise(tidyBelief(belief.slice(doing.index + doing[0].length)));
    misconception.conduct = true;
  }
  // "x² = 5x — they divide by x and lose x=0": the equation is where it happens, the mistake what they do.
  const step = stepGoneWrong(belief);
  if (step !== undefined) {
    misconception.claim = step;
    misconception.conduct = true;
  }
  // "The trap every year is treating the Industrial Revolution as one event rather than a long process."
  const treated = treatedAs(belief);
  if (treated !== undefined) {
    misconception.claim = treated.claim;
    delete misconception.conduct;
    if (treated.truth !== undefined) misconception.correction = { text: treated.truth, line: entry.line };
  }
  // "...a liquid sea of lava that plates float on (it's mostly solid rock that flows very slowly)": the truth in brackets.
  const aside = misconception.claim === undefined ? undefined : truthInBrackets(misconception.claim);
  if (aside !== undefined) {
    misconception.claim = aside.claim;
    misconception.correction = { text: aside.truth, line: entry.line };
  }
  // "Power and accuracy actually come from the step forward...": the plan says what is really so.
  // "It's the WATER moving, not the sugar — sugar molecules too big...": the next sentence sets the truth against it.
  const flat = after[0] === undefined ? undefined : flatTruth(after[0]);
  if (flat !== undefined) misconception.correction = { text: flat, line: entry.line };
  const stated = after.find(
    (sentence) =>
      CORRECTION.test(sentence) || /^(?:in fact|actually),?\s|\s(?:actually|in fact)\s/i.test(sentence),
  );
  // "pupils read the northings first -> remind "along the corridor and up the stairs"": the arrow leads to the fix.
  // "they think wage set where MRP = MCL → NO. Employ Q where MRP = MCL, then read DOWN...": the arrow
  // denies the belief, and the next sentence is the fix.
  const arrowed = arrowCorrection(belief) ?? fixAfterArrowNo(belief, after[0]);
  if (stated === undefined && arrowed !== undefined)
    misconception.correction = { text: arrowed, line: entry.line };
  // "writing 13 in the ones column - send back to the Dienes: ...": the plan says how it tackles the belief.
  const dash = lastDash(belief);
  if (dash > 0 && REMEDY_ACTION.test(belief.slice(dash + 3))) misconception.addressed = true;
  // "...a natural flood. Be clear - people were moved out first": a later sentence that turns to the fix.
  const led = stated === undefined && arrowed === undefined ? firstCorrectionIn(after) : undefined;
  if (led !== undefined) misconception.correction = { text: led, line: entry.line };
  if (stated !== undefined)
    misconception.correction = {
      text: capitalise(
        trimEnd(
          stated
            .replace(CORRECTION, '')
            .replace(/^(?:in fact|actually),?\s+/i, '')
            .replace(/\s(?:actually|in fact)\s/i, ' '),
        ),
      ),
      line: entry.line,
    };
  // The reader pairs a "Response:" line with its misconception; "Address by: two points on the same linear
  // curve in LC2" (the reader keeps its label) is what the teacher will do, not what is so.
  const remedy = entry.correction === undefined ? null : REMEDY_PREFIX.exec(entry.correction.text);
  const answer = entry.correction?.text.slice(remedy?.[0].length ?? 0) ?? '';
  if (remedy !== null && !STATES.test(answer) && !answer.includes('=')) misconception.addressed = true;
  else if (entry.correction !== undefined)
    misconception.correction = {
      text: trimEnd(correctionOf(answer)),
      line: entry.correction.line,
    };
  // "...Make them say it: the gas is matter, it has mass", "...use the arrow cards so they see the 4 sits on top
  // of the 0": the teacher's remedy says what is true.
  if (misconception.correction === undefined) {
    const truth = truthInRemedy(after.length > 0 ? after : [belief]);
    if (truth !== undefined) misconception.correction = { text: truth, line: entry.line };
    // The plan says how it tackles the belief, in words no hinge can offer as an answer; "How to address?? TBC"
    // says it has not decided yet.
    else if (after.length > 0 && !after.every(stillToDecide)) misconception.addressed = true;
  }
  // "Dissolving salt is NOT a chemical change – the salt is still there": the list states what is true, so
  // the belief is what it denies, and the statement is its correction where no other is given.
  // "WATCH: last wk he did 47+35=712 - forgot to exchange the ten": a wrong answer a pupil gave, worked out.
  // "For 3/4 of 12 they do 12 ÷ 3 = 4 and write 4 as the answer": the belief is the fraction's answer, not the
  // division on the way, which is right.
  const slip = fractionMistake(belief);
  if (slip !== undefined && misconception.example === undefined) {
    misconception.example = `${slip.fraction.asked} = ${slip.given}`;
    misconception.claim = workedClaim(misconception.example);
    delete misconception.conduct;
    if (misconception.correction === undefined)
      misconception.correction = {
        text: `${slip.fraction.asked} = ${fractionAnswer(slip.fraction)}`,
        line: entry.line,
      };
  }
  const given = givenAnswer(belief);
  if (given !== undefined && misconception.example === undefined) {
    misconception.example = given;
    misconception.claim = workedClaim(given);
    delete misconception.conduct;
    const dash = lastDash(belief);
    if (dash > 0 && misconception.why === undefined)
      misconception.why = capitalise(trimEnd(belief.slice(dash + 3)));
    const right = rightAnswer(given);
    if (right !== undefined && misconception.correction === undefined)
      misconception.correction = { text: right, line: entry.line };
  }
  const denied = misconception.claim === undefined ? undefined : deniedBelief(belief, misconception.claim);
  if (denied !== undefined) {
    misconception.correction ??= { text: misconception.claim!, line: entry.line };
    misconception.claim = denied;
  }
  return misconception;
}

/**
 * A claim in a pupil's words, or none: "Loads of them still think Stone Age people lived in caves" holds the
 * belief after "think"; "Last time when I spread the counters out... Jacob and Amelia both said there were
 * more" is the teacher's account of the class, no words for a pupil to say or judge.
 */
function inPupilsWords(misconception: PlanMisconception): void {
  if (misconception.claim === undefined || !tellsOfTheClass(misconception.claim)) return;
  const held = HELD_LATER.exec(misconception.claim);
  const rest = held === null ? '' : trimEnd(misconception.claim.slice(held.index + held[0].length));
  if (held !== null && wordCount(rest) >= 3 && !tellsOfTheClass(rest)) misconception.claim = capitalise(rest);
  else delete misconception.claim;
}

/** "...most of them think", "loads of them still believe that": who holds the belief, mid-sentence. */
const HELD_LATER =
  /\b(?:lots|loads|plenty|many|most|some|a lot|half|a few) of (?:them|the class|the group|my class) (?:still |often |usually |always |will )?(?:think|thinks|believe|believes|assume|assumes) (?:that )?/i;
/** A teacher's words about the class: "I spread the counters", "last time", "most of them". */
const TEACHERS_ACCOUNT = /\b(?:I|me|my|last (?:time|week|year|lesson)|of them)\b/;

/** Whether a claim is the teacher telling of the class rather than a belief in a pupil's words. */
function tellsOfTheClass(claim: string): boolean {
  return wordCount(claim) > 6 && TEACHERS_ACCOUNT.test(claim);
}

/** A sum worked out, right or wrong: "47+35=712", "26 x 3 = 618", "3/4 + 1/2 = 4/6". */
const NUMBER_PART = /[\d.,/]/;
const OPERATORS = '-+×x*÷';
/** How many operations a worked sum holds at most: "3/4 + 1/2 = 4/6" has one. */
const MOST_OPERATIONS = 4;

/**
 * The first sum worked out in the text, right or wrong: "47+35=712", "26 x 3 = 618", "3/4 + 1/2 = 4/6".
 * Scanned by hand rather than by one pattern, which would backtrack along a long run of digits.
 */
function workedSumIn(text: string): { index: number; text: string } | undefined {
  const isDigit = (at: number) => at < text.length && text[at]! >= '0' && text[at]! <= '9';
  const numberEnd = (at: number) => {
    let end = at;
    while (end < text.length && NUMBER_PART.test(text[end]!)) end += 1;
    return end;
  };
  const skipSpace = (at: number) => (text[at] === ' ' ? at + 1 : at);
  for (let start = 0; start < text.length; start++) {
    if (!isDigit(start) || (start > 0 && NUMBER_PART.test(text[start - 1]!))) continue;
    let at = numberEnd(start);
    let operations = 0;
    while (operations < MOST_OPERATIONS) {
      const operator = skipSpace(at);
      if (!OPERATORS.includes(text[operator] ?? '=')) break;
      const next = skipSpace(operator + 1);
      if (!isDigit(next)) break;
      at = numberEnd(next);
      operations += 1;
    }
    const equals = skipSpace(at);
    if (operations === 0 || text[equals] !== '=') continue;
    const answer = skipSpace(equals + 1);
    if (!isDigit(answer)) continue;
    return { index: start, text: text.slice(start, numberEnd(answer)) };
  }
  return undefined;
}
/** A pupil's doing that gives an answer: "he did", "they write", "JB got", "some put". */
const GAVE =
  /\b(?:did|does|do|wrote|writes|write|got|gets|get|put|puts|gave|gives|answered|answers|said|says)\b/i;

/** The wrong answer a pupil gave, where the plan shows it worked out: "last wk he did 47+35=712". */
/** A wrong answer a pupil gave, as the belief that it is right: '"47+35=712" is right'. */
const workedClaim = (worked: string) => `"${worked}" is right`;

/** A claim as a pupil says it aloud: the worked answer itself ("47+35=712"), or the belief in its words. */
export function saidAloud(claim: string): string {
  const tail = '" is right';
  return claim.startsWith('"') && claim.endsWith(tail) && claim.length > tail.length + 1
    ? claim.slice(1, -tail.length)
    : trimEnd(claim);
}

function givenAnswer(belief: string): string | undefined {
  const sum = workedSumIn(belief);
  if (sum === undefined) return undefined;
  return GAVE.test(belief.slice(Math.max(0, sum.index - 30), sum.index)) ? sum.text : undefined;
}

/** How a plan says pupils take one thing for another: "treating X as Y", "seeing X as Y". */
const TREATING = [
  ' treating ',
  ' treat ',
  ' treats ',
  ' seeing ',
  ' see ',
  ' sees ',
  ' thinking of ',
  ' think of ',
];
/** How it says what the thing really is: "...as one event rather than a long process". */
const RATHER = [
  ' rather than ',
  ' instead of ',
  ', not ',
  ' when it is ',
  " when it's ",
  ' when really it is ',
];
/** The most words either side of "as" that name the thing and what it is taken for. */
const TREATED_WORDS = 10;

/**
 * "The trap every year is treating the Industrial Revolution as one event rather than a long process":
 * the belief is "The Industrial Revolution is one event", and what the plan sets against it is so.
 */
function treatedAs(belief: string): { claim: string; truth?: string } | undefined {
  const sentence = ` ${trimEnd(belief)}`;
  const lower = sentence.toLowerCase();
  const verb = TREATING.map((word) => ({ word, at: lower.indexOf(word) })).find(({ at }) => at >= 0);
  // The verb opens the sentence or follows its frame ("The trap every year is", "Pupils keep").
  if (verb === undefined || wordCount(sentence.slice(0, verb.at)) > 7) return undefined;
  const from = verb.at + verb.word.length;
  const as = lower.indexOf(' as ', from);
  if (as === -1) return undefined;
  const thing = sentence.slice(from, as).trim();
  const rest = sentence.slice(as + 4);
  const turn = RATHER.map((joint) => ({ joint, at: rest.toLowerCase().indexOf(joint) }))
    .filter(({ at }) => at > 0)
    .sort((a, b) => a.at - b.at)[0];
  // "...as basically a soup kitchen for homeless people, so I need to be clear...": the clause after is the teacher's.
  const clause = CLAUSE_AFTER.map((joint) => rest.indexOf(joint))
    .filter((at) => at > 0 && (turn === undefined || at < turn.at))
    .sort((a, b) => a - b)[0];
  const taken = trimEnd(
    (clause !== undefined
      ? rest.slice(0, clause)
      : turn === undefined
        ? rest
        : rest.slice(0, turn.at)
    ).replace(/^(?:basically|just|simply|only|really) /i, ''),
  );
  const really = turn === undefined ? undefined : trimEnd(rest.slice(turn.at + turn.joint.length));
  if (wordCount(thing) > TREATED_WORDS || wordCount(taken) > TREATED_WORDS || thing === '' || taken === '')
    return undefined;
  const verbFor = /s$/i.test(thing) && !/ss$/i.test(thing) ? 'are' : 'is';
  return {
    claim: capitalise(`${thing} ${verbFor} ${taken}`),
    ...(really === undefined || really === '' ? {} : { truth: capitalise(`${thing} ${verbFor} ${really}`) }),
  };
}

/** Where the teacher's own clause starts after the belief: ", so I need to...", " – everyone eats there". */
const CLAUSE_AFTER = [', so ', ', but ', ', which ', '; ', ' – ', ' — ', ' - '];

/** Who does the step, after the dash: "they divide by x", "Ss cancel the x". */
const DOERS = /^(?:they|pupils|students|ss|chn|children|kids|some|many) \p{L}/iu;

/** "x² = 5x — they divide by x and lose x=0": what pupils do to the equation before the dash. */
function stepGoneWrong(belief: string): string | undefined {
  const dash = [' — ', ' – ', ' - '].map((joint) => belief.indexOf(joint)).find((at) => at > 0);
  if (dash === undefined) return undefined;
  const before = belief.slice(0, dash);
  const after = trimEnd(belief.slice(dash + 3));
  return before.includes('=') && wordCount(before) <= 6 && DOERS.test(after) && wordCount(after) >= 3
    ? capitalise(after)
    : undefined;
}

/**
 * The sum worked out rightly, where it is two whole numbers added, taken away or multiplied
 * ("47+35=712" → "47+35 = 82"); undefined for any other sum, or one already right.
 */
function rightAnswer(worked: string): string | undefined {
  const sum = writtenSum(worked);
  if (sum === undefined) return undefined;
  const right = String(answerOf(sum));
  return right === worked.slice(worked.indexOf('=') + 1).trim() ? undefined : `${sum.asked} = ${right}`;
}

/** Where a remedy says what is true: "make them say it: ...", "so they see ...", "...is the fix". */
const SAYS_WHAT_IS_TRUE =
  /\b(?:make them say(?: it| the full sentence| the sentence)?|get them to say|counter (?:it|this|that)(?: with)?(?=\s*:)|so (?:they|pupils|children|chn|students) (?:see|know|understand|realise|realize)(?: that)?)\s*[:–—-]?\s*/i;

/** A remedy that opens by saying the belief is wrong: "No!", "No – you've already checked it", "Not always." */
const TOLD_NO = /^(?:no|nope|wrong|not always|not true|not quite)(?:[!.,]+| [–—-])\s*/i;

/** A remedy's step that says a truth after a dash: "Stop them hard on this — changing a subscript makes a different substance". */
const STEP_THEN_TRUTH = / [–—-] /;

/**
 * What a misconception's remedy says is true, as a hinge's right answer: "Make them say it: the gas is
 * matter, it has mass", "use the arrow cards so they see the 4 sits on top of the 0 in the 30", "Stop them
 * hard on this — changing a subscript makes a different substance". A remedy that only says what to do
 * ("Use the atom tally tables") says no truth.
 */
function truthInRemedy(sentences: readonly string[]): string | undefined {
  // '"Binary search works on any list." No! The list MUST be sorted first.': after the denial, the truth.
  const denial = TOLD_NO.exec(sentences[0] ?? '');
  if (denial !== null) {
    const rest = trimEnd(sentences[0]!.slice(denial[0].length));
    const truth = wordCount(rest) >= 3 ? rest : trimEnd(sentences[1] ?? '');
    if (wordCount(truth) >= 3) return capitalise(truth);
  }
  for (const sentence of sentences) {
    const says = SAYS_WHAT_IS_TRUE.exec(sentence);
    if (says !== null) {
      const truth = trimEnd(
        trimEnd(sentence.slice(says.index + says[0].length)).replace(/^["“']|["”']$/g, ''),
      );
      if (wordCount(truth) >= 3) return capitalise(truth);
    }
  }
  for (const sentence of sentences) {
    const dash = STEP_THEN_TRUTH.exec(sentence);
    if (dash === null || !/^(?:stop|show|tell|remind|say|explain|stress)\b/i.test(sentence)) continue;
    const truth = trimEnd(sentence.slice(dash.index + dash[0].length));
    if (wordCount(truth) >= 3) return capitalise(truth);
  }
  return undefined;
}

/** An emphatic denial: "is NOT", "are not always", "isn't always". */
const DENIAL =
  / (is|are|was|were|do|does|did|can|will)(?: NOT| not always|n't always| not the same as| not the same thing as) /;

/** Who holds a belief, said before it: "Pupils think...", "they will say...". */
const HOLDS =
  /\b(?:think|thinks|thought|believe|believes|assume|assumes|say|says|write|writes|expect|expects)\b/i;

/**
 * The belief a listed truth denies: "Bubbles are not always evidence of a chemical change" → "Bubbles are
 * always evidence of a chemical change". Not where the plan says who holds it ("Pupils think plants do NOT
 * need light" is the belief as it stands).
 */
function deniedBelief(statement: string, claim: string): string | undefined {
  const denial = DENIAL.exec(claim);
  if (denial === null || HOLDS.test(statement.slice(0, statement.indexOf(denial[0].trim()))))
    return undefined;
  const always = denial[0].includes('always') ? ' always' : '';
  // "is not the same as" denies "is the same as".
  const same = denial[0].includes(' the same')
    ? denial[0].slice(denial[0].indexOf(' the same')).trimEnd()
    : '';
  return `${claim.slice(0, denial.index)} ${denial[1]}${always}${same} ${claim.slice(denial.index + denial[0].length)}`;
}

/** "It's the WATER moving, not the sugar — ..." → "It's the water moving, not the sugar": a truth set against the belief. */
function flatTruth(sentence: string): string | undefined {
  if (!/^(?:it'?s|it is|they'?re|they are|that'?s) /i.test(sentence)) return undefined;
  const not = sentence.indexOf(', not ');
  if (not < 0 || not > 100) return undefined;
  const dash = [' — ', ' – ', ' - ', '; ']
    .map((joint) => sentence.indexOf(joint, not))
    .filter((at) => at > 0);
  const end = dash.length === 0 ? sentence.length : Math.min(...dash);
  return trimEnd(sentence.slice(0, end)).replace(/\b\p{Lu}{3,}\b/gu, (word) => word.toLowerCase());
}

/** What a bracket after a belief says is really so: "(it's mostly solid rock...)", "(actually...)". */
const TRUTH_ASIDE = /^(?:it'?s|it is|they'?re|they are|actually|really|in fact|it'?s actually)\s/i;

/** "The mantle is a liquid sea of lava (it's mostly solid rock that flows very slowly)" → the belief, and the truth. */
function truthInBrackets(claim: string): { claim: string; truth: string } | undefined {
  if (!claim.endsWith(')')) return undefined;
  const open = claim.lastIndexOf(' (');
  if (open <= 0) return undefined;
  const inside = claim.slice(open + 2, -1);
  if (!TRUTH_ASIDE.test(inside) || wordCount(inside) < 3) return undefined;
  const belief = claim.slice(0, open);
  // "It's mostly solid rock" says what "the mantle" is: the answer names it, as the belief does.
  const verb = / (?:is|are) /.exec(belief);
  const said = /^it(?:'s| is) /i.exec(inside);
  const truth =
    verb !== null && said !== null && wordCount(belief.slice(0, verb.index)) <= 4
      ? `${belief.slice(0, verb.index)}${verb[0]}${inside.slice(said[0].length)}`
      : capitalise(inside);
  return { claim: belief, truth };
}

/** "misconception: feasible ≠ it happens" → the belief "Feasible means it happens", the truth "Feasible does not mean it happens". */
function notEqualBelief(sentence: string): { claim: string; truth: string } | undefined {
  const sign = sentence.indexOf(' ≠ ');
  const label = sentence.toLowerCase().lastIndexOf('misconception', sign);
  if (sign < 0 || label < 0) return undefined;
  const colon = sentence.indexOf(':', label);
  if (colon < 0 || colon > sign) return undefined;
  const left = sentence.slice(colon + 1, sign).trim();
  const right = trimEnd(
    sentence
      .slice(sign + 3)
      .split(/[.;]\s/)[0]!
      .trim(),
  );
  if (left === '' || right === '' || wordCount(left) > 6 || wordCount(right) > 8) return undefined;
  return { claim: capitalise(`${left} means ${right}`), truth: capitalise(`${left} does not mean ${right}`) };
}

/** "Misconception: plants get their food from the soil": a belief labelled as one inside the teaching. */
const LABELLED_BELIEF = /^(?:common |typical |key )?misconceptions?\s?[:–-]\s/i;

/** A claim without the example it trails ("..., e.g. 1/2"), where enough of the claim comes before it. */
function beforeExample(claim: string): string {
  const cut = beforeItsExamples(claim);
  return wordCount(cut) >= 4 ? cut : claim;
}

/** What an exam gives marks for: "no mark in exam", "examiners want...", "the mark scheme needs...". */
const MARKING_NOTE = /\bno marks?\b|\bin (?:the )?exams?\b|\bmark scheme\b|\bexaminers?\b/i;

/** "A good handful will write 2/6", "some might put 3/8": the answer pupils will give, unquoted. */
const WILL_WRITE =
  /\b(?:will|may|might|often|usually|always|tend to) (?:write|put|get|say|give) (\d{1,3}\/\d{1,3})(?=[\s,.;)]|$)/i;
/** A fraction sum as a plan writes it in its teaching: "1/2 + 1/4", "5/8 - 1/4". */
const FRACTION_SUM_IN = /\d{1,3}\/\d{1,3} ?[+−–-] ?\d{1,3}\/\d{1,3}/g;
/** How far back on its line the sum a "will write" answer is to is looked for. */
const EARLIER_SENTENCES = 3;

/**
 * The wrong answer the teacher expects, told in prose: "Then I want to put 1/2 + 1/4 up... I'm fairly sure a
 * good handful will write 2/6 because they add the tops and add the bottoms": the sum is the last one written
 * before it, so the mistake is "1/2 + 1/4 = 2/6", with the plan's reason for it.
 */
function answerTheyWillGive(
  sentence: string,
  earlier: readonly string[],
): Pick<PlanMisconception, 'claim' | 'example' | 'code' | 'why'> | undefined {
  const written = WILL_WRITE.exec(sentence);
  if (written === null) return undefined;
  let sum: string | undefined;
  for (const text of [...earlier, sentence.slice(0, written.index)])
    for (const match of text.matchAll(FRACTION_SUM_IN)) sum = match[0];
  if (sum === undefined) return undefined;
  const example = `${sum} = ${written[1]}`;
  const after = sentence.slice(written.index + written[0].length);
  const because = after.indexOf(' because ');
  const reason =
    because < 0
      ? undefined
      : trimEnd(
          after
            .slice(because + 9)
            .split(/[,;]| and that\b/, 1)[0]!
            .replace(/^they /, ''),
        );
  return { example, code: false, claim: `"${example}" is right`, ...(reason ? { why: reason } : {}) };
}

/** An instruction to the teacher about the list itself: "make a slide, leave it up", "print these". */
const NOTE_ON_THE_LIST =
  /^(?:make|put|display|print|leave|keep|stick|pin|go over|revisit) (?:a |an |the |it |them |these |this |up\b)/i;

/** "Hinge:", "Hinge Q –", "Hinge question:": the plan's own hinge, labelled. */
const HINGE_LABEL = /^\**hinge(?: q(?:uestion)?)?\**\s?[:–-]/i;

function misconceptionsIn(plan: LessonPlan, sentences: Sentence[]): PlanMisconception[] {
  const found: PlanMisconception[] = [];
  // The line of the last of the steps under "How I'll address it:", while they run on.
  let addressing: number | undefined;
  // The line of the plan's own hinge question, and of its options under it, while they run on.
  let hinge: number | undefined;
  for (const entry of plan.misconceptions) {
    const text = entry.text.trim();
    const previous = found[found.length - 1];
    // "How I'll address it:" then "- Estimate first every time...": the steps that put it right, no misconceptions.
    if (ADDRESSED_BY.test(text)) {
      addressing = entry.line;
      continue;
    }
    if (addressing !== undefined && entry.line === addressing + 1) {
      addressing = entry.line;
      if (previous !== undefined) previous.addressed = true;
      continue;
    }
    addressing = undefined;
    // "**Hinge:** Why does 40 g/dm³ react faster...?" then its options and answer: the plan's own hinge question,
    // asked as written, is no misconception (it had been told it named one without its correction).
    if (HINGE_LABEL.test(text)) {
      hinge = entry.line;
      continue;
    }
    if (hinge !== undefined && entry.line === hinge + 1) {
      hinge = entry.line;
      continue;
    }
    hinge = undefined;
    if (CORRECTION.test(text)) {
      const said = trimEnd(text.replace(CORRECTION, ''));
      // "Address by: two points on the same linear curve in LC2" says what the teacher will do, not what is true.
      if (previous !== undefined && REMEDY_LABEL.test(text) && !STATES.test(said) && !said.includes('='))
        previous.addressed = true;
      else if (previous !== undefined && previous.correction === undefined)
        previous.correction = { text: said, line: entry.line };
      continue;
    }
    if (text === '' || trimEnd(text) === '') continue;
    // "MISCONCEPTIONS - make a slide, leave it up": the teacher's note on the list, not one of its beliefs.
    if (NOTE_ON_THE_LIST.test(text)) continue;
    for (const held of beliefsIn(text)) found.push(misconceptionOf(held, entry));
  }
  const listed = new Set(found.map((entry) => entry.line));
  // "| 12–25 | Input | Jenner's story + the misconception (below) |": a pacing table points to the body's warning.
  for (const entry of plan.pacing?.entries ?? []) listed.add(entry.line);
  // What the teaching warned of, by line: a warning and the example it is shown in are often one line, two sentences.
  const warnedOn = new Map<number, PlanMisconception>();
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.section.kind === 'misconceptions' || listed.has(sentence.line)) continue;
    const warned = warnedOn.get(sentence.line);
    const shown = shownMistake(sentence.text, plan.lines[sentence.line - 1] ?? '', sentence.line);
    if (shown !== undefined) {
      // "A Boolean value `or` a string value is most often a mistake. ... `animal == 'cat' or 'dog'` will not produce
      // the result that might be expected": the example says what pupils expect, the warning before it why it fails.
      if (warned !== undefined && warned.claim === undefined && warned.example === undefined)
        Object.assign(warned, { text: sentence.text, why: trimEnd(warned.text) }, shown);
      else if (warned === undefined) {
        const entry: PlanMisconception = { text: sentence.text, line: sentence.line, ...shown };
        found.push(entry);
        warnedOn.set(sentence.line, entry);
      }
      continue;
    }
    // "Put 1/2 + 1/4 up... a good handful will write 2/6 because they add the tops and add the bottoms".
    const earlier = sentences
      .slice(Math.max(0, index - EARLIER_SENTENCES), index)
      .filter((other) => other.line === sentence.line)
      .map((other) => other.text);
    const willGive = warned === undefined ? answerTheyWillGive(sentence.text, earlier) : undefined;
    if (willGive !== undefined) {
      const entry: PlanMisconception = { text: sentence.text, line: sentence.line, ...willGive };
      found.push(entry);
      warnedOn.set(sentence.line, entry);
      continue;
    }
    // "What did you predict wrongly, and why?" asks pupils to reflect; it warns of nothing. "If A → thinks
    // bigger = more particles (surface area misconception)" reads a hinge's answer, a misconception listed elsewhere.
    // "This is where I tackle misconceptions:" introduces them; it names none.
    if (
      sentence.text.endsWith('?') ||
      sentence.text.endsWith(':') ||
      !WARNS.test(sentence.text) ||
      DISTRACTOR_READING.test(sentence.text)
    )
      continue;
    // "...but the two shouldn't be confused" corrects a confusion rather than naming one.
    if (/\b(?:shouldn't|should not|not to) be confused\b/i.test(sentence.text)) continue;
    const said = saidBelief(sentence.text);
    // "A lot of them think of the langar as basically a soup kitchen": what they take the thing for.
    const treated = said === undefined ? treatedAs(sentence.text) : undefined;
    const belief =
      said !== undefined
        ? { claim: said.claim }
        : treated !== undefined
          ? { claim: treated.claim }
          : beliefOf(sentence.text);
    // "some will mix this up with the Depression (1929). Hyperinflation = 1923, caused by printing money...":
    // what "this" is, the next sentence names as it says what is so.
    const named =
      belief.confused === undefined ? mixedUpWithNamed(sentence, sentences[index + 1]) : undefined;
    if (named !== undefined) Object.assign(belief, named);
    // A warning about a mistake that does not say what pupils believe ("...is most often a mistake") has no claim.
    // "Misconception: plants get their food from the soil": the label says what follows is the belief.
    const statesBelief =
      said !== undefined ||
      belief.confused !== undefined ||
      /\b(?:think|believe|assume)\b/i.test(sentence.text.slice(0, 120)) ||
      LABELLED_BELIEF.test(sentence.text) ||
      // "Stress: S° of an element is NOT zero (unlike ΔfH) – someone always does it": the belief is what is denied.
      (ALWAYS_DOES.test(sentence.text) && DENIAL.test(sentence.text));
    // "...from the soil (the "plant food" fertilizer thing)": the teacher's aside on where it comes from is no part of it.
    if (statesBelief && belief.claim.endsWith(')')) {
      const aside = belief.claim.lastIndexOf(' (');
      if (aside > 0 && wordCount(belief.claim.slice(0, aside)) >= 4)
        belief.claim = belief.claim.slice(0, aside);
    }
    // A prose plan's paragraph is one line: a second warning in it that says what pupils believe ("The other
    // one is intrinsic feedback getting mixed up with intrinsic motivation") is a misconception of its own.
    if (
      warned !== undefined &&
      !(statesBelief && warned.claim !== undefined && warned.example === undefined)
    ) {
      if (warned.example !== undefined && warned.why === undefined) warned.why = trimEnd(sentence.text);
      continue;
    }
    const entry: PlanMisconception = { text: sentence.text, line: sentence.line };
    if (statesBelief) Object.assign(entry, belief);
    // "Stress: S° of an element is NOT zero – someone always does it": the truth is stated, and what it denies is the slip.
    const truth =
      entry.claim !== undefined && ALWAYS_DOES.test(sentence.text)
        ? entry.claim.replace(/^\p{L}+\s?:\s*/u, '')
        : undefined;
    const denies = truth === undefined ? undefined : deniedBelief(truth, truth);
    if (truth !== undefined && denies !== undefined) {
      entry.claim = capitalise(denies.replace(/ {2,}/g, ' ').trim());
      entry.correction = { text: capitalise(truth), line: sentence.line };
    }
    // "the second misconception: feasible ≠ it happens": the plan writes the truth as a sum; the belief is its "=".
    const unequal = entry.claim === undefined ? notEqualBelief(sentence.text) : undefined;
    if (unequal !== undefined) {
      entry.claim = unequal.claim;
      entry.correction = { text: unequal.truth, line: sentence.line };
    }
    const denied = fixAfterArrowNo(sentence.text, undefined);
    const correction =
      said?.correction !== undefined
        ? { text: said.correction, line: sentence.line }
        : denied !== undefined
          ? { text: denied, line: sentence.line }
          : correctionNear(sentences, index);
    if (statesBelief && correction !== undefined) entry.correction = correction;
    found.push(entry);
    warnedOn.set(sentence.line, entry);
  }
  // "COMMON ERROR - show this and ask "what has Zak done?"" over Zak's sum in columns: the sum is the mistake.
  for (const entry of found) {
    if (entry.claim !== undefined || entry.example !== undefined) continue;
    const worked = sumInColumns(plan.lines, entry.line);
    if (worked === undefined) continue;
    entry.example = worked;
    entry.claim = workedClaim(worked);
    const right = rightAnswer(worked);
    if (right !== undefined) entry.correction = { text: right, line: entry.line };
  }
  // A confusion is corrected where the plan sets the two ideas side by side: "The BST is a lot like a binary search, but...".
  // The sentences that contrast anything are found once, however many confusions look among them.
  let contrasts: { sentence: Sentence; lower: string }[] | undefined;
  for (const entry of found) {
    if (entry.correction !== undefined || entry.confused === undefined) continue;
    const [first, second] = entry.confused.map((term) => singular(term.toLowerCase()));
    const longer = first!.length >= second!.length ? first! : second!;
    const shorter = longer === first ? second! : first!;
    if (contrasts === undefined)
      contrasts = sentences
        .map((sentence) => ({ sentence, lower: sentence.text.toLowerCase() }))
        .filter(({ lower }) => CONTRAST.test(lower));
    const correction = contrasts.find(({ sentence, lower }) => {
      if (sentence.line === entry.line || !lower.includes(longer)) return false;
      // The shorter term counts only where it is not just part of the longer one.
      return lower.split(longer).join(' ').includes(shorter);
    })?.sentence;
    if (correction !== undefined)
      entry.correction = { text: trimEnd(correction.text), line: correction.line };
  }
  for (const misconception of found) {
    inPupilsWords(misconception);
    // "Pupils add same number to top and bottom, e.g. 1/2 → 2/3": the belief stops where its example starts.
    if (misconception.claim !== undefined) misconception.claim = beforeExample(misconception.claim);
  }
  return found;
}

/** A sentence that only says the belief is wrong: "He didn't.", "No.", "They don't.", "Not true." */
const FLAT_DENIAL =
  /^(?:no|nope|wrong|not true|not so|(?:he|she|it|they|this|that) (?:didn't|doesn't|isn't|wasn't|don't|aren't|weren't|won't|can't|did not|does not|is not|was not))[.!]+(?: |$)/i;

/** How many sentences after a warning its correction may come: "...think the metal is destroyed / "disappears" – remind them...". */
const CORRECTION_REACH = 3;

/** The correction the plan gives with a warning, in the same sentence or just after it on the next lines. */
function correctionNear(sentences: Sentence[], index: number): PlanMisconception['correction'] {
  const warning = sentences[index]!;
  // '..."wrote the play in 1912". He didn't. It is set in 1912 and first performed in 1945/46 – I put...':
  // after a flat denial, the next sentence is what is so, to the teacher's note after its dash.
  const next = sentences[index + 1];
  const denial =
    next === undefined || next.line > warning.line + 1 ? null : FLAT_DENIAL.exec(next.text.trim());
  if (denial !== null) {
    // "He didn't. It is set in 1912..." may reach the reader as one sentence, or as two.
    const rest = next!.text.trim().slice(denial[0].length);
    const truth = rest !== '' ? { text: rest, line: next!.line } : sentences[index + 2];
    const dash = truth === undefined ? -1 : truth.text.search(/ [–—-] /);
    const said = truth === undefined ? '' : trimEnd(dash === -1 ? truth.text : truth.text.slice(0, dash));
    if (wordCount(said) >= 3) return { text: capitalise(said), line: truth!.line };
  }
  for (const sentence of sentences.slice(index, index + CORRECTION_REACH + 1)) {
    if (sentence.line > warning.line + CORRECTION_REACH) break;
    const said = correctionIn(sentence === warning ? sentence.text.slice(1) : sentence.text);
    if (said !== undefined) return { text: said, line: sentence.line };
  }
  return undefined;
}

const singular = (term: string) => (/[^s]s$/.test(term) ? term.slice(0, -1) : term);

// ---- Tasks, key points and examples ---------------------------------------------------------

/** What the teacher does while pupils work, written as an instruction: "Take feedback from 3 pairs", "Check in with AO first". */
const TEACHERS_MOVE =
  /^(?:take (?:feedback|questions|answers|responses)|check in with|circulate|cold[- ]call|collect (?:in )?(?:the )?(?:books|sheets|answers|work)|hand (?:out|back)|give out)\b/i;

/** Verbs that open a pupil's task ("Create a large expression...", "Convert the rules into..."). */
const TASK_VERBS = new Set(
  'analyse assess examine justify outline answer build calculate go listen speak tell carry check choose classify collect compare complete compose construct continue convert count create decide decode describe design discuss draw encode enter estimate evaluate explain fill find follow identify investigate label list look make match measure name order place play plot practise practice predict prepare present read record redraft repeat research rewrite run search select set share solve sort stand take talk test trace try type use work write'.split(
    ' ',
  ),
);

/** What follows "Students..." without setting a task: "Students have generated...", "Students often confuse...". */
const NOT_A_TASK = new Set(
  'have has had be are is was were need needs not that also already often usually may might understand know learn will would should can could must probably of who'.split(
    ' ',
  ),
);

/** "Students will convert them into...", "Ask students to set up...", "Independently write...", "Show students how to draw a shape...". */
const TASK_FRAME = new RegExp(
  `^(?:(?:then|next|now|finally),?\\s+)?(?:(?:independently|individually|in pairs|in groups|together),?\\s+|(?:the\\s+)?(?:students|pupils|children|learners|pairs|groups)(?:\\s+(?:will|should|can|must|then|now))*\\s+|(?:ask|get|have|invite)\\s+${PUPILS}\\s+(?:to\\s+)?|show\\s+${PUPILS}\\s+how\\s+to\\s+)`,
  'i',
);

/** How pupils are organised, as a grid's pupil column opens: "Groups:", "Whole group:", "Individually in turn:". */
const ORGANISED =
  /^(?:groups?|pairs?|in pairs|in groups|whole (?:group|class)|individually(?: in turn)?|trainees?|learners?|pupils?|students?)\s?:\s*/i;

/** Headings over pupils' own work, where an instruction ("Evaluate expressions with and, or...") is their task. */
const PUPIL_WORK =
  /\b(?:lab|activit(?:y|ies)|tasks?|independent|practi[cs]e|apply|application|extension|homework|challenge|exercises?|worksheet|investigation|experiment|guided|group work|your turn|main|exam questions?|writing|reading|speaking|listening|pair (?:work|activity)|(?:source|data) (?:analysis|work)|sources?)\b/i;

/** "Follow the Digital Trail", "Can I or Can't I?": a title, not a sentence. */
function isTitle(text: string): boolean {
  const words = text.split(' ').filter((word) => LETTER.test(word));
  const capitalised = words.filter((word) => /^[\p{Lu}]/u.test(word)).length;
  return capitalised >= 3 && capitalised / words.length >= 0.6;
}

/** "EXIT TICKET (5 mins)", "Exit quiz": a plenary of questions pupils answer on their own. */
const EXIT_TICKET = /\bexit (?:tickets?|tix|quiz|slips?|cards?|questions?)\b/i;

/** "Practice task:", "Task 2:", "Independent task:": a label that says the pupils' task follows. */
const PRACTICE_LABEL =
  /^\**(?:practice|independent|main|your|map|group|pair|paired|card|sorting|writing|reading) (?:task|activity)(?: \d{1,2})?\s?:\**\s*|^\**task \d{1,2}\s?:\**\s*|^\**(?:exit (?:ticket|card|slip)|mini[- ]whiteboards?|MWBs?)\s?:\**\s*(?=(?:solve|simplify|expand|factorise|calculate|work out|find|write|draw|label|name|list|explain|describe)\b)/i;

function taskIn(sentence: Sentence): { text: string; forPupils: boolean; stretch: boolean } | undefined {
  const { section } = sentence;
  // A lesson summary ("Students will investigate...") names the lesson's tasks too.
  const summary = section.kind === 'context';
  // "**Practice task:** Label the diagram...": a task the plan labels as one is the pupils', wherever it sits
  // (an Oak lesson's practice sits under its check for understanding).
  const practice = PRACTICE_LABEL.exec(sentence.text);
  // An exit ticket's numbered items ("1. Draw + label a conservative margin") are tasks pupils do, in the plenary.
  const exitTicket = section.kind === 'plenary' && EXIT_TICKET.test(section.heading);
  if (
    practice === null &&
    ((!TASK_SECTIONS.has(section.kind) && !summary && !exitTicket) || STEM.test(section.heading))
  )
    return undefined;
  // "> 5) Invite students to...": a quoted, numbered step of the directions.
  const unnumbered = (practice === null ? sentence.text : sentence.text.slice(practice[0].length)).replace(
    /^>?\s?\d{1,2}[.)]\s+/,
    '',
  );
  // "Groups: Make lists...", "Individually in turn: Tell the group...": a grid's pupil column.
  // "Extension: find equivalent fractions without the wall" is a stretch task wherever it sits.
  const stretch = /^(?:extension|challenge|stretch)(?: task)?\s?:\s*/i.exec(unnumbered);
  const unlabelled = stretch === null ? unnumbered : unnumbered.slice(stretch[0].length);
  const organised = ORGANISED.exec(unlabelled);
  const numbered = organised === null ? unlabelled : unlabelled.slice(organised[0].length);
  // "(b) With reference to Extract A, examine...": an exam question's part letter and its source.
  // A run of parts ("(a) Identify... [1] (b) Describe... [3]") keeps its letters.
  const lettered = numbered.includes(' (b) ') ? null : /^\([a-h]\)\s+/.exec(numbered);
  const unlettered = lettered === null ? numbered : numbered.slice(lettered[0].length);
  const given = /^(?:using|given|with reference to|referring to) ([^,]{1,60}),\s+/i.exec(unlettered);
  const whole = given === null ? unlettered : unlettered.slice(given[0].length);
  // "Explain using the source and your own knowledge. – use NOP...", "Draw every setup – the ones that work AND...":
  // the task is what comes before the dash, the rest a note on it.
  const stop = ['. – ', '. - ', '. — ', ' – ']
    .map((joint) => whole.indexOf(joint))
    .reduce((first, at) => (at > 0 && (first < 0 || at < first) ? at : first), -1);
  const text = trimEnd(stop > 0 ? whole.slice(0, stop) : whole);
  if (text.endsWith('?') || EXPLAIN_THAT.test(text)) return undefined;
  const frame = TASK_FRAME.exec(text);
  let rest = frame === null ? text : text.slice(frame[0].length);
  // "Given written out rules, students will convert them into...": "them" is the rules.
  if (given !== null && / them /.test(rest)) rest = rest.replace(' them ', ` ${given[1]} `);
  const space = rest.indexOf(' ');
  const verb = (space < 0 ? rest : rest.slice(0, space)).toLowerCase();
  // Framed ("Invite pupils to wrap each beaker...") any verb is the pupils' task; a bare instruction needs a task verb.
  if (frame === null ? !TASK_VERBS.has(verb) : NOT_A_TASK.has(verb) || verb.endsWith('ed')) return undefined;
  if (wordCount(rest) < 3) return undefined;
  if (isTitle(rest) || /\b(?:students?|pupils?|your class|the class|on the board)\b/i.test(rest))
    return undefined;
  const pupilWork =
    practice !== null ||
    organised !== null ||
    stretch !== null ||
    exitTicket ||
    section.kind === 'independent' ||
    section.kind === 'guided' ||
    section.kind === 'homework' ||
    PUPIL_WORK.test(section.heading);
  // An instruction elsewhere is often the teacher's ("Write the following list of words on the board").
  if (frame === null && (!pupilWork || summary)) return undefined;
  // "Fill out their handout as they go": a task is set to the pupils, so it speaks to them.
  // Only where "they" is the pupils: "Sort the shapes by their number of sides" keeps its "their".
  const spoken = / they /.test(` ${rest} `)
    ? rest
        .split(' ')
        .map((word) => TO_PUPILS[word] ?? word)
        .join(' ')
    : rest;
  return {
    text: spoken.charAt(0).toUpperCase() + spoken.slice(1),
    forPupils: frame !== null || organised !== null || practice !== null,
    stretch: stretch !== null,
  };
}

const TO_PUPILS: Record<string, string> = {
  their: 'your',
  they: 'you',
  them: 'you',
  themselves: 'yourselves',
};

/** "Explain that a computer works by executing statements...": what the teacher explains is a key point. */
const EXPLAIN_THAT = new RegExp(
  `^(?:explain|remind|reinforce)(?:\\s+(?:to\\s+)?${PUPILS})?(?:\\s+with\\s+${PUPILS})?\\s+that\\s+`,
  'i',
);
const KEY_POINT_HEADING =
  /\bkey (?:learning )?points?\b|\bkey ideas?\b|\bkey facts?\b|\bremember\b|\bkey knowledge\b/i;

function keyPointIn(sentence: Sentence): string | undefined {
  const explained = EXPLAIN_THAT.exec(sentence.text);
  if (explained !== null) {
    const point = trimEnd(sentence.text.slice(explained[0].length));
    // "Explain that we're looking for the number 25": a step of the lesson, not a point to learn.
    if (
      wordCount(point) < 4 ||
      /^(?:it|its|it’s|it's|we|we're|we’re|we’ll|we'll|they|this|that|these|you)\b/i.test(point)
    )
      return undefined;
    // Kept as written: "animal == 'cat' or 'dog' in Python..." is code, not a sentence to capitalise.
    return point;
  }
  const rule = /^there is a (?:simple )?rule:\s*/i.exec(sentence.text);
  if (rule !== null) return trimEnd(sentence.text.slice(rule[0].length));
  if (KEY_POINT_HEADING.test(sentence.section.heading) && !sentence.text.endsWith('?'))
    return trimEnd(sentence.text);
  return undefined;
}

/** Verbs a session record names in the past or as "-ing" ("We analysed...", "practised identifying..."). */
const RECORD_VERBS =
  'analyse analyze brainstorm calculate compare construct convert create describe discuss draw explain explore identify incorporate order practise practice read represent review revise solve sort write';
const RECORDED = new Map<string, string>([
  ['wrote', 'write'],
  ['drew', 'draw'],
]);
for (const verb of RECORD_VERBS.split(' ')) {
  RECORDED.set(`${verb.endsWith('e') ? verb.slice(0, -1) : verb}ing`, verb);
  RECORDED.set(
    verb.endsWith('e') ? `${verb}d` : verb.endsWith('y') ? `${verb.slice(0, -1)}ied` : `${verb}ed`,
    verb,
  );
}
/** What leads into a recorded activity: "Next, we began by...", "{Student's name} engaged in activities involving...". */
const RECORD_FRAME = new Set(
  'we i they he she next then first finally also began by worked on focused engaged in activities involving'.split(
    ' ',
  ),
);
/** What a resource is named by after what it is for: "writing frame", "reading book", "drawing materials". */
const RESOURCE_NOUNS = new Set(
  'frame frames mat mats book books materials paper sheet sheets corner area kit pack journal wall prompt prompts'.split(
    ' ',
  ),
);
const firstWordOf = (text: string) => text.split(' ', 1)[0]!.toLowerCase();

/** Verbs that frame the activity named after them: "practised identifying fractions" is identifying them. */
const FRAMING_RECORD = new Set(['practise', 'practice', 'review']);

/**
 * A session record's activity as a task pupils could do again: "We practised identifying and
 * representing fractions using visuals" → "Identify and represent fractions using visuals".
 */
function recordedTask(sentence: Sentence): string | undefined {
  if (!TASK_SECTIONS.has(sentence.section.kind)) return undefined;
  // Most sentences open with neither a recorded verb nor its lead-in: said without splitting them.
  const space = sentence.text.indexOf(' ');
  const opening = (space < 0 ? sentence.text : sentence.text.slice(0, space)).toLowerCase().replace(/,$/, '');
  if (!RECORDED.has(opening) && !RECORD_FRAME.has(opening) && !opening.startsWith('{')) return undefined;
  // "Writing frame on the back of the vocab sheet": a resource named by what it is for, not an activity.
  if (opening.endsWith('ing') && RESOURCE_NOUNS.has(firstWordOf(sentence.text.slice(space + 1))))
    return undefined;
  const words = withoutPlaceholders(sentence.text)
    .split(' ')
    .filter((word) => word !== '');
  let at = 0;
  while (at < words.length && at < 8) {
    const word = words[at]!.toLowerCase().replace(/,$/, '');
    const verb = RECORDED.get(word);
    if (verb !== undefined) {
      if (FRAMING_RECORD.has(verb) && RECORDED.has(words[at + 1]?.toLowerCase() ?? '')) {
        at += 1;
        continue;
      }
      break;
    }
    if (!RECORD_FRAME.has(word)) return undefined;
    at += 1;
  }
  const verb = RECORDED.get(words[at]?.toLowerCase() ?? '');
  // "Reviewed the concept of fractions" recalls what was taught; it is not a task to set again.
  if (verb === undefined || verb === 'review' || words.length - at < 3) return undefined;
  // "Writing frame for 8 students": a resource given to some pupils names them; a task is set to them.
  if (/\b(?:students?|pupils?|children)\b/i.test(words.slice(at).join(' '))) return undefined;
  // The first verb, and each one joined to it ("identifying and representing", "text, discussing"), in the base form.
  const task = words.slice(at).map((word, index, rest) => {
    const joined = index === 0 || rest[index - 1] === 'and' || rest[index - 1]!.endsWith(',');
    return joined ? (RECORDED.get(word.toLowerCase()) ?? word) : word;
  });
  return capitalise(trimEnd(task.join(' ')));
}

/** Words that end the name a list is given: "...asks for information such as" is a list of information. */
const LIST_HEAD_STOP = new Set(
  'is are was were be been using with by for to on at from through into about that which who we you they it involving like include includes'.split(
    ' ',
  ),
);

/** "fraction bars and circles" → both; the first "and" or "or" joins the last two items. */
function splitOnce(text: string): string[] {
  const at = [' and ', ' or ']
    .map((joint) => ({ joint, at: text.indexOf(joint) }))
    .filter((entry) => entry.at > 0)
    .sort((a, b) => a.at - b.at)[0];
  return at === undefined ? [text] : [text.slice(0, at.at), text.slice(at.at + at.joint.length)];
}

/**
 * Examples the plan lists under a name: "the elements of a well-developed narrative, such as
 * engaging introductions, descriptive language and sequential organisation".
 */
/** Either marker of a list, as written (one pattern scans for both faster than two searches do). */
const LIST_MARKER = / (?:such as|including) /;

function listIn(sentence: Sentence): PlanList | undefined {
  if (!LIST_MARKER.test(sentence.text)) return undefined;
  const text = withoutPlaceholders(sentence.text);
  const lower = text.toLowerCase();
  for (const marker of [' such as ', ', including ', ' including ']) {
    const at = lower.indexOf(marker);
    if (at <= 0) continue;
    const before = trimEnd(text.slice(0, at), ',').split(' ');
    let start = before.length;
    while (start > 0 && before.length - start < 8) {
      const word = before[start - 1]!.toLowerCase();
      // A task verb opens an instruction ("Make a list of..."); elsewhere it may be a noun ("place value").
      if (LIST_HEAD_STOP.has(word) || RECORDED.has(word) || (start === 1 && TASK_VERBS.has(word))) break;
      start -= 1;
    }
    // "Recap the parts of a fraction, including...": an instruction's verb opens the sentence, not the name.
    if (start === 0 && /^(?:the|a|an|some|all|these|their|your)$/i.test(before[1] ?? '')) start = 1;
    // "Make a list of slow and fast chemical reactions, such as...": the list is of the reactions.
    const head = before
      .slice(start)
      .join(' ')
      .replace(/^(?:(?:an?|the) (?:list|range|variety|number) )?of /i, '');
    const parts = trimEnd(text.slice(at + marker.length)).split(', ');
    const last = parts.pop() ?? '';
    // "numerator, denominator, and the relationship between parts and whole": after a comma, "and" opens
    // the last item whole; without one, it joins the last two ("descriptive language and sequential organisation").
    const joined = /^(?:and|or) /.exec(last);
    const ending = joined !== null ? [last.slice(joined[0].length)] : splitOnce(last);
    const items = [...parts, ...ending]
      .map((item) => trimEnd(item.trim()))
      .filter((item) => item !== '' && !/^etc\.?$/i.test(item));
    // "texts, such as using adjectives", "phrases such as those that signal...": a description, not examples.
    if (items.some((item) => /^(?:using|those|these|that|which)\b/i.test(item))) return undefined;
    if (
      head === '' ||
      /^(?:pupils|students|children|learners)\b/i.test(head) ||
      items.length < 2 ||
      items.some((item) => wordCount(item) > 6)
    )
      return undefined;
    return { head, items, line: sentence.line, section: sentence.section.heading };
  }
  return undefined;
}

/** A pronunciation where a definition would be: "Digital Footprint - Say it with me: Dih-jih-tal Foot-print". */
const PRONUNCIATION = /^(?:say it with me|pronounced|say it)\b/i;

/**
 * A term whose definition is the list under it: "Green: A “green” website is:" → "green website".
 * The plan marks it by quoting it; an unquoted "The plan is:" defines nothing.
 */
function definedBelow(text: string): string | undefined {
  const trimmed = text.trim();
  // Each ending has a colon: most sentences are passed over without a lower-case copy.
  if (!trimmed.endsWith(':')) return undefined;
  const lower = trimmed.toLowerCase();
  const joint = [' is:', ' are:', ' means:'].find((ending) => lower.endsWith(ending));
  if (joint === undefined) return undefined;
  let subject = trimmed.slice(0, trimmed.length - joint.length);
  const label = subject.indexOf(': ');
  if (label > 0 && wordCount(subject.slice(0, label)) <= 2) subject = subject.slice(label + 2);
  subject = subject.replace(/^(?:an?|the)\s+/i, '');
  if (![...QUOTES].some((quote) => subject.includes(quote))) return undefined;
  const term = [...subject].filter((char) => !QUOTES.includes(char)).join('');
  return isTermShape(term) ? term : undefined;
}

/** How a sentence opens on an example, in any case (read at its start, not lower-cased whole). */
const EXAMPLE_OPENING = /^(?:for example|e\.g\.|example:)/i;

function exampleIn(sentence: Sentence): string | undefined {
  return EXAMPLE_OPENING.test(sentence.text) ? trimEnd(sentence.text) : undefined;
}

// ---- Words and sentences for pupils to read and write ------------------------------------------

/** Longest stretch of a paragraph read for word lists and model sentences: a flattened grid is one long line. */
const LONGEST_PARAGRAPH = 4000;
/** A listed word: "wait,", "they,", "she’s". */
const LISTED_WORD = /^[\p{L}’']{1,15},$/u;
const LAST_WORD = /^[\p{L}’']{1,15}\.?$/u;
/** Marks between a list's label and its words: "Spelling test - feet, heel", "Countdown p86: aim, main". */
const LABEL_MARKS = new Set(['-', '–', '—', ':', '-:', ':-']);

/**
 * Lists of single words the plan gives pupils ("Quick read tricky words – he, she, we, me"),
 * each under the words that label it; a list runs into the next cell of a flattened grid
 * ("..., aim, wait Practise all...") and stops at its last word.
 */
export function wordListsIn(text: string, line: number, section: string): PlanList[] {
  if (!listsWords(text)) return [];
  const words = text.slice(0, LONGEST_PARAGRAPH).split(' ');
  const lists: PlanList[] = [];
  let at = 0;
  while (at < words.length) {
    if (!LISTED_WORD.test(words[at]!)) {
      at += 1;
      continue;
    }
    const start = at;
    while (at < words.length && LISTED_WORD.test(words[at]!)) at += 1;
    const items = words.slice(start, at).map((word) => word.slice(0, -1));
    // The last word ends the list where a full stop, the text's end or the next cell's capital follows it.
    const next = words[at + 1];
    if (
      at < words.length &&
      LAST_WORD.test(words[at]!) &&
      (words[at]!.endsWith('.') || next === undefined || STARTS_UPPER.test(next))
    ) {
      items.push(trimEnd(words[at]!));
      at += 1;
    }
    if (items.length < 3) continue;
    // The label: the few words before the mark that introduces the list.
    let end = start;
    while (end > 0 && end > start - 3 && !LABEL_MARKS.has(words[end - 1]!) && !words[end - 1]!.endsWith(':'))
      end -= 1;
    if (end === 0 || end <= start - 3) continue;
    const label = words
      .slice(Math.max(0, end - 6), end)
      .filter((word) => !LABEL_MARKS.has(word))
      .map((word) => trimEnd(word, ':-–—'))
      .filter((word) => word !== '' && !/^pp?\d/.test(word));
    // The label starts after the end of the words before it ("...on dice Spelling test").
    let first = label.length - 1;
    while (first > 0 && STARTS_LOWER.test(label[first]!)) first -= 1;
    const head = label.slice(first).join(' ');
    if (head === '') continue;
    lists.push({ head, items, line, section });
  }
  return lists;
}

/** Whether a text has one-word items in a row ("he, she, we"), found with indexOf: most lines have none. */
function listsWords(text: string): boolean {
  const end = Math.min(text.length, LONGEST_PARAGRAPH);
  for (let at = text.indexOf(', '); at >= 0 && at < end; at = text.indexOf(', ', at + 2)) {
    const next = text.indexOf(', ', at + 2);
    const space = text.indexOf(' ', at + 2);
    if (next > 0 && space === next + 1) return true;
  }
  return false;
}

const SENTENCE_WORD = /sentence/i;
const MODEL_LABEL = /^(?:reading|writing|read|write)(?: (?:the|these|this))? (?:sentences?|captions?)$/i;

/** "Reading sentences: The dog got wet in the rain.", "Writing sentences p97: Mail me a nail.": sentences for pupils. */
export function modelSentencesIn(text: string, line: number, section: string): ModelSentence[] {
  const found: ModelSentence[] = [];
  const lower = text.slice(0, LONGEST_PARAGRAPH).toLowerCase();
  for (let at = lower.indexOf('sentence'); at >= 0; at = lower.indexOf('sentence', at + 8)) {
    const colon = lower.indexOf(':', at);
    if (colon < 0 || colon - at > 16) continue;
    // The label is the word or two before "sentence", and a page reference may follow it ("p97").
    const opening = lower.lastIndexOf(' ', lower.lastIndexOf(' ', at - 2) - 1) + 1;
    const label = lower
      .slice(opening, colon)
      .split(' ')
      .filter((word) => !/^pp?\d/.test(word))
      .join(' ');
    const words = label.split(' ');
    const fromLabel = MODEL_LABEL.test(label)
      ? label
      : MODEL_LABEL.test(words.slice(1).join(' '))
        ? words.slice(1).join(' ')
        : undefined;
    if (fromLabel === undefined) continue;
    let end = colon + 1;
    while (end < lower.length && end - colon < 120 && !'.!?'.includes(lower[end]!)) end += 1;
    const sentence = text.slice(colon + 1, end + 1).trim();
    if (wordCount(sentence) < 2 || !STARTS_UPPER.test(sentence) || !'.!?'.includes(sentence.slice(-1)))
      continue;
    found.push({ text: sentence, line, section, purpose: fromLabel.startsWith('read') ? 'read' : 'write' });
  }
  return found;
}

// ---- The whole plan ---------------------------------------------------------------------------

const termKey = (term: string) => singular(term.toLowerCase());

/** "5 q quiz on slide: who is Gerald? what are B's celebrating? what yr is it set?": a quiz's questions, each a sentence. */
/** Before a quoted question, the words that say the teacher asks it: "I'll ask "is 2/6 bigger...?" and...". */
const ASKS_QUOTED = /\b(?:ask|asking|say|pose|put)\b[^"“]{0,20}$/i;
/** After it, the words that name it a question set: 'there's the "Sami says..., is he right? Explain" question'. */
const NAMED_QUESTION = /^\s*(?:question|challenge|problem)\b/i;

/** "Sami says 1/5 + 1/10 = 2/15, is he right?" → "Sami says 1/5 + 1/10 = 2/15. Is he right?": the claim, then its question. */
function tagQuestionApart(question: string): string {
  const comma = question.lastIndexOf(', ');
  const tag = question.slice(comma + 2);
  return comma > 0 && /^(?:is|are|was|were|does|do|can|could) \p{L}+ (?:right|correct|true)\?$/u.test(tag)
    ? `${question.slice(0, comma)}. ${capitalise(tag)}`
    : question;
}

/**
 * The questions a paragraph quotes in its middle, with more of it after them: 'I'll ask "is 2/6 bigger or
 * smaller than 1/2?" and get them to look at it on the fraction wall'. A quote that ends the paragraph is
 * read with its sentence already.
 */
function askedInQuotes(sentence: string): string[] {
  const asked: string[] = [];
  for (let open = sentence.search(/["“]/); open >= 0 && open < sentence.length; ) {
    const close = sentence.slice(open + 1).search(/["”]/);
    if (close < 0) break;
    const end = open + 1 + close;
    const inner = sentence.slice(open + 1, end).trim();
    const after = sentence.slice(end + 1);
    if (
      inner.includes('?') &&
      trimEnd(after).length > 0 &&
      (ASKS_QUOTED.test(sentence.slice(Math.max(0, open - 40), open)) || NAMED_QUESTION.test(after))
    )
      // '"..., is he right? Explain"': the question ends at its mark; the follow-up word is its instruction.
      asked.push(tagQuestionApart(capitalise(inner.slice(0, inner.lastIndexOf('?') + 1))));
    const next = after.search(/["“]/);
    open = next < 0 ? -1 : end + 1 + next;
  }
  return asked;
}

function quizQuestions(sentence: string): string[] {
  if (!isQuizLine(sentence)) return [sentence];
  const parts: string[] = [];
  let start = 0;
  for (let at = sentence.indexOf('? '); at !== -1; at = sentence.indexOf('? ', start)) {
    parts.push(sentence.slice(start, at + 1));
    start = at + 2;
  }
  parts.push(sentence.slice(start));
  return parts.map((part) => capitalise(part.trim())).filter((part) => part !== '');
}

/**
 * A quiz's line of three questions or more ("5 q quiz on slide: who is Gerald? what are B's celebrating?..."),
 * each question its own; elsewhere a run of questions on a line is one question followed up.
 */
const QUIZ = /\b(?:quiz|retrieval|do now|flashback)\b/i;

function isQuizLine(line: string): boolean {
  if (!QUIZ.test(line)) return false;
  let count = 0;
  for (let at = line.indexOf('?'); at !== -1 && count < 3; at = line.indexOf('?', at + 1)) count += 1;
  return count >= 3;
}

/** Labels a plan writes in bold before what it says: tiers, parts and notes, never key terms. */
const PLAN_LABELS = new Set(
  'bronze silver gold mild spicy hot hotter misconception misconceptions challenge extension support stretch hint answer answers task tasks note notes ta starter plenary input independent reasoning apply practise practice review teach revisit model modelling'.split(
    ' ',
  ),
);

/** Everything the generators may quote, read once from the plan. */
export function planContent(plan: LessonPlan): PlanContent {
  const sentences = sentencesIn(plan);
  const keywords = new Set(plan.keywords.map(termKey));
  const terms = new Map<string, PlanTerm>();
  const pupils = pupilNames(plan);
  const addTerm = (term: string, line: number, definition?: string) => {
    const key = termKey(term);
    // "**Callum** – much better at picking ONE word": a note on a pupil, not a word to teach; '"magpie" walk'
    // cut at its quote is no term either.
    if (pupils.has(key.split(' ')[0]!) || !isWhole(term)) return;
    // "**Bronze**: gap fill...", "**Misconception**: ...": a tier's or a part's label, not a word pupils learn.
    if (PLAN_LABELS.has(key)) return;
    const known = terms.get(key);
    if (known === undefined) {
      const entry: PlanTerm = { term, line, keyword: keywords.has(key) };
      if (definition !== undefined) entry.definition = definition;
      terms.set(key, entry);
    } else if (known.definition === undefined && definition !== undefined) {
      known.definition = definition;
      known.line = line;
    }
  };
  const bold = new Set<string>();
  // Each line once, however many sentences it holds.
  let boldLine = 0;
  for (const sentence of sentences) {
    if (sentence.line === boldLine) continue;
    boldLine = sentence.line;
    for (const span of boldIn(plan.lines[sentence.line - 1] ?? ''))
      if (isTermShape(span)) bold.add(termKey(span));
  }
  const known = (term: string) => keywords.has(termKey(term)) || bold.has(termKey(term));

  const keyPoints: PlanStatement[] = [];
  const examples: PlanStatement[] = [];
  const tasks: PlanStatement[] = [];
  const questions: PlanQuestion[] = [];
  const lists: PlanList[] = [];
  const seenQuestions = new Set<string>();
  // A term whose line gives only how to say it, or heads a list ("A “green” website is:"), defined by the line after.
  let pronounced: { term: string; line: number; section: PlanSection } | undefined;
  let listing: { items: string[]; last: number; section: PlanSection } | undefined;
  for (const section of plan.sections) {
    const heading = headingQuestion(section);
    if (heading !== undefined) questions.push(heading);
  }
  let before: Sentence | undefined;
  let answers: { section: PlanSection; last: number } | undefined;
  for (const sentence of sentences) {
    const said = before;
    before = sentence;
    const where = { line: sentence.line, section: sentence.section.heading };
    // "NC LINK: KS1 Geography - identify..." among the key vocabulary cites the curriculum; it defines no word.
    const cites =
      sentence.section.kind === 'keywords' && curriculumReference.read(sentence.text) !== undefined;
    // "The Himalayas are on a plate margin but have no volcanoes - why?" asks; it defines nothing.
    const definition =
      cites || (sentence.section.kind !== 'keywords' && ASKS_WHY_OF_IT.test(sentence.text))
        ? undefined
        : sentence.section.kind === 'keywords'
          ? (listedDefinition(sentence.text) ?? definitionIn(sentence.text, known))
          : definitionIn(sentence.text, known);
    const defines = pronounced;
    pronounced = undefined;
    const headsList = definition === undefined ? definedBelow(sentence.text) : undefined;
    // The items under "A “green” website is:" are what makes one green, each a criterion pupils can apply.
    const criteria = listing;
    if (
      criteria !== undefined &&
      headsList === undefined &&
      criteria.section === sentence.section &&
      sentence.line === criteria.last + 1 &&
      !sentence.text.endsWith('?') &&
      // "The plan is:" opens something else.
      !sentence.text.endsWith(':') &&
      sentence.text.length <= 160 &&
      // "Discuss examples of each of these kinds of sites" is the teacher's next step, not a criterion.
      !TASK_VERBS.has(sentence.text.slice(0, sentence.text.indexOf(' ')).toLowerCase())
    ) {
      criteria.items.push(trimEnd(sentence.text));
      criteria.last = sentence.line;
    } else listing = undefined;
    if (headsList !== undefined) {
      addTerm(headsList, sentence.line);
      pronounced = { term: headsList, line: sentence.line, section: sentence.section };
      const items: string[] = [];
      terms.get(termKey(headsList))!.criteria = items;
      listing = { items, last: sentence.line, section: sentence.section };
    } else if (definition !== undefined && PRONUNCIATION.test(definition.definition)) {
      addTerm(definition.term, sentence.line);
      pronounced = { term: definition.term, line: sentence.line, section: sentence.section };
    } else if (definition !== undefined) addTerm(definition.term, sentence.line, definition.definition);
    else if (
      defines !== undefined &&
      defines.section === sentence.section &&
      sentence.line === defines.line + 1 &&
      !sentence.text.endsWith('?')
    )
      addTerm(defines.term, sentence.line, trimEnd(sentence.text));
    // "Focus for next lesson" is the next lesson's content, and a standards list is not the lesson's.
    const list = /\b(?:next|standards?)\b/i.test(sentence.section.heading) ? undefined : listIn(sentence);
    if (list !== undefined) lists.push(list);
    const question = ownQuestion(
      withItsContext({ ...sentence, text: withoutTrailingNote(sentence.text) }, said),
    );
    const previous = questions[questions.length - 1];
    // "Share 35 sweets in the ratio 3 : 4. How many does each person get?": the numbers set before it make it a problem.
    if (
      question?.level === 'inclusive' &&
      said?.line === question.line &&
      /\d/.test(said.text) &&
      WORKS_OUT.test(question.text.toLowerCase())
    )
      question.level = 'apply';
    // "How many children are in the class? Explain how you know.": the reasoning asked for is part of the question.
    if (
      question === undefined &&
      previous !== undefined &&
      previous.line === sentence.line &&
      previous.asked === undefined &&
      REASONS_ASKED.test(sentence.text)
    ) {
      previous.level = higher(previous.level, questionLevel(sentence.text));
    }
    if (
      question !== undefined &&
      previous !== undefined &&
      previous.section === question.section &&
      question.line - previous.line <= 3 &&
      previous.asked === undefined &&
      // A quiz's line of questions ("who is Gerald? what are B's celebrating? what yr is it set?") asks each.
      !isQuizLine(plan.lines[question.line - 1] ?? '') &&
      (/^(?:if so|and|or|what about)\b/i.test(question.text) ||
        // "Where did the sand come from? Where did it end up?" is one question; an exit ticket's next
        // numbered line ("...evidence that proves it?") is a question of its own.
        (question.line === previous.line && LEANS.test(question.text)) ||
        // "How was it corrected?" on the next line of a list item follows up its question; a numbered or
        // labelled line ("3. ...", "Remind: ... does that make them useless?") starts one of its own.
        (question.text.split(' ').length <= 8 &&
          sentence.text.startsWith(question.text.slice(0, 12)) &&
          LEANS.test(question.text)) ||
        // "How does Max feel...? Which words show you?": a short question on the same line follows up the last.
        (question.line === previous.line && wordCount(question.text) <= 4))
    ) {
      // "Is there anything...? If so, what and why?", "Was there ever...? How was it corrected?" are one question.
      previous.text = `${previous.text} ${question.text}`;
      previous.level = higher(previous.level, question.level);
      continue;
    }
    // "How do you know?", "Why?": a follow-up with no words of its own asks nothing on its own.
    // "Is it true or false? 1/3 = 2/4": a short question that leans on what comes after it asks nothing on its own.
    const leaning = question !== undefined && wordCount(question.text) <= 5 && LEANS.test(question.text);
    if (
      question !== undefined &&
      !leaning &&
      !seenQuestions.has(question.text.toLowerCase()) &&
      // "Can you find a number between 2.4 and 2.45?": its numbers are what it is about.
      (hasContentWord(question.text) || /\d/.test(question.text)) &&
      // "4 retrieval Qs (1. define urbanisation 2. what is an NEE?": cut inside its bracket, not a question.
      isWhole(question.text)
    ) {
      seenQuestions.add(question.text.toLowerCase());
      questions.push(question);
      if (question.asked === undefined || !/\bto\s/i.test(question.asked)) continue;
    }
    const point = keyPointIn(sentence);
    if (point !== undefined) keyPoints.push({ text: point, ...where });
    const example = exampleIn(sentence);
    if (example !== undefined) examples.push({ text: example, ...where });
    // "Mark scheme summary:" and the lines straight after it say what an answer holds, not what pupils do.
    if (MARK_SCHEME.test(sentence.text)) answers = { section: sentence.section, last: sentence.line };
    else if (
      answers !== undefined &&
      (answers.section !== sentence.section || sentence.line > answers.last + 1)
    )
      answers = undefined;
    else if (answers !== undefined) answers.last = sentence.line;
    // What an adult is told to do is not a task pupils are set.
    const setsNoTask = sentence.forAdult === true || answers !== undefined;
    const recorded = setsNoTask ? undefined : recordedTask(sentence);
    const task = setsNoTask
      ? undefined
      : (taskIn(sentence) ??
        (recorded === undefined ? undefined : { text: recorded, forPupils: false, stretch: false }));
    // "Predict first - TBC on sheet or just verbal": a task still to be decided is no question to ask pupils.
    if (
      task !== undefined &&
      isWhole(task.text) &&
      !HOUSEKEEPING.test(task.text) &&
      !TEACHERS_MOVE.test(task.text) &&
      !UNDECIDED.test(task.text)
    ) {
      const at = task.stretch ? { ...where, section: 'Extension' } : where;
      // "Converting 8-bit binary to denary (approx 20 mins)": the part's time is no part of the task.
      // "(2 marks)" is the exit ticket's tariff, no part of what pupils are asked.
      const text = task.text.replace(TIMING_ASIDE, '').replace(MARKS_ASIDE, '');
      tasks.push(task.forPupils ? { text, ...at, forPupils: true } : { text, ...at });
    }
  }
  const wordLists: PlanList[] = [];
  const models: ModelSentence[] = [];
  for (const section of partsOf(plan)) {
    if (NOT_CONTENT.has(section.kind)) continue;
    for (const item of section.body) {
      // "Sentence" in any case, as the lower-cased line would show it (only A-Z lower-case to its
      // letters), without copying every line to lower case.
      if (!item.text.includes(', ') && !SENTENCE_WORD.test(item.text)) continue;
      wordLists.push(...wordListsIn(item.text, item.line, section.heading));
      models.push(...modelSentencesIn(item.text, item.line, section.heading));
    }
  }
  for (const keyword of plan.keywords) if (isTermShape(keyword)) addTerm(keyword, 0);
  // A keyword the plan lists without a line of its own takes the line where its definition is.
  // Each line is lower-cased once, when a keyword's search first reaches it, not once for each keyword.
  const lowerLines: string[] = [];
  const lowerLine = (index: number) => (lowerLines[index] ??= plan.lines[index]!.toLowerCase());
  for (const term of terms.values()) {
    if (term.line === 0) {
      const wanted = term.term.toLowerCase();
      term.line = plan.lines.findIndex((_, index) => lowerLine(index).includes(wanted)) + 1;
    }
  }
  questions.sort((a, b) => a.line - b.line);
  return {
    terms: [...terms.values()],
    keyPoints,
    examples,
    tasks,
    misconceptions: misconceptionsIn(plan, sentences),
    questions,
    lists,
    wordLists,
    models,
  };
}

// ---- Which objectives can carry a ladder -----------------------------------------------------

/** Labels of fields in a grid or a scheme row that are not objectives ("Themes: Algorithms"). */
const FIELD_LABELS = new Set(
  'themes theme practices practice standards standard time mins minutes duration length topic resources materials links context strand unit lesson activity activities assessment notes'.split(
    ' ',
  ),
);

/** Stems that introduce objectives rather than state one. */
const STEM =
  /^(?:(?:all|most|some)\s+(?:students|pupils|children|learners)\s+(?:are|will be)\s+able\s+to|(?:students|pupils|children|learners)\s+will(?:\s+be\s+able\s+to)?|by the end of (?:the|this) lesson|(?:learning\s+)?(?:objectives?|outcomes?|intentions?)|success criteria|i can|we are learning to|swbat)\b/i;

/** Why an objective cannot carry a ladder, or undefined when it can. */
/** What the teacher does, not what pupils learn: "Introduce the 'Me Too' activity and circulate". */
const TEACHER_ACTION =
  /^(?:introduce|recap|circulate|play|hand out|distribute|prepare|display|project|remind|tell|teach)\b/i;

/** "Secondary focus: retrieval (2b) for Hedgehogs group": one group's focus, not the class's objective. */
export const ONE_GROUP = /\bfor (?:the )?\p{Lu}[\p{L}'-]{0,30} group\b/u;

export function notAnObjective(
  objective: string,
): 'stem' | 'table' | 'field' | 'empty' | 'too long' | 'teacher' | 'reference' | 'one group' | undefined {
  const text = objective.replace(/^[#\s*•·-]+/, '').trim();
  if (ONE_GROUP.test(text)) return 'one group';
  // "(NC Y4: "recognise and show...")": a curriculum reference in brackets names where the objective comes from.
  if (text.startsWith('(') && text.endsWith(')')) return 'reference';
  const bare = trimEnd(text, '.;:!,… ');
  if (!THREE_LETTERS.test(bare)) return 'empty';
  if (text.endsWith(':') || text.endsWith('...') || text.endsWith('…')) {
    if (STEM.test(bare) || wordCount(bare) <= 6) return 'stem';
  }
  if (
    STEM.test(bare) &&
    bare
      .replace(STEM, '')
      .trim()
      .split(' ')
      .filter((word) => LETTER.test(word)).length < 2
  )
    return 'stem';
  // "To create", "Evaluate": a command verb with nothing to do it to.
  if (!hasContentWord(objectiveFocus(bare).focus) && !/\d/.test(bare)) return 'empty';
  // A grid's cells joined with " / " or " | " ("10 / Introduce the additional word..."); "(`if` / `else`)"
  // in brackets is a pair of words.
  if (hasSpaced(text, '|') || hasSpaced(withoutBrackets(text), '/')) return 'table';
  const colon = text.indexOf(':');
  if (colon > 0 && FIELD_LABELS.has(text.slice(0, colon).trim().toLowerCase())) return 'field';
  if (wordCount(bare) === 1 && FIELD_LABELS.has(bare.toLowerCase())) return 'field';
  if (text.length > 240) return 'too long';
  if (TEACHER_ACTION.test(text)) return 'teacher';
  return undefined;
}
