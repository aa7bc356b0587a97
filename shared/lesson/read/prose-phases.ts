import type { PlanSection, SectionKind } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { partName, partsAt } from './parts-at';
import { opensTheLesson, phaseMinutes, prosePhase } from './recognisers/prose-phase';

/** A lesson told as prose has at least so many paragraphs that open a phase of it. */
const PHASES = 3;

/** The last phase brings the class back to what it found: "...everyone back inside and each group reports...". */
const REPORTS_BACK =
  /\b(?:report(?:s|ing)? back|each (?:group|table|pair) (?:reports|shares|feeds back)|back (?:inside|together|to the carpet)|whole[- ]class (?:discussion|feedback|share)|conclusion|review|recap|plenary)\b/i;

/** "Then I'll tell the story of Anthony Walker, the 18 year old...": the phase by its opening words. */
function phaseName(text: string): string {
  return partName(text.split(/[.:;!?]|, /, 1)[0]!);
}

/**
 * A lesson plan written as the teacher's paragraphs, with no headings ("I will start by...", "Next
 * I will...", "The practical: ...", "After the 30-minute check, everyone back inside..."): each
 * paragraph that opens a phase is a part of the lesson, the first its start and the last its end
 * where it says so. A paragraph between them (the misconception to watch, the pupils who need
 * something) is a note on the phase before it. Where the reading found parts already, nothing changes.
 */
export function phasesOfProse(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  // One labelled part among the paragraphs ("Independent writing: one comparative paragraph...") is a phase
  // of the prose too; two or more are a plan set out in parts.
  const labelled = sections.filter((section) => EPISODE_KINDS.includes(section.kind));
  if (labelled.length > 1) return;
  const headings = new Set(
    sections.filter((section) => section.heading !== '').map((section) => section.line),
  );
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph' && !headings.has(block.line));
  const phased = paragraphs.flatMap((block) => {
    const phase = prosePhase.read(block.text);
    return phase === undefined ? [] : [{ block, phase }];
  });
  if (phased.length + labelled.length < PHASES || phased.length < PHASES - 1) return;
  // "The big question on the board as they come in...": the paragraph before the first phase opens the lesson.
  const before = paragraphs.filter(
    (block) => block.line < phased[0]!.block.line && opensTheLesson(block.text),
  );
  const opening =
    phased[0]!.phase === 'opens' ? [] : before.slice(-1).map((block) => ({ block, phase: 'opens' as const }));
  const phases = [...opening, ...phased];
  partsAt(
    sections,
    blocks,
    phases.map(({ block, phase }, index) => {
      const kind: SectionKind =
        index === 0 && phase !== 'ends' && labelled.every((section) => section.line > block.line)
          ? 'starter'
          : phase === 'ends' || (index === phases.length - 1 && REPORTS_BACK.test(block.text))
            ? 'plenary'
            : 'main';
      const minutes = phaseMinutes(block.text);
      return { block, kind, heading: phaseName(block.text), ...(minutes === undefined ? {} : { minutes }) };
    }),
  );
}
