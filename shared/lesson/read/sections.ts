import { organisationsIn } from '../organisation';
import { clockSpan, parseMinutes } from '../timing';
import type { PlanItem, PlanSection, SectionKind } from '../types';
import { ADAPTING_KINDS, EPISODE_KINDS, type MetaField, normaliseLabel } from '../vocabulary';
import type { PlanBlock } from './blocks';
import {
  fieldAwaitingValue,
  type LineReading,
  minutesAtStart,
  OPENING_WORDS,
  type ReadingContext,
  readBlock,
  stagesUsed,
} from './labels';
import { type PacingRead, readPacing } from './pacing';
import { objectiveStem } from './recognisers/objective-stem';
import { outcomeBand } from './recognisers/outcome-band';
import { timingOnly } from './recognisers/timing-only';
import { transcript } from './recognisers/transcript';
import { hasSpaced, isEmptyField, wordCount } from './text';

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
  block: PlanBlock,
  current: PlanSection,
  markedHeadings: boolean,
): boolean {
  if (block.kind === 'heading' || reading.tableRow) return false;
  if (!EPISODE_KINDS.includes(current.kind)) return false;
  // "EVALUATE (8 minutes)" then "Exit ticket (individual):": what an episode's heading opens
  // with, the same kind of part or a note on it with no time of its own, is that episode's.
  const opensEpisode = current.body.length === 0 && current.line === block.line - 1;
  if (
    opensEpisode &&
    reading.minutes === undefined &&
    (reading.kind === current.kind || NOTE_KINDS.has(reading.kind!))
  )
    return true;
  if (reading.rest === '') return false;
  // "3. **Paired practice (15 min)** - ...": a numbered part with its own time is the next part, not a note.
  if (block.kind === 'item' && reading.minutes !== undefined) return false;
  // "**Teacher input (15 min):** ..." then "**Investigation (30 min):** ...": a timed part after a timed part
  // is the next one, under whatever heading both sit.
  if (reading.minutes !== undefined && current.minutes !== undefined) return false;
  if (markedHeadings)
    return reading.kind === current.kind || reading.kind === 'other' || NOTE_KINDS.has(reading.kind!);
  // Without Markdown a "Mini-plenary:" line is still a part of the lesson of its own.
  const runsOn = current.body[0]?.line !== current.line && current.endLine === block.line - 1;
  return (
    runsOn && (reading.kind === 'other' || (NOTE_KINDS.has(reading.kind!) && reading.kind !== 'mini-plenary'))
  );
}

/**
 * "Teacher demo:" under "Materials", before the lesson's parts begin: the kit for the demonstration, a list
 * in the resources, not a part of the lesson. Its part is told later, timed ("ELABORATE (15 min)").
 */
const DEMO = /\bdemo(?:nstration)?s?\b/i;

function listsKitFor(
  reading: LineReading,
  block: PlanBlock,
  current: PlanSection,
  context: ReadingContext,
): boolean {
  return (
    current.kind === 'resources' &&
    context.beforeEpisodes &&
    DEMO.test(reading.heading) &&
    EPISODE_KINDS.includes(reading.kind!) &&
    reading.minutes === undefined &&
    reading.rest === '' &&
    block.kind !== 'heading'
  );
}

/** Sections whose items are statements: a stem line or a band header under them is not an item. */
const STATEMENT_SECTIONS = new Set<SectionKind>(['objectives', 'success-criteria']);

/** The heading level of the block that opened a section: a labelled line has none. */
type Level = number | undefined;

/**
 * A heading inside a part of the plan that only divides it: "### Students will:" under
 * "## Lesson Objectives", "### All students are able to:" under "## Learning outcomes",
 * "### 1) Review" under "## Getting Started (20 min)", "# Lesson Tip" anywhere, and
 * "# See teaching this in action" straight under "## Lesson starter".
 */
/** The last stage of a lesson's sequence, named as one: Launch / Explore / Summarise. */
const ENDING_STAGES = new Set(['summarise', 'summarize']);

