import { trimEndOf } from './read/text';

/**
 * Key terms of an objective, so that checks and generated questions are about this lesson:
 * "To explain how the heart pumps blood" → verb "explain", focus "how the heart pumps blood",
 * terms ["heart", "pumps", "blood"].
 */

const STOPWORDS = new Set(
  (
    'a an and are as at be been being by can could did do does doing for from had has have how i if in into is it its ' +
    'of on or our over should so some such than that the their them then there these they this those through to too ' +
    'up use used using was we were what when where which while who whom why will with within would you your able ' +
    'understand understanding know knowing learn learning identify describe explain explaining apply compare evaluate ' +
    'analyse analyze create design develop use pupils students children learners lesson today about between different ' +
    'own new work way ways key other more most all each one two three begin beginning start simple range number ' +
    'around across against along among towards without beyond under above below inside outside based order ' +
    'happens happen affects affect changes change makes during after before including such like well also very really ' +
    'correctly accurately confidently independently show shows showing make making give given find finding'
  ).split(' '),
);

/** Openings that frame an objective rather than say what it is: "To", "LO1:", "I can", "SWBAT". */
const OBJECTIVE_PREFIX =
  /^(?:(?:LO|SC|WALT|WILF)\b\s*(?:\d+\s*)?(?:[:.)-]\s*)?|(?:(?:to\s+)?be\s+able\s+to|SWBAT|(?:students|pupils|children|learners|we|you)\s+(?:will|are|can|should|must)\s+(?:be\s+able\s+to|learn(?:ing)?\s+(?:to|how\s+to|about)|understand)|we\s+are\s+learning\s+(?:to|how\s+to|about)|i\s+am\s+learning\s+to|i\s+can|i\s+will|all|most|some)\s+|to\s+)+/i;

/** An exam tier in brackets before an objective: "(H)", "(F)", "(Higher)", "(Foundation)". */
const TIER_TAG = /^\((?:H|F|HT|FT|higher|foundation)\)\s*/i;

export interface ObjectiveTerms {
  /** The objective without "To", "LO:", "I can" and the like. */
  statement: string;
  /** The learning verb it opens with ("explain"), when it opens with one. */
  verb?: string;
  /** What the verb acts on ("how the heart pumps blood"). */
  focus: string;
  /** Content words as written, in the order the objective uses them. */
  terms: string[];
}

export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:ations?|ings?|ies|ied|ed|es|s|ly|er|ers)$/, '').slice(0, 6);
}

const WORD = /[a-z][a-z'-]*[a-z]/g;
const isContentWord = (word: string) => word.length >= 3 && !STOPWORDS.has(word);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter(isContentWord);
}

/** Whether the text has a content word: `contentWords(text).length > 0`, without the filtered list. */
export function hasContentWord(text: string): boolean {
  return (text.toLowerCase().match(WORD) ?? []).some(isContentWord);
}

const LEARNING_VERB =
  /^(recall|remember|name|list|state|outline|label|point|give|form|set|carry|build|make|complete|follow|practise|practice|decompose|arrange|express|represent|select|differentiate|repeat|employ|verify|determine|define|traverse|execute|encode|decode|relate|match|share|reflect|modify|count|investigate|recognise|recognize|identify|describe|explain|summarise|summarize|interpret|classify|compare|contrast|calculate|solve|apply|use|demonstrate|construct|measure|plot|draw|write|read|analyse|analyze|investigate|examine|explore|distinguish|infer|evaluate|assess|judge|justify|argue|critique|create|design|plan|compose|develop|produce|predict|order|sort|add|subtract|multiply|divide|convert|estimate|round|simplify|understand|know|learn|find|present|retell|sequence|spell|punctuate|perform|improve|edit|redraft|translate|model|prove|test|observe|record|choose|discuss|research|debug)$/i;

/** The learning verb a word is, also when written as "Reading..." or "Using...". */
export function learningVerb(word: string): string | undefined {
  const lower = word.replace(/[^a-z]/gi, '').toLowerCase();
  if (LEARNING_VERB.test(lower)) return lower;
  if (!lower.endsWith('ing')) return undefined;
  const stem = lower.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].find((candidate) => LEARNING_VERB.test(candidate));
}

