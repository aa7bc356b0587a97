import { describe, expect, it } from 'vitest';
import {
  analyseLessonPlan,
  objectiveLadder,
  parseLessonPlan,
  planGuidedSession,
  planInterventionSession,
} from '../../shared/lesson';
import { hingeQuestions, plenaryQuestions, talkPrompts } from '../../shared/lesson/check-questions';
import { beliefOf, planContent } from '../../shared/lesson/content';
import { FIXTURES, fixture } from './fixture-files';
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

  it("a mistake in solving an equation asks the equation, the plan's answer right and the mistake's answer wrong", () => {
    const solving = parseLessonPlan({
      text: [
        'LO: To solve two-step linear equations using inverse operations',
        'Misconception:',
        'Ss "move" the −7 to the other side without changing the operation, so 2x − 7 = 11 becomes 2x = 4 and x = 2.',
        'Correction: add 7 to BOTH sides: 2x = 18, x = 9. Then substitute to check.',
      ].join('\n'),
    });
    const { hinges } = hingeQuestions(solving, planContent(solving));
    expect(hinges[0]!.question).toMatch(/^Solve 2x − 7 = 11\./);
    expect(hinges[0]!.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['x = 9', true],
        ['x = 2', false],
      ]),
    );
  });

  it("a pupil's wrong column sum asks the sum, with the right answer and the answer of not adding the exchanged ten", () => {
    const adding = parseLessonPlan({
      text: [
        'WALT: add two 2-digit numbers using column addition with exchanging',
        'Carpet input (15 min): model 47 + 35 with Dienes, then in columns.',
        'Misconceptions',
        'WATCH: last wk he did 47+35=712 - forgot to exchange the ten.',
      ].join('\n'),
    });
    const { hinges, toAdd } = hingeQuestions(adding, planContent(adding));
    expect(hinges[0]!.question).toMatch(/^Work out 47 \+ 35\./);
    expect(hinges[0]!.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['82', true],
        ['712', false],
        ['72', false],
      ]),
    );
    expect(toAdd).toEqual([]);
  });

  it('a fraction of an amount worked wrongly asks the fraction, never the true division on the way, with every slip as an option', () => {
    const fractions = parseLessonPlan({
      text: [
        'WALT: find fractions of amounts',
        'Misconceptions:',
        '- Children divide by the numerator, e.g. for 3/4 of 12 they do 12 ÷ 3 = 4 and write 4 as the answer.',
        '- Children forget to multiply by the numerator, e.g. they write 3/4 of 12 = 3.',
        'Teacher input (15 mins): worked example 3/4 of 12 with a bar model.',
      ].join('\n'),
    });
    const { hinges } = hingeQuestions(fractions, planContent(fractions));
    expect(hinges).toHaveLength(1);
    expect(hinges[0]!.question).toMatch(/^Work out 3\/4 of 12\./);
    expect(hinges[0]!.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['9', true],
        ['4', false],
        ['3', false],
        ['16', false],
      ]),
    );
    expect(hinges[0]!.question).not.toContain('12 ÷ 3 = 4');
  });

  it('an online lesson page\'s "Correct response" answers its misconception, by what is so, not what only looks so', () => {
    const page = parseLessonPlan({
      text: [
        'How does a river change from source to mouth?',
        'Lesson outcome',
        'I can describe how a river changes from its source to its mouth.',
        'Common misconception',
        'A river flows fastest near its source because the land is steep.',
        'Correct response',
        'Water near the source often looks fast because it splashes over rocks, but it can actually move faster further downstream.',
      ].join('\n'),
    });
    expect(page.misconceptions[0]).toMatchObject({
      text: 'A river flows fastest near its source because the land is steep.',
      correction: { line: 7 },
    });
    const { hinges } = hingeQuestions(page, planContent(page));
    expect(hinges[0]!.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['A river flows fastest near its source because the land is steep.', false],
        ['It can actually move faster further downstream.', true],
      ]),
    );
  });

  it('a misconception with no correction in the plan is asked true or false, told what to add, never given a placeholder', () => {
    const { hinges, toAdd } = hingeQuestions(plan, content);
    expect(hinges[1]).toMatchObject({
      line: 9,
      question: expect.stringMatching(
        /^True or false: "Photosynthesis and respiration are the same thing"\?/,
      ),
      options: [
        { answer: 'True.', correct: false, reveals: 'holds the misconception' },
        { answer: 'False.', correct: true },
      ],
    });
    // Line 7's hinge has only the plan's two answers, and says so rather than padding.
    expect(toAdd.map((entry) => [entry.for, entry.line])).toEqual([
      ['hinge', 7],
      ['hinge', 9],
    ]);
    expect(toAdd[0]!.message).toContain('has two answers');
    expect(toAdd[1]!.message).toContain('"Photosynthesis and respiration are the same thing"');
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

  it("takes the group's task from where a '(see below)' part is written out, without the group's label", () => {
    const timetable = parseLessonPlan({
      text: [
        'WALT: describe what Muslims do on Hajj',
        '--- TIMETABLE ---',
        '9:15 / Input: recap L1 on MWB, show the map',
        '9:25 / Input 2: watch the clip, stop to talk',
        '9:40 / Activity in groups (see below)',
        '10:05 / Plenary: hot seat, then thumbs on the WILF',
        '',
        '--- GROUPS ---',
        'Red group (Coch) – 6 box storyboard of the stages of Hajj with captions',
        'Blue group (Glas) – 4 box storyboard, pictures given, captions from a word mat',
      ].join('\n'),
    });
    const session = planGuidedSession(timetable)!;
    expect(session.task).toEqual({ text: '6 box storyboard of the stages of Hajj with captions', line: 9 });
    expect(session.minutes).toBe(20);
  });

  it("is not built on a teacher's note to watch one pupil, nor on a practical whose hazards are noted apart", () => {
    const notes = parseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To use 4-figure grid references',
        '**YOU DO (c.18 min)**',
        '- Worksheet "Treasure island" – 10 grid refs to find and 5 features to write refs for',
        '- ZH (EAL) – bilingual key word sheet, pair with TL. Check ZH gets the "along then up" from the gesture',
      ].join('\n'),
    });
    expect(planGuidedSession(notes)?.task?.text).toMatch(/^Worksheet "Treasure island"/);
    const practical = parseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To investigate how concentration affects the rate of reaction',
        '**H&S:** eye protection on. 1 M hydrochloric acid – irritant. Waste acid into the labelled beakers.',
        '| Time | Activity |',
        '|---|---|',
        '| 0–10 | **Demo + method.** I do one run so they see the cross go. |',
        '| 10–35 | **Practical in 3s.** Roles: pourer / timer / recorder – swap each run. 5 concentrations. |',
        '| 35–45 | **Plenary.** Hinge question on MWB. |',
      ].join('\n'),
    });
    expect(planGuidedSession(practical)).toBeNull();
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

  it("gives the rest of the class the plan's own independent task, with self-help and a check at the end (the plan has no plenary)", () => {
    expect(planGuidedSession(plan)!.restOfClass).toBe(
      'pupils write a setting description. Self-help before asking: working wall, key vocabulary, peer buddies. Review their work at the end of the lesson.',
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

  it('fits its stages to a 20-minute group session, and speaks of each pupil in a group of three', () => {
    const group = parseLessonPlan({
      text: [
        'MATHS INTERVENTION - Number bonds to 20',
        'Group: 3 chn          Taken by: Mrs Hughes (TA)',
        'LO: To recall and use number bonds to 20',
        '1. Warm up - 3 mins',
        '2. Numicon - 5 mins',
        '3. Tens frames - 6 mins',
        '4. Game - Bond Bingo - 4 mins',
        '5. Quick check - 2 mins',
      ].join('\n'),
    });
    const planned = planInterventionSession('To recall and use number bonds to 20', { plan: group });
    expect(planned.stages.reduce((sum, stage) => sum + stage.minutes, 0)).toBe(20);
    expect(planned.stages.every((stage) => stage.minutes >= 1)).toBe(true);
    expect(planned.stages[3]!.what).toMatch(/^Each pupil has a go/);
    expect(session.stages[3]!.what).toMatch(/^The pupil has a go/);
  });

  it('links the learning back to what comes next, naming a class teacher only where a plan does', () => {
    expect(session.linkToClassroom).not.toContain('class teacher');
    expect(session.linkToClassroom).toContain('"multiply by 10 and 100"');
    const school = parseLessonPlan({
      text: 'Maths intervention: Year 4\nLO: To multiply by 10 and 100\nFeed back to the class teacher after each session.',
    });
    expect(planInterventionSession('To multiply by 10 and 100', { plan: school }).linkToClassroom).toContain(
      'Tell the class teacher',
    );
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
      text: 'LO: To map rivers\nStarter: pupils solve anagrams\nMain: map work\nPlenary (5 mins): quiz',
    }).prompts;
    expect(prompts.find((finding) => finding.messageId === 'noOrganisation')?.message).toBe(
      'How will pupils be organised during "Starter" and "Main": whole class, groups, pairs, individually or a guided group?',
    );
    expect(prompts.find((finding) => finding.messageId === 'oneTimed')?.message).toBe(
      'How long are you planning for "Starter" and "Main"? So far only "Plenary (5 mins)" has a time.',
    );
  });

  it('heads each ladder with its objective as the plan writes it', () => {
    const analysis = analyseLessonPlan(fixture('12-web-page-french.html'));
    const objectives = analysis.plan.objectives.map((o) => o.text.replace(/\.$/, ''));
    // The possessives objective climbs two rungs of its own ("mon père", then choosing mon, ma or mes), and says
    // where it stops; no claim the plan says nothing of it.
    expect(analysis.questions.map((ladder) => ladder.objective)).toEqual(objectives.slice(0, 2));
    expect(analysis.toAdd.filter((entry) => entry.for === 'questions')).toEqual([]);
  });

  it('keeps a long document to its first eight ladders', () => {
    const objectives = Array.from(
      { length: 12 },
      (_, index) =>
        `## Lesson ${index + 1}\nObjectives:\n- To name fractions with a denominator of ${index + 2}\n- To convert fractions with a denominator of ${index + 2} to decimals\n- To compare fractions with a denominator of ${index + 2}`,
    ).join('\n');
    expect(analyseLessonPlan({ text: objectives, format: 'markdown' }).questions).toHaveLength(8);
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

/** Plans of my own in test/fixtures/lessons/checks/, shaped like the templates teachers use. */
const checks = (name: string) => fixture(`checks/${name}`);
const analysed = (name: string) => analyseLessonPlan(checks(name));

describe('a hinge from a mistake the plan shows in an example', () => {
  it.each([
    {
      plan: 'a pacing-table lesson whose teaching warns that code will not do what it seems to',
      text: [
        'LO: To evaluate a Boolean expression',
        '## Lesson (10 mins)',
        '- A number `or` a string is most often a mistake, not intended syntax. Remind students that `x == 1 or 2` will not produce the result that might be expected.',
        '## Lab (35 mins)',
        '- Students evaluate ten expressions and check them in the shell.',
      ].join('\n'),
      question: 'What happens when this runs: `x == 1 or 2`?',
      options: [
        ['It does what it seems to say.', false],
        ['It runs, but does not give the result you might expect.', true],
        ['It stops with an error.', false],
      ],
      why: 'A number or a string is most often a mistake, not intended syntax',
    },
    {
      plan: 'a maths lesson naming a common mistake in quotes',
      text: [
        'LO: To add fractions with different denominators',
        'Main: A common mistake is to write "1/2 + 1/3 = 2/5", adding the tops and the bottoms.',
        'Independent (20 mins): pupils add ten pairs of fractions.',
      ].join('\n'),
      // The sum is worked out: its answer, the plan's mistake, and the slip of not making the parts the same size.
      question: 'Work out 1/2 + 1/3.',
      options: [
        ['5/6', true],
        ['2/5', false],
        ['2/3', false],
      ],
    },
  ])(
    '$plan: pupils judge the example, and the misconception is never the right answer',
    ({ text, question, options, why }) => {
      const plan = parseLessonPlan({ text, format: 'markdown' });
      const { hinges } = hingeQuestions(plan, planContent(plan));
      expect(hinges).toHaveLength(1);
      expect(hinges[0]!.question.startsWith(question)).toBe(true);
      expect(hinges[0]!.options.map((option) => [option.answer, option.correct])).toEqual(
        expect.arrayContaining(options),
      );
      expect(hinges[0]!.options).toHaveLength(options.length);
      expect(hinges[0]!.options.find((option) => option.reveals === 'holds the misconception')?.correct).toBe(
        false,
      );
      if (why !== undefined) expect(hinges[0]!.question).toContain(`"${why}"`);
    },
  );

  it.each([
    [
      'a confusion of two quoted terms is read as a confusion, not an example',
      'A common mistake is to confuse “weather” and “climate”.',
      'True or false: "Weather and climate are the same thing"?',
    ],
    [
      'a worked example without its answer asks right or wrong, and says what to add',
      'A common mistake is to write "0.5 × 0.5 = 2.5".',
      'Right or wrong, and why: "0.5 × 0.5 = 2.5"?',
    ],
  ])('%s', (_case, line, question) => {
    const plan = parseLessonPlan({ text: `LO: To explain climate\n## Main\n${line}`, format: 'markdown' });
    const { hinges, toAdd } = hingeQuestions(plan, planContent(plan));
    expect(hinges.map((hinge) => hinge.question.slice(0, question.length))).toEqual([question]);
    expect(toAdd).toHaveLength(1);
    expect(toAdd[0]!.message).not.toContain('""');
  });

  it('the report no longer says the plan "does not say what pupils believe" when it shows the mistake in code', () => {
    const analysis = analysed('hs-javascript-types.md');
    expect(analysis.hingeQuestions.map((hinge) => hinge.question.split('?')[0])).toEqual([
      "What happens when this runs: `'5' + 3`",
    ]);
    expect(analysis.toAdd.filter((entry) => entry.for === 'hinge')).toEqual([]);
  });

  it('a reflection question ("What did you predict wrongly?") is not read as a warning of a mistake', () => {
    const analysis = analysed('hs-javascript-types.md');
    expect(analysis.content.misconceptions.map((entry) => entry.line)).toEqual([30]);
  });
});

describe('hinge options are short and parallel', () => {
  const plan = (misconception: string, response: string) => {
    const parsed = parseLessonPlan({
      text: [
        'LO: To create a new word',
        '## Misconceptions',
        `- Misconception: ${misconception}`,
        `  Response: ${response}`,
      ].join('\n'),
      format: 'markdown',
    });
    return hingeQuestions(parsed, planContent(parsed));
  };

  it.each([
    {
      case: 'a contrast with a shared verb gives a third answer: the other idea said of the first',
      misconception: "That 'clipping' is a type of blend.",
      response:
        "'Clipping' shortens one existing word whereas a blend joins parts of two existing words into a new one.",
      answers: [
        ["'Clipping' is a type of blend.", false],
        ["'Clipping' shortens one existing word.", true],
      ],
      third: true,
    },
    {
      case: 'no shared verb: two answers, and the plan is told so rather than padded',
      misconception: 'A heavier object always falls faster.',
      response:
        'Without air resistance, every object falls with the same acceleration, whatever its mass, because gravity pulls each kilogram equally hard.',
      answers: [
        ['A heavier object always falls faster.', false],
        ['Without air resistance, every object falls with the same acceleration, whatever its mass.', true],
      ],
      third: false,
    },
  ])('$case', ({ misconception, response, answers, third }) => {
    const { hinges, toAdd } = plan(misconception, response);
    const options = hinges[0]!.options;
    expect(options.map((option) => [option.answer, option.correct])).toEqual(expect.arrayContaining(answers));
    expect(options).toHaveLength(third ? 3 : 2);
    // No option is the plan's whole paragraph.
    for (const option of options) expect(option.answer.split(' ').length).toBeLessThanOrEqual(16);
    expect(toAdd.some((entry) => entry.message.includes('has two answers'))).toBe(!third);
  });

  it('a confusion the plan corrects by granting the likeness offers "alike, but not the same" as the answer', () => {
    const parsed = parseLessonPlan({
      text: [
        'LO: To describe how a heap stores data',
        '## Main',
        'Students often confuse heaps and binary search trees.',
        'A heap is a lot like a binary search tree, but each parent is only larger than its children, so it is quick to find the largest item.',
      ].join('\n'),
    });
    const [hinge] = hingeQuestions(parsed, planContent(parsed)).hinges;
    expect(hinge!.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['They are the same thing.', false],
        ['They are alike, but not the same.', true],
        ['They have nothing in common.', false],
      ]),
    );
    expect(hinge!.question).toContain('the plan says "each parent is only larger than its children"');
  });
});

describe("plenary questions from the plan's own reflection and the objectives' content", () => {
  it.each([
    {
      plan: 'a reflection section and no objectives',
      input: {
        text: [
          '# Sorting with a balance',
          '## Lesson activities',
          '- Children compare two parcels on the balance and put them in order.',
          '## Lesson reflection',
          '- Was there a time the parcels ended up in the wrong order? What had happened?',
          '- How could you check the order without the balance?',
        ].join('\n'),
        format: 'markdown' as const,
      },
      first: [
        'Was there a time the parcels ended up in the wrong order?',
        'How could you check the order without the balance?',
      ],
    },
    {
      plan: "a debrief's questions before the objectives' own",
      input: checks('hs-javascript-types.md'),
      first: [
        'What did you predict wrongly, and why?',
        'When would you use parseInt() rather than Number()?',
      ],
    },
  ])("$plan: the plan's questions come first", ({ input, first }) => {
    const analysis = analyseLessonPlan(input);
    expect(analysis.plenaryQuestions.slice(0, first.length)).toEqual(first);
    expect(analysis.toAdd.filter((entry) => entry.for === 'plenary')).toEqual([]);
  });

  it.each([
    {
      objective: 'Be able to set up a Raspberry Pi and log in',
      asks: 'Step by step, talk your partner through how to set up a Raspberry Pi and log in.',
    },
    {
      objective: 'Be able to give examples of French words already known',
      asks: 'Quick-fire: give examples of French words already known. Take turns with your partner until one of you runs out.',
    },
    {
      objective: 'Be able to use the "Je voudrais" pattern',
      asks: 'Your turn: use the "Je voudrais" pattern. Say one to your partner, then swap and check each other.',
    },
    {
      objective: 'To solve two-step equations',
      asks: 'Show me you can solve two-step equations: one example on your whiteboard, then explain each step to your partner.',
    },
    {
      objective: 'To name the parts of a flower',
      asks: 'Quick-fire: name the parts of a flower. Take turns with your partner until one of you runs out.',
    },
    {
      objective: 'Evaluate whether monopoly is always inefficient',
      asks: 'Can you evaluate whether monopoly is always inefficient? Tell your partner your judgement, your strongest reason for it, and one point against it.',
    },
    {
      objective: 'To evaluate 3x + 2 when x = 4',
      asks: 'Show me you can evaluate 3x + 2 when x = 4: one example on your whiteboard, then explain each step to your partner.',
    },
    {
      objective: 'Outline the original and revised dopamine hypotheses',
      asks: 'Can you outline the original and revised dopamine hypotheses? Tell your partner in two or three sentences; they add one thing you left out.',
    },
  ])('"$objective" is reviewed the way its work is done', ({ objective, asks }) => {
    const plan = parseLessonPlan({ text: `LO: ${objective}\nMain (20 mins): pupils practise in pairs.` });
    const { questions } = plenaryQuestions(plan, planContent(plan));
    expect(questions[0]).toBe(asks);
  });

  it('never asks to "write it" with nothing for "it" to refer to, nor whiteboards for a procedure on equipment', () => {
    for (const objective of [
      'To define the terms input and output',
      'To set up the data logger',
      'To connect the circuit',
    ]) {
      const plan = parseLessonPlan({ text: `LO: ${objective}` });
      for (const question of plenaryQuestions(plan, planContent(plan)).questions) {
        expect(question).not.toContain('Write it');
        if (!objective.includes('define')) expect(question).not.toContain('whiteboard');
      }
    }
  });

  it('for ages 5-7: no notes to put away, no whiteboards, no evidence to justify', () => {
    const analysis = analysed('year1-digital-trail.md');
    const spoken = [...analysis.plenaryQuestions, ...analysis.talkPrompts].join(' ');
    expect(spoken).not.toMatch(/without your notes|whiteboard|evidence|1 to 5 fingers/i);
    expect(analysis.plenaryQuestions[0]).toBe(
      'Which cards did your group put in "ask an adult first", and why?',
    );
  });

  it("asks the lesson's big question where the title is one", () => {
    const plan = parseLessonPlan({
      text: '# Lesson 2 - Why Do Volcanoes Erupt?\n## Objectives\n- Describe the structure of a volcano\n## Main\n- Pupils label a diagram.',
      format: 'markdown',
    });
    expect(plenaryQuestions(plan, planContent(plan)).questions).toContain(
      "Back to today's big question: Why Do Volcanoes Erupt?",
    );
  });

  it('two pupils’ one-to-one sessions in one document each get their own plenary, headed by the subject', () => {
    const questions = analysed('tuition-records-two-sessions.md').plenaryQuestions;
    const maths = questions.filter((question) => question.startsWith('Mathematics: '));
    const english = questions.filter((question) => question.startsWith('English: '));
    expect(maths.length + english.length).toBe(questions.length);
    expect(maths.join(' ')).toContain('long division');
    expect(maths.join(' ')).not.toContain('apostrophe');
    expect(english.join(' ')).toContain('apostrophes');
    expect(english.join(' ')).not.toContain('long division');
    // Each ends with the pupil's next step, asked of the pupil, not of a partner.
    expect(maths.at(-1)).toBe('Mathematics: What is your next step, and what will help you take it?');
    expect(questions.join(' ')).not.toContain('partner');
  });
});

describe('a guided session that fits how the lesson is organised', () => {
  it.each([
    {
      plan: 'an acid practical then an analysis: the group is in the analysis, not the practical',
      name: 'ks3-science-rates-practical.md',
      task: 'Use their graph to explain the effect of temperature using the particle model',
      objective: 'Explain the effect of temperature using the particle model',
      restOfClass: 'in pairs, as the plan organises it',
      groupSize: 6,
    },
    {
      plan: 'a trail in groups of four: the guided group is one of them, and the rest stay in their groups',
      name: 'year1-digital-trail.md',
      task: 'Each group follows the picture trail around the classroom',
      objective: 'Recognise information that is safe to share online',
      restOfClass: 'in their groups of four, as the plan organises it',
      groupSize: 4,
      minutes: 20,
    },
    {
      plan: "a pacing table's lab: the objective it applies, not the first (define and identify)",
      name: 'hs-javascript-types.md',
      task: 'Predict then run ten expressions that mix strings and numbers',
      objective: 'Predict the result of an expression that mixes strings and numbers',
      restOfClass: 'on their own or in pairs',
      groupSize: 6,
      minutes: 20,
    },
    {
      plan: "an adult taster's ten-minute episodes: the one long enough, with learners, not pupils",
      name: 'adult-spanish-taster.txt',
      task: 'Write three sentences each using a core verb',
      objective: 'form simple sentences using the core verbs (hablar, comer, vivir)',
      restOfClass: 'in pairs, as the plan organises it',
      groupSize: 6,
      minutes: 20,
    },
  ])('$plan', ({ name, task, objective, restOfClass, groupSize, minutes }) => {
    const session = analysed(name).guidedSession!;
    expect(session.task?.text.startsWith(task)).toBe(true);
    expect(session.objective).toBe(objective);
    expect(session.restOfClass).toContain(restOfClass);
    expect(session.groupSize).toBe(groupSize);
    if (minutes !== undefined) expect(session.minutes).toBe(minutes);
    expect(session.stages.reduce((sum, stage) => sum + stage.minutes, 0)).toBe(session.minutes);
  });

  it('an adult session says learners throughout', () => {
    const session = analysed('adult-spanish-taster.txt').guidedSession!;
    const text = JSON.stringify(session);
    expect(text).not.toMatch(/\bpupils?\b/i);
    expect(session.stages[1]!.stage).toBe('Learners apply');
  });

  it('a ten-minute episode gets a ten-minute group, never twenty', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To use the "Dw i\'n" pattern',
        '10 mins Starter: pupils list Welsh words they know.',
        '10 mins Activity: pupils tell a partner three things they like, using "Dw i\'n hoffi".',
      ].join('\n'),
    });
    const session = planGuidedSession(plan);
    if (session !== null) expect(session.minutes).toBeLessThanOrEqual(10);
  });

  it.each([
    {
      plan: 'an audio course led with the whole group, in ten-minute rounds',
      text: [
        'Italian taster for trainee teachers',
        'Objectives:',
        '- Be able to use the "Mi piace" pattern',
        'Mins / Tutor activity / Trainee activity',
        '10 / Introduce the course. / Whole group: listen to the overview.',
        '10 / Play the first audio segment. / Whole group: listen and repeat aloud.',
        '10 / Recap the pattern. / Individually in turn: tell the group "Mi piace..." with a food.',
      ].join('\n'),
      says: 'no guided group fits',
    },
    {
      plan: 'an acid practical and nothing after it',
      text: [
        'LO: To investigate how concentration affects the rate of reaction',
        'Starter (10 mins): pupils list reactions they know.',
        'Practical (30 mins): pupils measure 20 ml of hydrochloric acid into a flask and add marble chips.',
        '- Pupils repeat with each concentration of acid and record the time.',
      ].join('\n'),
      says: 'no guided group fits',
    },
    {
      plan: 'a phonics session whose small-group teaching is a keep-up group with the TA',
      text: [
        'PHONICS PLAN - YEAR 1 (Willow Class)',
        'Teacher: Mrs H. Brennan       TA: Miss C. Okafor',
        'Objective: To read and spell words containing the digraph ay.',
        'REVISIT AND REVIEW (5 mins)',
        '- Flashcards speed round: ai, ee, igh, oa.',
        'TEACH (5 mins)',
        '- Show ay card. Model reading with sound buttons: d-ay -> day.',
        '- Model writing ay on the big whiteboard, a then y, joined.',
        '- Point out: ay usually comes at the END of a word (day, play).',
        'PRACTISE (8 mins)',
        '- Reading: word cards - say, way, hay. Chn read to partner, then chorally.',
        '- Spelling on MWBs: day, play, stay. Show me boards.',
        'INTERVENTION GROUP with Miss Okafor (at the back table, 8 mins)',
        '- Keep-up: ai and ee only, then oral blending with magnetic letters.',
        'APPLY (6 mins)',
        '- Read sentence together: "Can I play in the hay today?"',
      ].join('\n'),
      says: 'adult-led group ("INTERVENTION GROUP with Miss Okafor',
    },
  ])(
    '$plan: no guided group, and the plan is told why rather than that it sets no task',
    ({ text, says }) => {
      const analysis = analyseLessonPlan({ text });
      expect(analysis.guidedSession).toBeNull();
      expect(analysis.toAdd.filter((entry) => entry.for === 'guided').map((entry) => entry.message)).toEqual([
        expect.stringContaining(says),
      ]);
    },
  );

  it('a plan whose main part is still to be written is told it sets no task, not that no group fits', () => {
    const analysis = analyseLessonPlan({
      text: 'RE – Year 6\nObjective: to know about different beliefs\nStarter: Show a picture.\nMain: TBC',
    });
    expect(analysis.toAdd.filter((entry) => entry.for === 'guided').map((entry) => entry.message)).toEqual([
      expect.stringContaining('The plan sets no task for pupils'),
    ]);
  });

  it('review is against the objective, not the lowest "All" outcome', () => {
    const session = analysed('ks3-science-rates-practical.md').guidedSession!;
    expect(session.stages[2]!.what).not.toContain('Measure how long the reaction takes');
  });
});

