import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseLessonPlan,
  type LessonInput,
  lessonToJson,
  objectiveLadder,
  parseLessonPlan,
  planGuidedSession,
} from '../../shared/lesson';
import { planContent } from '../../shared/lesson/content';
import { climbs } from './ladder-order';

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
  it('ladders climb strictly from inclusive towards create, with a question on every rung', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (objective) => {
        const plan = parseLessonPlan({ text: objective });
        const ladder = objectiveLadder(objective, plan, planContent(plan));
        expect(climbs(ladder.ladder.map((rung) => rung.level))).toBe(true);
        for (const rung of ladder.ladder)
          expect(rung.question.trim().endsWith('?') || rung.question.includes('?')).toBe(true);
        expect(objectiveLadder(objective, plan, planContent(plan))).toEqual(ladder);
      }),
    );
  });

  it('a guided session always fits fifteen to twenty minutes and its stages fill it', () => {
    const plan = parseLessonPlan({
      text: 'LO: To explain how sound travels\nIndependent: pupils draw how sound travels from a drum to an ear',
    });
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

/** Text with no objective and no episode: notes, letters, minutes, prose, a page of topic titles. */
const notAPlan = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'fractions – worksheet p.34 / HW finish sheet',
        'Minutes of the department meeting, 3 March',
        'Present: Ann, Bob, Chris.',
        'Action: Bob to order more glue sticks.',
        'Dear parents, the trip to the museum is on Friday.',
        'We read chapter 4 and talked about the ending.',
        '* Ratio and proportion',
        '## Year 7',
      ),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

describe('never a false all-clear', () => {
  it('text without a recognised plan always gets a prompt, so no reader can say nothing is missing', () => {
    fc.assert(
      fc.property(
        notAPlan,
        fc.constantFrom('text' as const, 'markdown' as const, 'html' as const),
        (text, format) => {
          const analysis = analyseLessonPlan({ text, format });
          const json = lessonToJson(analysis);
          if (json.complete) return;
          expect(analysis.prompts.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text: no prompt left means the plan has objectives, episodes and an ending', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const analysis = analyseLessonPlan(input);
        if (analysis.prompts.length === 0) expect(lessonToJson(analysis).complete).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('quotes', () => {
  it('every prompt and strength quotes words that occur, exactly, on the line it points at', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const analysis = analyseLessonPlan(input);
        for (const finding of [...analysis.prompts, ...analysis.strengths]) {
          if (finding.quote === undefined) continue;
          const line = finding.where?.kind === 'plan' ? finding.where.line : undefined;
          expect(line, `${finding.rule} quotes without a line`).toBeDefined();
          expect(analysis.plan.lines[line! - 1]).toContain(finding.quote);
          // For text and Markdown the lines are the input's own, so the quote is in what the teacher wrote.
          if (input.format !== 'html') expect(input.text).toContain(finding.quote);
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** For each rule, one plain line that plainly does what the rule asks. */
const PLAINLY_STATED: [rule: string, messageId: string, line: string][] = [
  ['objectives-stated', 'missing', 'Learning objective: To explain how levers work'],
  ['success-criteria-stated', 'missing', 'Success criteria: I can explain how a lever works'],
  ['prior-learning-linked', 'missing', 'Prior learning: forces from last lesson'],
  ['starter-linked-to-objectives', 'noStarter', 'Starter (5 mins): recap last lesson on forces'],
  ['plenary-reviews-learning', 'missing', 'Plenary (5 mins): review the objective; next lesson: pulleys'],
  ['mini-plenary', 'missing', 'Mini-plenary: hinge question on mini-whiteboards'],
  ['questioning-planned', 'missing', 'Key questions: Why does the lever balance? How do you know?'],
  ['modelling-planned', 'missing', 'Main (20 mins): I model the method on the visualiser, thinking aloud'],
  ['explaining-planned', 'missing', 'Main (15 mins): teacher explains levers with a diagram'],
  ['pupil-talk', 'missing', 'Talk partners discuss which lever is best and justify it'],
  [
    'independence-supported',
    'missing',
    'Working wall with the key vocabulary and a help sheet on each table',
  ],
  ['differentiation-by-support', 'missing', 'Support: sentence starters and a word bank'],
  ['sen-adjustments', 'notDesigned', 'SEN: instructions chunked; J. has a coloured overlay'],
  [
    'eal-support',
    'notDesigned',
    'EAL: key words with pictures and a talk partner who shares her home language',
  ],
  ['peer-self-assessment', 'missing', 'Pupils peer-assess using two stars and a wish'],
  [
    'transitions-signposted',
    'missing',
    'Transition: now that we can label a lever, we move on to testing one',
  ],
  ['timings-add-up', 'noTimings', 'Independent (20 mins): lever problems'],
];

describe('a plan that plainly does something is never told it is missing', () => {
  it.each(PLAINLY_STATED)('%s', (rule, messageId, line) => {
    fc.assert(
      fc.property(planLike, fc.constantFrom('\n', '\n\n', '\n## Notes\n'), (text, joint) => {
        const analysis = analyseLessonPlan({ text: `${text}${joint}${line}`, format: 'text' });
        const prompted = analysis.prompts.filter(
          (finding) => finding.rule === `lesson/${rule}` && finding.messageId === messageId,
        );
        expect(prompted).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

/** Shapes that make careless patterns backtrack: long runs of one character, or of one tag. */
const LONG_RUNS: [string, string][] = [
  ['spaces after a timing', `Main - 1${' '.repeat(50_000)}x`],
  ['spaces and tabs after a label', `LO${' \t'.repeat(25_000)}x`],
  ['dots after a timing', `Starter: 5${' .'.repeat(25_000)}x`],
  ['closing brackets', `Plenary: (${')'.repeat(50_000)}x`],
  ['hashes in a heading', `# ${'#'.repeat(50_000)} x`],
  ['pipes', 'a|'.repeat(25_000)],
  ['stray angle brackets', 'a<b '.repeat(12_500)],
  ['paragraphs in one table cell', `<table><tr><td>${'<p>/</p>'.repeat(10_000)}</td></tr></table>`],
  ['unclosed scripts', '<script>x'.repeat(10_000)],
  ['objectives and criteria', 'LO: To z\nI can w\n'.repeat(10_000)],
  ['misconceptions', `Misconceptions:\nPupils ${' '.repeat(50_000)}think x`],
];

describe('long, repetitive input', () => {
  it.each(LONG_RUNS)('%s is read without the patterns backtracking', (_name, text) => {
    for (const format of ['text', 'html'] as const) {
      const started = Date.now();
      analyseLessonPlan({ text, format });
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });
});
