import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../cli/io';
import { lessonCommand } from '../../cli/lesson';
import { FIXTURES, fixtureNames } from './fixture-files';

async function run(file: string, json = false, color = false) {
  let out = '';
  const code = await lessonCommand(
    { file, json },
    { out: (text) => (out += text), err: () => undefined, color },
  );
  return { code, out };
}

describe('trajectory lesson <plan>', () => {
  it.each(fixtureNames)('%s: prints a report a teacher can act on', async (name) => {
    const { code, out } = await run(join(FIXTURES, name));
    expect(code).toBe(0);
    // A tuition session is named as one; a worksheet or a scheme would be too.
    expect(out).toMatch(/^(?:Lesson plan|Tuition session): /);
    expect(out).toContain('Strengths (');
    expect(out).toContain('Prompts to consider (');
    expect(out).toContain('Talk prompts');
    expect(out).toContain('Plenary questions');
  });

  it('gives each prompt its line, its wording and its guidance', async () => {
    const { out } = await run(join(FIXTURES, '11-secondary-geography-caps.txt'));
    expect(out).toContain('? line 24    This gives some pupils separate, easier work');
    expect(out).toContain('High quality teaching and learning › How to do this well: support rather than');
    expect(out).toContain('Guidance cited: Personalised Learning – A Practical Guide (DCSF, 2008)');
    expect(out).toContain('[lesson/differentiation-by-support]');
    // The plan's own words, so a teacher in Docs (no line numbers) can find what a prompt is about.
    expect(out).toContain(
      '“Lower ability students will complete an easier version of the sort with only six',
    );
  });

  it('lists the planning flow first: an untaught objective before the teaching prompts', async () => {
    const { out } = await run(join(FIXTURES, '11-secondary-geography-caps.txt'));
    const prompts = out.slice(out.indexOf('Prompts to consider ('));
    expect(prompts.indexOf('[lesson/objectives-taught]')).toBeLessThan(
      prompts.indexOf('[lesson/differentiation-by-support]'),
    );
  });

  it('never tells a half-written plan that nothing is missing', async () => {
    const { out } = await run(join(FIXTURES, '07-half-written-re.txt'));
    expect(out).not.toContain('Nothing obvious is missing');
  });

  it('shows the episodes, the question ladders and the guided session', async () => {
    const { out } = await run(join(FIXTURES, '01-uk-primary-maths-fractions.txt'));
    expect(out).toContain(
      'Episodes: Starter (10 min; whole class) → Main teaching (15 min; whole class, pairs)',
    );
    expect(out).toContain('Objective: find unit fractions of amounts using sharing and bar models');
    expect(out).toContain('1. inclusive');
    expect(out).toContain('4. evaluate');
    expect(out).not.toContain('6. create');
    expect(out).toContain('Guided session: about 6 pupils, 15 minutes, after the main teaching');
    expect(out).toContain('Hinge questions from the misconceptions');
  });

  it('says what to add for the ladders of objectives it could build none for, rather than leaving them out', async () => {
    const { out } = await run(join(FIXTURES, 'reading', 'pacing-guide-do-now.md'));
    expect(out).toContain('Question ladders (start inclusive, then ramp up the challenge)');
    expect(out).toMatch(/2 of these objectives have no ladder yet/);
  });

  it('shows the intervention sequence for a tuition plan', async () => {
    const { out } = await run(join(FIXTURES, '08-tuition-maths-one-to-one.md'));
    expect(out).toContain(
      'Intervention session: introduce → remember → model → try → apply → secure → review',
    );
    expect(out).toContain('Back in the classroom:');
  });

  it('keeps lines to the terminal width', async () => {
    const { out } = await run(join(FIXTURES, '04-oak-style-history.md'));
    const long = out.split('\n').filter((line) => line.length > 100 && line.includes(' '));
    expect(long).toEqual([]);
  });

  it('colours only when asked', async () => {
    expect((await run(join(FIXTURES, '07-half-written-re.txt'), false, false)).out).not.toContain('\u001b[');
    expect((await run(join(FIXTURES, '07-half-written-re.txt'), false, true)).out).toContain(
      '\u001b[33m?\u001b[39m',
    );
  });

  it('prints stable JSON with --json', async () => {
    const first = await run(join(FIXTURES, '05-google-docs-computing.html'), true);
    const second = await run(join(FIXTURES, '05-google-docs-computing.html'), true);
    expect(first.out).toBe(second.out);
    const json = JSON.parse(first.out);
    expect(Object.keys(json)).toEqual([
      'plan',
      'complete',
      'prompts',
      'strengths',
      'questions',
      'talkPrompts',
      'hingeQuestions',
      'plenaryQuestions',
      'guidedSession',
      'interventionSession',
      'questionReview',
      'toAdd',
    ]);
    expect(json.plan.title).toBe('Year 8 Computing – Selection in Python');
    expect(json.plan.objectives[0]).toEqual({
      text: 'To use if, elif and else to make a program choose between options',
      line: 5,
    });
    expect(json.plan.sections[0]).toMatchObject({
      kind: 'title',
      heading: 'Year 8 Computing – Selection in Python',
      line: 1,
    });
    expect(json.complete).toBe(true);
    expect(json.plan.kind).toBe('lesson');
    // The plan does everything the audit asks about: no prompt, and each strength in the stable shape.
    expect(json.prompts).toEqual([]);
    expect(Object.keys(json.strengths[0])).toEqual([
      'rank',
      'area',
      'rule',
      'messageId',
      'title',
      'severity',
      'message',
      'quote',
      'guidance',
      'citation',
      'line',
    ]);
    expect(json.strengths[0]).toMatchObject({
      rule: 'lesson/prior-learning-linked',
      messageId: 'linked',
      quote: 'pupils can use variables, input() and print() from lessons 1–4 of the unit.',
    });
    expect(json.questions[0].ladder[0]).toMatchObject({
      level: 'apply',
      question: 'Which branch runs when score = 50?',
      from: 'plan question',
    });
    expect(json.guidedSession.stages).toHaveLength(4);
  });

  it('reads a .html file as HTML and a .txt file as text', async () => {
    const html = JSON.parse((await run(join(FIXTURES, '12-web-page-french.html'), true)).out);
    expect(html.plan.title).toBe('Year 7 French: Ma famille (describing family members)');
    const text = JSON.parse((await run(join(FIXTURES, '03-us-grade5-math.txt'), true)).out);
    expect(text.plan.title).toBe('Adding Fractions with Unlike Denominators');
  });

  it('says which file it could not read', async () => {
    await expect(run(join(FIXTURES, 'no-such-plan.txt'))).rejects.toThrow(InputError);
  });
});