describe('the intervention session for a tuition record', () => {
  const plan = parseLessonPlan(checks('tuition-records-two-sessions.md'));

  it('builds on the record\'s "Focus for next session", not the session already delivered', () => {
    const session = planInterventionSession(plan.objectives[0]!.text, { plan });
    expect(session.objective).toBe('Solve word problems that need long division, interpreting the remainder');
    expect(session.stages[1]!.what).toContain('Recall what the last session secured');
  });

  it('has no seams and sends nothing to a class teacher the plan does not name', () => {
    const session = planInterventionSession(plan.objectives[0]!.text);
    const text = [...session.stages.map((stage) => stage.what), session.linkToClassroom].join(' ');
    expect(text).not.toMatch(/Demonstrate Improving|Demonstrate Enhancing|class teacher|\{/);
    expect(session.stages[2]!.what).toBe(
      'Model long division in a short example, thinking aloud: say each step and why you take it.',
    );
  });
});

it('my fixtures live apart from the audit fixtures', () => {
  expect(FIXTURES.endsWith('lessons')).toBe(true);
});

describe('talk prompts fit the pupils’ age', () => {
  it.each([
    ['a Reception number lesson', 'Reception – Maths\nLO: To make 5 in different ways', false],
    ['a phonics plan with no year group', 'Phonics Phase 3\nLO: To read words with ai and ee', false],
    ['a Year 1 lesson', 'Year 1 Science\nLO: To name parts of a plant', false],
    ['a Year 10 lesson', 'Year 10 Chemistry\nLO: To explain electrolysis', true],
    ['a lesson with no stage given', 'LO: To explain electrolysis', true],
  ])('%s: asks for evidence only of older pupils', (_plan, text, evidence) => {
    const plan = parseLessonPlan({ text });
    expect(talkPrompts(plan, planContent(plan)).some((prompt) => prompt.includes('evidence'))).toBe(evidence);
  });
});

describe('a misconception is the belief itself, without the plan’s lead-in', () => {
  it.each([
    {
      plan: 'a practical grid whose teaching column warns, then corrects after a dash',
      text: [
        'LO: To describe what happens when a metal burns in air',
        '## Main (20 mins)',
        'in pairs, heat each metal in the flame and record what you see | Circulate. Misconception to watch: students think the metal "vanishes" – remind them the atoms have joined with oxygen in the oxide.',
      ],
      claim: 'The metal vanishes',
      correction: 'The atoms have joined with oxygen in the oxide',
    },
    {
      plan: 'a 5E lesson that tells the teacher to address a confusion, then what to stress',
      text: [
        'Objective: Students will distinguish between condensation and evaporation.',
        'EXPLAIN (10 minutes)',
        'Address the common misconception: students often think condensation and evaporation are the same thing. Emphasize: evaporation is liquid to gas, condensation is gas to liquid.',
      ],
      claim: 'Condensation and evaporation are the same thing',
      confused: ['condensation', 'evaporation'],
      correction: 'Evaporation is liquid to gas, condensation is gas to liquid',
    },
    {
      plan: 'a maths plan whose listed misconception shows the mistake after "thinking"',
      text: [
        'LO: To find equivalent fractions',
        '## Misconceptions',
        '**Misconception:** Some pupils will double the numerator only, e.g. thinking 1/3 = 2/3 because "I doubled the top".',
        '**Correction:** Fold a strip into thirds and then sixths. Explain that we multiply the numerator and the denominator by the same number.',
      ],
      claim: '1/3 = 2/3',
      correction: 'We multiply the numerator and the denominator by the same number',
    },
  ])('$plan', ({ text, claim, confused, correction }) => {
    const plan = parseLessonPlan({ text: text.join('\n'), format: 'markdown' });
    const [misconception] = planContent(plan).misconceptions;
    expect(misconception?.claim).toBe(claim);
    expect(misconception?.confused).toEqual(confused);
    expect(misconception?.correction?.text).toBe(correction);
    const { hinges } = hingeQuestions(plan, planContent(plan));
    expect(hinges).toHaveLength(1);
    const options = hinges[0]!.options.map((option) => option.answer);
    // Every option is a short claim, never the lead-in or the paragraph around it.
    for (const option of options) {
      expect(option).not.toMatch(/misconception|students|pupils|think/i);
      expect(option.split(' ').length).toBeLessThanOrEqual(16);
    }
    const session = planGuidedSession(plan);
    expect(session?.focus ?? '').not.toMatch(/misconception that (?:misconception|address|some)/i);
    const plenary = plenaryQuestions(plan, planContent(plan)).questions.join(' ');
    expect(plenary).not.toMatch(/Someone says: "(?:Misconception|Address|Some)/);
  });

  it('a worked line pupils believe is judged right or wrong, with the plan’s reason', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To find equivalent fractions',
        '## Misconceptions',
        '**Misconception:** Some pupils will double the numerator only, e.g. thinking 1/3 = 2/3 because "I doubled the top".',
        '**Correction:** Fold a strip into thirds and then sixths. Explain that we multiply the numerator and the denominator by the same number.',
      ].join('\n'),
      format: 'markdown',
    });
    const { hinges, toAdd } = hingeQuestions(plan, planContent(plan));
    expect(hinges[0]!.question).toMatch(/^Right or wrong, and why: "1\/3 = 2\/3"\?/);
    expect(hinges[0]!.question).toContain(
      'The plan\'s reason: "We multiply the numerator and the denominator by the same number".',
    );
    expect(toAdd.filter((entry) => entry.for === 'hinge')).toEqual([]);
  });
});

