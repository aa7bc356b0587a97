import { parseMinutes } from '../timing';
import type { SectionKind } from '../types';
import { EPISODE_KINDS, type MetaField, metaForLabel, normaliseLabel, sectionForLabel } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { afterTheLesson } from './recognisers/after-the-lesson';
import { bracketedOpening } from './recognisers/bracketed-opening';
import { clockStart } from './recognisers/clock-start';
import { clockTimeStart } from './recognisers/clock-time-start';
import { elapsedSpan } from './recognisers/elapsed-span';
import { CLOCK_CELL, headerRow } from './recognisers/header-row';
import { leadingTiming } from './recognisers/leading-timing';
import { objectiveStem } from './recognisers/objective-stem';
import { withoutOpenEnd } from './recognisers/open-ending';
import { outcomeBand } from './recognisers/outcome-band';
import { outsideTheLesson } from './recognisers/outside-the-lesson';
import { timingOnly } from './recognisers/timing-only';
import { hasSpaced, indexOfSpaced, isSpace, trimEndOf, withoutBrackets, wordCount } from './text';

/** What one block says about the plan's structure: a section it starts, metadata, or neither. */
export interface LineReading {
  kind?: SectionKind;
  /** A row of a table: each row is its own part of the plan, never a note on the row above. */
  tableRow?: boolean;
  /** A table's row of column names: it ends a framing section but not an episode with a table in it. */
  header?: boolean;
  meta?: MetaField;
  heading: string;
  rest: string;
  minutes?: number;
  /** A note for the teacher ("Teaching observations"): inside an episode it stays part of it. */
  teacherNote?: boolean;
  /** Named by an everyday word ("Review", "Explain") with no timing: under an episode's heading, part of it. */
  weak?: boolean;
  /** A timed list item the vocabulary does not name ("- 5 mins – Carousel"): inside a timed episode, a step of it. */
  timedItem?: boolean;
}

export interface ReadingContext {
  /** The plan is laid out as the tuition sequence: "Model:" heads a stage. */
  tuitionStages: boolean;
  /** The plan names its parts Engage, Explore, Explain, Elaborate, Evaluate. */
  fiveE: boolean;
  /** The plan sets its parts out as paragraphs that open with their time: "(12 min) I modelled reading...". */
  timedParagraphs: boolean;
  /** No episode has started yet. */
  beforeEpisodes: boolean;
  /** The line of the part just opened by its label and words ("Starter (5 min) – hello song"), if it was the last line. */
  labelledPart?: number;
  /** The body's headings a pacing table names, by their line, and the part each is. */
  pacedHeadings?: ReadonlyMap<number, SectionKind>;
  /** The lesson's parts so far open as labelled paragraphs ("Starter: storm pic on board..."). */
  partsAsParagraphs?: boolean;
  /** A blank line stands between this block and the one before. */
  afterGap?: boolean;
  /** The plan numbers its parts with their minutes in bare brackets: "1. Do Now (5)", "3. Read extract (10)". */
  bracketMinutes?: boolean;
  /** The plan's lines open with spans of minutes that run on from the lesson's start: "0-10 ...", "10-20 ...". */
  elapsedRun?: boolean;
  /** The plan's lines open with clock times that run on through the lesson: "9:00 ...", "9:05 ...", "9:10 ...". */
  clockRun?: boolean;
  /** The marker, with its indent, of the list item that opened the last part ("- " in "- Teach (15 mins)"). */
  partMarker?: string;
  /** The plan's prose paragraphs open with their parts' names and minutes: "Context recap (10). The big one...". */
  openingBrackets?: boolean;
}

/** Dashes that separate a label from its text, each between spaces ("Main – modelling"). */
const DASHES = ['-', '–', '—'];

/**
 * "Starter: quiz" → label "Starter", rest "quiz"; "Main – modelling" likewise. The separator
 * is a colon before a space (or the end) or a dash between spaces, the label 1-70 characters.
 */
/** Whether the character at `at` sits inside a bracket opened before it and not yet closed. */
const inBrackets = (text: string, at: number, firstOpen: number) =>
  firstOpen !== -1 && firstOpen < at && text.lastIndexOf('(', at) > text.lastIndexOf(')', at);

