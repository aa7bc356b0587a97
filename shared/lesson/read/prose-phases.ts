import type { PlanSection, SectionKind } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { partName, partsAt } from './parts-at';
import { opensTheLesson, phaseMinutes, prosePhase } from './recognisers/prose-phase';
import { timingsSummary } from './recognisers/timings-summary';

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

/**
 * "**Timings roughly:** retrieval 10, vocab 5, video + diagram 15, worksheet 15, recap 5?" under a lesson told
 * as prose: one entry for each of its parts, in order, so a part its paragraph leaves untimed takes the summary's
 * minutes. A summary that names more or fewer parts than the lesson has times none of them.
 */
export function timesFromSummary(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  const block = blocks.find((candidate) => timingsSummary.read(candidate.text) !== undefined);
  if (block === undefined) return;
  const summary = timingsSummary.read(block.text)!;
  // The summary is the lesson's timings, not a line of the part it follows ("recap 5?" is no recap).
  const holder = sections.findIndex((section) => section.body.some((entry) => entry.line === block.line));
  if (holder !== -1) {
    const section = sections[holder]!;
    section.body = section.body.filter((entry) => entry.line !== block.line);
    section.endLine = Math.max(section.line, ...section.body.map((entry) => entry.line));
    sections.splice(holder + 1, 0, {
      kind: 'context',
      heading: '',
      line: block.line,
      endLine: block.line,
      body: [{ text: block.text, line: block.line }],
      organisation: [],
    });
  }
  const parts = sections.filter(
    (section) => EPISODE_KINDS.includes(section.kind) && section.within === undefined,
  );
  if (parts.length !== summary.length) return;
  for (const [index, part] of parts.entries()) part.minutes ??= summary[index]!.minutes;
}
