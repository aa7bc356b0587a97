import { readDocument } from './read/document';
import { findSubject, findYearGroup, lessonLength, metaFields, titleFrom } from './read/facts';
import { withoutPageFurniture } from './read/furniture';
import { readItems } from './read/items';
import { readKind } from './read/kind';
import { activitiesBetweenEpisodes, applyPacing, readOrganisation, readSections } from './read/sections';
import { parseMinutes } from './timing';
import type { LessonInput, LessonPlan } from './types';

const EARLY_YEARS = /\b(?:EYFS|early years|foundation stage|pre-?school)\b/i;

/**
 * Reads a plan in any of the forms teachers write them into the lesson-plan model, as a short
 * pipeline: the document's blocks, without a PDF's page furniture; its sections; how each
 * episode is organised; its objectives, criteria, keywords and misconceptions; its facts;
 * and what kind of document it is.
 */
export function parseLessonPlan(input: LessonInput): LessonPlan {
  const { format, lines, blocks: allBlocks } = readDocument(input);
  const blocks = withoutPageFurniture(allBlocks);
  const { sections, meta, stems, firstText, levels, pacing } = readSections(blocks, lines, metaFields);
  applyPacing(sections, pacing);
  activitiesBetweenEpisodes(sections, levels);
  readOrganisation(sections);

  const titleSection = sections.find((section) => section.kind === 'title');
  const title = (meta.title ?? titleSection?.heading ?? titleFrom(firstText?.text ?? ''))
    .slice(0, 160)
    .trim();
  // What the plan says of itself at its top, as read (so not a file's notes on where it came from).
  const opening = (lastLine: number) =>
    blocks
      .filter((block) => block.line <= lastLine)
      .map((block) => block.text)
      .join('\n');
  const head = [title, opening(20)].join('\n');
  const yearGroup =
    findYearGroup(meta.yearGroup === undefined ? head : `Year ${meta.yearGroup}`) ?? findYearGroup(head);
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
  // The title says what the lesson is; the opening lines only when the title does not.
  const subject = meta.subject ?? findSubject(title) ?? findSubject(head);
  if (subject !== undefined) plan.subject = subject;
  if (yearGroup !== undefined) plan.yearGroup = yearGroup;
  const lessonMinutes =
    (meta.minutes === undefined ? undefined : parseMinutes(meta.minutes)) ??
    parseMinutes(titleSection?.heading ?? '') ??
    lessonLength(opening(40));
  if (lessonMinutes !== undefined) plan.lessonMinutes = lessonMinutes;
  const { kind, lessons } = readKind(plan, blocks);
  plan.kind = kind;
  if (lessons !== undefined) plan.lessons = lessons;
  // A scheme's own heading names it, not the first of its lessons.
  const top = blocks[0];
  if (kind === 'scheme' && top?.kind === 'heading' && top.level === 1) plan.title = top.text.slice(0, 160);
  return plan;
}