function staysInside(
  reading: LineReading,
  block: PlanBlock,
  current: PlanSection | undefined,
  level: Level,
  listedParts: ReadonlySet<number>,
): boolean {
  if (current === undefined || current.kind === 'title') return false;
  if (STATEMENT_SECTIONS.has(current.kind) && isStem(block.text, current.kind)) return true;
  const episode = EPISODE_KINDS.includes(current.kind);
  // "Main (30 mins)" over "- 10 mins – Carousel": the timed step is part of the timed episode,
  // where the next of a list of timed parts is the next part.
  if (
    reading.timedItem === true &&
    episode &&
    current.minutes !== undefined &&
    !listedParts.has(current.line)
  )
    return true;
  const deeper = level !== undefined && (block.level ?? 7) > level;
  // "Aim: To find out which pen..." under "## Practical write-up": the write-up's own heading for pupils,
  // not the lesson's objectives.
  if (episode && level !== undefined && block.kind === 'paragraph' && /^aims?$/i.test(reading.heading))
    return true;
  // A note on the lesson stays with the part it is about; one beside the framing parts stands alone.
  // "Notes" as a paragraph under "## Differentiation" is the teacher's own list, not the adaptations'.
  // "Notes" alone on its line, after a blank line below the lesson's last part, heads the lesson's notes
  // (the pupils, the TA, the homework), not the part's.
  const headsNotes =
    episode && reading.rest === '' && block.kind === 'paragraph' && block.line > current.endLine + 1;
  if (
    reading.teacherNote === true &&
    !headsNotes &&
    (episode || (deeper && block.kind === 'heading') || current.kind === 'other')
  )
    return true;
  // "- Misconception: ..." under "## Misconceptions" is one of them, not a new list.
  // "3. **Paired practice (15 min)**" after "2. **Modelled answer (10 min)**" is the next part, timed.
  if (block.kind === 'item' && reading.kind === current.kind && (reading.minutes === undefined || !episode))
    return true;
  // "* Do Now" in a list of materials names a resource, not the lesson's starter.
  if (block.kind === 'item' && reading.rest === '' && reading.minutes === undefined && !episode) return true;
  // "| **T**ask | Stationary passing |" in a STEP table under "Differentiation (STEP)": a row of that table.
  if (reading.tableRow === true && reading.weak === true && !episode && ADAPTING_KINDS.has(current.kind))
    return true;
  const heading = block.kind === 'heading' || (block.emphasised === true && reading.rest === '');
  if (!heading || reading.tableRow === true) return false;
  // A sub-heading belongs to the part above it: an unnamed one always, an everyday word's inside an episode.
  // "### Summarise" after "## Explore" still ends the lesson, where "### 1) Review" is a step of its part.
  const ending = reading.kind === 'plenary' && ENDING_STAGES.has(normaliseLabel(reading.heading));
  if (deeper && (reading.kind === 'other' || (episode && reading.weak === true && !ending))) return true;
  return reading.kind === 'other' && episode && current.body.length === 0;
}

/** "Students will be able to...", "All students are able to:": a line that introduces the items after it. */
function isStem(text: string, kind: SectionKind): boolean {
  return (
    objectiveStem.read(text) !== undefined ||
    (kind === 'success-criteria' && outcomeBand.read(text) !== undefined)
  );
}

export interface SectionsRead {
  sections: PlanSection[];
  meta: Partial<Record<MetaField, string>>;
  /** The first line of text before any section, a title for a plan without one. */
  firstText?: { text: string; line: number };
  /** Lines a section's items skip: stems and band headers ("Students will be able to:"). */
  stems: Set<number>;
  /** Each section's heading level, by the section's line: how the plan nests its parts. */
  levels: Map<number, number>;
  pacing?: PacingRead;
}

/**
 * Splits the plan into its sections. Each block either starts a section (a heading, a
 * labelled line, a timed row), states metadata ("Subject: French"), or belongs to the
 * section above it.
 */
