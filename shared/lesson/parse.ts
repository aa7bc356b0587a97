import type { PlanBlock } from './read/blocks';
import { stepsAfterNestedLabel, stepsAfterStarter, stepsOfBriefPlan } from './read/brief-steps';
import { readCutOff } from './read/cut-off';
import { readDocument } from './read/document';
import {
  findSubject,
  findYearGroup,
  lessonLength,
  metaFields,
  scottishSecondary,
  subjectOfTopic,
  subjectOfTopics,
  titleFrom,
  withinArea,
  yearRange,
} from './read/facts';
import { withoutPageFurniture } from './read/furniture';
import { rowsOfFlattenedGrid } from './read/grid-rows';
import { readItems } from './read/items';
import { readKind } from './read/kind';
import { phasesOfProse, timesFromSummary } from './read/prose-phases';
import { lessonNumber } from './read/recognisers/lesson-number';
import { templateTitle } from './read/recognisers/template-title';
import { topicSubject } from './read/recognisers/topic-subject';
import {
  activitiesBetweenEpisodes,
  applyPacing,
  cellsUnderColumnNames,
  clockStartColumn,
  clockStepsWithin,
  elapsedTimeColumn,
  emptyFieldsUnwritten,
  endingOfGrid,
  headingsOfParts,
  keywordsEndAtBlank,
  readOrganisation,
  readSections,
  reflectionAfterTheLesson,
  stepsOfTimedHeadings,
  timeBelowHeading,
  timedPartsSplitIntoSteps,
  timesOverTheirParts,
  writtenOutBelow,
} from './read/sections';
import { readRecord, readSessions } from './read/split';
import { parseMinutes } from './timing';
import type { LessonInput, LessonPlan } from './types';

const EARLY_YEARS = /\b(?:EYFS|early years|foundation stage|pre-?school)\b/i;

/**
 * Reads a plan in any of the forms teachers write them into the lesson-plan model, as a short
 * pipeline: the document's blocks, without a PDF's page furniture; its sections; how each
 * episode is organised; its objectives, criteria, keywords and misconceptions; its facts;
 * and what kind of document it is.
 */