describe('the guided task is a whole pupil task from the main application episode', () => {
  it.each([
    {
      plan: 'a tiered independent task whose core ends with a quoted question',
      text: [
        'LO: To simplify fractions',
        '## Main teaching',
        'Model 4/8 = 1/2 on the fraction wall. Then children try 6/9 on whiteboards.',
        '## Independent task',
        '**Support (with the TA):** Use fraction walls to simplify halves and quarters.',
        '**Core:** Sheet 2 – simplify each fraction by dividing top and bottom by the same number. Last question: "Is 3/6 in its simplest form? Explain how you know."',
        '**Challenge:** Sheet 3 – find fractions that cannot be simplified.',
      ],
      task: 'Sheet 2 – simplify each fraction by dividing top and bottom by the same number',
    },
    {
      plan: 'a coding lesson whose activity opens with getting the file',
      text: [
        'LO: To use while loops in Python',
        '## Main activity (30 mins)',
        'Students open the starter file guess.py from the shared area. The program already picks a number. They need to add a while loop so that the player keeps guessing until they are right.',
      ],
      task: 'Add a while loop so that the player keeps guessing until they are right',
    },
    {
      plan: "an Oak-style learning cycle whose practice follows the teacher's labelled explanation",
      text: [
        'LO: To calculate price elasticity of demand',
        '## Learning cycle 1: Calculating PED',
        '**Explain:** formula, the sign, worked example — coffee chain raises a latte from £3.00 to £3.30, Qd falls from 500 to 400 a day.',
        '',
        "**Questions I'll ask:**",
        '- "Why do we use percentage changes rather than just the change in quantity?"',
        '',
        '**Practice:** worksheet 6 calc Qs (mix of % given & raw data). Q5–6 work backwards to the price change needed.',
        '',
        '## Learning cycle 2: Interpreting PED & total revenue',
        '**Explain:** TR = P x Q. Latte: TR before £1,500, after £1,320 → elastic so TR fell.',
        '## Exit quiz',
        '1. Calculate the PED when price rises 10% and quantity falls 5%',
      ],
      task: 'worksheet 6 calc Qs (mix of % given & raw data)',
    },
  ])('$plan', ({ text, task }) => {
    const plan = parseLessonPlan({ text: text.join('\n'), format: 'markdown' });
    const session = planGuidedSession(plan);
    expect(session?.task?.text).toBe(task);
  });

  it('a practical with acid throughout is not where the teacher sits with six pupils', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To describe how metals react with acids',
        '| Time | Activity |',
        '| --- | --- |',
        '| 20 mins | PRACTICAL: in pairs, add each metal to dilute acid and record what you see. Pour the acid away at the sink. |',
        '| 10 mins | RESULTS: share results. Model one word equation, students write the other two on their own. |',
      ].join('\n'),
      format: 'markdown',
    });
    const session = planGuidedSession(plan);
    expect(session?.task?.text).toBe('Write the other two');
  });

  it("a carousel's rota and its key are no task: the plan's own focus group is named instead", () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To make inferences about a character and justify them with evidence from the text',
        'Whole class (15 mins): read the extract together; model one inference with its evidence.',
        '9.05 Carousel (25 mins) - groups rotate daily',
        '            Mon        Tues       Weds       Thurs      Fri',
        'Blue        T          IND        TA         RfP        VQ',
        'Green       VQ         T          IND        TA         RfP',
        'T = with me (focus group) TA = with Mrs Hussain IND = independent comprehension',
        'Plenary (5 mins): one inference each, with its evidence',
      ].join('\n'),
      format: 'text',
    });
    const analysis = analyseLessonPlan({ text: plan.lines.join('\n'), format: 'text' });
    expect(analysis.guidedSession?.task?.text ?? '').not.toMatch(/Mon|Blue|T = /);
  });

  it('a practical run under a safety rule (goggles, "BLOW DO NOT SUCK") is not where the teacher sits with a group', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To explain using evidence that plants take in carbon dioxide',
        'ENGAGE (8 min): quick poll - where does a tree get its mass?',
        'EXPLORE (20 min): Elodea + BTB lab, groups of 4',
        '- I demo blowing through straw into BTB first (BLOW DO NOT SUCK - remind x3)',
        '- Each group sets up 4 tubes with breath, BTB and elodea, two in light and two wrapped in foil',
        'EVALUATE (5 min): exit ticket',
      ].join('\n'),
      format: 'text',
    });
    expect(planGuidedSession(plan)?.task?.text).toBeUndefined();
  });
});