export function splitAtSeparator(text: string): { label: string; rest: string } | undefined {
  // A label is at most 70 characters, and a space may stand before its separator.
  let at = -1;
  let after = -1;
  // Most labels have no bracket before their separator: one search says so for every candidate.
  const firstOpen = text.indexOf('(');
  for (let colon = text.indexOf(':', 1); colon !== -1 && colon < 76; colon = text.indexOf(':', colon + 1)) {
    // "TA group (Mrs Patel, Green table: Alfie, Maya...)": a colon in brackets is the note's own.
    if ((colon + 1 === text.length || isSpace(text[colon + 1])) && !inBrackets(text, colon, firstOpen)) {
      at = colon;
      after = colon + 1;
      break;
    }
  }
  for (const dash of DASHES) {
    let found = indexOfSpaced(text, dash, 1);
    // "Hinge question (MWBs, all show at once – 2 mins)": a dash in brackets is the note's own.
    while (found !== -1 && found < 76 && inBrackets(text, found, firstOpen))
      found = indexOfSpaced(text, dash, found + 1);
    if (found !== -1 && found < 76 && (at === -1 || found < at)) {
      at = found;
      after = found + dash.length + 2;
    }
  }
  if (at === -1) return undefined;
  const label = text.slice(0, at).trimEnd();
  if (label === '' || label.length > 70) return undefined;
  return { label, rest: text.slice(after).trimStart() };
}

