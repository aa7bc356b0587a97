import type { PlanSection, SectionKind } from '../types';
import type { PlanBlock } from './blocks';

/** A part of the lesson a pass found opening at a block: what it is, what it is called, its minutes. */
export interface PartStart {
  block: PlanBlock;
  kind: SectionKind;
  heading: string;
  minutes?: number;
}

/**
 * Makes each found part a section of the plan: its lines run from its own to the next part or the
 * next heading the reading found ("Resources: ..."), and are taken out of the section they sat in.
 * A section with no heading of its own that this leaves empty held nothing else, and goes.
 */
export function partsAt(
  sections: PlanSection[],
  blocks: readonly PlanBlock[],
  starts: readonly PartStart[],
): void {
  const headings = sections.filter((section) => section.heading !== '').map((section) => section.line);
  const startLines = new Set(starts.map(({ block }) => block.line));
  const bodies = starts.map(({ block }, index) => {
    const next = starts[index + 1]?.block.line ?? Number.POSITIVE_INFINITY;
    const end = Math.min(next, ...headings.filter((line) => line > block.line));
    return blocks.filter(
      (other) =>
        other.line === block.line ||
        (other.line > block.line && other.line < end && !startLines.has(other.line)),
    );
  });
  const claimed = new Set(bodies.flat().map((block) => block.line));
  for (const section of sections) {
    if (!section.body.some((item) => claimed.has(item.line))) continue;
    section.body = section.body.filter((item) => !claimed.has(item.line));
    section.endLine = Math.max(section.line, ...section.body.map((item) => item.line));
  }
  for (let index = sections.length - 1; index >= 0; index--)
    if (sections[index]!.heading === '' && sections[index]!.body.length === 0) sections.splice(index, 1);
  for (const [index, start] of starts.entries()) {
    const body = bodies[index]!;
    const section: PlanSection = {
      kind: start.kind,
      heading: start.heading,
      line: start.block.line,
      endLine: body[body.length - 1]!.line,
      body: body.map((entry) => ({ text: entry.text, line: entry.line })),
      organisation: [],
    };
    if (start.minutes !== undefined) section.minutes = start.minutes;
    sections.push(section);
  }
  sections.sort((a, b) => a.line - b.line);
}

/** How much of its opening words names a part a pass found. */
const NAME_LENGTH = 48;

/** "Then I'll tell the story of Anthony Walker, the 18 year old…": a part's name, cut at a word to fit. */
export function partName(clause: string): string {
  if (clause.length <= NAME_LENGTH) return clause;
  const cut = clause.lastIndexOf(' ', NAME_LENGTH);
  return `${clause.slice(0, cut > 0 ? cut : NAME_LENGTH)}…`;
}