export function readSections(
  blocks: readonly PlanBlock[],
  lines: readonly string[],
  metaFields: (typed: string) => [MetaField, string][],
): SectionsRead {
  const sections: PlanSection[] = [];
  const meta: Partial<Record<MetaField, string>> = {};
  const stems = new Set<number>();
  const levels = new Map<number, number>();
  // The lines of parts a list gives with their times ("- 5 mins – Carousel").
  const listedParts = new Set<number>();
  let firstText: { text: string; line: number } | undefined;
  let current: PlanSection | undefined;
  let level: Level;
  let awaiting: MetaField | undefined;
  const markedHeadings = blocks.filter((block) => block.kind === 'heading').length >= 2;
  const pacing = readPacing(blocks);
  const context: ReadingContext = { ...stagesUsed(blocks), beforeEpisodes: true };
  if (pacing !== undefined) context.pacedHeadings = pacing.episodes;

  // Whether the current section is a transcript, read once when it opens rather than on each of its lines.
  let inTranscript = false;
  const open = (section: PlanSection, block: PlanBlock) => {
    current = section;
    inTranscript = transcript.read(section.heading) !== undefined;
    level = block.kind === 'heading' ? block.level : undefined;
    if (level !== undefined) levels.set(section.line, level);
    sections.push(section);
  };

  let previousLine = 0;
  let partsHeaded = false;
  for (const block of blocks) {
    const lineNumber = block.line;
    context.afterGap = lineNumber > previousLine + 1;
    previousLine = lineNumber;
    if (pacing?.region.has(lineNumber)) {
      // The pacing table's rows belong to its heading's section (or one of their own).
      if (current?.line !== pacing.line && !(current !== undefined && pacing.region.has(current.line)))
        open(
          {
            kind: 'context',
            heading: block.text,
            line: lineNumber,
            endLine: lineNumber,
            body: [],
            organisation: [],
          },
          block,
        );
      current!.body.push({ text: block.text, line: lineNumber });
      current!.endLine = lineNumber;
      continue;
    }
    // Inside a transcript every line is what was said ("Teacher: Today we..."): only a heading ends it.
    if (current !== undefined && inTranscript && block.kind !== 'heading') {
      current.body.push({ text: block.text, line: lineNumber });
      current.endLine = lineNumber;
      continue;
    }
    const reading = readBlock(block, context);
    if (
      reading === undefined &&
      awaiting !== undefined &&
      block.text.length <= 40 &&
      /[\p{L}\d]/u.test(block.text)
    ) {
      meta[awaiting] ??= block.text.replace(/^[/|] /, '');
      awaiting = undefined;
    } else if (reading === undefined) awaiting ??= fieldAwaitingValue(block);
    else awaiting = undefined;
    const inside = reading?.kind !== undefined && staysInside(reading, block, current, level, listedParts);
    if (
      !inside &&
      reading?.kind !== undefined &&
      !(
        current !== undefined &&
        ((reading.header === true && EPISODE_KINDS.includes(current.kind)) ||
          isNote(reading, block, current, markedHeadings) ||
          listsKitFor(reading, block, current, context))
      )
    ) {
      // The page's one top heading names the lesson, though tags or a breadcrumb come before it.
      const topHeading = block.kind === 'heading' && block.level === 1;
      const kind: SectionKind =
        reading.kind === 'other' &&
        reading.header !== true &&
        sections.length === 0 &&
        (firstText === undefined || topHeading)
          ? 'title'
          : reading.kind;
      const section: PlanSection = {
        kind,
        heading: reading.heading,
        line: lineNumber,
        endLine: lineNumber,
        body: [],
        organisation: [],
      };
      if (reading.minutes !== undefined) section.minutes = reading.minutes;
      if (reading.teacherNote === true) section.teacherNote = true;
      const cells = hasSpaced(reading.rest, '|') ? reading.rest.split(' | ') : [reading.rest];
      for (const cell of cells) {
        // "Activities: (20 min)": the timing is the heading's, not a line of the section.
        const text = cell.trim();
        // "PLENARY (   mins)": a timing left blank says nothing about the part.
        const blankTiming = timingOnly.read(text) !== undefined && !/\d/.test(text);
        if (
          text === '' ||
          blankTiming ||
          (reading.minutes !== undefined && timingOnly.read(text) !== undefined)
        )
          continue;
        // "Objectives – Students will be able to (SWBAT):": the label's stem introduces the list below it.
        if (STATEMENT_SECTIONS.has(kind) && isStem(text, kind)) stems.add(lineNumber);
        section.body.push({ text, line: lineNumber });
      }
      open(section, block);
      if (reading.timedItem === true) listedParts.add(lineNumber);
      if (EPISODE_KINDS.includes(kind)) {
        context.beforeEpisodes = false;
        // A plan whose parts are headed ("## Learning cycle 1") sets its steps out as paragraphs under them.
        if (block.kind === 'heading' || block.emphasised === true) {
          partsHeaded = true;
          context.partsAsParagraphs = false;
        } else if (!partsHeaded && block.kind === 'paragraph' && reading.weak !== true)
          context.partsAsParagraphs = block.text.length > reading.heading.length;
      }
      // "Starter (5 min) – hello song" then "Input – We Will Rock You": a run of labelled parts, a line each.
      context.labelledPart = EPISODE_KINDS.includes(kind) && reading.rest !== '' ? lineNumber : undefined;
      // "- Teach (15 mins)", its steps indented under it: the list's own items at that depth are its parts.
      if (EPISODE_KINDS.includes(kind)) context.partMarker = block.kind === 'item' ? block.marker : undefined;
      continue;
    }
    if (!inside && reading?.meta !== undefined) {
      // The line as typed: a form's header spaces its fields apart ("Teacher: J Evans   Class: 9X2").
      const fields = metaFields(lines[lineNumber - 1] ?? block.text);
      for (const [field, value] of fields) {
        if (meta[field] === undefined) meta[field] = value;
      }
      // "# Lesson 1 - How Do Computers Think?": the whole heading names the lesson.
      if (reading.meta === 'title' && fields.length === 0 && meta.title === undefined)
        meta.title = block.kind === 'heading' ? block.text : reading.rest;
      if (reading.meta === 'minutes' && current !== undefined && current.minutes === undefined) {
        const minutes = parseMinutes(reading.rest);
        if (minutes !== undefined) current.minutes = minutes;
      }
      // "## Lesson 2: Friction" names a lesson and heads what follows; it is no line of the part above.
      if (block.kind === 'heading') {
        open(
          {
            kind: sections.length === 0 ? 'title' : 'other',
            heading: block.text,
            line: lineNumber,
            endLine: lineNumber,
            body: [],
            organisation: [],
          },
          block,
        );
        continue;
      }
    }
    if (firstText === undefined && current === undefined && reading?.meta === undefined) {
      firstText = { text: block.text, line: lineNumber };
    }
    // "LO: To observe..." then, after a blank line, "I will start by getting the children on the carpet...":
    // a plan written as prose goes on to its teaching, which is no objective or criterion.
    if (
      current !== undefined &&
      reading === undefined &&
      PROSE_ENDS.has(current.kind) &&
      context.afterGap === true &&
      block.kind === 'paragraph' &&
      // "**What I want out of this one**", then its paragraph: an empty part's first paragraph is its own.
      current.body.length > 0 &&
      (wordCount(block.text, PROSE_WORDS) > PROSE_WORDS ||
        // "This lesson sets up the causation essay, so...", after the objectives: the teacher's note on them.
        ABOUT_THE_LESSON.test(block.text))
    )
      open(
        { kind: 'other', heading: '', line: lineNumber, endLine: lineNumber, body: [], organisation: [] },
        block,
      );
    if (current !== undefined) {
      if (current.body.length === 0 && current.minutes === undefined && block.text.length <= 40) {
        const minutes = minutesAtStart(block.text);
        if (minutes !== undefined) current.minutes = minutes;
      }
      if (STATEMENT_SECTIONS.has(current.kind) && block.kind !== 'item' && isStem(block.text, current.kind))
        stems.add(lineNumber);
      current.body.push({ text: block.text, line: lineNumber });
      current.endLine = lineNumber;
    }
  }
  const read: SectionsRead = { sections, meta, stems, levels };
  if (firstText !== undefined) read.firstText = firstText;
  if (pacing !== undefined) read.pacing = pacing;
  return read;
}