describe('the plenary asks what each objective needs, and a curriculum reference is not a topic', () => {
  it.each([
    {
      plan: 'a science objective that sets two ideas apart',
      text: ['Objective: Students will distinguish between melting and dissolving using examples.'],
      asked:
        'Can you distinguish between melting and dissolving using examples? Sort two examples with your partner, and say what tells them apart.',
    },
    {
      plan: 'a history objective that compares',
      text: ['LO: To compare the causes of the two world wars'],
      asked:
        'Can you compare the causes of the two world wars? Tell your partner one way they are alike and one way they differ.',
    },
    {
      plan: 'a reading objective to make inferences and justify them',
      text: [
        "Objective: to make inferences about a character's feelings and justify them with evidence from the text.",
      ],
      asked:
        "Can you make inferences about a character's feelings? Tell your partner one, and your evidence for it.",
    },
    {
      plan: 'an objective to use a model to explain',
      text: ['Objective: Use a particle model to explain how gases spread out.'],
      asked:
        'Can you use a particle model to explain how gases spread out? Explain it to your partner in two or three sentences.',
    },
  ])('$plan', ({ text, asked }) => {
    const plan = parseLessonPlan({ text: text.join('\n') });
    const { questions } = plenaryQuestions(plan, planContent(plan));
    expect(questions).toContain(asked);
    expect(questions.join(' ')).not.toMatch(/each step|Step by step/);
  });

  it.each([
    [
      'a quoted programme of study',
      '(NC Y5: "compare and order fractions whose denominators are multiples of the same number")',
    ],
    ['a content-domain code', '(KS2 reading content domain 2a – word meaning)'],
  ])(
    '%s beside the stated objective is reviewed once, in the plan’s words, never as "what have you learned about (NC…)"',
    (_kind, reference) => {
      const plan = parseLessonPlan({
        text: [
          '## Learning objective',
          'WALT: compare and order fractions whose denominators are multiples of the same number.',
          reference,
          '## Main',
          'Children order five fractions on a number line.',
        ].join('\n'),
        format: 'markdown',
      });
      const { questions } = plenaryQuestions(plan, planContent(plan));
      const text = questions.join(' ');
      expect(text).not.toMatch(/NC Y5|KS2|\(/);
      expect(questions.filter((question) => question.includes('compare and order fractions'))).toHaveLength(
        1,
      );
      expect(planGuidedSession(plan)?.objective ?? '').not.toMatch(/NC|KS2/);
    },
  );
});

describe('talk prompts only where there is a lesson to talk in', () => {
  const scheme = [
    '# Year 9 Maths Scheme of Work – Autumn Term',
    '',
    '| Week | Lesson | Title |',
    '| --- | --- | --- |',
    '| 1 | 1 | Place value and rounding |',
    '| 1 | 2 | Significant figures |',
    '| 2 | 3 | Estimation |',
    '| 2 | 4 | Standard form |',
    '| 3 | 5 | Indices |',
    '| 3 | 6 | Surds |',
  ];
  const worksheet = [
    '# Year 7 Homework – Angles',
    'Name: ________  Class: ____',
    '1. Measure angle ABC. ______',
    '2. What is the sum of angles on a straight line? ______',
    '3. Find the missing angle x. ______',
    '4. Explain why angles in a triangle add up to 180°. ______________',
  ];
  it.each([
    ['a titles-only scheme of work', scheme, 'scheme'],
    ['a homework sheet for pupils', worksheet, 'not-a-plan'],
  ])('%s: no talk prompts, rather than generic ones', (_document, text, kind) => {
    const plan = parseLessonPlan({ text: text.join('\n'), format: 'markdown' });
    expect(plan.kind).toBe(kind);
    expect(talkPrompts(plan, planContent(plan))).toEqual([]);
    expect(analyseLessonPlan({ text: text.join('\n'), format: 'markdown' }).talkPrompts).toEqual([]);
  });

  it('a lesson still gets them', () => {
    const plan = parseLessonPlan({ text: 'Year 8 Science\nLO: To explain why the Moon has phases' });
    expect(talkPrompts(plan, planContent(plan))).toContain('Can you add to that?');
  });
});

describe('a plenary for "use" objectives and the rest of a tiered class', () => {
  it.each([
    [
      'LO: To use for loops in Python',
      'Can you use for loops in Python? Show your partner one example, and say what it does.',
    ],
    [
      'LO: To use a microscope to observe onion cells',
      'Step by step, talk your partner through how to use a microscope to observe onion cells.',
    ],
  ])('%s', (text, asked) => {
    const plan = parseLessonPlan({ text });
    expect(plenaryQuestions(plan, planContent(plan)).questions).toContain(asked);
  });

  it('while the group works, the rest of a tiered class do their own tier, not the support group’s work', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To simplify fractions',
        '## Independent task',
        '**Support (with the TA):** Use fraction walls to simplify halves and quarters.',
        '**Core:** Sheet 2 – simplify each fraction by dividing top and bottom by the same number.',
        '**Challenge:** Sheet 3 – find fractions that cannot be simplified.',
      ].join('\n'),
      format: 'markdown',
    });
    const session = planGuidedSession(plan)!;
    expect(session.restOfClass).toMatch(
      /^The independent task, with the support or challenge the plan sets out/,
    );
    expect(session.restOfClass).not.toContain('fraction walls');
  });
});

