import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../extension/lib/analysis';
import { PLAN_LIMITS, sameContent, withinLimits } from '../../extension/lib/plan-blocks';
import { docRead, pageRead, summariseRequest } from '../../extension/lib/plan-schema';
import { analyseLessonPlan } from '../../shared/lesson';
import type { DraftBlock } from '../../shared/lesson/read/blocks';
import { htmlBlocks } from '../../shared/lesson/read/html-blocks';

/** A Docs export where the plenary is marked by bold alone and the lesson is a timed grid. */
const DOC_EXPORT = `<html><head><title>Y8 Forces</title></head><body class="c12 doc-content">
<p class="c3 title"><span>Y8 Science: Forces</span></p>
<h2><span>Learning objective</span></h2>
<p><span>To explain how unbalanced forces change the motion of an object</span></p>
<table><tbody>
<tr><td><p>Time</p></td><td><p>Activity</p></td><td><p>Differentiation</p></td></tr>
<tr><td><p>10</p></td><td><p>Starter: pupils sort pictures into balanced and unbalanced forces</p></td><td><p>Picture cards with labels</p></td></tr>
<tr><td><p>25</p></td><td><p>Main: pupils pull force meters in pairs and record the resultant force</p></td><td><p>Partly filled results table</p></td></tr>
</tbody></table>
<p><b>Trolley races</b></p>
<p>Groups time a trolley pulled by one and then two elastic bands.</p>
<p><b>Plenary</b></p>
<p>Pupils explain to a partner what an unbalanced force does, then answer two exit questions.</p>
</body></html>`;

const sections = (analysis: ReturnType<typeof analyseLessonPlan>) =>
  analysis.plan.sections.map(({ kind, heading, line, minutes }) => ({ kind, heading, line, minutes }));

describe('the blocks a source sends go to the engine as they are', () => {
  it("read a Doc's bold-only headings and timed grid as the command line reads the same HTML", () => {
    const blocks = htmlBlocks(DOC_EXPORT);
    const inExtension = analysePlan({ blocks }, { hiddenRules: [] });
    const onCommandLine = analyseLessonPlan({ text: DOC_EXPORT });
    expect(sections(inExtension)).toEqual(sections(onCommandLine));
    // What a teacher would check: the bold lines are parts of the lesson, the grid's rows timed episodes.
    expect(sections(inExtension).map((section) => section.heading)).toEqual(
      expect.arrayContaining(['Trolley races', 'Plenary']),
    );
    expect(sections(inExtension).filter((section) => section.minutes !== undefined)).toHaveLength(2);
    expect(inExtension.prompts.map((prompt) => `${prompt.rule}:${prompt.messageId}`)).toEqual(
      onCommandLine.prompts.map((prompt) => `${prompt.rule}:${prompt.messageId}`),
    );
  });
});

const paragraph = (text: string): DraftBlock => ({ kind: 'paragraph', text });

describe('withinLimits', () => {
  it('passes a plan under the limits untouched', () => {
    const blocks = htmlBlocks(DOC_EXPORT);
    expect(withinLimits(blocks)).toEqual({ blocks, clipped: false });
  });

  it('keeps the first blocks of a page with more than the limit, and says so', () => {
    const blocks = Array.from({ length: PLAN_LIMITS.blocks + 5 }, (_, index) => paragraph(`Line ${index}`));
    const within = withinLimits(blocks);
    expect(within.clipped).toBe(true);
    expect(within.blocks).toHaveLength(PLAN_LIMITS.blocks);
    expect(within.blocks[0]).toEqual(paragraph('Line 0'));
  });

  it('cuts an overlong paragraph and a too-wide row, and stops before the total is passed', () => {
    const long = 'a'.repeat(PLAN_LIMITS.blockChars + 10);
    const wide: DraftBlock = { kind: 'row', text: 'x', cells: Array.from({ length: 60 }, () => 'c') };
    const cut = withinLimits([paragraph(long), wide]);
    expect(cut.clipped).toBe(true);
    expect(cut.blocks[0]!.text).toHaveLength(PLAN_LIMITS.blockChars);
    expect(cut.blocks[1]!.cells).toHaveLength(PLAN_LIMITS.cells);
    const many = Array.from({ length: 60 }, () => paragraph('b'.repeat(PLAN_LIMITS.blockChars)));
    const total = withinLimits(many);
    expect(total.clipped).toBe(true);
    expect(total.blocks.length * PLAN_LIMITS.blockChars).toBeLessThanOrEqual(PLAN_LIMITS.totalChars);
  });
});