/** The parts a paragraph of prose after a blank line does not belong to: a list of statements. */
const PROSE_ENDS: ReadonlySet<SectionKind> = new Set(['objectives', 'success-criteria', 'keywords']);
/** More words than any objective or criterion runs to. */
const PROSE_WORDS = 40;
/** A sentence about the lesson, to whoever teaches it: "This lesson sets up...", "Please don't skip...". */
const ABOUT_THE_LESSON = /^(?:this (?:lesson|unit|week|is the lesson)|please\b|i want\b|note\b|nb\b)/i;

/**
 * The pacing table's minutes on the body's parts it names: a part the body does not time
 * takes the table's; one it times keeps its own, and both stay visible.
 */
/**
 * "Practise" with "8 mins" on the line below it, then the part's words: a flattened grid's row, its name cell
 * over its time cell. The time is the part's, not a part of its own (it had been read as "Practise → 8 mins").
 */
export function timeBelowHeading(sections: PlanSection[]): void {
  for (let index = sections.length - 2; index >= 0; index--) {
    const part = sections[index]!;
    const time = sections[index + 1]!;
    if (part.body.length > 0 || part.minutes !== undefined || part.heading === '') continue;
    if (time.line !== part.line + 1 || timingOnly.read(time.heading) === undefined) continue;
    const minutes = parseMinutes(time.heading);
    if (minutes === undefined || timingOnly.read(part.heading) !== undefined) continue;
    part.minutes = minutes;
    part.body = time.body;
    part.endLine = time.endLine;
    if (part.kind === 'other') part.kind = time.kind;
    sections.splice(index + 1, 1);
  }
}

export function applyPacing(sections: PlanSection[], pacing: PacingRead | undefined): void {
  if (pacing === undefined) return;
  for (const entry of pacing.entries) {
    const section = sections.find((candidate) => candidate.line === entry.heading);
    if (section === undefined) continue;
    section.pacedMinutes = entry.minutes;
    section.minutes ??= entry.minutes;
  }
}

/**
 * "9.05 – 9.15" alone on its line, the row's cells on the lines below (a table saved as plain text):
 * the part is named by its first cell. "Whole class intro on carpet. Recap ch.1..." opening the
 * lesson is its starter; a time over "Plenary – back on carpet" (read as a part of its own) times it.
 */
export function timesOverTheirParts(sections: PlanSection[]): void {
  let first = true;
  for (const [index, section] of sections.entries()) {
    if (!EPISODE_KINDS.includes(section.kind)) continue;
    const opening = first;
    first = false;
    if (
      section.kind !== 'main' ||
      section.minutes === undefined ||
      timingOnly.read(section.heading) === undefined
    )
      continue;
    const next = sections[index + 1];
    if (section.body.length === 0 && next !== undefined && next.line === section.endLine + 1) {
      if (EPISODE_KINDS.includes(next.kind) && next.minutes === undefined) {
        next.minutes = section.minutes;
        section.kind = 'context';
      }
      continue;
    }
    if (opening && OPENING_WORDS.test(section.body[0]?.text ?? '')) section.kind = 'starter';
  }
}

