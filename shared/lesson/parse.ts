import { htmlToText, looksLikeHtml } from './html';
import { organisationsIn } from './organisation';
import { objectiveTerms } from './terms';
import { parseMinutes } from './timing';
import type { LessonInput, LessonPlan, PlanFormat, PlanItem, PlanSection, SectionKind } from './types';
import { EPISODE_KINDS, type MetaField, metaForLabel, normaliseLabel, sectionForLabel } from './vocabulary';

interface CleanLine {
  text: string;
  markdownHeading: boolean;
  /** A whole line in bold or capitals: how many plans mark a heading without Markdown. */
  emphasised: boolean;
}

const BULLET = /^(?:[-*•◦▪●·+–○■□▫◆➢✓✔]|\d{1,2}[.)]|[a-h][.)]|\[[ xX]\])\s+/;
const TABLE_RULE = /^[\s|:+-]+$/;
const LABEL_SEPARATOR = /[:|\t]|\s[-–—]\s/;
const TIMING_ONLY = /^[\d\s:.'’′()–—-]*(?:(?:mins?|minutes?|hrs?|hours?)[\s).]*)?$/i;
const LEADING_TIMING =
  /^\(?(?:\d{1,2}[:.]\d{2}\s*(?:-|–|—|to)\s*\d{1,2}[:.]\d{2}|\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:mins?|minutes?|['’′]))\)?\s*(?:[:|–—-]\s*)?/i;

/**
 * One space for each run of spaces, one tab for a run with a tab in it (tabs separate table
 * cells): no pattern below then meets a long run of whitespace, which keeps every one linear.
 */
const collapseWhitespace = (text: string) =>
  /\s\s|\t/.test(text) ? text.replace(/\s{2,}|\t/g, (run) => (run.includes('\t') ? '\t' : ' ')) : text;

/** "## Starter ##" → "Starter": Markdown's optional closing hashes. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end < text.length && end > 0 && text[end - 1] === ' ' ? text.slice(0, end).trimEnd() : text;
}

function cleanLine(raw: string): CleanLine {
  let text = collapseWhitespace(raw).trim();
  const markdownHeading = /^#{1,6}\s/.test(text);
  if (markdownHeading) text = withoutClosingHashes(text.replace(/^#{1,6}\s+/, ''));
  if (text.includes('|')) {
    if (TABLE_RULE.test(text) && text.includes('-'))
      return { text: '', markdownHeading: false, emphasised: false };
    text = text.replace(/^\|\s?/, '').replace(/\s?\|$/, '');
  }
  text = text.replace(BULLET, '');
  const bold = /^(\*\*|__)[^*_].*\1:?$/.test(text);
  text = text.replace(/\*\*|__|`/g, '').trim();
  const capitals =
    text.length <= 80 &&
    !/[a-z]/.test(text) &&
    /[A-Z][^A-Z]*[A-Z][^A-Z]*[A-Z]/.test(text) &&
    text.split(/\s+/).length <= 8;
  return { text, markdownHeading, emphasised: bold || capitals };
}

interface LineReading {
  kind?: SectionKind;
  /** A row of a table: each row is its own part of the plan, never a note on the row above. */
  tableRow?: boolean;
  /** A table's row of column names: it ends a framing section but not an episode with a table in it. */
  header?: boolean;
  meta?: MetaField;
  heading: string;
  rest: string;
  minutes?: number;
}

function splitLabel(text: string): { label: string; rest: string; timing: string; tableRow: boolean } {
  const cells =
    text.includes('|') || text.includes('\t')
      ? text
          .split(/[|\t]/)
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '')
      : [];
  if (cells.length >= 2) {
    const first = cells[0]!;
    if (parseMinutes(first) !== undefined && TIMING_ONLY.test(first)) {
      return { label: cells[1]!, rest: cells.slice(2).join(' | '), timing: first, tableRow: true };
    }
    return { label: first, rest: cells.slice(1).join(' | '), timing: '', tableRow: true };
  }
  const timing = /^[\d(]/.test(text) ? (LEADING_TIMING.exec(text)?.[0] ?? '') : '';
  const body = text.slice(timing.length);
  const split = /^(.{1,70}?)\s*(?::(?=\s|$)|\s[-–—]\s)\s*(.*)$/.exec(body);
  if (split === null) return { label: body, rest: '', timing, tableRow: false };
  return { label: split[1]!, rest: split[2]!, timing, tableRow: false };
}

/** Parts of a school day a timetable lists that are not part of the lesson. */
const OUTSIDE_THE_LESSON =
  /^(?:break|breaktime|lunch|lunchtime|playtime|assembly|register|registration|tidy up|home time)\b/;
const CLOCK_START = /^\(?\d{1,2}[:.]\d{2}\s*(?:-|–|—|to)\s*\d{1,2}[:.]\d{2}/i;

/** "Time | Phase | Activity" or "Lesson part | Teacher | Children": a table's row of column names. */
function isHeaderRow(text: string): boolean {
  const cells = text
    .split(/[|\t]/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  return (
    cells.length >= 3 &&
    cells.every((cell) => /^[A-Za-z][A-Za-z '&/-]*$/.test(cell) && cell.split(' ').length <= 3)
  );
}

/** The stages of the intervention and tuition sequence, as labels. */
const TUITION_STAGE = /^(?:introduce|remember|model|try|apply|secure|review)$/;
const TUITION_STAGE_LINE = /^[\W\d]*(introduce|remember|model|try|apply|secure|review)\b\s*(?:[:(–—-]|$)/i;

/**
 * Whether the plan is laid out as the tuition sequence: then "Model: I demonstrate" is a
 * stage heading, where in a class lesson it would be a sentence.
 */
function usesTuitionStages(lines: CleanLine[]): boolean {
  const stages = new Set<string>();
  for (const line of lines) {
    const stage = TUITION_STAGE_LINE.exec(line.text)?.[1];
    if (stage !== undefined) stages.add(stage.toLowerCase());
  }
  return stages.size >= 3;
}

/**
 * Decides whether a line starts a section, states metadata, or is plain text. Before the lesson's
 * first episode, "Focus:" or "Aim:" states what the lesson is for (an EYFS plan's objective).
 */
function readLine(line: CleanLine, tuitionStages: boolean, beforeEpisodes: boolean): LineReading | undefined {
  if (line.text === '') return undefined;
  // A long sentence with nothing to split a label from cannot be a heading: most of a plan is these.
  if (
    !line.markdownHeading &&
    !line.emphasised &&
    !LABEL_SEPARATOR.test(line.text) &&
    // A heading's own notes in brackets do not make it a sentence: "Adult-led group (6 children, 15 mins)".
    line.text.split(' ').length > 7 &&
    (!line.text.includes('(') || line.text.replace(/\([^)]*\)/g, '').split(' ').length > 7)
  ) {
    return undefined;
  }
  const { label, rest, timing, tableRow } = splitLabel(line.text);
  // A heading is a few words; most lines of a plan are sentences and need no closer look.
  const normalised = label.length <= 80 && label.split(' ').length <= 10 ? normaliseLabel(label) : '';
  const heading = `${timing.trim()} ${label}`.trim();
  const reading = (fields: Partial<LineReading>): LineReading => {
    const result: LineReading = { heading, rest, ...fields };
    const minutes =
      parseMinutes(timing) ??
      parseMinutes(label) ??
      minutesAtStart(rest) ??
      (rest.length <= 40 ? parseMinutes(rest) : undefined) ??
      (line.text.length <= 40 ? parseMinutes(line.text) : undefined);
    if (minutes !== undefined) result.minutes = minutes;
    return result;
  };
  if (normalised !== '' && normalised.split(' ').length <= 7) {
    const section = sectionForLabel(normalised);
    // "Review the answers" alone on a line is a sentence; "Review at tidy-up time (5 mins)" heads a part.
    const standalone = rest === '' && section?.everydayHead !== true;
    // A timing beside the label ("Review (5 mins): ...") marks a heading even for an everyday word.
    const timed =
      timing !== '' || parseMinutes(label) !== undefined || (rest !== '' && TIMING_ONLY.test(rest));
    if (
      section !== undefined &&
      (!section.weak ||
        standalone ||
        timed ||
        line.markdownHeading ||
        tableRow ||
        line.emphasised ||
        (beforeEpisodes && section.kind === 'objectives') ||
        (tuitionStages && TUITION_STAGE.test(normalised)))
    ) {
      // Outside a tuition plan, "Model" or "Apply" heads a part of the main teaching.
      let kind = section.kind === 'intervention' && !tuitionStages ? 'main' : section.kind;
      // "Review of last lesson (5 mins)" before any other part is a retrieval starter.
      if (kind === 'plenary' && section.everydayHead === true && beforeEpisodes) kind = 'starter';
      return reading({ kind, tableRow });
    }
    // On a timetable a clock time opens every part, named or not: "0:45-0:55 Data analysis".
    if (
      section === undefined &&
      CLOCK_START.test(timing) &&
      (rest === '' || tableRow) &&
      !OUTSIDE_THE_LESSON.test(normalised)
    ) {
      return reading({ kind: 'main', tableRow });
    }
    if (tableRow && isHeaderRow(line.text))
      return { kind: 'other', heading: line.text, rest: '', header: true };
    const meta = metaForLabel(normalised);
    if (meta !== undefined && rest !== '') return { meta, heading, rest };
  }
  if (line.markdownHeading || (line.emphasised && line.text.length <= 80)) {
    return { kind: 'other', heading: line.text, rest: '' };
  }
  return undefined;
}

/** Kinds a teacher notes inside an episode ("SEN: ...", "Exit ticket: ...") without starting a new part. */
const NOTE_KINDS = new Set<SectionKind>([
  'differentiation',
  'sen',
  'eal',
  'most-able',
  'teaching-assistant',
  'assessment',
  'mini-plenary',
  'resources',
  'keywords',
]);

/**
 * In a plan laid out with Markdown headings, a labelled line inside an episode is a note on
 * that episode, not a new section: "Exit ticket: ..." under "## Plenary" stays in the plenary.
 * So it is under a heading that stands on its own line, while the episode's text runs on
 * without a blank line: "Exit ticket (5 min)" then "2 questions: ...".
 */
function isNote(
  reading: LineReading,
  line: CleanLine,
  current: PlanSection,
  markedHeadings: boolean,
  lineNumber: number,
): boolean {
  if (line.markdownHeading || reading.tableRow || reading.rest === '') return false;
  if (!EPISODE_KINDS.includes(current.kind)) return false;
  if (markedHeadings)
    return reading.kind === current.kind || reading.kind === 'other' || NOTE_KINDS.has(reading.kind!);
  // Without Markdown a "Mini-plenary:" line is still a part of the lesson of its own.
  const runsOn = current.body[0]?.line !== current.line && current.endLine === lineNumber - 1;
  return (
    runsOn && (reading.kind === 'other' || (NOTE_KINDS.has(reading.kind!) && reading.kind !== 'mini-plenary'))
  );
}

/** "Subject: French · Year: 7 · Lesson length: 60 minutes": several labelled facts on one line. */
function metaFields(text: string): [MetaField, string][] {
  return text.split(/\s+[·•|]\s+|\s{3,}|\t+/).flatMap((segment): [MetaField, string][] => {
    const split = /^([^:]{1,30}):\s*(.+)$/.exec(segment.trim());
    const field = split === null ? undefined : metaForLabel(normaliseLabel(split[1]!));
    return field === undefined ? [] : [[field, split![2]!.trim()]];
  });
}

function minutesAtStart(text: string): number | undefined {
  const timing = LEADING_TIMING.exec(text)?.[0];
  return timing === undefined ? undefined : parseMinutes(timing);
}

const SUBJECTS: [RegExp, string][] = [
  [/\b(?:maths|mathematics|math|numeracy)\b/i, 'Mathematics'],
  [/\b(?:english|ela|literacy|phonics|guided reading|guided writing|spag|gps)\b/i, 'English'],
  [/\b(?:biology)\b/i, 'Biology'],
  [/\b(?:chemistry)\b/i, 'Chemistry'],
  [/\b(?:physics)\b/i, 'Physics'],
  [/\b(?:science)\b/i, 'Science'],
  [/\bhistory\b/i, 'History'],
  [/\bgeography\b/i, 'Geography'],
  [/\b(?:computing|computer science|ict)\b/i, 'Computing'],
  [/\b(?:french|spanish|german|mfl)\b/i, 'Modern foreign languages'],
  [/\bR\.?E\b(?![-'’])|\bRS\b|[Rr]eligious (?:[Ee]ducation|[Ss]tudies)/, 'Religious education'],
  [/\bP\.?E\b(?![-'’])|[Pp]hysical [Ee]ducation/, 'Physical education'],
  [/\b(?:pshe|rshe|citizenship)\b/i, 'PSHE'],
  [/\bsocial studies\b/i, 'Social studies'],
  [/\b(?:music)\b/i, 'Music'],
  [/\b(?:art|art and design)\b/i, 'Art and design'],
  [/\b(?:design and technology|d&t|dt|food technology)\b/i, 'Design and technology'],
  [/\bdrama\b/i, 'Drama'],
];

function findYearGroup(text: string): string | undefined {
  // "Year 7s", and a class code that starts with its year: "Class: 9X2".
  const year = /\b(?:Year|Yr|Y)\s?(\d{1,2})(?!\d)/i.exec(text);
  if (year !== null) return `Year ${year[1]}`;
  const grade = /\b(?:Grade|Gr\.?)\s?(\d{1,2}|K)\b/i.exec(text);
  if (grade !== null) return `Grade ${grade[1]}`;
  const stage = /\b(?:KS|Key Stage)\s?([1-5])\b/i.exec(text);
  if (stage !== null) return `Key Stage ${stage[1]}`;
  if (/\bReception\b/i.test(text)) return 'Reception';
  if (/\bNursery\b/i.test(text)) return 'Nursery';
  return undefined;
}

function findSubject(text: string): string | undefined {
  return SUBJECTS.find(([pattern]) => pattern.test(text))?.[1];
}

const LESSON_LENGTH =
  /\b(\d{2,3})[- ]?min(?:ute)?s?\.?[- ](?:lesson|session|period)\b|\b(an|one|1(?:\.5)?|two|2) hours? (?:lesson|session|period)\b/i;

function lessonLength(text: string): number | undefined {
  const match = LESSON_LENGTH.exec(text);
  if (match === null) return undefined;
  if (match[1] !== undefined) return Number(match[1]);
  const hours = match[2]!.toLowerCase();
  return hours === 'two' || hours === '2' ? 120 : hours === '1.5' ? 90 : 60;
}

const OBJECTIVE_LINE =
  /^(?:SWBAT|(?:Students|Pupils|Children|Learners) will be able to|We are learning (?:to|how|about)|WALT|I am learning to|L\.?O\.?\s*\d*\s*[:-])\s*/i;
const STATED_OBJECTIVE = /\b(?:objective|LO|learning intention)s?\s*(?:is|:|–|-)\s*((?:to|I can)\b.{4,})$/i;
const STATED_SUCCESS =
  /\b(?:success (?:looks like|criteria(?: is| are)?)|what a good one looks like)\s*[:–-]\s*(.{4,})$/i;
const CRITERION_LINE =
  /^(?:I can\b|(?:All|Most|Some)(?: (?:pupils|students|children|learners))? (?:will|must|should|could|can)\b)/i;
const ITEM_PREFIX = /^(?:LO\s*\d*|SC\s*\d*|WALT|WILF|TIB|Objective\s*\d*|Outcome\s*\d*)\s*[:.)-]\s*/i;

function item(text: string, line: number): PlanItem {
  return { text: text.replace(ITEM_PREFIX, '').trim(), line };
}

/** How a statement of what pupils will learn or do opens: such a line is an item of its own. */
const STATEMENT_START =
  /^(?:To|I can|SWBAT|All|Most|Some|Must|Should|Could|Students|Pupils|Children|Learners|We)\b/;

/**
 * A plan pasted from a PDF breaks a sentence across lines: "...on the Western" then "Front became
 * a stalemate by 1914." A line carries on the one before when it starts in lower case, or
 * finishes the sentence the line before left open without opening a statement of its own.
 * A bulleted or numbered line is always an item of its own.
 */
function joinWrapped(entries: PlanItem[], lines: readonly string[]): PlanItem[] {
  const joined: PlanItem[] = [];
  for (const entry of entries) {
    const previous = joined[joined.length - 1];
    const carriesOn =
      previous !== undefined &&
      previous.line !== entry.line &&
      (/^[a-z]/.test(entry.text) ||
        (!/[.!?;:)]$/.test(previous.text) &&
          /[.!?]$/.test(entry.text) &&
          !STATEMENT_START.test(entry.text) &&
          objectiveTerms(entry.text).verb === undefined)) &&
      !BULLET.test((lines[entry.line - 1] ?? '').trim());
    if (carriesOn)
      joined[joined.length - 1] = { text: `${previous.text} ${entry.text}`, line: previous.line };
    else joined.push(entry);
  }
  return joined;
}

/** "I can add. I can explain why." or "All – describe. Most – explain.": one statement to an item. */
function oneStatementEach(entries: PlanItem[]): PlanItem[] {
  return entries.flatMap((entry) =>
    /[.;]\s+(?:I can|All|Most|Some)\b/.test(entry.text)
      ? entry.text
          .split(/(?<=[.;])\s+(?=(?:I can|All|Most|Some)\b)/)
          .map((text) => ({ text: text.trim(), line: entry.line }))
      : [entry],
  );
}

const EARLY_YEARS = /\b(?:EYFS|early years|foundation stage|pre-?school)\b/i;
const LOOK_FOR = /^(?:observe for|look(?:ing)? for|assessment opportunit(?:y|ies))\s*(?::|[-–—]\s)\s*(.*)$/i;

/**
 * What the adult looks for in an early-years plan ("Observe for: subitising small amounts"), on
 * the line itself or as the list beneath it: the plan's success criteria.
 */
function lookFors(cleaned: readonly CleanLine[], lines: readonly string[]): PlanItem[] {
  const found: PlanItem[] = [];
  let listing = false;
  cleaned.forEach(({ text }, index) => {
    const rest = LOOK_FOR.exec(text)?.[1];
    if (rest !== undefined) {
      if (rest !== '') found.push(item(rest, index + 1));
      listing = rest === '';
      return;
    }
    listing &&= BULLET.test(lines[index]!.trim());
    if (listing) found.push(item(text, index + 1));
  });
  return found;
}

function sniffFormat(input: LessonInput): PlanFormat {
  if (input.format !== undefined) return input.format;
  return looksLikeHtml(input.text) ? 'html' : 'text';
}

/** The lines the plan is read from, as line numbers count them (HTML is first read as text). */
function planLines(input: LessonInput, format: PlanFormat): string[] {
  const text = format === 'html' ? htmlToText(input.text) : input.text;
  return text.split(/\r\n|\r|\n/);
}

/** "Page 1 of 2" opening or closing a short line: a page's header or footer in a pasted PDF. */
const PAGE_MARKER = /^Page \d+ (?:of|\/) \d+\b|(?:^|\s)Page \d+ (?:of|\/) \d+$/;

/** A header or footer line as it repeats on every page, whatever the spacing and dashes between its parts. */
const furnitureKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Which lines are a pasted PDF's page headers and footers: a short line with a page number, and a
 * line that repeats (the school's name) where it only ever stands at the start or end of the
 * document or beside a page number. The plan's sections are read without them, and no other
 * line moves.
 */
function pageFurniture(cleaned: readonly CleanLine[]): Set<number> {
  const furniture = new Set<number>();
  const filled: number[] = [];
  cleaned.forEach((line, index) => {
    if (line.text === '') return;
    filled.push(index);
    if (PAGE_MARKER.test(line.text) && line.text.split(' ').length <= 16) furniture.add(index);
  });
  if (furniture.size === 0) return furniture;
  const occurrences = new Map<string, number[]>();
  filled.forEach((index, position) => {
    const { text } = cleaned[index]!;
    if (furniture.has(index) || text.split(' ').length > 10) return;
    const key = furnitureKey(text);
    const seen = occurrences.get(key);
    if (seen === undefined) occurrences.set(key, [position]);
    else seen.push(position);
  });
  const byPageEdge = (position: number) =>
    position === 0 ||
    position === filled.length - 1 ||
    furniture.has(filled[position - 1]!) ||
    furniture.has(filled[position + 1] ?? -1);
  for (const [key, positions] of occurrences) {
    if (positions.length < 2 || key === '' || !positions.every(byPageEdge)) continue;
    for (const position of positions) furniture.add(filled[position]!);
  }
  return furniture;
}

/** Reads a plan in any of the forms teachers write them into the lesson-plan model. */
export function parseLessonPlan(input: LessonInput): LessonPlan {
  const format = sniffFormat(input);
  const lines = planLines(input, format);
  const sections: PlanSection[] = [];
  const meta: Partial<Record<MetaField, string>> = {};
  let firstText: PlanItem | undefined;
  let current: PlanSection | undefined;
  let episodeSeen = false;

  const cleaned = lines.map(cleanLine);
  for (const index of pageFurniture(cleaned))
    cleaned[index] = { text: '', markdownHeading: false, emphasised: false };
  const markedHeadings = cleaned.filter((line) => line.markdownHeading).length >= 2;
  const tuitionStages = usesTuitionStages(cleaned);

  cleaned.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.text === '') return;
    const reading = readLine(line, tuitionStages, !episodeSeen);
    if (
      reading?.kind !== undefined &&
      !(
        current !== undefined &&
        ((reading.header === true && EPISODE_KINDS.includes(current.kind)) ||
          isNote(reading, line, current, markedHeadings, lineNumber))
      )
    ) {
      const kind: SectionKind =
        reading.kind === 'other' && sections.length === 0 && firstText === undefined ? 'title' : reading.kind;
      current = {
        kind,
        heading: reading.heading,
        line: lineNumber,
        endLine: lineNumber,
        body: [],
        organisation: [],
      };
      if (reading.minutes !== undefined) current.minutes = reading.minutes;
      for (const cell of reading.rest.split(/\s+\|\s+/)) {
        if (cell.trim() !== '') current.body.push(item(cell, lineNumber));
      }
      sections.push(current);
      if (EPISODE_KINDS.includes(kind)) episodeSeen = true;
      return;
    }
    if (reading?.meta !== undefined) {
      // The line as typed: a form's header spaces its fields apart ("Teacher: J Evans   Class: 9X2").
      const typed = lines[index]!.replace(/\*\*|__|`/g, '')
        .trim()
        .replace(BULLET, '');
      for (const [field, value] of metaFields(typed)) {
        if (meta[field] === undefined) meta[field] = value;
      }
      if (reading.meta === 'minutes' && current !== undefined && current.minutes === undefined) {
        const minutes = parseMinutes(reading.rest);
        if (minutes !== undefined) current.minutes = minutes;
      }
    }
    if (firstText === undefined && current === undefined && reading?.meta === undefined) {
      firstText = { text: line.text, line: lineNumber };
    }
    if (current !== undefined) {
      if (current.body.length === 0 && current.minutes === undefined && line.text.length <= 40) {
        const minutes = minutesAtStart(line.text);
        if (minutes !== undefined) current.minutes = minutes;
      }
      current.body.push({ text: line.text, line: lineNumber });
      current.endLine = lineNumber;
    }
  });

  for (const section of sections) {
    if (!EPISODE_KINDS.includes(section.kind)) continue;
    section.organisation = organisationsIn(
      `${section.heading}\n${section.body.map((b) => b.text).join('\n')}`,
    );
  }

  const titleSection = sections.find((section) => section.kind === 'title');
  const title = (meta.title ?? titleSection?.heading ?? firstText?.text ?? '').slice(0, 160).trim();
  const head = [title, ...lines.slice(0, 20)].join('\n');
  const inSections = (kind: SectionKind) =>
    sections.filter((section) => section.kind === kind).flatMap((s) => s.body);
  const objectiveLines = new Set(inSections('objectives').map((objective) => objective.line));

  let objectives = joinWrapped(inSections('objectives'), lines).map((entry) => item(entry.text, entry.line));
  if (objectives.length === 0) {
    objectives = cleaned.flatMap(({ text }, index) => {
      if (OBJECTIVE_LINE.test(text) && text.replace(OBJECTIVE_LINE, '').length > 3)
        return [item(text, index + 1)];
      const stated = STATED_OBJECTIVE.exec(text)?.[1];
      return stated === undefined ? [] : [item(stated.split(/\.\s/)[0]!, index + 1)];
    });
  }
  let successCriteria = oneStatementEach(joinWrapped(inSections('success-criteria'), lines)).map((entry) =>
    item(entry.text, entry.line),
  );
  // "To describe..." followed by "I can..." under one heading: the "I can" lines are the criteria.
  const canStatements = objectives.filter((objective) => /^I can\b/i.test(objective.text));
  if (successCriteria.length === 0 && canStatements.length > 0 && canStatements.length < objectives.length) {
    successCriteria = canStatements;
    const criteria = new Set(canStatements);
    objectives = objectives.filter((objective) => !criteria.has(objective));
    for (const criterion of canStatements) objectiveLines.delete(criterion.line);
  }
  if (successCriteria.length === 0) {
    successCriteria = cleaned.flatMap(({ text }, index) => {
      if (objectiveLines.has(index + 1)) return [];
      if (CRITERION_LINE.test(text)) return [item(text, index + 1)];
      const stated = STATED_SUCCESS.exec(text)?.[1];
      return stated === undefined ? [] : [item(stated, index + 1)];
    });
  }
  const yearGroup =
    findYearGroup(meta.yearGroup === undefined ? head : `Year ${meta.yearGroup}`) ?? findYearGroup(head);
  const earlyYears = yearGroup === 'Reception' || yearGroup === 'Nursery' || EARLY_YEARS.test(head);
  if (successCriteria.length === 0 && earlyYears) successCriteria = lookFors(cleaned, lines);
  const keywords = inSections('keywords').flatMap((entry) =>
    (/\s[-–—:=]\s|:\s/.test(entry.text)
      ? [entry.text.split(/\s[-–—:=]\s|:\s/)[0]!]
      : entry.text.split(/[,;]/)
    )
      .map((word) => word.replace(/[.*]+$/, '').trim())
      .filter((word) => word.length >= 2 && word.length <= 40),
  );

  const plan: LessonPlan = {
    title: title === '' ? 'Untitled lesson' : title,
    objectives: objectives.filter((objective) => objective.text !== ''),
    successCriteria: successCriteria.filter((criterion) => criterion.text !== ''),
    keywords: [...new Set(keywords)],
    misconceptions: inSections('misconceptions').map((entry) => item(entry.text, entry.line)),
    sections,
    lines,
    format,
  };
  // The title says what the lesson is; the opening lines only when the title does not.
  const subject = meta.subject ?? findSubject(title) ?? findSubject(head);
  if (subject !== undefined) plan.subject = subject;
  if (yearGroup !== undefined) plan.yearGroup = yearGroup;
  const lessonMinutes =
    (meta.minutes === undefined ? undefined : parseMinutes(meta.minutes)) ??
    parseMinutes(titleSection?.heading ?? '') ??
    lessonLength(lines.slice(0, 40).join('\n'));
  if (lessonMinutes !== undefined) plan.lessonMinutes = lessonMinutes;
  return plan;
}
