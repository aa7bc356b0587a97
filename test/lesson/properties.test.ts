import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseLessonPlan,
  type LessonInput,
  lessonToJson,
  parseLessonPlan,
  planGuidedSession,
  questionLadder,
} from '../../shared/lesson';

/** Pieces real plans are made of, so generated text reaches deep into the parser, not just its first line. */
const fragment = fc.constantFrom(
  'Learning objective:',
  'LO: To explain',
  'Success criteria',
  'I can',
  'All will',
  'Some could',
  'Starter (10 mins)',
  "Main (20')",
  '0:10-0:25',
  '9:05 – 9:35',
  'Plenary',
  'Mini-plenary:',
  'Guided group of 6',
  'Independent',
  'Introduce',
  'Model',
  'Review',
  'Misconceptions',
  'Pupils often think that',
  'Keywords: a, b',
  'TA works with the SEN group',
  'easier worksheet',
  'Why?',
  '## ',
  '# ',
  '- ',
  '1. ',
  '**',
  ' | ',
  '\t',
  ':',
  '(',
  ')',
  '–',
  '<p>',
  '</td><td>',
  '<h2>',
  '&amp;',
  '<!--',
  '\r\n',
  '\n',
  '\n\n',
);

const planLike = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  planLike,
);
const anyInput: fc.Arbitrary<LessonInput> = fc.record(
  { text: anyText, format: fc.constantFrom('text' as const, 'markdown' as const, 'html' as const) },
  { requiredKeys: ['text'] },
);

describe('any text at all', () => {
  it('is analysed without throwing, and every finding points at a line of the plan that has text', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const analysis = analyseLessonPlan(input);
        for (const finding of [...analysis.prompts, ...analysis.strengths]) {
          const line = finding.where?.kind === 'plan' ? finding.where.line : undefined;
          if (line === undefined) continue;
          expect(Number.isInteger(line)).toBe(true);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(analysis.plan.lines.length);
          expect(analysis.plan.lines[line - 1]!.trim()).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the lines of a text plan exactly as written, so line numbers match the teacher's file", () => {
    fc.assert(
      fc.property(planLike, (text) => {
        expect(parseLessonPlan({ text, format: 'text' }).lines).toEqual(text.split(/\r\n|\r|\n/));
      }),
    );
  });

  it('gives the same analysis every time', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(lessonToJson(analyseLessonPlan(input))).toEqual(lessonToJson(analyseLessonPlan(input)));
      }),
      { numRuns: 100 },
    );
  });

  it('produces JSON that survives a round trip', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const json = lessonToJson(analyseLessonPlan(input));
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });

  it('points every section and item at a line inside the plan', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = parseLessonPlan(input);
        const lines = [
          ...plan.sections.flatMap((section) => [
            section.line,
            section.endLine,
            ...section.body.map((entry) => entry.line),
          ]),
          ...plan.objectives.map((entry) => entry.line),
          ...plan.successCriteria.map((entry) => entry.line),
        ];
        for (const line of lines) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(plan.lines.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('generators on any objective', () => {
  it('ladders climb from inclusive to create, with a question on every rung', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (objective) => {
        const ladder = questionLadder(objective);
        expect(ladder.ladder.map((rung) => rung.level)).toEqual([
          'inclusive',
          'understand',
          'apply',
          'analyse',
          'evaluate',
          'create',
        ]);
        for (const rung of ladder.ladder)
          expect(rung.question.trim().endsWith('?') || rung.question.includes('?')).toBe(true);
        expect(questionLadder(objective)).toEqual(ladder);
      }),
    );
  });

  it('a guided session always fits fifteen to twenty minutes and its stages fill it', () => {
    const plan = parseLessonPlan({ text: 'LO: To explain how sound travels' });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100, max: 500 }), fc.double()), (minutes) => {
        const session = planGuidedSession(plan, { minutes })!;
        expect(session.minutes).toBeGreaterThanOrEqual(15);
        expect(session.minutes).toBeLessThanOrEqual(20);
        expect(session.stages.reduce((total, stage) => total + stage.minutes, 0)).toBe(session.minutes);
        expect(session.stages.every((stage) => stage.minutes > 0)).toBe(true);
      }),
    );
  });
});
