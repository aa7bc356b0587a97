import { describe, expect, it } from 'vitest';
import {
  analyseLessonPlan,
  objectiveLadder,
  parseLessonPlan,
  planGuidedSession,
  planInterventionSession,
} from '../../shared/lesson';
import { hingeQuestions, plenaryQuestions, talkPrompts } from '../../shared/lesson/check-questions';
import { planContent } from '../../shared/lesson/content';
import { fixture } from './fixture-files';
import { climbs } from './ladder-order';

describe('objectiveLadder', () => {
  const objective = 'LO: To explain how the heart pumps blood around the body';
  const plan = parseLessonPlan({ text: objective });
  const ladder = objectiveLadder(objective, plan, planContent(plan));

  it('states the objective as the plan writes it', () => {
    expect(ladder.objective).toBe('LO: To explain how the heart pumps blood around the body');
  });

  it('starts inclusive and ramps up the challenge, in the order the guidance gives', () => {
    expect(ladder.ladder[0]!.level).toBe('inclusive');
    expect(climbs(ladder.ladder.map((rung) => rung.level))).toBe(true);
  });

  it('with nothing but the objective, asks only what its own words support and says what to add', () => {
    expect(ladder.ladder.map((rung) => [rung.level, rung.question])).toEqual([
      ['inclusive', 'What do you already know about the heart? Tell your partner one thing.'],
      [
        'apply',
        'Can you explain how the heart pumps blood around the body to your partner, one step at a time?',
      ],
    ]);
    expect(ladder.toAdd).toContain('Nothing else in the plan is about this objective yet');
  });
});

describe('talk, hinge and plenary prompts', () => {
  const plan = parseLessonPlan({
    text: [
      'LO: To describe how plants make food',
      'Success criteria: I can write the word equation',
      'Keywords:',
      '- Chlorophyll: the green pigment that absorbs light energy',
      '- Glucose: the sugar plants make',
      'Misconceptions:',
      '- Pupils often think that plants get their food from the soil.',
      '- Response: plants make their own food from carbon dioxide and water, using light.',
      '- Some pupils confuse photosynthesis with respiration.',
    ].join('\n'),
  });
  const content = planContent(plan);

  it("talk prompts ask pupils to justify and build, with the plan's own terms and misconception", () => {
    expect(talkPrompts(plan, content)).toEqual(
      expect.arrayContaining([
        'Justify your answer: why do you think that?',
        'Can you add to that?',
        'Explain "chlorophyll" to your partner without saying the word: can they tell which word it is?',
        'Your partner says: "Plants get their food from the soil." Convince them otherwise, with an example.',
      ]),
    );
  });

  it("a hinge question offers the misconception as the wrong answer and the plan's correction as the right one", () => {
    const { hinges } = hingeQuestions(plan, content);
    expect(hinges[0]!.options).toEqual([
      { answer: 'Plants get their food from the soil.', correct: false, reveals: 'holds the misconception' },
      { answer: 'Plants make their own food from carbon dioxide and water, using light.', correct: true },
    ]);
  });

  it('a misconception with no correction in the plan is told what to add, never given a placeholder', () => {
    const { hinges, toAdd } = hingeQuestions(plan, content);
    expect(hinges).toHaveLength(1);
    expect(toAdd.map((entry) => [entry.for, entry.line])).toEqual([['hinge', 9]]);
    expect(toAdd[0]!.message).toContain('"Photosynthesis and respiration are the same thing"');
    expect(JSON.stringify(hinges)).not.toContain('write it here');
  });

  it('no misconceptions: no hinge question, and the plan is told what to add', () => {
    const bare = parseLessonPlan({ text: 'LO: To add fractions' });
    const { hinges, toAdd } = hingeQuestions(bare, planContent(bare));
    expect(hinges).toEqual([]);
    expect(toAdd.map((entry) => entry.for)).toEqual(['hinge']);
  });

  it("plenary questions review the objective's content, with its keywords, and ask for next steps", () => {
    expect(plenaryQuestions(plan, content).questions).toEqual([
      'Describe how plants make food to your partner in two or three sentences. Use the words "chlorophyll" and "glucose".',
      'Someone says: "Plants get their food from the soil." What would you tell them?',
      'What is your next step, and what will help you take it?',
    ]);
  });
});