/** Trailing full stops, semicolons, colons and exclamation marks, trimmed with a loop (a `[.;:!]+$` pattern backtracks). */
export function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.;:!'.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** "Enhancing {student's name} narrative writing" → "Enhancing narrative writing": a template's blanks are not the learning. */
export function withoutPlaceholders(text: string): string {
  // Most text has no placeholder and single spaces: it is its own answer (this runs on every sentence).
  if (!text.includes('{') && !text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' '))
    return text;
  let result = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const close = open < 0 ? -1 : text.indexOf('}', open);
    if (close < 0) break;
    result += text.slice(at, open);
    at = close + 1;
    if (text.startsWith("'s", at) || text.startsWith('’s', at)) at += 2;
  }
  return (result + text.slice(at))
    .split(' ')
    .filter((word) => word !== '')
    .join(' ');
}

/** An exam board's assessment objective after an objective: "(AO1)", "(AO2/AO3)". */
const ASSESSMENT_OBJECTIVE = / ?\(AO\d(?:[/&,] ?AO\d)*\)/g;

function readObjectiveTerms(objective: string): ObjectiveTerms {
  // "Describe Asch's procedure (AO1)": the exam board's assessment objective is for the teacher, not the pupils.
  // "(H) Solve one linear + one quadratic": the exam tier it is for is no word of the objective.
  const framed = objective
    .trim()
    .replace(TIER_TAG, '')
    .replace(OBJECTIVE_PREFIX, '')
    .replace(ASSESSMENT_OBJECTIVE, '');
  const statement = withoutPlaceholders(trimPunctuation(framed)).trim();
  const [first = '', ...rest] = statement.split(/\s+/);
  const verb = learningVerb(first);
  const focus = verb === undefined ? statement : rest.join(' ');
  const seen = new Set<string>();
  const terms = (focus.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? []).filter((word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
  const result: ObjectiveTerms = { statement, focus: focus === '' ? statement : focus, terms };
  if (verb !== undefined) result.verb = verb;
  return result;
}

/**
 * Remembers a pure reading of a text for the texts seen lately: the audit and the ladders read
 * the same objectives and criteria many times over. Callers must not change what it returns.
 */
function remembered<T>(read: (text: string) => T, limit = 2000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

/** An objective's statement, command verb, focus and key terms ("To explain how the heart pumps blood"). */
export const objectiveTerms: (objective: string) => ObjectiveTerms = remembered(readObjectiveTerms);

/** Words that join or frame the things an objective is about; a key term never contains one. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon via ' +
    'with within without about above across after against along among around before behind below beneath beside ' +
    'between beyond during except inside near outside past since through throughout towards under until ' +
    'i me my we us our you your he him his she her it its they them their this that these those who whom whose ' +
    'which what when where why how whether is are was were be been being am do does did doing done has have had ' +
    'having can could may might must shall should will would not no yes all any both each every either neither ' +
    'some such own same more most less least very much many few also just only even really too quite else well ' +
    'using use used uses make makes making made find finds finding give gives given show shows showing get gets'
  ).split(' '),
);

/**
 * Verbs that sit between two nouns in an objective's clause ("the heart pumps blood", "a
 * character feels"), so they end one term and start the next rather than join them.
 */
const CLAUSE_VERBS = new Set(
  (
    'affect affects affected happen happens happened pump pumps pumped feel feels felt need needs needed ' +
    'hook hooks hooked choose chooses chose win wins won lose loses lost lead led cause caused help helps helped ' +
    'change changes changed work works live lives lived grow grows grew move moves moved become becomes became ' +
    'take takes took keep keeps kept depend depends turn turns form forms formed produce produces produced ' +
    'contain contains include includes included increase increases decrease decreases differ differs ' +
    'mean means meant tell tells told say says said think thinks thought believe believes see sees saw ' +
    'react reacts travel travels flow flows spread spreads act acts add adds added presents explores develops ' +
    'creates describes explains portrays conveys suggests reveals writes occur occurs follow follows run runs'
  ).split(' '),
);

/** Adjectives that often stand alone in objectives; on their own they are never a key term. */
const ADJECTIVES = new Set(
  (
    'common unlike like different similar same long short big small large little high low main key important ' +
    'human physical social natural simple basic good bad better best new old whole equal several various ' +
    'many other correct accurate effective persuasive formal informal written spoken own positive negative ' +
    'possible likely real early late modern ancient local global national personal major minor open closed ' +
    'fair free full empty hot cold warm wet dry hard soft strong weak fast slow'
  ).split(' '),
);

/** Nouns with an adjective's ending. */
const NOUNS_LIKE_ADJECTIVES = new Set(
  'animal signal total interval capital festival rival arrival proposal trial metal petal pedal medal crystal mineral chemical hospital canal plant element student parent event moment current content ingredient agent continent environment government equipment argument statement experiment instrument segment percent constant reactant pollutant relative adjective objective narrative alternative detective native music topic logic arithmetic graphic traffic republic'.split(
    ' ',
  ),
);

/** Modifiers that count or sort a term without saying what it is: "two fractions", "different beliefs". */
const WEAK_MODIFIERS = new Set('different various several many other some both simple given'.split(' '));

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten'.split(' '));

/** Nouns that frame the learning ("the reasons why...") rather than name it, unless qualified ("human causes"). */
const FRAME_NOUNS = new Set(
  'reasons reason causes cause factors factor effects effect consequences impact ways way features feature types kinds parts part steps things thing examples example range'.split(
    ' ',
  ),
);

/** Nouns that name an aspect of the thing that follows ("the area of a triangle"), which is the better term. */
const ASPECT_NOUNS = new Set(
  'area perimeter volume structure length width height size shape effectiveness name names difference differences point rate role properties value meaning function position purpose importance significance'.split(
    ' ',
  ),
);

/** Nouns too general to question on their own: "a 2-digit number", "words", "options". */
const GENERIC_NOUNS = new Set(
  'word words number numbers amount amounts text texts option options idea ideas problem problems question questions answer answers information sentence sentences view'.split(
    ' ',
  ),
);

/** Function words of the languages taught in school, so a phrase in one is never read as English. */
const FOREIGN_WORDS = new Set(
  'mon ma mes ton ta tes sa ses le la les une des du et est il elle ils elles je tu nous vous ai avez ont sont suis ans el los las y es muy der das und ist ich er wir ein eine'.split(
    ' ',
  ),
);

/**
 * Letter classes (`\p{L}`) outside brackets are kept in constants: the bundle writes such a
 * pattern as `new RegExp(...)`, which inline would build a new pattern on every call.
 */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
// "Draw EVERY setup", "Complete AO1 grid": a word in capitals (emphasis, a code) is not a name, as "Battle of Hastings" is.
const NAME_AFTER_FIRST_WORD = /^\S+\s+(?:of\s+(?:the\s+)?)?\p{Lu}\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const LETTER_AND_APOSTROPHE = /^\p{L}['’]/u;
const SPELLING_PATTERN = /^\p{L}(?:-\p{L})+$/u;
const LETTER = /\p{L}/u;

/** "Fractions of amounts" → "fractions of amounts": a capital that only starts the sentence is not a name ("Battle of Hastings"). */
export const lowerInitial = (text: string) =>
  CAPITALISED_WORD.test(text) && !NAME_AFTER_FIRST_WORD.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;

export interface KeyPhrase {
  /** The term as the objective writes it: "word equation", "Battle of Hastings". */
  text: string;
  /** With the words before it that belong in a sentence: "the word equation", "the 2015 Cumbria floods". */
  phrase: string;
  plural: boolean;
  proper: boolean;
  /** One of the plan's keywords (or a phrase holding one). */
  keyword: boolean;
  /** Says what the lesson is about, unlike a bare name, a general noun or an aspect ("the area", "words"). */
  central: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** A foreign or symbolic phrase touches it ("il/elle", "... ans", "s'appelle"). */
  foreign: boolean;
}

const isCapitalised = (word: string) => STARTS_UPPER.test(word);

/** Words ending in "ly" that are not adverbs. */
const LY_NOUNS = new Set(
  'family assembly supply butterfly anomaly monopoly italy july reply ally rally jelly holly lily'.split(' '),
);

const isAdverb = (lower: string) => lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower);

function isAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  if (ADJECTIVES.has(lower) || lower.endsWith('-timed') || /^well-/.test(lower)) return true;
  if (NOUNS_LIKE_ADJECTIVES.has(lower)) return false;
  return /(?:ive|ous|ful|less|ical|ial|able|ible|ary|ish)$/.test(lower);
}

/** Plural by its ending: "denominators", "causes", not "photosynthesis", "class" or "Hastings" alone. */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /[^su]s$/.test(lower) && !/(?:ics|sis|ness|ss)$/.test(lower);
}

/** "rate of photosynthesis" gives "rate": the word before the first of / in / on. */
function wordBeforeQualifier(text: string): string {
  const words = text.split(' ').filter((word) => word !== '');
  const qualifier = words.findIndex(
    (word, index) => index > 0 && (word === 'of' || word === 'in' || word === 'on'),
  );
  return words[(qualifier === -1 ? words.length : qualifier) - 1] ?? '';
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)) {
    // A word without the apostrophes and hyphens at its end ("pupils'" is "pupils").
    const word = trimEndOf(match[0], "'’-");
    const start = match.index;
    const end = start + word.length;
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 4);
    const foreign =
      /[/…"“”«»]\s*$|\.\.\.\s*$/.test(before) ||
      /^\s*(?:[/…"“”«»]|\.\.\.)/.test(after) ||
      LETTER_AND_APOSTROPHE.test(word) ||
      // "a-e", "i-e": a spelling pattern is written in letters and symbols, not words.
      SPELLING_PATTERN.test(word) ||
      FOREIGN_WORDS.has(word.toLowerCase());
    tokens.push({ word, start, end, foreign });
  }
  return tokens;
}

/** A run of words with nothing but spaces between them could be one term. */
function runs(text: string, tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length > 0) result.push(run);
    run = [];
  };
  for (const [index, token] of tokens.entries()) {
    const lower = token.word.toLowerCase();
    const previous = run[run.length - 1];
    const gap = previous === undefined ? ' ' : text.slice(previous.end, token.start);
    // "Battle of Hastings", "Great Fire of London": a name carries on over "of" and "of the".
    const next = tokens[index + 1];
    if (
      (lower === 'of' || lower === 'the') &&
      previous !== undefined &&
      isCapitalised(previous.word) &&
      next !== undefined &&
      (isCapitalised(next.word) || next.word === 'the') &&
      previous.start > 0
    ) {
      run.push(token);
      continue;
    }
    if (gap.trim() !== '') close();
    if (
      token.foreign ||
      FUNCTION_WORDS.has(lower) ||
      CLAUSE_VERBS.has(lower) ||
      isAdverb(lower) ||
      // "to explain photosynthesis", but "a bar model", "the order of operations".
      (LEARNING_VERB.test(lower) &&
        run.length === 0 &&
        !/\b(?:the|an?)\s+$/i.test(text.slice(Math.max(0, token.start - 4), token.start))) ||
      // "the Normans invaded England": a past tense after a noun is its verb.
      (previous !== undefined && /[^e]ed$/.test(lower) && !isAdjective(previous.word))
    ) {
      close();
      continue;
    }
    run.push(token);
  }
  close();
  return result;
}

