import type { PlanSection } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { partsAt } from './parts-at';
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