describe('planGuidedSession', () => {
  const plan = parseLessonPlan({
    text: 'LO: To use expanded noun phrases\nSuccess criteria: I can add two adjectives\nIndependent (20 mins): pupils write a setting description',
  });

  it('plans four stages inside twenty minutes for about six pupils', () => {
    const session = planGuidedSession(plan)!;
    expect(session).toMatchObject({
      objective: 'use expanded noun phrases',
      groupSize: 6,
      minutes: 20,
      focus: "applying the objective in the lesson's task",
      task: { text: 'Write a setting description', line: 3 },
    });
    expect(session.stages.map((stage) => [stage.stage, stage.minutes])).toEqual([
      ['Explain the objective and strategies', 3],
      ['Pupils apply', 11],
      ['Group review', 4],
      ['Reflection and next steps', 2],
    ]);
    expect(session.stages[2]!.what).toContain('"I can add two adjectives"');
  });

  it("gives the rest of the class the plan's own independent task, with self-help and a plenary check", () => {
    expect(planGuidedSession(plan)!.restOfClass).toBe(
      'pupils write a setting description. Self-help before asking: working wall, key vocabulary, peer buddies. Review their work in the plenary.',
    );
  });

  it('takes a chosen objective, focus and length, holding the length to fifteen to twenty minutes', () => {
    const session = planGuidedSession(plan, {
      objective: 'To punctuate speech',
      focus: 'inverted commas',
      minutes: 45,
    })!;
    expect([session.objective, session.focus, session.minutes]).toEqual([
      'punctuate speech',
      'inverted commas',
      20,
    ]);
    expect(planGuidedSession(plan, { minutes: 5 })!.minutes).toBe(15);
  });

  it('focuses on a stated misconception', () => {
    const withMisconception = parseLessonPlan({
      text: 'LO: To compare fractions\nMisconceptions:\n- Children think a bigger denominator means a bigger fraction.\nIndependent: pupils order fractions on a number line',
    });
    expect(planGuidedSession(withMisconception)!.focus).toBe(
      'tackling the misconception that a bigger denominator means a bigger fraction',
    );
  });

  it('is built on a task from the lesson, and says what to add when the lesson sets none', () => {
    const noTask = parseLessonPlan({ text: 'LO: To compare fractions\nStarter: quiz' });
    expect(planGuidedSession(noTask)).toBeNull();
    expect(analyseLessonPlan({ text: 'LO: To compare fractions\nStarter: quiz' }).toAdd).toContainEqual(
      expect.objectContaining({ for: 'guided' }),
    );
  });

  it('returns null when there is no objective to guide towards', () => {
    expect(planGuidedSession(parseLessonPlan({ text: 'Starter: quiz' }))).toBeNull();
  });
});

describe('planInterventionSession', () => {
  const session = planInterventionSession('To multiply by 10 and 100');

  it('fills in the seven stages in order', () => {
    expect(session.stages.map((stage) => stage.stage)).toEqual([
      'Introduce',
      'Remember',
      'Model',
      'Try',
      'Apply',
      'Secure',
      'Review',
    ]);
    expect(session.stages[2]!.what).toBe(
      'Demonstrate how to multiply by 10 and 100, thinking aloud: say each step and why you take it.',
    );
  });

  it('links the learning back to the classroom', () => {
    expect(session.linkToClassroom).toContain('class teacher');
    expect(session.linkToClassroom).toContain('"multiply by 10 and 100"');
  });

  it('is offered for intervention plans only', () => {
    expect(analyseLessonPlan(fixture('08-tuition-maths-one-to-one.md')).interventionSession?.objective).toBe(
      'multiply a 4-digit number by a 2-digit number using long multiplication',
    );
    expect(analyseLessonPlan(fixture('01-uk-primary-maths-fractions.txt')).interventionSession).toBeNull();
  });
});

describe('analyseLessonPlan', () => {
  it('ranks prompts: the planning flow first, then the teaching, then inclusion', () => {
    const prompts = analyseLessonPlan(fixture('11-secondary-geography-caps.txt')).prompts;
    const order = ['planning', 'teaching', 'inclusion'];
    const areas = prompts.map((finding) => order.indexOf(finding.area ?? ''));
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
    expect(prompts.map((finding) => finding.rank)).toEqual(prompts.map((_, index) => index + 1));
  });

  it('names every episode a combined prompt is about', () => {
    const prompts = analyseLessonPlan({
      text: 'LO: To map rivers\nStarter: anagrams\nMain: map work\nPlenary (5 mins): quiz',
    }).prompts;
    expect(prompts.find((finding) => finding.messageId === 'noOrganisation')?.message).toBe(
      'How will pupils be organised during "Starter" and "Main": whole class, groups, pairs, individually or a guided group?',
    );
    expect(prompts.find((finding) => finding.messageId === 'untimed')?.message).toBe(
      'How long are you planning for "Starter" and "Main"? The other episodes have timings.',
    );
  });

  it('makes a ladder for each objective, headed by the objective as the plan writes it', () => {
    const analysis = analyseLessonPlan(fixture('12-web-page-french.html'));
    expect(analysis.questions.map((ladder) => ladder.objective)).toEqual(
      analysis.plan.objectives.map((o) => o.text.replace(/\.$/, '')),
    );
  });

  it('keeps a long document to its first eight ladders', () => {
    const objectives = Array.from(
      { length: 12 },
      (_, index) => `- To convert fractions with a denominator of ${index + 2} to decimals`,
    ).join('\n');
    expect(analyseLessonPlan({ text: `Objectives:\n${objectives}` }).questions).toHaveLength(8);
  });
});

describe('generators that fit the kind of plan', () => {
  it('a one-to-one session record gets no guided group, even with a task in it', () => {
    const analysis = analyseLessonPlan({
      text: [
        'Tuition session: one-to-one, Year 4 maths, 30 minutes',
        '## Lesson focus',
        'Objective: To order fractions with the same denominator',
        '## What we did',
        'We practised ordering fractions on a number line.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(analysis.content.tasks.map((task) => task.text)).toEqual(['Order fractions on a number line']);
    expect(analysis.guidedSession).toBeNull();
    expect(analysis.toAdd.filter((entry) => entry.for === 'guided')).toEqual([]);
  });

  it('the plenary asks for each keyword once, not under every objective that shares a word with it', () => {
    const plenary = analyseLessonPlan({
      text: [
        'Objectives:',
        '- To sort a shape by its properties',
        '- To name the properties of a 2D shape',
        'Keywords:',
        '- Regular shape: a shape whose sides and angles are all equal',
        '- Irregular shape: a shape whose sides are not all equal',
        'Main: pupils sort regular and irregular shapes.',
      ].join('\n'),
    }).plenaryQuestions;
    expect(plenary.filter((question) => question.includes('"regular shape"'))).toHaveLength(1);
    expect(plenary.filter((question) => question.includes('"irregular shape"'))).toHaveLength(1);
  });
});
