import type { PlanSection } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { type PartStart, partName, partsAt } from './parts-at';
import { briefStep } from './recognisers/brief-step';

/** A brief plan is short: a long document with no parts read is something else. */
const BRIEF_BLOCKS = 25;

/**
 * A brief plan written as its steps, a line each with no headings ("DNow (0-8) 5 Qs...", "I do 2,
 * we do 2 (15')", "Ex 14B (20')", "Last 5' exit tix", "HW Sparx"): each step is a part of the
 * lesson, so the plan is audited as the lesson it is. Where the reading found parts already, or
 * fewer than three steps, nothing changes. A note under a step ("Go through quickly") is the step's.
 */
export function stepsOfBriefPlan(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  if (blocks.length > BRIEF_BLOCKS || sections.some((section) => EPISODE_KINDS.includes(section.kind)))
    return;
  const headings = new Set(sections.map((section) => section.line));
  const steps = blocks.flatMap((block, index) => {
    if (index === 0 || headings.has(block.line) || block.kind === 'heading') return [];
    const step = briefStep.read(block.text);
    return step === undefined ? [] : [{ block, step }];
  });
  if (steps.filter(({ step }) => EPISODE_KINDS.includes(step.kind)).length < 3) return;
  partsAt(
    sections,
    blocks,
    steps.map(({ block, step }) => ({ block, ...step })),
  );
}

/** So many steps listed after a labelled starter make the rest of a lesson. */
const STEPS_AFTER = 3;

/**
 * A plan in bullets whose first names its part and whose others do not ("- Starter: on board 'Petrol goes
 * up 20p...'", "- quick recap...", "- formula PED = ...", "- calc worksheet Q1-6 in pairs"): the label is the
 * starter's alone, and the steps after it, at its depth, are the rest of the lesson, its main part.
 */
export function stepsAfterStarter(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  const episodes = sections.filter((section) => EPISODE_KINDS.includes(section.kind));
  const starter = episodes[0];
  if (episodes.length !== 1 || starter?.kind !== 'starter') return;
  const opening = blocks.find((block) => block.line === starter.line);
  if (opening?.kind !== 'item' || opening.marker === undefined) return;
  const later = starter.body.flatMap((entry) => {
    const block = blocks.find((candidate) => candidate.line === entry.line);
    return block !== undefined &&
      block.line > starter.line &&
      block.kind === 'item' &&
      block.marker === opening.marker
      ? [block]
      : [];
  });
  if (later.length < STEPS_AFTER) return;
  partsAt(sections, blocks, [
    { block: later[0]!, kind: 'main', heading: partName(firstClause(later[0]!.text)) },
  ]);
}

/** "quick recap movement along vs shift of demand curve (they were shaky...)": the step's first clause. */
const firstClause = (text: string) => text.split(/[(:;,.]/, 1)[0]!.trim();

/**
 * "- teach: je vais + infinitive" / "  - MISCONCEPTION – they'll conjugate both verbs" / "- quick check – true/false
 * on MWB" / "- listening – ...": a label on a nested item heads that item's notes only. The list's next items at
 * the outer depth are the lesson's next steps, each a part of its own, not more of the misconception.
 */
export function stepsAfterNestedLabel(
  sections: PlanSection[],
  blocks: readonly PlanBlock[],
  lines: readonly string[],
): void {
  const byLine = new Map(blocks.map((block) => [block.line, block]));
  // The spaces before an item's marker, as the plan's line has them: a Markdown item's marker is kept without them.
  const indentOf = (block: PlanBlock) => {
    const line = lines[block.line - 1] ?? '';
    return line.length - line.trimStart().length;
  };
  const starts: PartStart[] = [];
  for (const section of sections) {
    if (EPISODE_KINDS.includes(section.kind)) continue;
    const head = byLine.get(section.line);
    if (head?.kind !== 'item' || indentOf(head) === 0) continue;
    for (const entry of section.body) {
      const block = byLine.get(entry.line);
      if (
        block === undefined ||
        block.line === head.line ||
        block.kind !== 'item' ||
        indentOf(block) >= indentOf(head)
      )
        continue;
      const step = briefStep.read(block.text);
      starts.push({
        block,
        kind: step !== undefined && EPISODE_KINDS.includes(step.kind) ? step.kind : 'main',
        heading: step?.heading ?? partName(firstClause(block.text.split(/ [–—-] /, 1)[0]!)),
        ...(step?.minutes === undefined ? {} : { minutes: step.minutes }),
      });
    }
  }
  if (starts.length > 0) partsAt(sections, blocks, starts);
}
