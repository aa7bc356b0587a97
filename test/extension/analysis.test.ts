import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analysePlan,
  docSummary,
  guidedSessionFor,
  laddersFor,
  readsAsPlan,
} from '../../extension/lib/analysis';

const PLAN = [
  '# Year 3 English: Persuasive letters',
  '## Learning objective',
  '- To write a persuasive letter using rhetorical questions',
  '## Starter (10 mins)',
  'Whole class: read two letters and vote on the more persuasive one.',
  '## Main (30 mins)',
  'Pupils write their own letter individually.',
  '## Key questions',
  '- What is a rhetorical question?',
  '- Why does a rhetorical question make a letter more persuasive?',
  '- Which of the two letters is more persuasive, and why?',
].join('\n');

describe('analysePlan', () => {
  it('leaves out what switched-off checks report, and only that', () => {
    const all = analysePlan({ text: PLAN }, { hiddenRules: [] });
    const hidden = [all.prompts[0]!.rule, all.strengths[0]!.rule];
    const filtered = analysePlan({ text: PLAN }, { hiddenRules: hidden });
    const rulesOf = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);
    expect(rulesOf(filtered.prompts)).toEqual(rulesOf(all.prompts).filter((rule) => !hidden.includes(rule)));
    expect(rulesOf(filtered.strengths)).toEqual(
      rulesOf(all.strengths).filter((rule) => !hidden.includes(rule)),
    );
    expect(filtered.prompts.length).toBeLessThan(all.prompts.length);
    expect(filtered.strengths.length).toBeLessThan(all.strengths.length);
  });
});

describe('laddersFor', () => {
  it("uses the plan's own ladders when it has objectives", () => {
    const analysis = analysePlan({ text: PLAN }, { hiddenRules: [] });
    expect(laddersFor(analysis, { text: PLAN }, false)).toBe(analysis.questions);
    expect(analysis.questions.length).toBeGreaterThan(0);
  });

  it('treats a selected sentence with no objective heading as the objective', () => {
    const selection = 'compare  the\nwater cycle with the carbon cycle';
    const analysis = analysePlan({ text: selection }, { hiddenRules: [] });
    const ladders = laddersFor({ ...analysis, questions: [] }, { text: selection }, true);
    expect(ladders).toHaveLength(1);
    expect(ladders[0]!.objective).toMatch(/compare the water cycle with the carbon cycle/);
    expect(ladders[0]!.ladder[0]!.level).toBe('inclusive');
  });

  it('treats a selected paragraph as the objective, but not a selected heading with its activities', () => {
    const objective = {
      kind: 'paragraph',
      text: 'To compare the water cycle with the carbon cycle',
    } as const;
    const analysis = analysePlan({ blocks: [objective] }, { hiddenRules: [] });
    const ladders = laddersFor({ ...analysis, questions: [] }, { blocks: [objective] }, true);
    expect(ladders.map((ladder) => ladder.objective)).toEqual([
      expect.stringMatching(/compare the water cycle with the carbon cycle$/),
    ]);
    const part = {
      blocks: [
        { kind: 'heading', text: 'Starter (5 mins)', level: 2 },
        { kind: 'paragraph', text: 'Pairs: where does a puddle go on a sunny day?' },
      ] as const,
    };
    const fromPart = analysePlan({ blocks: [...part.blocks] }, { hiddenRules: [] });
    expect(laddersFor({ ...fromPart, questions: [] }, { blocks: [...part.blocks] }, true)).toEqual([]);
  });

  it('gives no ladder for a page without objectives, or an empty selection', () => {
    const analysis = analysePlan({ text: 'Notes' }, { hiddenRules: [] });
    expect(laddersFor({ ...analysis, questions: [] }, { text: 'Notes' }, false)).toEqual([]);
    expect(laddersFor({ ...analysis, questions: [] }, { text: '  ' }, true)).toEqual([]);
  });
});

