import { organisationsIn } from '../organisation';
import { parseMinutes } from '../timing';
import type { PlanSection, SectionKind } from '../types';
import { EPISODE_KINDS, type MetaField } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { type LineReading, minutesAtStart, readBlock, stagesUsed } from './labels';
import { objectiveStem } from './recognisers/objective-stem';
import { outcomeBand } from './recognisers/outcome-band';

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
  if (block.kind === 'heading' || reading.tableRow || reading.rest === '') return false;
  if (!EPISODE_KINDS.includes(current.kind)) return false;
  if (markedHeadings)
    return reading.kind === current.kind || reading.kind === 'other' || NOTE_KINDS.has(reading.kind!);
  // Without Markdown a "Mini-plenary:" line is still a part of the lesson of its own.
  const runsOn = current.body[0]?.line !== current.line && current.endLine === block.line - 1;
  return (
    runsOn && (reading.kind === 'other' || (NOTE_KINDS.has(reading.kind!) && reading.kind !== 'mini-plenary'))
  );
}

/** Sections whose items are statements: a stem line or a band header under them is not an item. */
const STATEMENT_SECTIONS = new Set<SectionKind>(['objectives', 'success-criteria']);

/**
 * A heading inside a part of the plan that only divides it: "### Students will:" under
 * "## Lesson Objectives", "### All students are able to:" under "## Learning outcomes",
 * "# See teaching this in action" straight under "## Lesson starter".
 */
function staysInside(reading: LineReading, block: PlanBlock, current: PlanSection | undefined): boolean {
  if (current === undefined) return false;
  if (STATEMENT_SECTIONS.has(current.kind) && isStem(block.text, current.kind)) return true;
  return (
    block.kind === 'heading' &&
    reading.kind === 'other' &&
    EPISODE_KINDS.includes(current.kind) &&
    current.body.length === 0
  );
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
  /** Minutes a "Time:" line states, for the section it sits in. */
  firstText?: { text: string; line: number };
  /** Blocks a section's items skip: stems and band headers ("Students will be able to:"). */
  stems: Set<number>;
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
  let firstText: { text: string; line: number } | undefined;
  let current: PlanSection | undefined;
  const markedHeadings = blocks.filter((block) => block.kind === 'heading').length >= 2;
  const context = { ...stagesUsed(blocks), beforeEpisodes: true };

  for (const block of blocks) {
    const lineNumber = block.line;
    const reading = readBlock(block, context);
    const inside = reading?.kind !== undefined && staysInside(reading, block, current);
    if (
      !inside &&
      reading?.kind !== undefined &&
      !(
        current !== undefined &&
        ((reading.header === true && EPISODE_KINDS.includes(current.kind)) ||
          isNote(reading, block, current, markedHeadings))
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
      for (const cell of reading.rest.split(' | ')) {
        if (cell.trim() !== '') current.body.push({ text: cell.trim(), line: lineNumber });
      }
      sections.push(current);
      if (EPISODE_KINDS.includes(kind)) context.beforeEpisodes = false;
      continue;
    }
    if (!inside && reading?.meta !== undefined) {
      // The line as typed: a form's header spaces its fields apart ("Teacher: J Evans   Class: 9X2").
      for (const [field, value] of metaFields(lines[lineNumber - 1] ?? block.text)) {
        if (meta[field] === undefined) meta[field] = value;
      }
      if (reading.meta === 'minutes' && current !== undefined && current.minutes === undefined) {
        const minutes = parseMinutes(reading.rest);
        if (minutes !== undefined) current.minutes = minutes;
      }
    }
    if (firstText === undefined && current === undefined && reading?.meta === undefined) {
      firstText = { text: block.text, line: lineNumber };
    }
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
  return firstText === undefined ? { sections, meta, stems } : { sections, meta, stems, firstText };
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