/** Labels that name the lesson's run of parts as a whole, not one part of it. */
const RUN_OF_PARTS = new Set([
  'activities',
  'lesson activities',
  'main activities',
  'learning activities',
  'main',
]);

/**
 * "ACTIVITIES" over "(5 min) Warm up", "(10 min) Recap", "(12 min) Modelling": a heading with nothing
 * under it but the parts that follow heads them; it is no empty part of its own.
 */
export function headingsOfParts(sections: PlanSection[]): void {
  for (const [index, section] of sections.entries()) {
    if (!EPISODE_KINDS.includes(section.kind) || section.body.length > 0 || section.minutes !== undefined)
      continue;
    if (!RUN_OF_PARTS.has(normaliseLabel(section.heading))) continue;
    const next = sections.slice(index + 1, index + 3);
    if (
      next.length === 2 &&
      next.every((part) => EPISODE_KINDS.includes(part.kind) && part.kind !== 'plenary')
    )
      section.kind = 'context';
  }
}

/**
 * Headings the plan does not name ("The data logger", "Measuring", "Searching the tree") that
 * stand level with its episodes, or give their own time, after its first episode and before its
 * plenary: the main activities of the lesson. An introduction set before the objectives
 * introduces the plan.
 */
export function activitiesBetweenEpisodes(
  sections: PlanSection[],
  levels: ReadonlyMap<number, number>,
): void {
  const episodes = sections.filter((section) => EPISODE_KINDS.includes(section.kind));
  const first = episodes[0];
  const plenary = episodes.filter((section) => section.kind === 'plenary').pop();
  if (first !== undefined && plenary !== undefined) {
    const episodeLevels = new Set(episodes.flatMap((section) => levels.get(section.line) ?? []));
    for (const section of sections) {
      if (section.kind !== 'other' || section.line < first.line || section.line > plenary.line) continue;
      if (transcript.read(section.heading) !== undefined) continue;
      const level = levels.get(section.line);
      // "Required practical (40 min)", "Active task – ramp investigation (35 min)": the heading's own time
      // makes it a part of the lesson, whatever its level, and is the part's length.
      const bracket = section.heading.indexOf('(');
      // "Analysis — 20 mins": the time after a dash, the heading the name before it.
      const timed = timedAfterDash(section.heading);
      const minutes =
        timed?.minutes ??
        (bracket < 0 ? undefined : parseMinutes(section.heading.slice(bracket, bracket + 20)));
      if ((level === undefined || !episodeLevels.has(level)) && minutes === undefined) continue;
      section.kind = 'main';
      if (timed !== undefined) section.heading = timed.name;
      if (section.minutes === undefined && minutes !== undefined) section.minutes = minutes;
    }
  }
  const objectives = sections.find((section) => section.kind === 'objectives');
  for (const section of sections) {
    if (objectives === undefined || section.line > objectives.line) break;
    if (
      section.kind === 'starter' &&
      section.minutes === undefined &&
      /^(?:intro|introduction)$/i.test(section.heading)
    )
      section.kind = 'context';
  }
}

/** "Analysis — 20 mins" → "Analysis", 20: a heading's name and the time after its last dash. */
function timedAfterDash(heading: string): { name: string; minutes: number } | undefined {
  const dash = Math.max(heading.lastIndexOf(' — '), heading.lastIndexOf(' – '), heading.lastIndexOf(' - '));
  if (dash <= 0) return undefined;
  const time = heading.slice(dash + 3);
  const minutes = timingOnly.read(time) === undefined ? undefined : parseMinutes(time);
  return minutes === undefined ? undefined : { name: heading.slice(0, dash).trim(), minutes };
}