describe('plans written for us that nobody tuned for: what a mentor would notice', () => {
  const unseen = [
    'unseen-01-y8-science-metals-acids.md',
    'unseen-02-y4-maths-equivalent-fractions.md',
    'unseen-03-ks3-history-peasants-revolt.md',
    'unseen-04-grade6-earth-science-5e-weathering.md',
    'unseen-05-y9-english-omam-ch3.md',
    'unseen-06-y8-maths-homework-circles.md',
    'unseen-07-y3-guided-reading-carousel.md',
    'unseen-08-y8-computing-python-selection.md',
  ];
  it.each(unseen)(
    '%s: no lead-in, curriculum code or stray quote in what the teacher would read out',
    (name) => {
      const analysis = analysed(name);
      const said = [
        ...analysis.talkPrompts,
        ...analysis.plenaryQuestions,
        ...analysis.hingeQuestions.flatMap((hinge) => [
          hinge.question,
          ...hinge.options.map((option) => option.answer),
        ]),
        analysis.guidedSession?.focus ?? '',
        analysis.guidedSession?.task?.text ?? '',
      ].join('\n');
      expect(said).not.toMatch(
        /misconception (?:to watch|that (?:misconception|address|some))|Address the common/i,
      );
      expect(said).not.toMatch(/\(NC |KS2 reading content domain|each step to your partner.*distinguish/);
      expect(said).not.toMatch(/^"[^"\n]*$/m);
      for (const hinge of analysis.hingeQuestions)
        for (const option of hinge.options) expect(option.answer.split(' ').length).toBeLessThanOrEqual(16);
    },
  );

  it.each([
    ['unseen-01-y8-science-metals-acids.md', 'The metal is destroyed.'],
    ['unseen-04-grade6-earth-science-5e-weathering.md', 'Weathering and erosion are the same thing.'],
  ])('%s: the hinge offers the belief itself beside the plan’s correction', (name, belief) => {
    const hinge = analysed(name).hingeQuestions.find((built) => built.fromPlan !== true);
    expect(hinge?.options.find((option) => option.reveals === 'holds the misconception')?.answer).toBe(
      belief,
    );
    expect(hinge?.options.some((option) => option.correct)).toBe(true);
  });

  it.each(['unseen-06-y8-maths-homework-circles.md'])(
    '%s (not a lesson plan): no talk prompts, plenary or guided group',
    (name) => {
      const analysis = analysed(name);
      expect(analysis.talkPrompts).toEqual([]);
      expect(analysis.plenaryQuestions).toEqual([]);
      expect(analysis.guidedSession).toBeNull();
    },
  );
});