describe('guidedSessionFor', () => {
  it("plans the teacher's choice inside 15-20 minutes", () => {
    const analysis = analysePlan({ text: PLAN }, { hiddenRules: [] });
    const session = guidedSessionFor(analysis, {
      objective: 'To write a persuasive letter using rhetorical questions',
      focus: 'using rhetorical questions',
      minutes: 15,
    });
    expect(session?.minutes).toBe(15);
    expect(session?.focus).toBe('using rhetorical questions');
    expect(session?.stages.reduce((sum, stage) => sum + stage.minutes, 0)).toBe(15);
  });

  it('gives null when there is no objective to guide towards', () => {
    const analysis = analysePlan({ text: 'Notes' }, { hiddenRules: [] });
    expect(guidedSessionFor(analysis, { objective: ' ', focus: '', minutes: 20 })).toBeNull();
  });
});

describe('readsAsPlan and the Docs card summary', () => {
  const MINUTES = [
    '# Department meeting minutes, 14 March',
    'Present: JS, AK, RT.',
    '## Agenda',
    '1. Mock exam results',
    '## Actions',
    '- AK to book the coach by Friday',
  ].join('\n');

  it('counts the prompts of a lesson plan, most important first, at most three', () => {
    const analysis = analysePlan({ text: PLAN }, { hiddenRules: [] });
    const summary = docSummary(analysis);
    expect(summary.readsAsPlan).toBe(true);
    expect(summary.promptCount).toBe(analysis.prompts.length);
    expect(summary.topPrompts.map((prompt) => prompt.messageId)).toEqual(
      analysis.prompts.slice(0, 3).map((prompt) => prompt.messageId),
    );
  });

  it('gives meeting minutes no count at all', () => {
    const analysis = analysePlan({ text: MINUTES }, { hiddenRules: [] });
    expect(readsAsPlan(analysis.plan)).toBe(false);
    expect(docSummary(analysis)).toMatchObject({ readsAsPlan: false, promptCount: 0, topPrompts: [] });
  });

  it.each([
    ['lesson', true],
    ['scheme', true],
    ['tuition', true],
    ['pupil-facing', false],
    ['not-a-plan', false],
  ] as const)("follows the reader's kind when it gives one: %s", (kind, expected) => {
    const { plan } = analysePlan({ text: kind === 'lesson' ? MINUTES : PLAN }, { hiddenRules: [] });
    expect(readsAsPlan({ ...plan, kind })).toBe(expected);
  });
});

describe('the Docs card says what the document is', () => {
  it('gives a scheme its lesson count, without counting the line that says it is a scheme', () => {
    const scheme = readFileSync(
      join(import.meta.dirname, '../fixtures/lessons/reading/scheme-of-lessons.md'),
      'utf8',
    );
    const analysis = analysePlan({ text: scheme }, { hiddenRules: [] });
    expect(analysis.prompts.map((prompt) => prompt.rule)).toContain('lesson/plan-recognised');
    const summary = docSummary(analysis);
    expect(summary).toMatchObject({ readsAsPlan: true, kind: 'scheme', lessons: 3 });
    expect(summary.topPrompts.map((prompt) => prompt.rule)).not.toContain('lesson/plan-recognised');
    expect(summary.promptCount).toBe(analysis.prompts.length - 1);
  });

  it('calls a plan complete only with objectives, episodes and an ending', () => {
    expect(docSummary(analysePlan({ text: PLAN }, { hiddenRules: [] })).complete).toBe(false);
    const withPlenary = `${PLAN}\n## Plenary (10 mins)\nPupils return to the objective and say what makes a letter persuasive.`;
    expect(docSummary(analysePlan({ text: withPlenary }, { hiddenRules: [] })).complete).toBe(true);
  });
});

describe('the Docs card summary quotes', () => {
  it("gives a prompt about a line of the plan that line's words, without Markdown markers", () => {
    const analysis = analysePlan({ text: PLAN }, { hiddenRules: [] });
    const summary = docSummary({
      ...analysis,
      prompts: analysis.prompts.filter((p) => p.where?.kind === 'plan' && p.where.line),
    });
    for (const prompt of summary.topPrompts) {
      expect(prompt.quote).toBeDefined();
      expect(PLAN).toContain(prompt.quote);
      expect(prompt.quote).not.toMatch(/^(#|- )/);
    }
    expect(summary.topPrompts.length).toBeGreaterThan(0);
  });
});
