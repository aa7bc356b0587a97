import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../extension/lib/analysis';
import { planReading, readsComplete } from '../../extension/lib/plan-reading';

const reading = (text: string, clipped = false) =>
  planReading(analysePlan({ text }, { hiddenRules: [] }), clipped);
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/lessons/reading', name), 'utf8');

const LESSON = [
  '# Year 5 Maths: Comparing fractions',
  '## Learning objective',
  '- To compare fractions with related denominators',
  '## Starter (10 mins)',
  'Whole class: show me a fraction equal to 1/2 on mini whiteboards.',
  '## Main (30 mins)',
  'Pupils order fractions on a number line in pairs.',
  '## Plenary (10 mins)',
  'Pupils return to the objective and explain which fraction is larger and why.',
].join('\n');

describe('how the panel says it read the document', () => {
  it('names a lesson plan and its parts as the plan names them', () => {
    const read = reading(LESSON);
    expect(read.line).toBe('Read as a lesson plan.');
    expect(read.parts).toEqual([
      'Learning objective',
      'Starter (10 mins)',
      'Main (30 mins)',
      'Plenary (10 mins)',
    ]);
    expect(read.partsLabel).toBe('The parts Trajectory found (4)');
    expect(read.notes).toEqual([]);
    // Minutes the heading does not give are added: a part timed in its body or in a grid.
    const timedInBody = reading(LESSON.replace('## Main (30 mins)', '## Main\n30 mins:'));
    expect(timedInBody.parts).toContain('Main (30 min)');
  });

  it('says a scheme is a scheme, with its lesson count and lessons', () => {
    const read = reading(fixture('scheme-of-lessons.md'));
    expect(read.line).toBe('Read as a scheme of work with 3 lessons, not a single lesson.');
    expect(read.parts).toEqual(['What is a force?', 'Friction', 'Balanced and unbalanced forces']);
    expect(read.partsLabel).toBe('Its lessons (3)');
    expect(read.notes).toEqual([expect.stringMatching(/^It is not checked as one lesson/)]);
    expect(read.numbered).toBe(true);
  });

  it('says when a plan stops mid-sentence, and when only the start of a long page was read', () => {
    const cut = reading(
      'LO: To add fractions\nStarter: recap\nMain (20 mins): pupils add fractions with the same denominator on the sheet,',
    );
    expect(cut.notes).toEqual([
      'It appears to stop mid-sentence, so only what comes before the cut has been checked.',
    ]);
    expect(reading(LESSON, true).notes).toEqual([
      'Only the start was read: the document is longer than Trajectory reads at once.',
    ]);
  });

  it.each([
    ['tuition-record.md', 'Read as a tuition or intervention session.'],
    [
      'worksheet-pupil-facing.txt',
      "Read as work for pupils (a worksheet or task page), not a teacher's plan.",
    ],
    ['meeting-minutes.txt', 'Not read as a lesson plan.'],
  ])('says what %s is', (name, line) => {
    expect(reading(fixture(name)).line).toBe(line);
  });
});

describe('readsComplete', () => {
  it('holds only for a plan with objectives, episodes and an ending', () => {
    const complete = (text: string) => readsComplete(analysePlan({ text }, { hiddenRules: [] }).plan);
    expect(complete(LESSON)).toBe(true);
    expect(complete(LESSON.split('\n').slice(0, 7).join('\n'))).toBe(false);
    expect(complete('fractions - worksheet p.34\nHW finish sheet')).toBe(false);
  });
});