describe('beliefOf: the belief without the plan’s lead-in', () => {
  it.each([
    ['Watch out for pupils who think that heavier objects fall faster.', 'Heavier objects fall faster'],
    ['Common misconception – plants get their food from the soil.', 'Plants get their food from the soil'],
    [
      'A common misconception is that plants get their food from the soil.',
      'Plants get their food from the soil',
    ],
    [
      'Be aware that some students assume that multiplying always makes a number bigger.',
      'Multiplying always makes a number bigger',
    ],
    [
      'Note: pupils often think that electricity is used up in a circuit.',
      'Electricity is used up in a circuit',
    ],
    [
      'Misconception to watch: children think the ice "disappears" / "vanishes" – remind them it has melted.',
      'The ice disappears',
    ],
    ['A heavier object falls faster.', 'A heavier object falls faster'],
    ['Ask pupils to think about why the ice melts.', 'Ask pupils to think about why the ice melts'],
  ])('%s', (written, claim) => {
    expect(beliefOf(written).claim).toBe(claim);
  });
});

describe('a class lesson with no objective', () => {
  const analysis = analyseLessonPlan({
    text: [
      '# Sorting network',
      'Starter: pupils line up in order of their birthdays.',
      'Main: in teams of six, pupils walk the sorting network drawn on the playground, comparing cards.',
      'Plenary: what happened when two cards were the same?',
    ].join('\n'),
  });
  it('is told why it has no guided session or hinge question, rather than getting neither in silence', () => {
    expect(analysis.guidedSession).toBeNull();
    expect(analysis.toAdd.map((entry) => entry.for)).toEqual(expect.arrayContaining(['guided', 'hinge']));
    expect(analysis.toAdd.find((entry) => entry.for === 'guided')?.message).toContain('the plan states none');
  });
});

describe('a guided-reading carousel', () => {
  it('leaves the other groups at their stations rather than setting them the guided task', () => {
    const analysis = analyseLessonPlan(fixture('checks/unseen-07-y3-guided-reading-carousel.md'));
    expect(analysis.guidedSession).not.toBeNull();
    expect(analysis.guidedSession!.restOfClass).toContain('at their stations');
    expect(analysis.guidedSession!.restOfClass).not.toContain('on their own or in pairs');
  });
});