describe('sameContent', () => {
  it('tells a changed layout from the same plan, even with the same words', () => {
    const before = { blocks: [paragraph('Plenary'), paragraph('Exit ticket')] };
    const bold = { blocks: [{ ...paragraph('Plenary'), emphasised: true }, paragraph('Exit ticket')] };
    expect(sameContent(before, { blocks: [paragraph('Plenary'), paragraph('Exit ticket')] })).toBe(true);
    expect(sameContent(before, bold)).toBe(false);
    expect(sameContent({ text: 'a' }, { text: 'a' })).toBe(true);
    expect(sameContent({ text: 'a' }, before)).toBe(false);
  });
});

describe('what the background and the panel accept from a content script', () => {
  const blocks = htmlBlocks(DOC_EXPORT);

  it("accepts the converter's blocks in every message that carries them", () => {
    expect(summariseRequest({ type: 'trajectory/summarise', blocks })).toEqual({
      type: 'trajectory/summarise',
      blocks,
    });
    const read = { ok: true, path: 'export', title: 'Y8 Forces', blocks, clipped: false, failures: [] };
    expect(docRead(read)).toEqual(read);
    const failed = { ok: false, failures: [{ path: 'export', reason: 'sign-in', detail: 'Sign in' }] };
    expect(docRead(failed)).toEqual(failed);
    const page = { title: 'Plan', main: blocks, clipped: false, selection: [], selectionText: '' };
    expect(pageRead(page)).toEqual(page);
  });

  it.each([
    ['another message', { type: 'trajectory/open-panel' }],
    ['text instead of blocks', { type: 'trajectory/summarise', text: 'Plenary' }],
    ['a block of an unknown kind', { type: 'trajectory/summarise', blocks: [{ kind: 'script', text: 'x' }] }],
    [
      'a block with a field of its own',
      { type: 'trajectory/summarise', blocks: [{ ...paragraph('x'), html: '<b>' }] },
    ],
    [
      'a heading level of 9',
      { type: 'trajectory/summarise', blocks: [{ kind: 'heading', text: 'x', level: 9 }] },
    ],
    [
      'more blocks than a plan has',
      {
        type: 'trajectory/summarise',
        blocks: Array.from({ length: PLAN_LIMITS.blocks + 1 }, () => paragraph('x')),
      },
    ],
    [
      'a paragraph longer than the limit',
      { type: 'trajectory/summarise', blocks: [paragraph('x'.repeat(PLAN_LIMITS.blockChars + 1))] },
    ],
    [
      'more characters in all than the limit',
      {
        type: 'trajectory/summarise',
        blocks: Array.from({ length: 51 }, () => paragraph('x'.repeat(PLAN_LIMITS.blockChars))),
      },
    ],
  ])('refuses %s', (_name, message) => {
    expect(summariseRequest(message)).toBeNull();
  });

  it('refuses a read of a Doc or page that is not one', () => {
    expect(docRead(undefined)).toBeNull();
    expect(docRead({ ok: true, path: 'export', title: 'x', text: 'Plenary', failures: [] })).toBeNull();
    expect(pageRead({ title: 'x', mainText: 'Plenary', selectionText: '' })).toBeNull();
    expect(pageRead(null)).toBeNull();
  });
});
