import type { PlanSection } from '../types';
import { EPISODE_KINDS } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { briefStep } from './recognisers/brief-step';

/** A brief plan is short: a long document with no parts read is something else. */
const BRIEF_BLOCKS = 25;

/**
 * A brief plan written as its steps, a line each with no headings ("DNow (0-8) 5 Qs...", "I do 2,
 * we do 2 (15')", "Ex 14B (20')", "Last 5' exit tix", "HW Sparx"): each step is a part of the
 * lesson, so the plan is audited as the lesson it is. Where the reading found parts already, or
 * fewer than three steps, nothing changes. The lines a step takes from a section above (an
 * objective written first swallows the lines after it) are the step's.
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
  const first = steps[0]!.block.line;
  for (const section of sections) {
    section.body = section.body.filter((item) => item.line < first);
    section.endLine = Math.min(section.endLine, Math.max(section.line, first - 1));
  }
  const stepLines = new Set(steps.map(({ block }) => block.line));
  for (const [index, { block, step }] of steps.entries()) {
    const next = steps[index + 1]?.block.line ?? Number.POSITIVE_INFINITY;
    // A note under a step ("Go through quickly") is the step's, up to the next step or heading.
    const body = blocks.filter(
      (other) =>
        other.line === block.line ||
        (other.line > block.line &&
          other.line < next &&
          !headings.has(other.line) &&
          !stepLines.has(other.line)),
    );
    const section: PlanSection = {
      kind: step.kind,
      heading: step.heading,
      line: block.line,
      endLine: body[body.length - 1]!.line,
      body: body.map((entry) => ({ text: entry.text, line: entry.line })),
      organisation: [],
    };
    if (step.minutes !== undefined) section.minutes = step.minutes;
    sections.push(section);
  }
  sections.sort((a, b) => a.line - b.line);
}