export function splitBlockLabel(
  block: PlanBlock,
  elapsed = '',
): {
  label: string;
  rest: string;
  timing: string;
  tableRow: boolean;
} {
  const { text, cells } = block;
  if (cells !== undefined && cells.length >= 2) {
    const first = cells[0]!;
    const timed =
      block.timeCell === 0 || (parseMinutes(first) !== undefined && timingOnly.read(first) !== undefined);
    const labelCell = timed ? cells[1]! : first;
    const others = cells.slice(timed ? 2 : 1);
    // "| 10 mins | Starter: recall quiz | ... |": the cell's own label names the part.
    const inCell =
      labelCell.length > 40 || labelCell.includes(': ') ? splitAtSeparator(labelCell) : undefined;
    const label = inCell?.label ?? labelCell;
    const rest = [...(inCell === undefined || inCell.rest === '' ? [] : [inCell.rest]), ...others].join(
      ' | ',
    );
    // "9.10 / (10 min)": a cell's lines arrive joined by " / ", which is no part of the time.
    return { label, rest, timing: timed ? first.split(' / ').join(' ') : '', tableRow: true };
  }
  const timing = /^[\d(]/.test(text) ? (leadingTiming.read(text) ?? elapsed) : '';
  const body = text.slice(timing.length);
  const split = splitAtSeparator(body) ?? timedNameThenNote(body);
  if (split === undefined) return { label: body, rest: '', timing, tableRow: false };
  return { label: split.label, rest: split.rest, timing, tableRow: false };
}

/** How far into a line a part's timed name can close: "Exit Ticket (5 mins)". */
const TIMED_NAME_LENGTH = 60;

/**
 * "Do Now (5 mins), on desks as they come in, silent": a part's name and minutes, then a note on how it runs
 * after a comma, which is no part of the name.
 */
function timedNameThenNote(text: string): { label: string; rest: string } | undefined {
  const close = text.indexOf('), ');
  if (close < 1 || close > TIMED_NAME_LENGTH) return undefined;
  const open = text.lastIndexOf('(', close);
  if (open < 1 || parseMinutes(text.slice(open + 1, close)) === undefined) return undefined;
  return { label: text.slice(0, close + 1), rest: text.slice(close + 3).trimStart() };
}

/** "Activities" and "Activity", "Labs" and "Lab": a label in one form, to match a pacing table's by. */
export function matchKey(label: string): string {
  const normalised = normaliseLabel(label);
  if (normalised.endsWith('ies')) return `${normalised.slice(0, -3)}y`;
  return normalised.endsWith('s') && !normalised.endsWith('ss') ? normalised.slice(0, -1) : normalised;
}

/** How the first part of a lesson grid says it opens the lesson: "Introduce the session...", "Recap...". */
export const OPENING_WORDS =
  /^(?:introduce (?:the )?(?:session|lesson|topic)|(?:whole[- ]class )?intro(?:duction)?\b|recap|review (?:of )?(?:last|previous)|recall|retrieval|warm[- ]up|welcome|starter|do now|bell work|flashback|fluency|mental (?:maths|starter|arithmetic)|counting)\b/i;

/** A part a prose paragraph opens with its name and minutes: "Plenary (5). Two or three pupils read...". */
function openedPart(
  block: PlanBlock,
  opened: { name: string; minutes: number; opening: string },
  context: ReadingContext,
): LineReading {
  // "(15) Solving by factorising. x^2+5x-6=0": the part is named by the words after its minutes.
  const minutesFirst = opened.opening.startsWith('(');
  const heading = minutesFirst
    ? `${opened.opening.trim()} ${opened.name}`
    : trimEndOf(opened.opening.trimEnd(), '.:–—-').trimEnd();
  const rest = block.text.slice(opened.opening.length);
  // "Cool down + plenary": a part joined of two is the ending where either half is.
  const halves = opened.name.split(/[+&]/).map((half) => sectionForLabel(normaliseLabel(half.trim()))?.kind);
  const known = halves.includes('plenary') ? 'plenary' : sectionForLabel(normaliseLabel(opened.name))?.kind;
  const kind =
    episodeOf(known, context) ?? (context.beforeEpisodes && RECAP.test(opened.name) ? 'starter' : 'main');
  return { kind, heading, rest, minutes: opened.minutes };
}

/** The episode a label the vocabulary knows names, if it names one: outside a tuition plan, "9:18 Apply" heads main teaching. */
function episodeOf(known: SectionKind | undefined, context: ReadingContext): SectionKind | undefined {
  const named = known === 'intervention' && !context.tuitionStages ? 'main' : known;
  return named !== undefined && EPISODE_KINDS.includes(named) ? named : undefined;
}

/** A time closing a label: " 5'", " 12 mins", " 10 minutes". */
const TRAILING_TIME = / \d{1,3} ?(?:['’′]|mins?|minutes)$/;

/** Words that open a lesson wherever they stand in its first part: "Register, recap safety rules". */
const RECAP = /\b(?:recap|retrieval|recall|revisit|review|do now|starter|warm[- ]up)\b/i;

/** The most words a timed line's name has when it is a heading alone ("9:22 CARPET REVIEW"). */
const NAME_WORDS = 4;

/** The most characters of a line's opening clauses that name its part. */
const CLAUSES_NAME = 40;

/**
 * "Register, recap safety rules for the line bender..." → "Register"; "In, aprons + goggles, H&S recap Q&A
 * (cold call)" → "In, aprons + goggles, H&S recap Q&A": a line's opening clauses, to 40 characters, or its
 * opening words.
 */
function openingClauses(text: string): string {
  let end = -1;
  for (
    let comma = text.indexOf(', ');
    comma !== -1 && comma <= CLAUSES_NAME;
    comma = text.indexOf(', ', comma + 1)
  )
    end = comma;
  const bracket = text.indexOf(' (');
  if (bracket > 0 && bracket <= CLAUSES_NAME && (end === -1 || bracket > end)) end = bracket;
  if (end === -1 && text.length <= CLAUSES_NAME) return text;
  return end > 0 ? text.slice(0, end) : shortLabel(text);
}

/** A long cell's opening words, to at most 60 characters and a whole word: a heading for its row. */
function shortLabel(text: string): string {
  const sentence = text.indexOf('. ');
  if (sentence > 0 && sentence <= 60) return text.slice(0, sentence);
  const space = text.lastIndexOf(' ', 60);
  return withoutOpenEnd(text.slice(0, space > 20 ? space : 60));
}

/** "Length:" alone on its line, its value on the next (a form's cell split across lines): the field it names. */
export function fieldAwaitingValue(block: PlanBlock): MetaField | undefined {
  const { text } = block;
  if (!text.endsWith(':') || text.length > 31) return undefined;
  return metaForLabel(normaliseLabel(text.slice(0, -1)));
}

/** "Bond Bingo - 4 mins" → "4 mins": what follows the last spaced dash, or the whole. */
function afterLastDash(text: string): string {
  const at = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '));
  return at === -1 ? text : text.slice(at + 3);
}

/** "Research methods task (25 min)": a label whose bracket holds its time alone, not "HA (Red, T focus first 5 mins)". */
function timedInBrackets(label: string): boolean {
  const open = label.lastIndexOf('(');
  if (open < 0 || !label.endsWith(')')) return false;
  return isTimeAlone(label.slice(open + 1, -1).trim());
}

/** "Read extract (10)": a bare number in brackets at a label's end, read as minutes where the plan's parts are timed so. */
function bareBracketMinutes(label: string): number | undefined {
  const match = BARE_BRACKET.exec(label);
  const minutes = match === null ? 0 : Number(match[1]);
  return minutes >= 1 && minutes <= 90 ? minutes : undefined;
}
/** "(10)", "(~15)", "(c.20)": a part's rough minutes, in brackets closing its name. */
const BARE_BRACKET = /\((?:~ ?|c\. ?|approx\.? )?(\d{1,2})\)\??$/;
/** A line short enough to be a part's name and its bracketed minutes alone: "Binary cards (~8)". */
const NAME_AND_MINUTES = 30;
/** A part's name in words before its minutes: "Binary cards (~8)", not an equation's number ("2x + y = 11 (1)"). */
const PART_NAME = /^\p{Lu}[\p{L} &/'-]{1,24} \(/u;

const numberedItem = (block: PlanBlock) => block.kind === 'item' && /^\s*\d/.test(block.marker ?? '');

/**
 * Numbered parts or headings with bare bracketed numbers, to three: "1. Do Now (5)", "2. Recap/context (5)",
 * "3. Read extract (10)"; "### Starter (5)", "**Teach (5)**".
 */
function bracketMinutesCount(blocks: readonly PlanBlock[]): number {
  let count = 0;
  for (const block of blocks) {
    const headed =
      numberedItem(block) ||
      block.kind === 'heading' ||
      block.emphasised === true ||
      (block.kind === 'paragraph' && block.text.length <= NAME_AND_MINUTES && PART_NAME.test(block.text));
    if (!headed || (!block.text.endsWith(')') && !block.text.endsWith('?'))) continue;
    if (block.text.length > 60 || bareBracketMinutes(block.text) === undefined) continue;
    count += 1;
    if (count === 3) break;
  }
  return count;
}

/** "4 mins", "(10 min)": a time and nothing else, with minutes to read. */
const isTimeAlone = (text: string) => timingOnly.read(text) !== undefined && parseMinutes(text) !== undefined;

/** After a time, words that make it a moment within a part: "10' before end of the task", "5 mins in". */
const TIME_POINT = /^(?:before|after|into|in|left|to go|remaining|from the end)\b/i;

/** A part named by its number alone: "Task 0", "Activity 3", "Part 2". */
const NUMBERED_PART = /^(?:task|activity|part|phase|step|section|episode)\s?\d{1,2}$/i;

/** The stages of the intervention and tuition sequence, as labels. */
const TUITION_STAGE = /^(?:introduce|remember|model|try|apply|secure|review)$/;
const FIVE_E = /^(?:engage|explore|explain|elaborate|evaluate)$/;

/** A long sentence with nothing to split a label from cannot be a heading: most of a plan is these. */
function isSentence(block: PlanBlock): boolean {
  if (block.kind === 'heading' || block.emphasised === true || block.kind === 'row') return false;
  const { text } = block;
  if (text.includes(':') || text.includes('|') || text.includes('\t')) return false;
  if (DASHES.some((dash) => hasSpaced(text, dash))) return false;
  if (wordCount(text, 7) <= 7) return false;
  // A heading's own notes in brackets do not make it a sentence: "Adult-led group (6 children, 15 mins)".
  return !text.includes('(') || withoutBrackets(text).split(' ').filter(Boolean).length > 7;
}

/** A time column's minutes ("10"), or a clock span's ("9:10-9:25"); a clock start alone ("9:00") has none. */
export function cellMinutes(cell: string): number | undefined {
  if (!CLOCK_CELL.test(cell)) return parseMinutes(`${cell} min`);
  return /[-–]/.test(cell) ? parseMinutes(cell) : undefined;
}

function minutesAtStart(text: string): number | undefined {
  const timing = leadingTiming.read(text);
  return timing === undefined ? undefined : parseMinutes(timing);
}

/** A label's time in brackets at its end: "(10')", "(5 mins)". */
const BRACKETED_TIME = /\(\d{1,3} ?(?:'|’|′|mins?|minutes)\)$/;

/** "walk the space (5') – walk at 1-10 speed...": the time closing the few words a label's line goes on with. */
function leadClauseMinutes(rest: string): number | undefined {
  const dash = rest.search(/ [–—-] /);
  const clause = (dash < 0 ? rest : rest.slice(0, dash)).trim();
  return clause.length <= 60 && BRACKETED_TIME.test(clause)
    ? parseMinutes(clause.slice(clause.lastIndexOf('(')))
    : undefined;
}

/**
 * Decides whether a block starts a section, states metadata, or is plain text. Before the
 * lesson's first episode, "Focus:" or "Aim:" states what the lesson is for (an EYFS plan's objective).
 */
export function readBlock(block: PlanBlock, context: ReadingContext): LineReading | undefined {
  const reading = readLabel(block, context);
  // "Reading (15). Read from Birling's toast...": in a plan written so, a paragraph so opened is a part,
  // though its name is the teacher's own and its text runs on.
  const opened =
    context.openingBrackets === true && block.kind === 'paragraph'
      ? bracketedOpening.read(block.text)
      : undefined;
  if (reading?.kind !== undefined && reading.kind !== 'other') {
    // "(5)  Warm up - mini whiteboard": a part named by the vocabulary keeps the minutes it opens with.
    if (opened !== undefined && reading.minutes === undefined) reading.minutes = opened.minutes;
    return reading;
  }
  return opened === undefined ? reading : openedPart(block, opened, context);
}

/** What a block's label, timing or layout says it is, before a prose plan's own part names are read. */
function readLabel(block: PlanBlock, context: ReadingContext): LineReading | undefined {
  if (block.text === '') return undefined;
  const timedPart = context.timedParagraphs && block.kind === 'paragraph' && /^\(?\d/.test(block.text);
  const lineOfText = block.kind === 'paragraph' || block.kind === 'item';
  const elapsed = !lineOfText
    ? undefined
    : ((context.elapsedRun === true ? elapsedSpan.read(block.text)?.timing : undefined) ??
      (context.clockRun === true ? clockTimeStart.read(block.text)?.timing : undefined));
  if (!timedPart && elapsed === undefined && isSentence(block)) return undefined;
  // "By the end of the lesson, students will be able to:" opens the objectives; "All students
  // are able to:" opens a band of outcomes. Neither line is itself an objective or a criterion.
  const stem = objectiveStem.read(block.text);
  if (stem !== undefined && (stem.strong || context.beforeEpisodes))
    return { kind: 'objectives', heading: block.text, rest: '' };
  if (block.kind !== 'item' && outcomeBand.read(block.text) !== undefined)
    return { kind: 'success-criteria', heading: block.text, rest: '' };
  const heading_ = block.kind === 'heading';
  const emphasised = block.emphasised === true;
  const { label, rest, timing, tableRow } = splitBlockLabel(block, elapsed);
  // "10' before end of the task - each group joins the opinion line": a moment in a part, not a part.
  // A span from the lesson's start is never such a moment: "0-10 In, aprons + goggles".
  if (timing !== '' && timing !== elapsed && TIME_POINT.test(label)) return undefined;
  // A heading is a few words; most lines of a plan are sentences and need no closer look.
  // An aside in brackets is no part of the name: "Success criteria (co-constructed last week - on the wall):".
  const named = label.includes('(') ? withoutBrackets(label) : label;
  // "Warm up 5'", "Game 12 mins": the time after a part's name is no part of the name.
  const timedName = TRAILING_TIME.exec(label);
  const labelName = timedName === null ? label : label.slice(0, timedName.index);
  const normalised = named.length <= 80 && wordCount(named, 10) <= 10 ? normaliseLabel(labelName) : '';
  const heading = `${timing.trim()} ${label}`.trim();
  // The label's own minutes ("Starter (10 mins)"), read at most once however many checks ask.
  let labelMinutes: number | undefined | null = null;
  const minutesInLabel = () => {
    if (labelMinutes === null)
      labelMinutes =
        parseMinutes(label) ??
        (context.bracketMinutes
          ? // "### Presentation – il y a / il n'y a pas de (10)": the heading's time closes it.
            (bareBracketMinutes(label) ??
            (block.kind === 'heading' || block.emphasised === true ? bareBracketMinutes(rest) : undefined))
          : undefined);
    return labelMinutes;
  };
  const reading = (fields: Partial<LineReading>): LineReading => {
    const result: LineReading = { heading, rest, ...fields };
    const minutes =
      (block.timeCell === undefined ? undefined : cellMinutes(block.cells![block.timeCell]!)) ??
      parseMinutes(timing) ??
      minutesInLabel() ??
      minutesAtStart(rest) ??
      leadClauseMinutes(rest) ??
      (rest.length <= 40 || block.kind === 'heading' ? parseMinutes(rest) : undefined) ??
      (block.text.length <= 40 ? parseMinutes(block.text) : undefined);
    if (minutes !== undefined) result.minutes = minutes;
    return result;
  };
  // A part the vocabulary does not name opens the lesson where its words say so ("Recap...", "Do now").
  const unnamedPart = (): SectionKind =>
    context.beforeEpisodes && OPENING_WORDS.test(label) ? 'starter' : 'main';
  const paced = context.pacedHeadings?.get(block.line);
  if (paced !== undefined) return reading({ kind: paced });
  // "(12 min) I modelled reading the first paragraph aloud": in a plan set out as timed paragraphs, each one
  // the vocabulary does not name opens a part of its own.
  if (
    timedPart &&
    timing !== '' &&
    parseMinutes(timing) !== undefined &&
    (normalised === '' || sectionForLabel(normalised) === undefined) &&
    outsideTheLesson.read(normalised) === undefined
  ) {
    return reading({ kind: unnamedPart() });
  }
  // "0-10 Register, recap safety rules", "10-20 Demo: marking out": in a plan whose lines run on in minutes
  // from the lesson's start, each line so opened is a part, named by its words where the vocabulary knows them.
  // "75-80 Clear up" is timed but no part of the teaching, and no step of the part before it.
  if (elapsed !== undefined && timing === elapsed) {
    // "0-10 Register, recap safety rules" takes the register and opens the teaching.
    if (outsideTheLesson.read(normaliseLabel(label)) !== undefined && !RECAP.test(label))
      return { kind: 'other', heading, rest };
    const named = episodeOf(normalised === '' ? undefined : sectionForLabel(normalised)?.kind, context);
    if (named !== undefined) return reading({ kind: named });
    const result = reading({ kind: context.beforeEpisodes && RECAP.test(label) ? 'starter' : unnamedPart() });
    // "0-10 Register, recap safety rules..." names its part by its first words; the whole line is what it does.
    // "9:22 CARPET REVIEW" is a heading alone, its part written below it.
    if (rest === '' && wordCount(label, NAME_WORDS) > NAME_WORDS) {
      result.heading = `${timing.trim()} ${openingClauses(label)}`;
      result.rest = label;
    }
    return result;
  }
  // "2. **Zip Zap Boing → Push & Pull in pairs** (10') – partner holds palm to palm...": a numbered part
  // named by the teacher's own words, its time in brackets after them.
  if (
    (normalised === '' || sectionForLabel(normalised) === undefined) &&
    block.kind === 'item' &&
    /^\d/.test(block.marker?.trimStart() ?? '') &&
    rest !== '' &&
    BRACKETED_TIME.test(label) &&
    wordCount(label, 11) <= 10 &&
    outsideTheLesson.read(normalised) === undefined
  ) {
    return reading({ kind: unnamedPart() });
  }
  if (normalised !== '' && wordCount(normalised, 7) <= 7) {
    // "Reflection (after lesson)": the teacher's notes once it is taught, no part of the lesson.
    if (!tableRow && afterTheLesson.read(label) !== undefined)
      return { kind: 'other', heading, rest, teacherNote: true };
    const section = sectionForLabel(normalised);
    // "Review the answers" alone on a line is a sentence; "Review at tidy-up time (5 mins)" heads a part.
    const standalone = rest === '' && section?.everydayHead !== true && block.kind !== 'item';
    // A timing beside the label ("Review (5 mins): ...") marks a heading even for an everyday word.
    const timed =
      timing !== '' ||
      minutesInLabel() !== undefined ||
      (rest !== '' && timingOnly.read(afterLastDash(rest)) !== undefined);
    if (section?.teacherNote === true) return { kind: 'other', heading, rest, teacherNote: true };
    // "ACTIVITY:  "Porridge for the Three Bears"": a template's field named in capitals, as its others are.
    const capitalLabel =
      rest !== '' && /^\p{Lu}[\p{Lu} ]{3,}$/u.test(label) && block.text.startsWith(`${label}:`);
    if (
      section !== undefined &&
      (!section.weak ||
        standalone ||
        timed ||
        heading_ ||
        tableRow ||
        emphasised ||
        capitalLabel ||
        (context.beforeEpisodes && section.kind === 'objectives') ||
        // "Input – We Will Rock You..." straight after "Starter (5 min) – hello song": the next part of the run.
        (context.labelledPart === block.line - 1 && rest !== '' && EPISODE_KINDS.includes(section.kind)) ||
        // "Model para (read aloud + on board):" or "Task: write own para", a paragraph of its own in a plan whose
        // parts open so ("Starter: storm pic..."): the next part, though its name is an everyday word.
        (context.partsAsParagraphs === true &&
          context.afterGap === true &&
          block.kind === 'paragraph' &&
          block.text.length > label.length &&
          EPISODE_KINDS.includes(section.kind)) ||
        (context.tuitionStages && TUITION_STAGE.test(normalised)) ||
        (context.fiveE && FIVE_E.test(normalised)))
    ) {
      // Outside a tuition plan, "Model" or "Apply" heads a part of the main teaching.
      let kind = section.kind === 'intervention' && !context.tuitionStages ? 'main' : section.kind;
      // "Evaluation (AO3) - 30 min" among the lesson's parts is a part of its own, its time said.
      if (kind === 'assessment' && timed && !context.beforeEpisodes) kind = 'main';
      // "Task 0 – Retrieval (10 mins)", "Activity 5 – Plenary": a numbered part named by what follows.
      if (kind === 'main' && NUMBERED_PART.test(label) && rest !== '') {
        const named = sectionForLabel(normaliseLabel(rest))?.kind;
        if (named === 'starter' || named === 'plenary' || named === 'mini-plenary') kind = named;
      }
      // "Review of last lesson (5 mins)" before any other part is a retrieval starter.
      // So is a part headed "Review" alone that opens the lesson: it reviews the last one.
      if (
        kind === 'plenary' &&
        (section.everydayHead === true || normalised === 'review') &&
        context.beforeEpisodes
      )
        kind = 'starter';
      // "Summary" before the lesson has begun is its overview, not its ending.
      if (kind === 'plenary' && section.overviewBeforeEpisodes === true && context.beforeEpisodes)
        kind = 'context';
      return reading(section.weak && !timed ? { kind, tableRow, weak: true } : { kind, tableRow });
    }
    // "Research methods task (25 min) - pairs, worksheet", "2. **Modelled answer (10 min)** - I did...": a part
    // the vocabulary does not name, headed by its own time, once the lesson's parts have begun.
    if (
      section === undefined &&
      !context.beforeEpisodes &&
      // "Written task (8 mins)" alone on its line heads the part below it; so does "3. Read extract (10)"
      // in a plan that numbers its parts so.
      // So does "- Eval (15 mins)" beside "- Teach (15 mins)": an item at the depth the parts are listed at.
      (rest !== '' ||
        block.kind !== 'item' ||
        (context.bracketMinutes === true && numberedItem(block)) ||
        (context.partMarker !== undefined && block.marker === context.partMarker)) &&
      (timedInBrackets(label) ||
        (context.bracketMinutes === true && bareBracketMinutes(label) !== undefined)) &&
      wordCount(normalised) <= 5 &&
      outsideTheLesson.read(normalised) === undefined
    )
      return reading({ kind: 'main' });
    // On a timetable a clock time opens every part, named or not: "0:45-0:55 Data analysis";
    // in a lesson grid any time in the first cell does: "| 30 minutes | Animation activity |".
    if (
      section === undefined &&
      (clockStart.read(timing) !== undefined || (tableRow && timing !== '')) &&
      (rest === '' || tableRow) &&
      outsideTheLesson.read(normalised) === undefined
    ) {
      // "| 0-10 | Fluency: number bonds... |" opens the lesson by its words, as any unnamed first part does.
      return reading({ kind: unnamedPart(), tableRow });
    }
    // "2. Numicon - 5 mins", "3. Tens frames - 6 mins": a numbered list of the parts, each with its time after it.
    if (
      section === undefined &&
      block.kind === 'item' &&
      /^\d/.test(block.marker?.trimStart() ?? '') &&
      rest !== '' &&
      isTimeAlone(afterLastDash(rest)) &&
      wordCount(normalised) <= 5 &&
      outsideTheLesson.read(normalised) === undefined
    ) {
      return reading({ kind: unnamedPart() });
    }
    // A list of the lesson's parts with their times: "- **5 mins** – Whole-class intro on carpet: ...".
    if (
      section === undefined &&
      block.kind === 'item' &&
      timing !== '' &&
      parseMinutes(timing) !== undefined &&
      outsideTheLesson.read(normalised) === undefined
    ) {
      return reading({ kind: unnamedPart(), timedItem: true });
    }
    if (tableRow && (block.header === true || headerRow.read(block.text) !== undefined))
      return { kind: 'other', heading: block.text, rest: '', header: true };
    const meta = metaForLabel(normalised);
    // "Lesson 1 - named the 7 continents" under prior learning says what an earlier lesson did, not this one's title.
    const numberedLesson = meta === 'title' && /^lesson\s?\d/i.test(label);
    // "Lesson | Enquiry question / LO | Content | ...": a row of several columns names them; only a row of
    // two cells ("Lesson | Fractions") is a field and its value.
    const columnNames = tableRow && (block.cells?.length ?? 0) > 2;
    if (meta !== undefined && rest !== '' && !numberedLesson && !columnNames) return { meta, heading, rest };
  }
  // A lesson grid's row with its time and a long account of the part: "10 / Introduce the session...".
  // Its heading is the account's opening words; the whole account is the part's first line.
  if (tableRow && (timing !== '' || block.timeCell !== undefined)) {
    // "0-10 Register, recap safety rules" takes the register and opens the teaching.
    if (outsideTheLesson.read(normaliseLabel(label)) !== undefined && !RECAP.test(label))
      return { kind: 'other', heading, rest };
    const named = label.length <= 60 ? label : shortLabel(label);
    const result = reading({ kind: unnamedPart(), tableRow });
    if (named !== label) {
      result.heading = `${timing.trim()} ${named}`.trim();
      result.rest = [label, rest].filter((part) => part !== '').join(' | ');
    }
    return result;
  }
  if (heading_ || (emphasised && block.text.length <= 80)) {
    return { kind: 'other', heading: block.text, rest: '' };
  }
  return undefined;
}

const STAGE_WORDS = new Set([
  'introduce',
  'remember',
  'model',
  'try',
  'apply',
  'secure',
  'review',
  'engage',
  'explore',
  'explain',
  'elaborate',
  'evaluate',
]);

/** The stage words the plan uses as labels ("Model:", "2. Explore (10 mins)"), read once for both sequences. */
function stageLabels(blocks: readonly PlanBlock[]): Set<string> {
  const seen = new Set<string>();
  for (const block of blocks) {
    // Only a line that opens with a stage word can be labelled by one; most lines are not.
    const first = /^[\W\d]{0,6}([A-Za-z]{3,9})/.exec(block.text)?.[1]?.toLowerCase();
    if (first === undefined || !STAGE_WORDS.has(first)) continue;
    const label = splitBlockLabel(block).label;
    if (label.length <= 40) seen.add(normaliseLabel(label));
  }
  return seen;
}

const countOf = (seen: Set<string>, stages: RegExp) => [...seen].filter((label) => stages.test(label)).length;

/** Whether the plan names at least three of each sequence's stages as labels (the tuition sequence, 5E). */
export function stagesUsed(blocks: readonly PlanBlock[]): {
  tuitionStages: boolean;
  fiveE: boolean;
  timedParagraphs: boolean;
  bracketMinutes: boolean;
  elapsedRun: boolean;
  clockRun: boolean;
  openingBrackets: boolean;
} {
  const seen = stageLabels(blocks);
  return {
    tuitionStages: countOf(seen, TUITION_STAGE) >= 3,
    fiveE: countOf(seen, FIVE_E) >= 3,
    timedParagraphs: timedParagraphCount(blocks) >= 3,
    bracketMinutes: bracketMinutesCount(blocks) >= 3,
    elapsedRun: runsOnInMinutes(blocks),
    clockRun: runsOnByTheClock(blocks),
    openingBrackets: openingBracketsCount(blocks) >= SPANS_IN_RUN,
  };
}

/** Paragraphs that open with their time ("(10 min) Recap from session 6 - ..."), to three: a record set out in timed parts. */
function timedParagraphCount(blocks: readonly PlanBlock[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !/^\(?\d/.test(block.text) || minutesAtStart(block.text) === undefined)
      continue;
    count += 1;
    if (count === 3) break;
  }
  return count;
}

/** The fewest lines, and links between them, that make spans a run of the lesson's minutes. */
const SPANS_IN_RUN = 3;
const LINKS_IN_RUN = 2;
/** A run starts at or near the lesson's start: "0-10", "5-15". */
const LATEST_RUN_START = 10;

/**
 * Whether lines open with spans of minutes that run on, each from where one before it ended:
 * "0-10 Register", "10-20 Demo", "20-75 Practical". A single "3-4 Group work" is not a timetable.
 */
function runsOnInMinutes(blocks: readonly PlanBlock[]): boolean {
  let spans = 0;
  let links = 0;
  let lastEnd = -1;
  for (const block of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'item') || !/^\d/.test(block.text)) continue;
    const span = elapsedSpan.read(block.text);
    if (span === undefined || (spans === 0 && span.from > LATEST_RUN_START)) continue;
    spans += 1;
    if (span.from === lastEnd) links += 1;
    lastEnd = span.to;
    if (spans >= SPANS_IN_RUN && links >= LINKS_IN_RUN) return true;
  }
  return false;
}

/** Prose paragraphs that open with a part's name and minutes ("Reading (15). Read from..."), to three. */
function openingBracketsCount(blocks: readonly PlanBlock[]): number {
  let count = 0;
  for (const block of blocks) {
    if (
      block.kind !== 'paragraph' ||
      !(
        block.text.includes(')') ||
        block.text.includes("'") ||
        block.text.includes('’') ||
        block.text.includes('′')
      ) ||
      bracketedOpening.read(block.text) === undefined
    )
      continue;
    count += 1;
    if (count === SPANS_IN_RUN) break;
  }
  return count;
}

/** The longest gap between clock times that still run through one lesson. */
const LONGEST_CLOCK_STEP = 60;

/**
 * Whether lines open with clock times that run on, each a little after the one before: "9:00 Revisit",
 * "9:05 Teach", "9:10 Practise". Times out of order, or hours apart, are a timetable of the day.
 */
function runsOnByTheClock(blocks: readonly PlanBlock[]): boolean {
  let steps = 0;
  let last = -1;
  for (const block of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'item') || !/^\d/.test(block.text)) continue;
    const time = clockTimeStart.read(block.text);
    if (time === undefined) continue;
    if (last !== -1 && time.at > last && time.at - last <= LONGEST_CLOCK_STEP) steps += 1;
    else if (last !== -1) return false;
    last = time.at;
    if (steps + 1 >= SPANS_IN_RUN) return true;
  }
  return false;
}

export { minutesAtStart };