/** "20-32 Task 1": a grid's time column as minutes into the lesson, from and to. */
const ELAPSED = /^(\d{1,3}) ?[-–] ?(\d{1,3})\b/;
const BRACKETED_SPAN = /^\((\d{1,3}) ?[-–] ?(\d{1,3}) ?min/;
/** The last bracket of the text, when it is a span of minutes: "(10–18 mins)". */
function bracketedSpan(text: string): RegExpExecArray | null {
  const bracket = text.lastIndexOf('(');
  return bracket === -1 ? null : BRACKETED_SPAN.exec(text.slice(bracket));
}

/** The most minutes a grid's time column skips between rows and still counts on from the lesson's start. */
const GAP_IN_RUN = 10;

/**
 * A grid whose time column runs on from row to row ("0-5", "5-10", "10-20") gives minutes into the
 * lesson, not each part's length: "20-32 Task 1" lasts 12 minutes, not 32.
 */
export function elapsedTimeColumn(sections: PlanSection[]): void {
  const spans = sections.flatMap((section) => {
    // "## 2. Introduction – what is elasticity? (10–18 mins)": the span may follow the part's name (or
    // the words after it on its line), in brackets.
    const first = section.body[0];
    const match =
      ELAPSED.exec(section.heading) ??
      (first?.line === section.line ? bracketedSpan(first.text) : null) ??
      bracketedSpan(section.heading);
    return match === null ? [] : [{ section, from: Number(match[1]), to: Number(match[2]) }];
  });
  // "40-50 Exam Q", an untimed row, then "55-60 Plenary": a row the grid leaves untimed is a gap in the run,
  // not a break in it; the times still count on from the lesson's start.
  const follows = (index: number) =>
    index === 0 ||
    (spans[index]!.from >= spans[index - 1]!.to && spans[index]!.from - spans[index - 1]!.to <= GAP_IN_RUN);
  const joined = spans.filter((span, index) => index > 0 && span.from === spans[index - 1]!.to).length;
  const runsOn = spans.every((_, index) => follows(index)) && joined >= spans.length - 2;
  if (spans.length < 3 || !runsOn || spans[0]!.from > 10) return;
  for (const { section, from, to } of spans) if (to > from) section.minutes = to - from;
}

/** "9:10 Jam sandwich demo": a part a timetable's clock says starts at 9:10. */
const CLOCK_START = /^(\d{1,2})[:.](\d{2}) /;

/**
 * A timetable that gives each part its start alone ("9:00 Starter", "9:10 Demo", "9:25 Writing"
 * beside "9:25 TA group"): a part lasts until the next part starts, and parts that start together
 * run side by side, within the first. The last part's end is not written, so it is left untimed.
 */
export function clockStartColumn(sections: PlanSection[]): void {
  const starts = sections.flatMap((section) => {
    const match = CLOCK_START.exec(section.heading);
    if (match === null || section.minutes !== undefined) return [];
    return [{ section, at: Number(match[1]) * 60 + Number(match[2]) }];
  });
  if (starts.length < 3 || starts.some((start, index) => index > 0 && start.at < starts[index - 1]!.at))
    return;
  // The starts run in order, so the next later start and the first at the same time are found walking them once.
  let first = 0;
  let next = 0;
  for (const [index, { section, at }] of starts.entries()) {
    if (starts[first]!.at !== at) first = index;
    if (next <= index) next = index + 1;
    while (next < starts.length && starts[next]!.at === at) next += 1;
    const later = starts[next];
    if (later !== undefined && later.at - at <= 120) section.minutes = later.at - at;
    // "9:25 Ind. writing" beside "9:25 TA group": parts at the same time run side by side, one episode of the lesson.
    if (first !== index) section.within = starts[first]!.section.line;
  }
}

/** How each episode is organised: whole class, groups, pairs, individual, guided group. */
export function readOrganisation(sections: PlanSection[]): void {
  for (const section of sections) {
    if (!EPISODE_KINDS.includes(section.kind)) continue;
    section.organisation = organisationsIn(
      `${section.heading}\n${section.body.map((b) => b.text).join('\n')}`,
    );
  }
}

/**
 * "Key words: pilgrimage, Hajj, Kaaba" on its line, then a blank line and "Recap from Lesson 1: what is a
 * pilgrimage?": a keyword list written on its label's line ends where the lines stop running on. What comes
 * after the gap is the plan's next note, not more keywords, so it is a part of its own.
 */
export function keywordsEndAtBlank(sections: PlanSection[]): void {
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!;
    if (section.kind !== 'keywords' || section.body[0]?.line !== section.line) continue;
    const gap = section.body.findIndex((entry, at) => at > 0 && entry.line > section.body[at - 1]!.line + 1);
    if (gap === -1) continue;
    const after = section.body.slice(gap);
    section.body = section.body.slice(0, gap);
    section.endLine = section.body[section.body.length - 1]!.line;
    sections.splice(index + 1, 0, {
      kind: 'other',
      heading: '',
      line: after[0]!.line,
      endLine: after[after.length - 1]!.line,
      body: after,
      organisation: [],
    });
  }
}

/**
 * "## Learning cycle 1 — Place value (approx 20 mins)" over "**Explanation:**", "**Check for
 * understanding:**" and "**Practice task 1:**": labelled lines under a timed heading, until the next
 * heading, are the steps of that part. They keep their kinds (a check for understanding is still one)
 * but are not episodes of their own, so they are not asked for timings of their own.
 */
export function stepsOfTimedHeadings(sections: PlanSection[], levels: ReadonlyMap<number, number>): void {
  let parent: PlanSection | undefined;
  for (const section of sections) {
    if (levels.has(section.line)) {
      parent = EPISODE_KINDS.includes(section.kind) && section.minutes !== undefined ? section : undefined;
      continue;
    }
    if (parent !== undefined && EPISODE_KINDS.includes(section.kind) && section.minutes === undefined)
      section.within = parent.line;
  }
}

