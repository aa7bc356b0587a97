import type { PlanSection } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { partName, partsAt } from './parts-at';
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