const isSpaceChar = (ch: string) => ch.trim() === '';
const isLetter = (ch: string) => LETTER.test(ch);

/** The word of letters that the text ends with, before one or more spaces ("of the " gives "the"). */
function wordBeforeSpace(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpaceChar(text[end - 1]!)) end--;
  if (end === text.length) return undefined;
  let start = end;
  while (start > 0 && isLetter(text[start - 1]!)) start--;
  if (start === end || (start > 0 && /\w/.test(text[start - 1]!))) return undefined;
  return text.slice(start, end);
}

/**
 * "the heart", "a common denominator": the article the objective gives a term comes with it;
 * "its period", "our solar system", "the same numerator" become "the period", "the solar system", "the numerator".
 */
function withArticle(text: string, start: number, words: string): string {
  const before = wordBeforeSpace(text.slice(Math.max(0, start - 8), start))?.toLowerCase();
  if (before === 'a' || before === 'an' || before === 'the') return `${before} ${words}`;
  return before !== undefined && /^(?:its|our|their|his|her|your|my|this|that|each|every|same)$/.test(before)
    ? `the ${words}`
    : words;
}

function toPhrase(text: string, run: Token[], keyword: boolean): KeyPhrase | undefined {
  let first = 0;
  while (
    first < run.length - 1 &&
    (WEAK_MODIFIERS.has(run[first]!.word.toLowerCase()) ||
      NUMBER_WORDS.has(run[first]!.word.toLowerCase()) ||
      /^\d+$/.test(run[first]!.word))
  )
    first += 1;
  const words = run.slice(first);
  const head = words[words.length - 1]!.word;
  const single = words.length === 1;
  if (/^\d+$/.test(head) || head.length < 3) return undefined;
  if (
    single &&
    (isAdjective(head) || FRAME_NOUNS.has(head.toLowerCase()) || NUMBER_WORDS.has(head.toLowerCase()))
  )
    return undefined;
  const proper = isCapitalised(words[0]!.word);
  const written = run.slice(run.findIndex((token) => !NUMBER_WORDS.has(token.word.toLowerCase())));
  const termText = text.slice(words[0]!.start, words[words.length - 1]!.end);
  // "rate of photosynthesis" is as many as its rate, "space in attack" as its space.
  const counted = /\s(?:of|in|on)\s/.test(termText) ? wordBeforeQualifier(termText) : head;
  return {
    text: termText,
    // "two fractions" is about fractions; "the 2015 Cumbria floods" keeps its date.
    phrase: withArticle(text, written[0]!.start, text.slice(written[0]!.start, words[words.length - 1]!.end)),
    plural: !proper && isPluralNoun(counted),
    proper,
    keyword,
    central: true,
  };
}

