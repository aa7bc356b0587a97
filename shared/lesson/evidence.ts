import type { Location, RuleReport } from '../rule';
import { readCutOff } from './read/cut-off';
import { isEmptyField, trimEndOf, wordCount } from './read/text';
import { objectiveTerms } from './terms';
import type { LessonPlan, PlanItem, PlanKind, PlanSection, SectionKind } from './types';
import { ADAPTING_KINDS, EPISODE_KINDS, normaliseLabel, sectionForLabel } from './vocabulary';

interface PlanText {
  text: string;
  /** Offset in `text` where each line starts, for turning a match into a line number. */
  starts: number[];
}

/**
 * A reading of a plan worked out once and kept for as long as the plan is: rules and generators
 * ask the same questions of the same plan many times.
 */
export function perPlan<T>(read: (plan: LessonPlan) => T): (plan: LessonPlan) => T {
  const known = new WeakMap<LessonPlan, T>();
  return (plan) => {
    if (known.has(plan)) return known.get(plan)!;
    const value = read(plan);
    known.set(plan, value);
    return value;
  };
}

// Rules search the same plan many times; one joined text per plan keeps a search to one regex pass.
const planText = perPlan((plan): PlanText => {
  const starts: number[] = [];
  let offset = 0;
  for (const line of plan.lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { text: plan.lines.join('\n'), starts };
});

/** The plan's lines joined with "\n", joined once for the plan however many readers ask for it. */
export const joinedText = (plan: LessonPlan): string => planText(plan).text;

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The first line of the plan the pattern matches, or undefined. Patterns must not be global. */
export function findLine(plan: LessonPlan, pattern: RegExp): number | undefined {
  const { text, starts } = planText(plan);
  const match = pattern.exec(text);
  return match === null ? undefined : lineAt(starts, match.index);
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** Every line of the plan the pattern matches, in order, each once. */
export function findLines(plan: LessonPlan, pattern: RegExp): number[] {
  const { text, starts } = planText(plan);
  const lines: number[] = [];
  const every = globalOf(pattern);
  every.lastIndex = 0;
  for (const match of text.matchAll(every)) {
    const line = lineAt(starts, match.index);
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** One cue of a chain: it must begin within `within` characters of the end of the cue before it. */
export interface ChainCue {
  cue: RegExp;
  within: number;
  /** Whether the gap may run past the end of a sentence ('.'); lines are never crossed. */
  acrossSentences?: boolean;
}

/** Room past a cue's start for the cue itself: longer than any cue's words. */
const CUE_ROOM = 40;

function globalOf(pattern: RegExp): RegExp {
  let everywhere = globalVersions.get(pattern);
  if (everywhere === undefined) {
    everywhere = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globalVersions.set(pattern, everywhere);
  }
  return everywhere;
}

function chainFrom(line: string, from: number, chain: readonly ChainCue[]): boolean {
  const [link, ...rest] = chain;
  if (link === undefined) return true;
  // One character of context before the window, so a \b at its start sees the word before.
  const start = Math.max(0, from - 1);
  let stop = from + link.within + CUE_ROOM;
  if (!link.acrossSentences) {
    const period = line.indexOf('.', from);
    if (period !== -1 && period < stop) stop = period;
  }
  const window = line.slice(start, stop);
  const cue = globalOf(link.cue);
  cue.lastIndex = from - start;
  for (let match = cue.exec(window); match !== null; match = cue.exec(window)) {
    if (match.index - (from - start) > link.within) break;
    if (chainFrom(line, start + match.index + match[0].length, rest)) return true;
    if (match[0].length === 0) cue.lastIndex++;
  }
  return false;
}

/**
 * The lines where a first cue is followed, close by, by each of the others in turn ("the TA" ...
 * "sits with" ... "the lower attainers"). A chain of plain patterns over bounded windows, where one
 * pattern with gaps (`[^.]{0,60}`) between its parts would backtrack on a long line.
 */
export function findChainLines(plan: LessonPlan, first: RegExp, then: readonly ChainCue[]): number[] {
  const opener = globalOf(first);
  const lines: number[] = [];
  plan.lines.forEach((line, index) => {
    opener.lastIndex = 0;
    for (let match = opener.exec(line); match !== null; match = opener.exec(line)) {
      const end = match.index + match[0].length;
      if (chainFrom(line, end, then)) {
        lines.push(index + 1);
        break;
      }
      if (match[0].length === 0) opener.lastIndex++;
    }
  });
  return lines;
}

/** Words that, just before a cue, say the plan does not have it: "no TA", "without a word bank". */
const NEGATORS = new Set(['no', 'not', 'without', 'none', 'never', 'nor', "don't", "doesn't", "won't"]);
/** Words skipped between a negator and its cue: "no TA", "not a talk task", "without any help". */
const FILLERS = new Set(['a', 'an', 'the', 'any', 'extra', 'additional', 'further', 'other']);
/** What follows a labelled cue to say it is absent: "TA support: none this lesson", "EAL: n/a". */
const ABSENT_AFTER = new Set(['none', 'n/a', 'nil', 'na', 'no', 'not']);
/** Words a label may have between its cue and its colon: "TA support:", "EAL pupils:". */
const LABEL_ROOM = 2;

/** The words of a short stretch of text, lower case, split on spaces and punctuation other than "/" and "'". */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const character of text.toLowerCase()) {
    if (/[\p{L}\p{N}/'’]/u.test(character)) word += character === '’' ? "'" : character;
    else {
      if (word !== '') words.push(word);
      word = '';
      if (character === ':') words.push(':');
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/**
 * Whether the cue matched at `start`..`end` of the line is said to be absent: a negator just before
 * it ("no TA", "without a word bank") or a label saying none ("TA support: none this lesson").
 */
function negatedAt(text: string, start: number, end: number): boolean {
  const before = wordsOf(text.slice(Math.max(0, start - 30), start)).filter((word) => word !== ':');
  let index = before.length - 1;
  while (index >= 0 && FILLERS.has(before[index]!)) index -= 1;
  if (index >= 0 && NEGATORS.has(before[index]!)) return true;
  const after = wordsOf(text.slice(end, end + 40));
  const colon = after.indexOf(':');
  if (colon === -1 || colon > LABEL_ROOM) return false;
  const next = after[colon + 1];
  // "TA: no" or "TA: none this lesson" is absent; "Cold call: no hands up" is a way of asking.
  return next !== undefined && ABSENT_AFTER.has(next) && (next !== 'no' || after.length === colon + 2);
}

/**
 * Whether the text says what the pattern names, not that it is absent: "TA support: none this
 * lesson" or "no word bank" is not provision. Every match on the line is tried.
 */
export function says(text: string, pattern: RegExp): boolean {
  return saidAt(text, pattern) >= 0;
}

/** Where in the text the pattern is first said, not denied ("no TA today"): its index, or -1. */
function saidAt(text: string, pattern: RegExp): number {
  const every = globalOf(pattern);
  every.lastIndex = 0;
  let at = -1;
  for (let match = every.exec(text); match !== null && at < 0; match = every.exec(text)) {
    if (!negatedAt(text, match.index, match.index + match[0].length)) at = match.index;
    if (match[0].length === 0) every.lastIndex++;
  }
  // The shared global pattern is left at the start: matchAll elsewhere begins where it stands.
  every.lastIndex = 0;
  return at;
}

/** The first line within the given sections (heading or body) that the pattern matches. */
export function findLineIn(sections: readonly PlanSection[], pattern: RegExp): number | undefined {
  for (const section of sections) {
    if (pattern.test(section.heading)) return section.line;
    const hit = section.body.find((entry) => says(entry.text, pattern));
    if (hit !== undefined) return hit.line;
  }
  return undefined;
}

export function sectionsOf(plan: LessonPlan, ...kinds: SectionKind[]): PlanSection[] {
  return plan.sections.filter((section) => kinds.includes(section.kind));
}

/** The parts of the lesson pupils live through, in plan order. */
export function episodesOf(plan: LessonPlan): PlanSection[] {
  return plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind));
}

/**
 * Whether the text is recognisably a lesson plan: it states an objective or has at least one
 * episode. Rules about the lesson's shape stay silent on anything else.
 */
export function isLessonPlan(plan: LessonPlan): boolean {
  return plan.objectives.length > 0 || episodesOf(plan).length > 0;
}

/**
 * The parts that end the lesson: the last plenary and any plenary parts straight before it. A
 * "plenary" with other episodes after it (a "Lesson summary" at the top, a "Review" in a list of
 * the lesson's parts) is not the ending.
 */
export function endingsOf(plan: LessonPlan): PlanSection[] {
  const episodes = episodesOf(plan);
  let start = episodes.length;
  while (start > 0 && episodes[start - 1]!.kind === 'plenary') start -= 1;
  if (start < episodes.length) return episodes.slice(start);
  // No plenary at the end: the last one that is not the very first episode, else none.
  const plenaries = episodes.filter((section, index) => section.kind === 'plenary' && index > 0);
  return plenaries.slice(-1);
}

/** The episodes the lesson runs through, leaving out an overview taken for a plenary and the steps inside a timed part. */
export function lessonEpisodes(plan: LessonPlan): PlanSection[] {
  const endings = new Set(endingsOf(plan));
  return episodesOf(plan).filter(
    (section) => section.within === undefined && (section.kind !== 'plenary' || endings.has(section)),
  );
}

/** What the planning flow needs before a plan can be called complete: objectives, episodes and an ending. */
export interface PlanShape {
  objectives: boolean;
  episodes: boolean;
  ending: boolean;
}

export function shapeOf(plan: LessonPlan): PlanShape {
  const episodes = lessonEpisodes(plan);
  return {
    objectives: plan.objectives.length > 0,
    episodes: episodes.filter((section) => section.kind !== 'plenary').length > 0 && episodes.length >= 2,
    ending: endingsOf(plan).length > 0,
  };
}

/** Whether the text has anything to read at all: a line with a letter or digit on it. */
export function hasText(plan: LessonPlan): boolean {
  return plan.lines.some((line) => /[\p{L}\p{N}]/u.test(line));
}

/**
 * Whether the document is audited as one lesson: a scheme of work, a pupils' page or something
 * that is not a plan gets its own line instead (lesson/plan-recognised).
 */
export function auditedAsLesson(plan: LessonPlan): boolean {
  const kind = kindOf(plan);
  return kind === undefined || kind === 'lesson' || kind === 'tuition';
}

/** A heading that opens one lesson or week of several: "Lesson 3: Maze", "Week 2 –", "Session 4". */
const NUMBERED_LESSON = /^(?:lesson|week|session|day)\s*\d{1,2}\b/i;
const SCHEME_HEADING =
  /\b(?:scheme of work|schemes of work|unit overview|course overview|curriculum (?:map|framework|overview)|long[- ]term plan|medium[- ]term plan|programme of study)\b/i;

/**
 * What the document is: the reader's decision when it has made one; until then, a page headed as a
 * scheme of work, or with three or more numbered lessons, reads as a scheme.
 */
export function kindOf(plan: LessonPlan): PlanKind | undefined {
  if (plan.kind !== undefined) return plan.kind;
  const headings = plan.sections.map((section) => section.heading);
  if (headings.some((heading) => SCHEME_HEADING.test(heading)) && plan.objectives.length === 0)
    return 'scheme';
  // Counted on the lines themselves: a reader may fold "## Lesson 2: ..." into the section before it.
  const lessons = plan.lines.filter((line) => line.length < 120 && NUMBERED_LESSON.test(withoutMarks(line)));
  return lessons.length >= 3 ? 'scheme' : undefined;
}

/** The line without its Markdown heading marks or bullet: "## Lesson 2" is "Lesson 2". */
function withoutMarks(line: string): string {
  let start = 0;
  while (start < line.length && '#*-• \t'.includes(line[start]!)) start += 1;
  return line.slice(start);
}

const INTERVENTION_TITLE =
  /\b(?:intervention|tuition|tutoring|tutorial|catch[- ]up|one[- ]to[- ]one|1:1|1-1|wave [23]|small[- ]group support|booster)\b/i;

/**
 * Whether this is a plan for an intervention or tuition session rather than a class lesson:
 * its title or a heading says so, or it is built from the tuition sequence's stages.
 */
export const isInterventionPlan: (plan: LessonPlan) => boolean = perPlan(readsAsInterventionPlan);

function readsAsInterventionPlan(plan: LessonPlan): boolean {
  if (kindOf(plan) === 'tuition') return true;
  if (INTERVENTION_TITLE.test(plan.title)) return true;
  const headings = plan.sections.filter(
    (section) => section.kind !== 'teaching-assistant' && section.kind !== 'sen',
  );
  if (headings.some((section) => INTERVENTION_TITLE.test(section.heading))) return true;
  return sectionsOf(plan, 'intervention').length >= 3;
}

/**
 * Where a prompt about something missing should point: the first section, in order of
 * preference, where the teacher would add it; the whole plan when there is none.
 */
export function placeFor(plan: LessonPlan, ...kinds: SectionKind[]): Location {
  for (const kind of kinds) {
    const section = (kind === 'plenary' ? endingsOf(plan) : plan.sections).find(
      (candidate) => candidate.kind === kind,
    );
    if (section !== undefined) return { kind: 'plan', line: section.line, section: section.heading };
  }
  return { kind: 'plan' };
}

/** Parts of the plan that say what happens in the lesson, rather than its title, aims or vocabulary. */
const FRAMING_KINDS: readonly SectionKind[] = [
  'title',
  'context',
  'prior-learning',
  'objectives',
  'success-criteria',
  'keywords',
  'misconceptions',
  'resources',
];

/**
 * Headings of parts that describe the lesson rather than run it: the outcomes by group ("Most
 * students are able to"), an overview or summary, standards, materials, background notes.
 * Their words ("Explain how...", "Differentiate between...") say what pupils will show or what the
 * page covers, not what the teacher plans to do.
 */
const REFERENCE_HEADING =
  /^(?:(?:all|most|some|a few)\s+(?:students|pupils|children|learners)\b|(?:learning\s+)?outcomes?\b)|\b(?:standards?|summary|overview|materials?|resources?|preparation|preparatory|risk assessment|connections|background|forum|links? to|curriculum links?|vocabulary|key ?words|themes?|practices)\b|^(?:source|form)\s*:|^(?:students|pupils|children|learners|we)\s+(?:will|are|can|should)\b|\b(?:objectives?|intentions?|aims?)\b/i;

const isFraming = (section: PlanSection) =>
  FRAMING_KINDS.includes(section.kind) ||
  (section.kind === 'other' && REFERENCE_HEADING.test(section.heading)) ||
  // The teacher's notes, and the evaluation written once the lesson is taught, plan nothing it does.
  section.teacherNote === true;

/** The part a line names when it opens with a label ("Extension: harder equations"), if it names a teaching part. */
function labelledPart(text: string): SectionKind | undefined {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 30) return undefined;
  const kind = sectionForLabel(normaliseLabel(text.slice(0, colon)))?.kind;
  return kind === undefined || FRAMING_KINDS.includes(kind) ? undefined : kind;
}

/**
 * The parts of the plan that say what happens in the lesson, where evidence of teaching belongs.
 * A labelled line a reader kept inside the objectives ("Extension: harder equations"), or left
 * outside every section, counts as the part it names, on its own.
 */
export const teachingSections: (plan: LessonPlan) => PlanSection[] = perPlan((plan) => {
  const labelled = (entry: PlanItem): PlanSection[] => {
    const kind = labelledPart(entry.text);
    return kind === undefined
      ? []
      : [{ kind, heading: '', line: entry.line, endLine: entry.line, body: [entry], organisation: [] }];
  };
  const outside = linesOutside(plan, 'every').flatMap(labelled);
  return [
    ...plan.sections.flatMap((section) => (isFraming(section) ? section.body.flatMap(labelled) : [section])),
    ...outside,
  ];
});

/**
 * The first line in the body of the given sections that the pattern matches, as written. Headings
 * are left out: a heading names a part, and its words ("form: ... no SEN notes") are not evidence
 * that the part does something.
 */
export function evidenceIn(sections: readonly PlanSection[], pattern: RegExp): PlanItem | undefined {
  for (const section of sections)
    for (const entry of section.body) {
      const at = saidAt(entry.text, pattern);
      if (at >= 0) return sentenceAt(entry, at);
    }
  return undefined;
}

/** The sentence of a long line that says what `pattern` finds, to quote as the evidence; the line if none. */
export function sentenceWith(entry: PlanItem, pattern: RegExp): PlanItem {
  const found = saidAt(entry.text, pattern);
  return found < 0 ? entry : sentenceAt(entry, found);
}

/** How much of a line a quote shows before the reader must look for the evidence in it. */
const QUOTE_SHOWN = 120;

/**
 * A paragraph's sentence that holds the evidence, where the paragraph is long: "Maja (EAL) has the
 * glossary..." from a paragraph that opens "Then the write-up...", so the quote shows what it is
 * quoted for. A short line is quoted whole.
 */
function sentenceAt(entry: PlanItem, at: number): PlanItem {
  const { text } = entry;
  if (text.length <= QUOTE_SHOWN || at < QUOTE_SHOWN / 2) return entry;
  let start = 0;
  for (const mark of SENTENCE_ENDS) {
    const before = text.lastIndexOf(mark, at);
    if (before >= 0) start = Math.max(start, before + mark.length);
  }
  const ends = SENTENCE_ENDS.map((mark) => text.indexOf(mark, at)).filter((end) => end >= 0);
  let end = ends.length === 0 ? text.length : Math.min(...ends) + 1;
  // "(how much? with what?)": a question in brackets does not end the sentence round it.
  const cut = text.slice(start, end);
  if (cut.split('(').length > cut.split(')').length) {
    const close = text.indexOf(')', end);
    end = close < 0 ? text.length : close + 1;
  }
  const sentence = text.slice(start, end).trim();
  // "Self-mark.": a sentence too short to show the evidence on its own is quoted with its line.
  return sentence.split(' ').length < SHORTEST_QUOTE ? entry : { ...entry, text: sentence };
}

const SENTENCE_ENDS = ['. ', '? ', '! '];
/** The fewest words a quoted sentence has to say what it is evidence of. */
const SHORTEST_QUOTE = 5;

/** The first heading of the given sections that names the pattern, for a part that is itself the evidence ("Teacher input"). */
export function headingIn(sections: readonly PlanSection[], pattern: RegExp): PlanItem | undefined {
  const section = sections.find((candidate) => candidate.heading !== '' && pattern.test(candidate.heading));
  return section === undefined ? undefined : { text: section.heading, line: section.line };
}

/** The first section of a kind that has something written under it. */
export function filledSection(plan: LessonPlan, ...kinds: SectionKind[]): PlanSection | undefined {
  return plan.sections.find(
    (section) =>
      kinds.includes(section.kind) &&
      section.body.length > 0 &&
      // "See seating plan + class profile on Teams.": adaptations kept elsewhere are not written here.
      !(ADAPTING_KINDS.has(section.kind) && section.body.every((entry) => providesNothing(entry.text))),
  );
}

/** "See seating plan + class profile on Teams", "As per IEPs", "Refer to SIMS": a line that points to another document. */
const POINTER = /^(?:see|refer to|as per|check|cf\.?|on|in)\b/i;
const POINTER_WORDS = 12;
export const pointsElsewhere = (text: string) =>
  (POINTER.test(text.trim()) &&
    text.split(' ').length <= POINTER_WORDS &&
    // "See seating plan and Provision Map. Key word glossary on desks.": the next sentence provides.
    !trimEndOf(text.trim(), '. ').includes('. ')) ||
  labelsAndNotes(text) === 'points';

/**
 * "EAL / SEN: support as needed, sentence builder available": support promised for whoever needs it, without
 * saying who or what, plans nothing for the group.
 */
const AS_NEEDED =
  /^(?:[\p{L}&/ ]{1,30}:\s*)?(?:support|help|adult support|differentiation) (?:as|where|if|when) (?:needed|required|necessary|appropriate)\b/iu;

/** A line that plans nothing for a group: it points elsewhere, or only names or counts it ("MAT: tbc", "SEN: 3"). */
export const providesNothing = (text: string) =>
  pointsElsewhere(text) || labelsAndNotes(text) === 'blank' || AS_NEEDED.test(text.trim());

/** The parts of a line of labels and notes: "ALN: 3 (see seating plan) eFSM: ??" has six. */
const CLAUSE_BREAK = /[:;()]| [–—-] |[.,] /;
/** A part that sends the reader to another document or person: "see class file", "ask Mr H", "on Teams". */
const POINTER_CLAUSE =
  /^(?:see|refer to|as per|cf\.?|ask|speak to|talk to|check with)\b|^(?:on|in) (?:the )?(?:class file|teams|sims|arbor|provision map|seating plan|class profile|pupil passports?)\b/i;
/** Where a line says a group's provision is kept: "... info is on the seating plans in Class Charts". */
const KEPT_IN =
  /\b(?:(?:is|are) (?:all |also )?(?:on|in)|as per|see) (?:the |their )?(?:seating plans?|class charts|sims|arbor|class files?|provision maps?|teams|pupil passports?|class profiles?|one[- ]page profiles?|seemis|sen register|ieps?|idps?|ehcps?)\b/i;

/** A part that only counts a group, or leaves it blank: "3", "??", "n/a", "tbc", "no changes this week". */
const COUNT_CLAUSE =
  /^(?:\d{1,3}|\?+|n\/?a|tb[acd]|none|nil|x|-+|no changes?(?: this week| from last week)?|as (?:before|usual|last (?:week|lesson)))$/i;
/** Words that name a group of pupils or a heading for them, never what is done for them. */
const GROUP_WORDS = new Set(
  'pupil pupils student students child children learner learners with on the register flagged highlighted marked info information details lsa lsas ta tas support sen send aln asn eal ell fsm efsm pp pdg mat g&t gt ha hap hpa la lap idp idps iep ieps ehcp ehcps lac cla more most able differentiation adaptations adaptation inclusion seating plan and / & +'.split(
    ' ',
  ),
);
const LONGEST_POINTER_LINE = 24;

/**
 * "Pupils with IDPs – see class file", "ALN: 3 (see seating plan) eFSM: ?? MAT: ask Mr H", "MAT: tbc":
 * every part of the line names a group, counts it, leaves it blank or points elsewhere, so the line says
 * who is in the class and where their provision is kept ('points'), or nothing yet ('blank'), never
 * what this lesson does for them.
 */
function labelsAndNotes(text: string): 'points' | 'blank' | undefined {
  if (wordCount(text) > LONGEST_POINTER_LINE) return undefined;
  let points = false;
  for (const part of text.split(CLAUSE_BREAK)) {
    const clause = trimEndOf(part.trim(), '.,');
    if (clause === '') continue;
    if (COUNT_CLAUSE.test(clause)) continue;
    // "See seating plan and Provision Map. Key word glossary on desks": the next sentence provides.
    // "SEND / EAL info is on the seating plans in Class Charts as usual" keeps it there too.
    const keptIn = KEPT_IN.exec(clause);
    const keptOf = keptIn === null ? [] : clause.slice(0, keptIn.index).trim().split(/\s+/);
    if (
      (POINTER_CLAUSE.test(clause) && !clause.includes('. ') && wordCount(clause) <= POINTER_WORDS) ||
      (keptIn !== null &&
        keptOf.every((word) =>
          word
            .toLowerCase()
            .split('/')
            .every((part) => part === '' || GROUP_WORDS.has(part)),
        ))
    ) {
      points = true;
      continue;
    }
    // "?? MAT": a blank left for one group runs on into the next group's label.
    // "PP/SEND", "LSA?": groups joined by a slash, or asked after.
    const labels = (word: string) =>
      trimEndOf(word, '?')
        .toLowerCase()
        .split('/')
        .every((part) => part === '' || GROUP_WORDS.has(part)) || COUNT_CLAUSE.test(word);
    if (!clause.split(/\s+/).every(labels)) return undefined;
  }
  // "SEND", "EAL" alone, split from a heading "DIFFERENTIATION / SEND / EAL": a name with nothing for it.
  return points ? 'points' : 'blank';
}

/** A finding that points at one line of the plan and quotes it. */
export function at(item: PlanItem): { where: Location; quote: string } {
  return { where: { kind: 'plan', line: item.line }, quote: item.text };
}

/** '"Starter"', '"Starter" and "Main"', '"Starter", "Main" and "Plenary"': sections named in a prompt. */
export function namesOf(sections: readonly PlanSection[]): string {
  const names = [...new Set(sections.map((section) => `"${section.heading}"`))];
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The heading and body text of the given sections. */
export function textOf(sections: readonly PlanSection[]): string {
  return sections
    .map((section) => `${section.heading}\n${section.body.map((entry) => entry.text).join('\n')}`)
    .join('\n');
}

/** How a group of pupils with particular needs (SEN, EAL) is catered for in a plan. */
export interface NeedsPatterns {
  /** The plan's own section for this group. */
  section: SectionKind;
  /** Words that mention the group or its provision. */
  mentions: RegExp[];
  /** A line that only counts the group ("2 EAL") says who is in the class, not what is planned. */
  headcount: RegExp;
  /**
   * What the lesson does for the group, written on the line that names a pupil in it ("JT – ASD. Visual
   * timetable + now/next board"): provision, wherever the reader filed the line.
   */
  provision: RegExp;
}

/** Lines written under a heading, leaving out headings swept into a body (a second "# ..." line). */
export function writtenLines(plan: LessonPlan, sections: readonly PlanSection[]): PlanItem[] {
  return sections
    .flatMap((section) => section.body)
    .filter((entry) => !(plan.lines[entry.line - 1] ?? '').trimStart().startsWith('#'));
}

/** A line that says how pupils are placed or supported: "Seating:", "Seating plan –", "Adaptations:". */
const ARRANGEMENT =
  /^(?:seating(?: plan)?|adaptations?|adjustments?|provision|support arrangements?)\s?[:–-]/i;

/**
 * Provision for a group of pupils: designed in (the group's own section with something under it,
 * or a line of the teaching that is more than a headcount), noticed but not designed (the group is
 * only counted, or named outside the teaching), or not mentioned, which this rule leaves to
 * lesson/inclusion-gaps. Tuition and intervention sessions are already shaped around their pupils.
 */
export function needsProvision(
  plan: LessonPlan,
  patterns: NeedsPatterns,
): RuleReport<'notDesigned' | 'planned'>[] {
  if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
  const mentions = (entry: PlanItem) => patterns.mentions.some((pattern) => says(entry.text, pattern));
  // The group's own part is the evidence, quoted where it names the group: an "Accommodations" part
  // may open with its line for another group ("ELL students: ...").
  const own = filledSection(plan, patterns.section);
  if (own !== undefined)
    return [
      {
        messageId: 'planned',
        severity: 'strength',
        ...at(own.body.find((entry) => mentions(entry) && !providesNothing(entry.text)) ?? own.body[0]!),
      },
    ];
  // A part headed for the group ("SEN/EAL: see the seating plan; glossary on desks") plans for it.
  const headed = teachingSections(plan).find(
    (section) =>
      section.body.some((entry) => !providesNothing(entry.text)) &&
      patterns.mentions.some((pattern) => pattern.test(section.heading)),
  );
  // An arrangement line among the page's details ("Seating: LS and MK (EAL) sat with TB") plans for
  // the group wherever the reader filed it.
  const arranged = linesOutside(plan, []).find(
    (entry) => ARRANGEMENT.test(readablePart(entry.text)) && mentions(entry),
  );
  const teaching = writtenLines(plan, teachingSections(plan));
  // "Hedgehogs – Amira (EAL), Kacper (EAL)" names them; "Prompts Amira and Kacper to rehearse an answer"
  // in the teaching is planned for them, by name.
  const members = namedMembers(plan, patterns);
  const byName =
    members.size === 0
      ? undefined
      : teaching.find(
          (entry) => !mentions(entry) && entry.text.split(/[^\p{L}'-]+/u).some((word) => members.has(word)),
        );
  // "SEN/EAL" over a line for each pupil: the line naming this group's need is the one quoted.
  const designed =
    (headed === undefined
      ? undefined
      : (headed.body.find((entry) => mentions(entry) && !providesNothing(entry.text)) ?? headed.body[0])) ??
    teaching.find(
      (entry) =>
        mentions(entry) &&
        !patterns.headcount.test(entry.text) &&
        !providesNothing(entry.text) &&
        // "...I'd expect the top sets to attempt this. SEND / EAL info is on the seating plans in Class Charts":
        // the paragraph's only word of the group is a pointer.
        !sentencesNaming(entry.text, patterns.mentions).every(
          (sentence) => providesNothing(sentence) || NOTHING_DONE.test(sentence),
        ),
    ) ??
    arranged ??
    byName;
  if (designed !== undefined) return [{ messageId: 'planned', severity: 'strength', ...at(designed) }];
  const outside = linesOutside(plan, []);
  const noticed = outside.find(mentions);
  // "Pupils to note: JT – EHCP, ASD. Visual timetable + now/next board": the note on the pupil plans for them.
  const provided = outside.find(
    (entry) => mentions(entry) && patterns.provision.test(entry.text) && !providesNothing(entry.text),
  );
  if (provided !== undefined)
    return [
      { messageId: 'planned', severity: 'strength', ...at(sentenceWith(provided, patterns.provision)) },
    ];
  // "SEN/EAL: see seating plan on Class Charts" keeps the provision elsewhere: lesson/inclusion-gaps asks,
  // once, what this lesson does for every group it leaves there.
  if (
    noticed === undefined ||
    keepsElsewhere(noticed.text, patterns.mentions) ||
    headsEmptyPart(plan, noticed)
  )
    return [];
  return [{ messageId: 'notDesigned', ...at(noticed) }];
}

/**
 * A template's heading with nothing under it ("Differentiation / SEND / EAL:"): lesson/empty-sections asks
 * for the part, and the heading's words say nothing of who is in the class.
 */
const headsEmptyPart = (plan: LessonPlan, entry: PlanItem) =>
  plan.sections.some((section) => section.line === entry.line && section.body.length === 0);

/** A sentence that says nothing was done: "I didn't really do anything different for the SEN pupils". */
const NOTHING_DONE =
  /\b(?:didn't|did not|haven't|have not|hasn't|wasn't|weren't|nothing (?:different|extra|specific))\b/i;

/** The sentences of a line that mention a group by one of its names. */
function sentencesNaming(text: string, names: readonly RegExp[]): string[] {
  return text.split('. ').filter((sentence) => names.some((pattern) => says(sentence, pattern)));
}

/**
 * Whether a line names groups only to send the reader elsewhere for them: the whole line, or each of its
 * sentences that names one ("...attempt this. SEND / EAL info is on the seating plans in Class Charts").
 */
export function keepsElsewhere(text: string, names: readonly RegExp[]): boolean {
  if (pointsElsewhere(text)) return true;
  const naming = sentencesNaming(text, names);
  return naming.length > 0 && naming.every(pointsElsewhere);
}

/** A pupil named with the group in brackets: "Amira (EAL)", "Freya (SEN, coloured overlay)". */
const NAMED_WITH_NOTE = /(\p{Lu}[\p{Ll}'-]{1,20}) ?\(([^()]{1,40})\)/gu;

/** The pupils the plan names as in the group, by first name. */
function namedMembers(plan: LessonPlan, patterns: NeedsPatterns): Set<string> {
  const names = new Set<string>();
  for (const line of plan.lines) {
    if (!line.includes('(')) continue;
    for (const match of line.matchAll(NAMED_WITH_NOTE))
      if (patterns.mentions.some((pattern) => pattern.test(match[2]!))) names.add(match[1]!);
  }
  return names;
}

/**
 * Every line of the plan as written, with its number, leaving out headings ("# form: ...") and the
 * lines of the given kinds of section ('every': only the lines that belong to no section, such as
 * metadata lines like "Class: 8X, 3 EAL").
 */
export function linesOutside(plan: LessonPlan, kinds: readonly SectionKind[] | 'every'): PlanItem[] {
  // Marked line by line, so a plan of thousands of one-line sections still costs one pass.
  const skipped = new Uint8Array(plan.lines.length + 2);
  for (const section of plan.sections) {
    // A note the teacher keeps beside the lesson is evidence of nothing the lesson does.
    if (section.teacherNote !== true && kinds !== 'every' && !kinds.includes(section.kind)) continue;
    for (let line = section.line; line <= section.endLine && line <= plan.lines.length; line += 1)
      skipped[line] = 1;
  }
  return plan.lines.flatMap((text, index) => {
    const trimmed = text.trim();
    if (
      skipped[index + 1] === 1 ||
      trimmed === '' ||
      trimmed.startsWith('#') ||
      trimmed.startsWith('<') ||
      isEmptyField(trimmed)
    )
      return [];
    return [{ text: trimmed, line: index + 1 }];
  });
}

/** Whether the plan plainly caters for a group: what lesson/inclusion-gaps asks about when it does not. */
export function providesFor(plan: LessonPlan, patterns: NeedsPatterns): boolean {
  return needsProvision(plan, patterns).length > 0;
}

/** A word without its plural "s", so "clue" in the plenary meets "clues" in the objective, while "known" never meets "knowledge". */
const stemOf = (word: string) => {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
};

/**
 * Whether the text is about what an objective is about: one of an objective's content words
 * ("collision", "sequence") in it, not only the lesson's furniture ("the Sense HAT", "the course").
 */
export function sharesObjectiveWords(plan: LessonPlan, text: string): boolean {
  const lower = text.toLowerCase();
  return plan.objectives.some((objective) =>
    // "healthiest" returns to "stay healthy": a long word meets its family by its first five letters.
    objectiveTerms(objective.text).terms.some(
      (term) =>
        term.length >= 4 &&
        (lower.includes(stemOf(term)) ||
          (term.length >= 6 && lower.includes(term.slice(0, 5).toLowerCase()))),
    ),
  );
}

/** Every body line of the given sections the pattern matches, in order. */
export function allEvidenceIn(sections: readonly PlanSection[], pattern: RegExp): PlanItem[] {
  return sections.flatMap((section) => section.body.filter((entry) => says(entry.text, pattern)));
}

/**
 * Where the plan stops part-way (the reader's `cutOff`: mid-sentence, mid-code, mid-row or on an
 * open item), when it has no ending: whatever would come after it (a plenary, the rest of the
 * timings) cannot be called missing.
 */
export function cutOffAt(plan: LessonPlan): PlanItem | undefined {
  if (endingsOf(plan).length > 0) return undefined;
  return plan.cutOff ?? (plan.kind === undefined ? readCutOff(plan.lines) : undefined);
}

/** The line as a reader would search for it: without its Markdown heading marks, quote marks, bullet or list number. */
export function readablePart(line: string): string {
  let start = 0;
  while (start < line.length && '#>*-•+| \t'.includes(line[start]!)) start += 1;
  let digits = start;
  while (digits < line.length && line[digits]! >= '0' && line[digits]! <= '9') digits += 1;
  if (digits > start && (line[digits] === '.' || line[digits] === ')') && line[digits + 1] === ' ')
    start = digits + 2;
  // A table row's outer bars frame its cells; they are no part of its words.
  let end = line.length;
  while (end > start && (line[end - 1] === '|' || line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(start, end);
}

/**
 * The plan's words as a prompt repeats them: the first sentence (a full stop before a capital, so
 * "e.g. 5 digits" is not an end), without list marks, cut at a word when long.
 */
export function firstSentence(text: string, room = 100): string {
  const words = readablePart(text);
  let stop = -1;
  for (let at = words.indexOf('. '); at !== -1 && stop === -1; at = words.indexOf('. ', at + 1)) {
    const next = words[at + 2] ?? '';
    if (next >= 'A' && next <= 'Z') stop = at;
  }
  const sentence = stop > 0 ? words.slice(0, stop) : words;
  if (sentence.length <= room) return sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
  const cut = sentence.lastIndexOf(' ', room);
  return `${sentence.slice(0, cut > room / 2 ? cut : room)}...`;
}

/** Most words a column label has ("Extension activity", "Trainee Activity"). */
const LABEL_WORDS = 3;

/**
 * Whether a line is a table's row of column labels ("Mins / Tutor Activity / Extension activity /
 * Resources", "| Time | Activity |"): three or more short cells and no sentence in any of them.
 */
export function isColumnLabels(line: string): boolean {
  const cells = (line.includes('|') ? line.split('|') : line.split(' / '))
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '' && !/^[-: ]+$/.test(cell));
  if (cells.length < 3) return false;
  return cells.every((cell) => wordCount(cell) <= LABEL_WORDS && !/[.?!:]/.test(cell.split('*').join('')));
}

/** Oak's heading for the content a lesson teaches, which its template sets where criteria go. */
const KEY_POINTS = /\bkey learning points?\b/i;

/**
 * The lines of Oak's "Key learning points": content to learn ("To convert binary to denary, add the
 * place values"), read among the criteria but a criterion only where a pupil says it of their work ("I can...").
 */
export function keyLearningPointLines(plan: LessonPlan): Set<number> {
  return new Set(
    plan.sections
      .filter((section) => section.kind === 'success-criteria' && KEY_POINTS.test(section.heading))
      .flatMap((section) => section.body.map((entry) => entry.line)),
  );
}

/**
 * A Reception or Nursery plan: a week's adult-led focus and continuous provision, not a lesson run as
 * starter, episodes and plenary, so the lesson-shape prompts (how it opens, ends, and how long each part is) do not fit.
 */
export const isEarlyYears = (plan: LessonPlan) =>
  plan.yearGroup === 'Reception' || plan.yearGroup === 'Nursery';
