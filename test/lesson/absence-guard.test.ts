import { describe, expect, it } from 'vitest';
import { analyseLessonPlan } from '../../shared/lesson';

const promptsOf = (lines: string[]) =>
  analyseLessonPlan({ text: lines.join('\n'), format: 'text' }).prompts.map(
    (prompt) => `${prompt.rule}:${prompt.messageId}`,
  );

describe('a prompt about an absence, where the plan names what it asks for', () => {
  // A grid flattened a cell to a line: the reader sees its rows as one part, but the plan's own words
  // name the starter, its timings and its exit ticket.
  const grid = [
    'Y5 maths – comparing fractions',
    'LO: To compare fractions with related denominators',
    'Time',
    'Activity',
    '9.00-9.10',
    'Flashback 4 on the board as they come in',
    '9.10-9.30',
    'Fraction wall: which is bigger, 3/4 or 7/12? Why do you think so?',
    '9.30-9.55',
    'Task cards in pairs, then exit ticket: order 2/3, 5/6 and 7/12',
  ];

  it('is not shown: the plan is never told it lacks what it names', () => {
    const prompts = promptsOf(grid);
    expect(prompts).not.toContain('lesson/starter-linked-to-objectives:noStarter');
    expect(prompts).not.toContain('lesson/timings-add-up:noTimings');
    expect(prompts).not.toContain('lesson/plenary-reviews-learning:missing');
    expect(prompts).not.toContain('lesson/questioning-planned:noHigherOrder');
  });

  it('is shown where the plan says nothing of it', () => {
    expect(
      promptsOf([
        'Y5 maths – comparing fractions',
        'LO: To compare fractions with related denominators',
        'Main: fraction wall cards in pairs.',
        'Then worksheet p.34, questions 1-10.',
      ]),
    ).toContain('lesson/plenary-reviews-learning:missing');
  });
});

describe('a nursery activity plan on a template with its fields in capitals', () => {
  const plan = [
    'ADULT LED ACTIVITY PLAN                         Nursery - Robins',
    'AREA OF LEARNING:  Mathematics (number)',
    'LEARNING INTENTION:  To count out a given number of objects (up to 5).',
    '',
    'ACTIVITY:  "Buttons for the Gingerbread Man"',
    'Small group (4 children) at the round table.',
    '- "Can you give him 2 buttons?" Count together.',
    '- Each child gets a number card and gives that many buttons.',
    '- Finish: count the gingerbread men back into the tin, 1 2 3.',
    '',
    'KEY VOCABULARY:  how many?, count, one more',
  ];

  it('reads the activity as what the children do, not as the learning intention', () => {
    const analysis = analyseLessonPlan({ text: plan.join('\n'), format: 'text' });
    expect(analysis.plan.objectives.map((objective) => objective.text)).toEqual([
      'To count out a given number of objects (up to 5).',
    ]);
    expect(promptsOf(plan)).not.toContain('lesson/plenary-reviews-learning:missing');
  });
});