/** What a lesson's last part says when it is the ending: exit questions, a plenary, a return to the learning. */
const ENDS_LESSON =
  /\b(?:exit (?:tickets?|quiz|qs?|questions?|slips?|cards?)|plenary|review (?:the|today|learning)|recap (?:the|today)|back to the (?:objective|lo|question|big question))\b/i;

/** A bare "Reflection" or "Evaluation" heading: the plenary's name in a lesson, the teacher's box after one. */
const REFLECTION = /^(?:reflection|evaluation|lesson review)s?$/i;

/**
 * "### Reflection" then "TBC" below the resources, in a plan whose lesson has ended on its plenary already:
 * the box the teacher fills in once the lesson is taught, not a second, untimed ending.
 */
export function reflectionAfterTheLesson(sections: PlanSection[]): void {
  const ending = sections.findIndex((section) => section.kind === 'plenary');
  if (ending === -1) return;
  let framing = false;
  for (const section of sections.slice(ending + 1)) {
    framing ||= !EPISODE_KINDS.includes(section.kind);
    if (
      framing &&
      section.kind === 'plenary' &&
      section.minutes === undefined &&
      REFLECTION.test(normaliseLabel(section.heading))
    ) {
      section.kind = 'other';
      section.teacherNote = true;
    }
  }
}

/**
 * A timed grid whose last part returns to the learning ("Back to the Coke cans – Ss now explain using density.
 * 3 exit Qs on sticky notes") ends the lesson, though its row names no plenary.
 */
export function endingOfGrid(sections: PlanSection[]): void {
  const episodes = sections.filter(
    (section) => EPISODE_KINDS.includes(section.kind) && section.within === undefined,
  );
  if (episodes.length < 3 || episodes.some((section) => section.kind === 'plenary')) return;
  const timed = episodes.filter((section) => section.minutes !== undefined);
  const last = timed[timed.length - 1];
  if (last === undefined || last.kind !== 'main') return;
  const said = `${last.heading} ${last.body.map((entry) => entry.text).join(' ')}`.slice(0, 600);
  if (ENDS_LESSON.test(said)) last.kind = 'plenary';
}

/** Words of four letters or more, lower case: what two headings share. */
const longWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 4),
  );

/**
 * "25–27 HINGE QUESTION (see below)" in the timings, and "Hinge question" written out under its own heading
 * further down: the heading below is that part, not another episode after the lesson's end. So is a part the
 * timings name again as a heading below them ("| 5 min | Exit ticket |", then "## Exit ticket").
 */
export function writtenOutBelow(sections: PlanSection[]): void {
  // Each untimed part's name, and where the later parts of each name are: one pass, not one search a part.
  const laterByName = new Map<string, number[]>();
  sections.forEach((section, index) => {
    if (!EPISODE_KINDS.includes(section.kind) || section.minutes !== undefined) return;
    const name = normaliseLabel(section.heading);
    const found = laterByName.get(name);
    if (found === undefined) laterByName.set(name, [index]);
    else found.push(index);
  });
  if (laterByName.size === 0) return;
  for (const [index, part] of sections.entries()) {
    if (!EPISODE_KINDS.includes(part.kind) || part.within !== undefined || part.minutes === undefined)
      continue;
    const label = normaliseLabel(part.heading.replace(/^[\d:.–-]+ ?(?:mins?)? /i, ''));
    const named = laterByName.get(label)?.find((at) => at > index);
    // "| 5 min | Exit ticket |" in the pacing table and "## Exit ticket" written out below are one part.
    if (named !== undefined) {
      sections[named]!.within = part.line;
      continue;
    }
    // "Exam practice: Q below" and "## Exam-style questions", "HINGE QUESTION (see below)" and "## Hinge question".
    if (!/\bbelow\b/i.test(`${part.heading} ${part.body[0]?.text.slice(0, 80) ?? ''}`)) continue;
    const words = longWords(part.heading.replace(/\bsee below\b/i, ''));
    const below = sections
      .slice(index + 1)
      .find(
        (later) =>
          EPISODE_KINDS.includes(later.kind) &&
          later.minutes === undefined &&
          [...longWords(later.heading)].some((word) => words.has(word)),
      );
    if (below !== undefined) below.within = part.line;
  }
  writtenOutAbove(sections);
}

/** A lesson's timings have at least so many timed parts before its untimed ones are read as their detail. */
const TIMED_PARTS = 3;

/**
 * "**I do – Jess's Juice Bar:** FC £12,000..." under "Worked examples", and the timings' row "5–15 | Input |
 * I do Juice Bar example": the untimed part is the content of the timed part that names it, not an episode
 * of its own missing its minutes.
 */