/** Where a keyword is written in the text, as a whole phrase (also plural), if it is. */
function keywordAt(lower: string, keyword: string): [number, number] | undefined {
  const wanted = keyword.trim().toLowerCase();
  if (wanted.length < 3) return undefined;
  let from = lower.indexOf(wanted);
  while (from >= 0) {
    const end = from + wanted.length;
    const tail = /^(?:e?s)?(?![\p{L}\d/'’-])/u.exec(lower.slice(end));
    if (tail !== null && (from === 0 || !/[\p{L}\d/'’-]/u.test(lower[from - 1]!)))
      return [from, end + tail[0].length];
    from = lower.indexOf(wanted, from + 1);
  }
  return undefined;
}

/**
 * "space in attack", "fractions of amounts": a noun qualified by "in", "on" or "of" and a common
 * noun names the topic as a whole, so the qualifier joins the term. An aspect ("the area of a
 * triangle"), a framing noun ("causes of flooding") or a general one ("a number of...") does not
 * take it, nor does a name or a date ("ambition in Macbeth", "in 1066"), which stays a term of its own.
 */
function qualifierOf(text: string, found: Token[][], index: number): Token[] | undefined {
  const run = found[index]!;
  const next = found[index + 1];
  const last = run[run.length - 1]!;
  const head = last.word.toLowerCase();
  if (
    next === undefined ||
    !/^\s+(?:in|on|of)\s+$/.test(text.slice(last.end, next[0]!.start)) ||
    isCapitalised(run[0]!.word) ||
    ASPECT_NOUNS.has(head) ||
    FRAME_NOUNS.has(head) ||
    GENERIC_NOUNS.has(head) ||
    next.some((token) => token.foreign || isCapitalised(token.word) || /\d/.test(token.word))
  )
    return undefined;
  return next;
}

/**
 * The key terms of what an objective is about, most useful first: the plan's keywords it uses,
 * then its noun phrases in the order it gives them ("word equation", "river flooding",
 * "Battle of Hastings"), with a bare name or a general noun ("words", "a 2-digit number") last.
 * A bare adjective ("physical"), a function word or part of a foreign phrase is never a term.
 */
export function keyPhrases(focus: string, keywords: readonly string[] = []): KeyPhrase[] {
  const text = lowerInitial(focus);
  const tokens = tokenise(text);
  const found = runs(text, tokens);
  const phrases: { phrase: KeyPhrase; start: number; end: number }[] = [];
  for (let index = 0; index < found.length; index++) {
    const alone = toPhrase(text, found[index]!, false);
    const qualifier = alone === undefined ? undefined : qualifierOf(text, found, index);
    const run = qualifier === undefined ? found[index]! : [...found[index]!, ...qualifier];
    const phrase = qualifier === undefined ? alone : toPhrase(text, run, false);
    if (qualifier !== undefined) index += 1;
    if (phrase !== undefined) {
      phrases.push({ phrase, start: run[0]!.start, end: run[run.length - 1]!.end });
      continue;
    }
    // "physical and human causes": an adjective shares the head noun of the term after "and".
    const next = found[index + 1];
    const joined = next === undefined ? '' : text.slice(run[run.length - 1]!.end, next[0]!.start);
    if (
      next !== undefined &&
      next.length > 1 &&
      /^\s*(?:and|or|,)\s*$/.test(joined) &&
      isAdjective(run[run.length - 1]!.word)
    ) {
      const head = next[next.length - 1]!;
      const shared = toPhrase(text, next, false);
      if (shared !== undefined) {
        const adjectives = text.slice(run[0]!.start, run[run.length - 1]!.end);
        phrases.push({
          phrase: {
            ...shared,
            text: `${adjectives} ${head.word}`,
            phrase: withArticle(text, run[0]!.start, `${adjectives} ${head.word}`),
          },
          start: run[0]!.start,
          end: run[run.length - 1]!.end,
        });
      }
    }
  }
  const lower = text.toLowerCase();
  for (const keyword of keywords) {
    const at = keywordAt(lower, keyword);
    if (at === undefined) continue;
    const [start, end] = at;
    const inside = phrases.find((found) => found.start <= start && found.end >= end);
    const overlapping = phrases.filter((found) => found.start < end && found.end > start);
    if (inside !== undefined) inside.phrase.keyword = true;
    else if (overlapping.length > 0 || !/[/…"]|\.\.\./.test(keyword)) {
      const run = tokens.filter((token) => token.start >= start && token.end <= end);
      const phrase = run.length === 0 ? undefined : toPhrase(text, run, true);
      if (phrase === undefined) continue;
      for (const overlap of overlapping) phrases.splice(phrases.indexOf(overlap), 1);
      phrases.push({ phrase, start, end });
    }
  }
  for (const { phrase } of phrases) {
    const words = phrase.text.toLowerCase().split(' ');
    // A bare name, a general noun or a framing one ("human causes") says less than the topic does.
    phrase.central =
      phrase.keyword ||
      !(
        (words.length === 1 && (phrase.proper || ASPECT_NOUNS.has(words[0]!))) ||
        // "words", "a 2-digit number": a general noun, however it is counted.
        (GENERIC_NOUNS.has(words[words.length - 1]!) &&
          words.slice(0, -1).every((word) => /\d/.test(word))) ||
        FRAME_NOUNS.has(words[words.length - 1]!)
      );
  }
  const rank = (phrase: KeyPhrase) => (phrase.keyword ? 0 : phrase.central ? 1 : 2);
  const seen = new Set<string>();
  return phrases
    .sort((a, b) => rank(a.phrase) - rank(b.phrase) || a.start - b.start)
    .map(({ phrase }) => phrase)
    .filter((phrase) => {
      const key = phrase.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export interface ObjectiveFocus {
  /** The objective without "To", "LO:", "I can" and the like. */
  statement: string;
  /** Its command verbs, coordinated ones included: "create and use" → ["create", "use"]. */
  verbs: string[];
  /** What the verbs act on, without "about" or "that": "know about different beliefs" → "different beliefs". */
  focus: string;
}

/**
 * An objective's command verbs and what they act on: "I can identify and explain the causes
 * of the war" → verbs ["identify", "explain"], focus "the causes of the war"; "learn to add
 * fractions" → ["add"], "fractions". With no verb, the focus is the whole statement.
 */
function readObjectiveFocus(objective: string): ObjectiveFocus {
  const { statement } = objectiveTerms(objective);
  const words = statement.split(/\s+/).filter((word) => word !== '');
  const verbs: string[] = [];
  let at = 0;
  while (at < words.length) {
    const verb = learningVerb(words[at]!);
    if (verb === undefined) break;
    const framing = verb === 'learn' || verb === 'know' || verb === 'understand';
    const next = words[at + 1] ?? '';
    // "learn to add", "understand how to balance": the verb that follows is the one to teach.
    const to =
      framing && /^to$/i.test(next)
        ? 2
        : framing && /^how$/i.test(next) && /^to$/i.test(words[at + 2] ?? '')
          ? 3
          : 0;
    if (to > 0 && at + to < words.length) {
      at += to;
      if (learningVerb(words[at]!) === undefined) {
        verbs.push(words[at]!.toLowerCase());
        at += 1;
        break;
      }
      continue;
    }
    verbs.push(verb);
    at += 1;
    // "know about different beliefs", "understand that plants need light".
    if (framing && /^(?:about|that)$/i.test(next)) {
      at += 1;
      break;
    }
    // "create and use", "identify, describe and explain".
    if (/^(?:and|or|&)$/i.test(next) && learningVerb(words[at + 1] ?? '') !== undefined) at += 1;
    else if (!/,$/.test(words[at - 1]!) || learningVerb(next) === undefined) break;
  }
  const focus = words.slice(at).join(' ');
  return { statement, verbs, focus: focus === '' ? statement : focus };
}

/** An objective's command verbs and what they act on, remembered like objectiveTerms. */
export const objectiveFocus: (objective: string) => ObjectiveFocus = remembered(readObjectiveFocus);