/** The active time a lesson's length gives beside its timetabled one: "(approx 50 active once changed)". */
const ACTIVE_MINUTES =
  /\((?:approx\.? |about |c\. ?|~)?(\d{1,3}) ?(?:mins? )?(?:active|teaching|on task|of teaching)\b/i;

export function parseLessonPlan(input: LessonInput): LessonPlan {
  const { format, lines, blocks: allBlocks } = readDocument(input);
  const blocks = withoutPageFurniture(allBlocks);
  const { sections, meta, stems, firstText, levels, pacing } = readSections(blocks, lines, metaFields);
  timeBelowHeading(sections);
  rowsOfFlattenedGrid(sections, blocks);
  stepsOfBriefPlan(sections, blocks);
  stepsAfterStarter(sections, blocks);
  stepsAfterNestedLabel(sections, blocks, lines);
  phasesOfProse(sections, blocks);
  timesFromSummary(sections, blocks);
  emptyFieldsUnwritten(sections, blocks);
  cellsUnderColumnNames(sections);
  applyPacing(sections, pacing);
  keywordsEndAtBlank(sections);
  headingsOfParts(sections);
  timesOverTheirParts(sections);
  activitiesBetweenEpisodes(sections, levels);
  elapsedTimeColumn(sections);
  clockStartColumn(sections);
  clockStepsWithin(sections);
  timedPartsSplitIntoSteps(sections);
  stepsOfTimedHeadings(sections, levels);
  writtenOutBelow(sections);
  endingOfGrid(sections);
  reflectionAfterTheLesson(sections);
  readOrganisation(sections);

  const titleSection = sections.find((section) => section.kind === 'title');
  // "Lesson: 3 of 6 (Unit: ...)" says where the lesson sits, not what it is called.
  const stated =
    meta.title === undefined || lessonNumber.read(meta.title) !== undefined ? undefined : meta.title;
  const title = (stated ?? titleSection?.heading ?? meta.title ?? titleFrom(firstText?.text ?? ''))
    .slice(0, 160)
    .trim();
  // What the plan says of itself at its top, as read (so not a file's notes on where it came from).
  // Blocks run in line order, so the opening stops at the first block past it.
  const opening = (lastLine: number) => {
    const end = blocks.findIndex((block) => block.line > lastLine);
    return (end === -1 ? blocks : blocks.slice(0, end)).map((block) => block.text).join('\n');
  };
  const head = [title, opening(20)].join('\n');
  const yearGroup =
    scottishSecondary(title, head) ??
    findYearGroup(
      meta.yearGroup === undefined ? head : `${stageWord(meta.yearGroup, head)} ${meta.yearGroup}`,
    ) ??
    findYearGroup(head);
  const earlyYears = yearGroup === 'Reception' || yearGroup === 'Nursery' || EARLY_YEARS.test(head);
  const items = readItems(sections, blocks, stems, earlyYears);

  const plan: LessonPlan = {
    title: title === '' ? 'Untitled lesson' : title,
    ...items,
    sections,
    lines,
    format,
  };
  if (pacing !== undefined) plan.pacing = { line: pacing.line, entries: pacing.entries };
  // The title says what the lesson is; the opening lines only when the title does not; else the
  // title's topic may ("Investigating rates of chemical reactions", "Binary search trees").
  // "Dyniaethau / Humanities": a bilingual field's subject is the name read in either language.
  const statedSubject =
    meta.subject?.includes(' / ') === true ? (findSubject(meta.subject) ?? meta.subject) : meta.subject;
  const subject =
    statedSubject ??
    withinArea(findSubject(title), findSubject(head)) ??
    subjectOfTopic(topicSubject.read(title), findSubject(head));
  if (subject !== undefined) plan.subject = subject;
  if (yearGroup !== undefined) plan.yearGroup = yearGroup;
  // "Length: 60 mins (approx 50 active once changed)": the minutes the episodes have are the active ones.
  const active = meta.minutes === undefined ? null : ACTIVE_MINUTES.exec(meta.minutes);
  const lessonMinutes =
    (active === null ? undefined : Number(active[1])) ??
    (meta.minutes === undefined ? undefined : parseMinutes(meta.minutes)) ??
    parseMinutes(titleSection?.heading ?? '') ??
    lessonLength(opening(40)) ??
    clockSpanAtTop(blocks);
  if (lessonMinutes !== undefined) plan.lessonMinutes = lessonMinutes;
  const { kind, lessons, scheme, activities } = readKind(plan, blocks);
  plan.kind = kind;
  if (activities !== undefined) plan.activities = activities;
  if (lessons !== undefined) plan.lessons = lessons;
  if (scheme !== undefined) plan.scheme = scheme;
  if (kind === 'scheme')
    schemeFacts(plan, blocks, input.blocks === undefined ? input.text.split('\n', 12) : []);
  else sessionFacts(plan, blocks);
  const cutOff = readCutOff(lines);
  if (cutOff !== undefined) plan.cutOff = cutOff;
  return plan;
}

/** "| 6 Oak (30) | Tues 14th Jan, 9:05 – 10:00 | English |": the times a plan's header gives it, as its length. */
const CLOCK_SPAN = /\b\d{1,2}[:.]\d{2} ?[-–] ?\d{1,2}[:.]\d{2}\b/;

function clockSpanAtTop(blocks: readonly PlanBlock[]): number | undefined {
  for (const block of blocks.slice(0, 8)) {
    // A timetable's first row ("9:00-9:10 | Starter") times its part, not the lesson.
    if (block.timeCell !== undefined) continue;
    const span = CLOCK_SPAN.exec(block.text);
    const minutes = span === null ? undefined : parseMinutes(span[0]);
    if (minutes !== undefined && minutes >= 25 && minutes <= 150) return minutes;
  }
  return undefined;
}

/**
 * A scheme is named by its own heading (not the first of its lessons, nor front matter left
 * from another page), spans the years its headings name, and is about the subject its topic
 * titles plainly share when it does not say.
 */
function schemeFacts(plan: LessonPlan, blocks: readonly PlanBlock[], typed: readonly string[]): void {
  const top = blocks[0];
  // A template's code line is no block of the plan, so it is read as typed.
  const shown = typed.flatMap((line) => templateTitle.read(line) ?? []);
  if (top?.kind === 'heading' && top.level === 1) plan.title = top.text.slice(0, 160);
  else if (shown[0] !== undefined) plan.title = shown[0].slice(0, 160);
  const years = yearRange(blocks.filter((block) => block.kind === 'heading').map((block) => block.text));
  if (years !== undefined) plan.yearGroup = years;
  if (plan.subject === undefined) {
    // A weekly grid names no lessons: its objectives say what it teaches.
    const titles =
      plan.lessons?.map((lesson) => lesson.title) ?? plan.objectives.map((objective) => objective.text);
    const subject = subjectOfTopics(titles, (title) => topicSubject.read(title));
    if (subject !== undefined) plan.subject = subject;
  }
}

/**
 * A document of several sessions gets each its own facts, and the whole document only those
 * they share; a record of teaching already done says so, with what it says comes next.
 */
function sessionFacts(plan: LessonPlan, blocks: readonly PlanBlock[]): void {
  const sessions = readSessions(plan, blocks);
  if (sessions === undefined) {
    const { record, nextFocus } = readRecord(plan.sections);
    if (record) plan.record = true;
    if (nextFocus.length > 0) plan.nextFocus = nextFocus;
    return;
  }
  plan.sessions = sessions;
  // What the sessions share is the document's; where they differ, each says its own.
  const agreed = <T>(values: (T | undefined)[], own: T | undefined) => {
    const stated = values.filter((value) => value !== undefined);
    if (stated.length === 0) return own;
    return values.every((value) => value === stated[0]) ? stated[0] : undefined;
  };
  const subject = agreed(
    sessions.map((session) => session.subject),
    plan.subject,
  );
  const yearGroup = agreed(
    sessions.map((session) => session.yearGroup),
    plan.yearGroup,
  );
  const minutes = agreed(
    sessions.map((session) => session.lessonMinutes),
    plan.lessonMinutes,
  );
  if (subject === undefined) delete plan.subject;
  else plan.subject = subject;
  if (yearGroup === undefined) delete plan.yearGroup;
  else plan.yearGroup = yearGroup;
  if (minutes === undefined) delete plan.lessonMinutes;
  else plan.lessonMinutes = minutes;
  if (sessions.every((session) => session.record === true)) plan.record = true;
  const next = sessions.flatMap((session) => session.nextFocus ?? []);
  if (next.length > 0) plan.nextFocus = next;
}

/**
 * "Grade: 6" is a US grade, a year younger than the UK's Year 6: a bare number under a field is
 * read as the stage the plan names ("Grade"), else as a year.
 */
function stageWord(value: string, head: string): string {
  if (!/^\d{1,2}$/.test(value.trim())) return 'Year';
  return /\bgrade\b/i.test(head.slice(0, 2000)) && !/\byear\b/i.test(head.slice(0, 2000)) ? 'Grade' : 'Year';
}