function writtenOutAbove(sections: PlanSection[]): void {
  const timed = sections.filter(
    (section) =>
      EPISODE_KINDS.includes(section.kind) && section.within === undefined && section.minutes !== undefined,
  );
  if (timed.length < TIMED_PARTS) return;
  const words = timed.map((part) => ({
    part,
    text: ` ${[part.heading, ...part.body.map((entry) => entry.text)]
      .join(' ')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')} `,
  }));
  for (const section of sections) {
    if (
      !EPISODE_KINDS.includes(section.kind) ||
      section.minutes !== undefined ||
      section.within !== undefined
    )
      continue;
    const name = normaliseLabel(section.heading)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!name.includes(' ') && name.length < 5) continue;
    const naming = words.find(({ part, text }) => part !== section && text.includes(` ${name} `));
    if (naming !== undefined) section.within = naming.part.line;
  }
}

/**
 * A template's fields left empty ("Differentiation" over "LA -", "MA -", "HA -") say nothing: they
 * are no lines of their part, so an empty part reads as empty and is never praised.
 */
export function emptyFieldsUnwritten(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  // A heading kept inside a part ("#### Poll students -") heads the lines under it.
  const headings = new Set(blocks.filter((block) => block.kind === 'heading').map((block) => block.line));
  const empty = (entry: PlanItem) => isEmptyField(entry.text) && !headings.has(entry.line);
  for (const section of sections) {
    if (section.body.some(empty)) section.body = section.body.filter((entry) => !empty(entry));
  }
}

/**
 * "**9:35–9:55 EXAM QUESTION**" then "9:35–9:40 I do" and "9:40–9:55 You do": a part whose clock
 * times fall inside an earlier part's is a step of it, so its minutes are not counted twice.
 */
export function clockStepsWithin(sections: PlanSection[]): void {
  let outer: { section: PlanSection; from: number; to: number } | undefined;
  for (const section of sections) {
    if (!EPISODE_KINDS.includes(section.kind) || section.within !== undefined) continue;
    const span = clockSpan(section.heading);
    if (span === undefined) continue;
    if (outer !== undefined && span.from >= outer.from && span.to <= outer.to && section !== outer.section) {
      section.within = outer.section.line;
      continue;
    }
    outer = { section, ...span };
  }
}

/**
 * "MAIN – 35 mins" with nothing under it, then "I do (approx 10 mins)", "We do (approx 5 mins)", "You do –
 * 20 mins": a part timed as a whole and then split into its steps, whose minutes make up its own. The
 * steps are the episodes; the part is their heading, so its minutes are not counted a second time.
 */
export function timedPartsSplitIntoSteps(sections: PlanSection[]): void {
  for (const [index, part] of sections.entries()) {
    if (!EPISODE_KINDS.includes(part.kind) || part.minutes === undefined || part.body.length > 0) continue;
    let sum = 0;
    let steps = 0;
    for (const next of sections.slice(index + 1)) {
      if (!EPISODE_KINDS.includes(next.kind)) continue;
      // "2. Numicon - 5 mins", "3. Tens frames - 6 mins": a list of parts each a line, none the steps of another.
      if (next.minutes === undefined || next.within !== undefined || next.body.length === 0) break;
      sum += next.minutes;
      steps += 1;
      if (sum >= part.minutes) break;
    }
    if (sum !== part.minutes || steps < 2) continue;
    part.kind = 'context';
    delete part.minutes;
  }
}

/** The parts a flattened grid's row of column names can hold, and how each of their lines begins. */
const CELL_OPENINGS: [SectionKind, RegExp][] = [
  ['objectives', /^(?:to|be able to|LO\s?:|we are learning|WALT)\s/i],
  ['success-criteria', /^(?:I can|I will|I have|remember)\s/i],
];

/**
 * "LO" / "Success Criteria" / "Resources", a column name a line, then every cell of the row under the
 * last of them ("To write a recount...", "I can use past tense verbs...", "Photos from the trip"): a
 * Doc's table flattened a cell to a line. Each line goes back to the column its opening says it is
 * in; a line that says nothing of its column stays where it was.
 */
export function cellsUnderColumnNames(sections: PlanSection[]): void {
  for (let end = 1; end < sections.length; end++) {
    const last = sections[end]!;
    if (last.body.length === 0 || last.body[0]!.line === last.line) continue;
    let start = end;
    while (
      start > 0 &&
      sections[start - 1]!.body.length === 0 &&
      sections[start - 1]!.line === sections[start]!.line - 1
    )
      start -= 1;
    if (start === end) continue;
    const run = sections.slice(start, end);
    for (const [kind, opening] of CELL_OPENINGS) {
      const column = run.find((section) => section.kind === kind);
      if (column === undefined || last.kind === kind) continue;
      const cells = last.body.filter((entry) => opening.test(entry.text));
      if (cells.length === 0) continue;
      column.body = cells;
      column.endLine = cells[cells.length - 1]!.line;
      last.body = last.body.filter((entry) => !cells.includes(entry));
    }
  }
}
