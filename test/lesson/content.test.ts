import { describe, expect, it } from 'vitest';
import { analyseLessonPlan, parseLessonPlan } from '../../shared/lesson';
import { notAnObjective, planContent, questionLevel, trimEnd } from '../../shared/lesson/content';
import { objectiveLadder } from '../../shared/lesson/questions';
import { climbs } from './ladder-order';

const contentOf = (text: string) => planContent(parseLessonPlan({ text, format: 'markdown' }));

/** An Oak-style record: keywords with definitions, key learning points, a misconception with its response. */
const OAK_STYLE = [
  '# Forming plurals',
  '## Pupil lesson outcome',
  'I can form the plural of nouns ending in -y.',
  '## Lesson keywords',
  '- Consonant: a letter that is not a vowel.',
  '- Suffix: a suffix is a letter or group of letters added to the end of a word.',
  '## Key learning points',
  '- After a consonant, the y changes to i before adding -es.',
  '## Misconceptions and common mistakes',
  "- Misconception: That every word ending in 'y' changes to 'ies'.",
  "  Response: Words like 'day' keep the y because a vowel comes before it.",
].join('\n');

describe('what the plan says, read for the generators', () => {
  it('reads keywords with their definitions', () => {
    expect(contentOf(OAK_STYLE).terms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: 'Consonant', definition: 'a letter that is not a vowel', line: 5 }),
        expect.objectContaining({ term: 'Suffix', line: 6 }),
      ]),
    );
  });

  it('pairs a misconception with the response under it, so the correction is never read as a misconception', () => {
    const [misconception, ...rest] = contentOf(OAK_STYLE).misconceptions;
    expect(rest).toEqual([]);
    expect(misconception).toMatchObject({
      claim: "Every word ending in 'y' changes to 'ies'",
      correction: { text: "Words like 'day' keep the y because a vowel comes before it", line: 11 },
    });
  });

  it.each([
    ['a bold term defined in the teaching', 'Main:\n- A **loop** is a block of code that repeats.', 'loop'],
    [
      'a term named by what it is called',
      'Main:\n- A given order of statements is called a **program**.',
      'program',
    ],
    ['a quoted technical word', 'Main:\n- The technical word for the circles is "node".', 'node'],
  ])('finds %s', (_, text, term) => {
    expect(contentOf(text).terms.map((entry) => entry.term)).toContain(term);
  });

  it.each([
    ['an ordinary sentence with "is"', 'Main:\n- The shape is different each time.'],
    ['a heading-like label', 'Main:\n- Resources: paper and pens for each group.'],
  ])('finds no term in %s', (_, text) => {
    expect(contentOf(text).terms).toEqual([]);
  });

  it('reads "Counter it:" as the truth, and "Also expect ..." on the next line as a second belief, not the first one\'s answer', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To identify evidence of a chemical reaction',
        "Misconception to hit: kids think bubbles ALWAYS mean a chemical reaction. Counter it: boiling water bubbles and it's still water.",
        'Also expect "the salt disappeared so it\'s a new substance" – ask what is left when the water boils off.',
      ].join('\n'),
    );
    expect(misconceptions.map(({ claim, correction }) => [claim, correction?.text])).toEqual([
      ['Bubbles ALWAYS mean a chemical reaction', "Boiling water bubbles and it's still water"],
      ["The salt disappeared so it's a new substance", undefined],
    ]);
  });

  it('does not read "How to address?? TBC" as the plan tackling the belief', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To solve quadratics by factorising',
        'Main (15 mins): worked example',
        'Misconception: when solving x^2 = 5x they divide by x and get x = 5, losing x = 0. How to address?? TBC',
      ].join('\n'),
    );
    expect(misconceptions[0]?.addressed).toBeUndefined();
  });

  it('reads "treating X as Y rather than Z" as the belief that X is Y, with Z as what is so', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To explain why towns grew during the Industrial Revolution',
        'Misconceptions: The trap every year is treating the Industrial Revolution as one event rather than a long process.',
        'Pupils see factories as the only cause of town growth.',
      ].join('\n'),
    );
    expect(misconceptions.map(({ claim, correction }) => [claim, correction?.text])).toEqual([
      ['The Industrial Revolution is one event', 'The Industrial Revolution is a long process'],
      ['Factories are the only cause of town growth', undefined],
    ]);
  });

  it('reads a wrong answer a pupil gave ("WATCH: last wk he did 47+35=712") as the sum to judge, with the right answer worked out', () => {
    const { misconceptions } = contentOf(
      [
        'WALT: add two 2-digit numbers using column addition with exchanging',
        'Misconceptions',
        'WATCH: last wk he did 47+35=712 - forgot to exchange the ten.',
      ].join('\n'),
    );
    expect(misconceptions).toEqual([
      expect.objectContaining({
        example: '47+35=712',
        why: 'Forgot to exchange the ten',
        correction: { text: '47+35 = 82', line: 3 },
      }),
    ]);
  });

  it('reads "x² = 5x — they divide by x..." as what pupils do to the equation, not a claim that x² = 5x', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To solve quadratics by factorising',
        'Misconceptions: x² = 5x — they divide by x and lose x=0',
      ].join('\n'),
    );
    expect(misconceptions.map(({ claim, conduct }) => [claim, conduct])).toEqual([
      ['They divide by x and lose x=0', true],
    ]);
  });

  it('reads a remedy the teacher does as tackling the belief, and other pupils after a slash as a second belief', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To add two 2-digit numbers using the column method',
        'Main: column addition with Dienes',
        'Misconceptions: writing 13 in the ones column (→ 715) - send back to the Dienes: "can we have 13 ones in one column?" / some start from the tens column',
      ].join('\n'),
    );
    expect(
      misconceptions.map(({ claim, addressed, correction }) => ({ claim, addressed, correction })),
    ).toEqual([
      { claim: 'Writing 13 in the ones column (→ 715)', addressed: true, correction: undefined },
      { claim: 'Start from the tens column', addressed: undefined, correction: undefined },
    ]);
  });

  it('reads what pupils write every year, said of someone, with the truth after a flat denial', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To explain the causes of the sinking of the Titanic',
        'Main (10 mins): Story of the night. Every year some of them write that the iceberg "hit the front of the ship head on". It didn\'t. It scraped along the starboard side, opening several compartments - show the diagram.',
      ].join('\n'),
    );
    expect(misconceptions[0]).toMatchObject({
      claim: 'The iceberg hit the front of the ship head on',
      correction: { text: 'It scraped along the starboard side, opening several compartments', line: 2 },
    });
  });

  it('reads "MISC: they think X → NO. Y" in the teaching as a belief the arrow denies, with Y its fix', () => {
    const { misconceptions } = contentOf(
      [
        'LO: To analyse monopsony using the MRP / MCL / ACL diagram',
        '- Teach (15 mins)',
        '  - build diag step by step on board, they copy.',
        '  - MISC: they think wage set where MRP = MCL → NO. Employ Q where MRP = MCL, then read DOWN to ACL for the wage.',
      ].join('\n'),
    );
    expect(misconceptions[0]).toMatchObject({
      claim: 'Wage set where MRP = MCL',
      correction: { text: 'Employ Q where MRP = MCL, then read DOWN to ACL for the wage', line: 4 },
    });
  });

  it('finds a misconception warned of in the teaching, and its correction where the plan sets both ideas side by side', () => {
    const { misconceptions } = contentOf(
      [
        'Main:',
        '- Pupils often confuse mass and weight.',
        '- Weight is a force measured in newtons, but mass is measured in kilograms.',
      ].join('\n'),
    );
    expect(misconceptions[0]).toMatchObject({
      confused: ['mass', 'weight'],
      correction: {
        text: 'Weight is a force measured in newtons, but mass is measured in kilograms',
        line: 3,
      },
    });
  });

  it.each([
    [
      "Oak's belief then its answer, each a paragraph",
      [
        '## Common misconception',
        '',
        'Pupils often think that the water in a wave travels all the way across the ocean to the beach.',
        '',
        'It is energy that travels through the water.',
      ],
      'The water in a wave travels all the way across the ocean to the beach',
      'It is energy that travels through the water',
    ],
    [
      'a later sentence that turns to the fix ("Be clear -"), typed across hard-wrapped lines',
      [
        'Main:',
        'MISCONCEPTION: some will think the people drowned / it was a natural flood. Be clear - people were moved',
        'out first, the houses were demolished & then the valley was flooded on purpose.',
      ],
      'The people drowned',
      'People were moved out first, the houses were demolished & then the valley was flooded on purpose',
    ],
    [
      'what pupils say, then the fix after a dash',
      [
        '## Misconceptions',
        '- Students often say the central executive stores info – it is an attention system with very limited capacity.',
      ],
      'The central executive stores info',
      'It is an attention system with very limited capacity',
    ],
    [
      'a denial of the belief, then what is so ("It didn\'t - ...")',
      [
        'Main:',
        "There is a misconception that always comes up: they think the revolt failed because the peasants lost a battle. It didn't - there was no battle, the leaders were tricked.",
      ],
      'The revolt failed because the peasants lost a battle',
      'There was no battle, the leaders were tricked',
    ],
    [
      "Oak's plain misconception, then the answer that sets what is so against it",
      [
        '## Common misconception',
        '',
        'Boudica beat the Romans and drove them out of Britain.',
        '',
        'Her rebels won some early victories, but they were defeated and the Romans stayed for 350 years.',
      ],
      'Boudica beat the Romans and drove them out of Britain',
      'Her rebels won some early victories, but they were defeated and the Romans stayed for 350 years',
    ],
    [
      'a listed belief put plainly, then the fix after its dash',
      ['## Misconceptions to address', '- "Enzymes get used up" – catalase is reused over and over'],
      'Enzymes get used up',
      'Catalase is reused over and over',
    ],
  ])('reads the correct idea, never as the misconception: %s', (_, lines, claim, correction) => {
    const misconceptions = contentOf(lines.join('\n')).misconceptions;
    expect(misconceptions).toHaveLength(1);
    expect(misconceptions[0]).toMatchObject({ claim, correction: { text: correction } });
  });

  it.each([
    [
      'a true reason, then what pupils go on to do',
      '- ai and ay make the same sound so chn will write "plai".',
      'Write plai',
    ],
    [
      'an exception stated as it truly is',
      "- *says* has ay in it but doesn't say /ai/ – it's a tricky word.",
      undefined,
    ],
  ])('never reads a true statement as the belief to mark wrong: %s', (_, line, claim) => {
    const [misconception] = contentOf(['## Misconceptions', line].join('\n')).misconceptions;
    expect(misconception?.claim).toBe(claim);
  });

  it('keeps two misconceptions listed as items apart, though only the first says who thinks it', () => {
    const misconceptions = contentOf(
      [
        '## Misconceptions',
        '- Pupils think plants get their food from the soil.',
        '- Heavier objects fall faster.',
      ].join('\n'),
    ).misconceptions;
    expect(misconceptions.map((entry) => entry.correction)).toEqual([undefined, undefined]);
    expect(misconceptions).toHaveLength(2);
  });

  it("reads pupils' tasks, not the teacher's instructions", () => {
    const { tasks } = contentOf(
      [
        '## Independent task',
        '- Write the following list of words on the board.',
        '- Pupils convert each fraction to a decimal.',
        '## Starter',
        '- Hand out the mini-whiteboards.',
        '- Ask pupils to sort the shapes by their number of sides.',
        '- Show students how to draw a bar model.',
      ].join('\n'),
    );
    expect(tasks.map((task) => task.text)).toEqual([
      'Convert each fraction to a decimal',
      'Sort the shapes by their number of sides',
      'Draw a bar model',
    ]);
  });

  it('reads "Every year someone says X. It\'s Y, not Z" as the belief X, corrected by Y; "Address by:" a remedy as tackling it', () => {
    const { misconceptions } = contentOf(
      [
        '## Misconception!!',
        "Every year someone says the sugar goes into the potato and makes it heavier. It's the WATER moving, not the sugar — sugar molecules too big to get through.",
        '## Common misconception',
        'Students think a steep demand curve means demand is inelastic.',
        'Address by: two points on the same linear curve in LC2.',
      ].join('\n'),
    );
    expect(misconceptions.map((entry) => [entry.claim, entry.correction?.text, entry.addressed])).toEqual([
      [
        'The sugar goes into the potato and makes it heavier',
        "It's the water moving, not the sugar",
        undefined,
      ],
      ['A steep demand curve means demand is inelastic', undefined, true],
    ]);
  });

  it('reads the slip a stated truth denies ("...is NOT zero – someone always does it") and a truth written "X ≠ Y"', () => {
    const { misconceptions } = contentOf(
      [
        '## Input + WE1: calculating ΔS (15 min)',
        'Stress: S° of an element is NOT zero (unlike ΔfH) – someone always does it.',
        '## Input + WE2: ΔG and feasibility (20 min)',
        'THEN the second misconception: feasible ≠ it happens. Haber is feasible at 298 K but needs activation energy.',
        '## Analysis',
        '- **Misconception:** rate is not the same as total volume collected. We want the *initial* rate.',
      ].join('\n'),
    );
    // The line read as a misconception comes first; those warned of in the teaching follow.
    expect(misconceptions.map((entry) => [entry.claim, entry.correction?.text])).toEqual([
      ['Rate is the same as total volume collected', 'Rate is not the same as total volume collected'],
      ['S° of an element is zero', 'S° of an element is NOT zero'],
      ['Feasible means it happens', 'Feasible does not mean it happens'],
    ]);
  });

  it('reads past a teacher\'s "NB" and "lots of them will write" to the belief itself', () => {
    const { misconceptions } = contentOf(
      [
        '## Misconceptions',
        '- NB lots of them think the assassination caused the war on its own.',
        '- Lots of them will write Macbeth is scared of going to hell.',
      ].join('\n'),
    );
    expect(misconceptions.map((entry) => entry.claim)).toEqual([
      'The assassination caused the war on its own',
      'Macbeth is scared of going to hell',
    ]);
  });

  it('reads a misconception labelled inside the teaching, and what "a lot of them think of X as" takes X for', () => {
    const { misconceptions } = contentOf(
      [
        'Objective: SWBAT explain where a plant gets its mass',
        'Engage:',
        'Expect most to say SOIL. Misconception: plants get their food from the soil (the "plant food" fertilizer thing).',
        'Explain:',
        'A lot of them think of the langar as basically a soup kitchen for homeless people, so I need to be clear that it is not charity.',
      ].join('\n'),
    );
    expect(misconceptions.map((entry) => entry.claim)).toEqual([
      'Plants get their food from the soil',
      'The langar is a soup kitchen for homeless people',
    ]);
  });

  it("reads a question quoted after the step that leads to it, and an exit ticket's sum as a task", () => {
    const { questions, tasks } = contentOf(
      [
        'LO: To solve two-step linear equations',
        'Teach 15\' – model 2x + 5 = 17 on the balance; ask "What do we undo first and why?"',
        "Plenary 5' – exit ticket: solve 3x - 4 = 11",
      ].join('\n'),
    );
    expect(questions.map((question) => question.text)).toEqual(['What do we undo first and why?']);
    expect(tasks.map((task) => task.text)).toEqual(['Solve 3x - 4 = 11']);
  });

  it('reads the plan\'s own questions, a wrapped one as one, and "Ask about the difference" as a question', () => {
    const { questions } = contentOf(
      [
        '## Key questions',
        'What are examples of jobs that get finished sooner',
        'with more people helping?',
        '## Main',
        '- Ask students about the difference between = and ==.',
        '- Hint: what might happen if someone was watching?',
      ].join('\n'),
    );
    expect(questions.map((question) => [question.text, question.level])).toEqual([
      ['What are examples of jobs that get finished sooner with more people helping?', 'inclusive'],
      ['What is the difference between = and ==?', 'analyse'],
    ]);
  });

  it('reads a numbered question typed over indented lines as one, and "Do you agree?" with the claim it judges', () => {
    const { questions } = contentOf(
      [
        'QUESTIONS',
        '5. Explain why the granthi waves a chauri over the Guru Granth',
        '   Sahib. What does this tell you about how Sikhs feel about',
        '   their holy book?',
        '',
        '8. "The langar is the most important part of the gurdwara."',
        '   Do you agree? Give TWO reasons for your answer and include a',
        '   view that is different to yours.',
      ].join('\n'),
    );
    expect(questions.map((question) => [question.text, question.level])).toEqual([
      [
        'Explain why the granthi waves a chauri over the Guru Granth Sahib. What does this tell you about how Sikhs feel about their holy book?',
        'understand',
      ],
      ['"The langar is the most important part of the gurdwara." Do you agree?', 'evaluate'],
    ]);
  });

  it.each([
    [
      'PLENARY: exit ticket on post-it – 1) Word equation for iron 2) How do you test for hydrogen?',
      'How do you test for hydrogen?',
    ],
    [
      '"Can anyone give me a fraction that IS equivalent to 1/2?',
      'Can anyone give me a fraction that IS equivalent to 1/2?',
    ],
    ['Fold it again – "How many parts now?', 'How many parts now?'],
    ['Model the stem on the board, e.g. "Why do you think the fox hides?', 'Why do you think the fox hides?'],
    [
      "What are examples of tasks that *don't* get finished sooner?",
      "What are examples of tasks that don't get finished sooner?",
    ],
  ])('reads the question out of "%s"', (line, question) => {
    expect(contentOf(`## Main\n${line}`).questions.map((entry) => entry.text)).toEqual([question]);
  });

  it.each([
    'Model the stem on the board, e.g. "How do you think _ feels?',
    'temp = int(input("What is the temperature in degrees?',
    'Last section: "Is it true or false? 1/3 = 2/4.',
  ])('takes no question from "%s" (a stem, a program, a question that leans on what follows)', (line) => {
    expect(contentOf(`## Main\n${line}`).questions).toEqual([]);
  });

  it('joins a short follow-up on the same line to the question before it', () => {
    const { questions } = contentOf(
      '## Guided reading\nHow does Max feel when he sees the hedgehogs on the road? Which words show you?',
    );
    expect(questions.map((entry) => entry.text)).toEqual([
      'How does Max feel when he sees the hedgehogs on the road? Which words show you?',
    ]);
  });

  it('a resource for some pupils is not a task: "Writing frame for 8 students"', () => {
    const { tasks } = contentOf(
      '## Main\nWriting frame for 8 students (metal + acid → salt + hydrogen).\nWriting a word equation for each metal in the table.',
    );
    expect(tasks.map((task) => task.text)).toEqual(['Write a word equation for each metal in the table']);
  });

  it('reads the steps under "How I\'ll address it:" as putting the misconception right, not as misconceptions', () => {
    const { misconceptions } = contentOf(
      [
        '### Misconception',
        'Children forget the placeholder zero when multiplying by the tens digit, so they get 161 instead of 782.',
        '',
        "**How I'll address it:**",
        "- Estimate first every time: 20 × 30 = 600, so 161 can't be right.",
        '- Say it out loud: "We are multiplying by thirty, not three."',
      ].join('\n'),
    );
    expect(misconceptions.map((entry) => [entry.line, entry.addressed])).toEqual([[2, true]]);
  });

  it("reads an exam question's part as a task, without its letter and source, and not its mark scheme", () => {
    const { tasks } = contentOf(
      [
        '## 4. Determinants of PED (35–45 mins)',
        'Card sort in pairs: 8 products on a continuum.',
        '## 5. Exam question (45–65 mins)',
        '> **(b) With reference to Extract A, examine the likely effects on total revenue of the rise in rail fares. (8 marks)**',
        '',
        '**Mark scheme summary (KAA 4 / Evaluation 4):**',
        '- Explain why: commuters have few substitutes, journey is a necessity.',
        '',
        'Peer mark with the mark scheme (swap books). Students write one WWW / EBI.',
      ].join('\n'),
    );
    expect(tasks.map((task) => task.text)).toEqual([
      'Examine the likely effects on total revenue of the rise in rail fares',
      'Write one WWW',
    ]);
  });
});

describe('a question asked in quotes, with the context it leans on', () => {
  it.each([
    'Plenary (10 mins): Hinge-ish: "A business has PED of -0.3. Should it raise or lower its price?" (Raise.) Whiteboards.',
    'Plenary (10 mins): Ask: "A business has PED of -0.3. Should it raise or lower its price?"',
  ])('%s', (line) => {
    const plan = parseLessonPlan({ text: `LO: To calculate PED\n${line}` });
    expect(planContent(plan).questions.map((question) => question.text)).toEqual([
      'A business has PED of -0.3. Should it raise or lower its price?',
    ]);
  });
});

describe("a Y4 grid's misconception, its fix and its own hinge with numbered options", () => {
  it('reads the fix shown on the fraction wall, asks the numbered hinge as written, and asks the plan for nothing it has', () => {
    const analysis = analyseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To recognise and find equivalent fractions using diagrams',
        '| Time | Activity | Differentiation | AfL |',
        '|---|---|---|---|',
        '| 9:05–9:15 | **Flashback 4** on IWB: (1) 3 x 4 (2) shade 1/4 of a square. | Times table grid on tables. | Thumbs up/down |',
        '| 9:15–9:30 | **Input (carpet)**. Fold strips. Key vocab on working wall: numerator, denominator. **Misconception**: Pupils add same number to top and bottom, e.g. 1/2 → 2/3. Show on fraction wall that 2/3 is bigger than 1/2 so NOT equivalent – we multiply, never add. | DS hands out strips | MWB |',
        '| 9:30–9:50 | **Independent** – 3 challenges. | TA guided group | Mini-plenary 9:40 – look at a Spicy answer 3/4 = 9/16 (common error – x3 top but x4 bottom) |',
        '| 9:50–9:55 | **Plenary**: Hinge MCQ, fingers 1–4. Which is equivalent to 2/3? (1) 3/4 (2) 4/6 (3) 2/6 (4) 4/5. Ans = 2. 1 and 4 = adding misconception. | – | Note anyone choosing 1 or 4 → pre-teach tomorrow |',
      ].join('\n'),
    });
    const own = analysis.hingeQuestions.find((hinge) => hinge.fromPlan === true);
    expect(own?.options.map((option) => [option.answer, option.correct])).toEqual([
      ['3/4', false],
      ['4/6', true],
      ['2/6', false],
      ['4/5', false],
    ]);
    expect(
      analysis.content.misconceptions.find((entry) => entry.claim?.startsWith('Add same'))?.correction?.text,
    ).toMatch(/^2\/3 is bigger than 1\/2 so NOT equivalent/);
    const notes = analysis.toAdd.filter((entry) => entry.for === 'hinge').map((entry) => entry.message);
    expect(notes.join('\n')).not.toMatch(/but not how to correct it|but not what pupils believe/);
    expect(analysis.hingeQuestions.map((hinge) => hinge.misconception).join('\n')).not.toMatch(
      /^Misconception:/m,
    );
  });
});

describe('"some will mix this up with the Depression", then what "this" is', () => {
  it('is a confusion of the two, corrected by the sentence that names it', () => {
    const analysis = analyseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To evaluate how useful sources are about hyperinflation in 1923',
        '**Input (10 mins)** – timeline of 1923.',
        '*Misconception to address:* some will mix this up with the Depression (1929). Hyperinflation = 1923, caused by printing money after the Ruhr, not the Wall St Crash. Put the timeline on the board.',
      ].join('\n'),
    });
    expect(analysis.content.misconceptions[0]).toMatchObject({
      claim: 'Hyperinflation and the Depression are the same thing',
      correction: {
        text: 'Hyperinflation = 1923, caused by printing money after the Ruhr, not the Wall St Crash',
      },
    });
    expect(analysis.hingeQuestions[0]?.misconception).toMatch(/^some will mix this up/);
  });
});

describe("an A-level teacher's terse misconceptions list", () => {
  it('reads its beliefs, not its note to make a slide, and offers what is so without the "NO"', () => {
    const analysis = analyseLessonPlan({
      text: [
        '12C2 Chem – Equilibria L2: Kc',
        'Kc expression',
        '- WE1 H2 + I2 <=> 2HI, Kc = [HI]^2 / [H2][I2], no units',
        '*** MISCONCEPTIONS - make a slide, leave it up',
        '   1. changing conc or P changes Kc -> NO. position shifts, Kc same. ONLY T changes Kc',
      ].join('\n'),
    });
    expect(analysis.content.misconceptions.map((entry) => entry.claim)).toEqual([
      'Changing conc or P changes Kc',
    ]);
    const [hinge] = analysis.hingeQuestions;
    expect(hinge?.question).toMatch(/^Which of these is true/);
    expect(hinge?.options.find((option) => option.correct)?.answer).toBe('Position shifts, Kc same.');
  });
});

describe('bold labels of tiers and parts', () => {
  it('are not key terms for pupils to use', () => {
    const content = contentOf(
      [
        'LO: To use the perfect tense with être',
        '## You do (20 min)',
        '- **Agreement**: the past participle agrees with the subject, like an adjective.',
        '- **Bronze**: gap fill with verb box.',
        '- **Silver**: translate 8 sentences.',
        "- **Misconception**: j'ai allé – it is je suis allé.",
      ].join('\n'),
    );
    expect(content.terms.map((term) => term.term)).toEqual(['Agreement']);
  });
});

describe('a misconception told with its example', () => {
  it('is put to pupils without the example it trails', () => {
    const analysis = analyseLessonPlan({
      text: 'LO: To find equivalent fractions\nMain (15 mins): fraction wall. **Misconception**: Pupils add same number to top and bottom, e.g. 1/2 → 2/3. Show on the wall that 2/3 is bigger.',
      format: 'markdown',
    });
    expect(analysis.content.misconceptions[0]?.claim).toBe('Add same number to top and bottom');
  });
});

describe('the wrong answer a prose plan expects to a fraction sum', () => {
  it('is the misconception, and its hinge works the sum out with the slips pupils make', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To add fractions where one denominator is a multiple of the other',
        "Main (20 mins): Then I put 2/3 + 1/6 up on its own and ask them to write the answer without talking. I'm fairly sure a few will write 3/9 because they add the tops and the bottoms, and that's what I want out in the open.",
      ].join('\n'),
    });
    expect(analysis.content.misconceptions).toMatchObject([
      { example: '2/3 + 1/6 = 3/9', why: 'add the tops and the bottoms' },
    ]);
    expect(analysis.hingeQuestions[0]?.question).toMatch(/^Work out 2\/3 \+ 1\/6\./);
    expect(analysis.hingeQuestions[0]?.options.map((option) => [option.answer, option.correct])).toEqual(
      expect.arrayContaining([
        ['5/6', true],
        ['3/9', false],
        ['3/6', false],
      ]),
    );
    // The sum's answer is worked out, so the plan is not asked to add it.
    expect(analysis.toAdd.filter((entry) => entry.for === 'hinge')).toEqual([]);
  });
});

describe('a question set for the higher attainers', () => {
  it('stretches: "HA: is rate proportional to conc?" is no opening recall', () => {
    const plan = parseLessonPlan({
      text: 'LO: To explain rate using collision theory\nMain (20 mins): Pupils calculate rate for their results. HA: is rate proportional to conc? Explain on MWB.',
    });
    expect(planContent(plan).questions.map((question) => [question.text, question.level])).toEqual([
      ['Is rate proportional to conc?', 'analyse'],
    ]);
    expect(plan.sections.find((section) => section.kind === 'main')?.organisation).toContain('whole class');
  });
});

describe('two beliefs, each with its correction', () => {
  it('get a hinge each, the truth said on its own, and a note of last week is no warning', () => {
    const analysis = analyseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To calculate and interpret price elasticity of demand',
        '## Prior learning',
        'They can calculate percentage change (checked in the Do Now last week – 3 students rounded wrongly).',
        '## Teacher input (12 mins)',
        'Worked example of PED = %ΔQd ÷ %ΔP.',
        '## Misconceptions',
        '- Students think –2 is "smaller" so less elastic than –0.5. Correction: ignore the sign, compare the size.',
        '- Students think "inelastic" means demand does not change at all. Correction: that is only *perfectly* inelastic (PED = 0); inelastic just means Qd changes by a smaller % than price.',
      ].join('\n'),
    });
    const correct = analysis.hingeQuestions.map(
      (hinge) => hinge.options.find((option) => option.correct)?.answer,
    );
    expect(correct).toEqual([
      'Ignore the sign, compare the size.',
      'Inelastic just means Qd changes by a smaller % than price.',
    ]);
    expect(analysis.toAdd.map((entry) => entry.message).join('\n')).not.toMatch(/rounded wrongly/);
  });
});

describe("a misconceptions list with an exam tip and the plan's own hinge under it", () => {
  it('reads neither as a belief: no hinge marks the true tip wrong, and the hinge is asked as written', () => {
    const analysis = analyseLessonPlan({
      format: 'markdown',
      text: [
        'LO: To explain how concentration affects the rate of reaction',
        '## Main (30 mins)',
        'Practical in threes, then the rate calculation.',
        '**Misconceptions to watch:**',
        '- "More collisions" on its own = no mark in exam – need *more frequent* / per second.',
        '- Longer time = faster rate. No – rate = 1/time, so a longer time means a slower rate.',
        '',
        '**Hinge:** Why does 40 g/dm³ react faster than 16 g/dm³?',
        'A) particles move faster  B) more particles in the same volume so collisions are more frequent',
        'Answer **B**.',
      ].join('\n'),
    });
    const hinges = analysis.hingeQuestions.map((hinge) =>
      hinge.options.map((option) => option.answer).join(' / '),
    );
    expect(hinges.join('\n')).not.toMatch(/no mark in exam/);
    const notes = analysis.toAdd.filter((entry) => entry.for === 'hinge').map((entry) => entry.message);
    expect(notes.join('\n')).not.toMatch(/no mark in exam|Why does 40/);
    expect(analysis.content.misconceptions.map((entry) => entry.line)).toEqual([5, 6]);
  });
});

describe('a mistake in doing, framed as "the most common error is..."', () => {
  it('is what pupils do: no "Someone says" rung, and its hinge asks for the right method', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To use 4-figure grid references',
        'Main (20 mins): model 4-figure references on the island map.',
        '- MISCONCEPTION – most common error is reading up first (writing 2345 instead of 4523). Correct by always putting a finger on the bottom-left corner and saying "along, then up".',
      ].join('\n'),
    });
    const [misconception] = analysis.content.misconceptions;
    expect(misconception).toMatchObject({
      claim: 'Reading up first (writing 2345 instead of 4523)',
      conduct: true,
    });
    const rungs = analysis.questions.flatMap((ladder) => ladder.ladder.map((rung) => rung.question));
    expect(rungs.join('\n')).not.toMatch(/Someone says/);
    expect(analysis.hingeQuestions[0]?.question).toMatch(/^Which of these is the right method\?/);
  });
});

describe('a question quoted in the middle of a prose paragraph', () => {
  it('is read where the teacher says they ask it, or names it a question set, and not otherwise', () => {
    const plan = parseLessonPlan({
      text: [
        'LO: To add fractions where one denominator is a multiple of the other',
        'Main (20 mins): I\'ll take one wrong board and I\'ll ask "is 2/6 bigger or smaller than 1/2?" and get them to look at the fraction wall.',
        'Independent (20 mins): If anyone finishes there\'s the "Sami says 1/5 + 1/10 = 2/15, is he right? Explain" question on the back.',
        'Plenary (5 mins): We read "Can I play in the hay today?" together and then tidy up.',
      ].join('\n'),
    });
    expect(planContent(plan).questions.map((question) => [question.text, question.level])).toEqual([
      ['Is 2/6 bigger or smaller than 1/2?', 'inclusive'],
      ['Sami says 1/5 + 1/10 = 2/15. Is he right?', 'evaluate'],
    ]);
  });
});

describe("a question among the teacher's notes around it", () => {
  it.each([
    [
      '- image of the Night Café up as they come in – "what does this make you feel?" – cold call 3-4',
      'What does this make you feel?',
    ],
    [
      '- the opening stage direction: "lurid nocturnal brilliance" – why would W. want the audience to feel THAT at a card game?',
      'Why would W. want the audience to feel THAT at a card game?',
    ],
    [
      '- Mitch/Blanche – cigarette case, the sonnet ("if God choose") – what does Mitch want from B.? what does she want from him?',
      'What does Mitch want from B.? what does she want from him?',
    ],
    [
      '**Task B** – Make 30 pikelets. (Hint: how many lots of 12? What about half of 12?) What do you do about the egg?',
      'What do you do about the egg?',
    ],
  ])('%s', (line, question) => {
    const plan = parseLessonPlan({ text: `LO: To read the poker night scene\n\n## Main\n${line}` });
    expect(planContent(plan).questions.map((entry) => entry.text)).toEqual([question]);
  });

  it('reads the question a timed step ends with, not the whole step', () => {
    const plan = parseLessonPlan({
      text: 'LI: add two 2-digit numbers by partitioning\n\n9:05-9:15   Number Talk - dot image on the board, count in 10s.\n\n9:15-9:25   Whole class teaching. Show 34 + 25 with counters. Ask - what if I added the ones first, does it matter?\n\n9:25-9:45   Group activities\n  Squares - partitioning problem cards.',
    });
    expect(planContent(plan).questions.map((entry) => entry.text)).toEqual([
      'What if I added the ones first, does it matter?',
    ]);
  });

  it('counts the reasons a question asks for: "Explain how you know."', () => {
    const plan = parseLessonPlan({
      text: 'LO: use ratio\n\n## Questions\n- In a class the ratio of boys to girls is 4 : 5. There are 4 more girls than boys. How many children are in the class altogether? Explain how you know.',
    });
    expect(planContent(plan).questions.map((entry) => [entry.text, entry.level])).toEqual([
      ['How many children are in the class altogether?', 'evaluate'],
    ]);
  });
});

describe('questionLevel', () => {
  it.each([
    ['What is a node?', 'inclusive'],
    ['How many nodes does it have?', 'inclusive'],
    ['Why does the metal expand?', 'understand'],
    ['Can you trace the path of the smallest number?', 'apply'],
    ['What is the difference between a blend and a compound?', 'analyse'],
    ['What if there was another layer in the tree?', 'analyse'],
    ['How do we know this network works every time?', 'evaluate'],
    ['Would you have done what Max did?', 'evaluate'],
    ['Can you design your own sorting network?', 'create'],
    ["Was William's victory inevitable?", 'evaluate'],
    ['Do the ethical issues outweigh the value of the findings?', 'evaluate'],
    // A problem with its numbers applies a method; a guess about numbers does not.
    ['If there are 4 red beads, how many blue beads are there?', 'apply'],
    ['A reaction produced 48 cm3 of gas in 30 s. What was the mean rate?', 'apply'],
    ['How many fractions do you think are equivalent to 1/2?', 'inclusive'],
    ['What is the value of the digit 4 in 2.45?', 'inclusive'],
    ['What has Mia done wrong?', 'evaluate'],
  ] as const)('"%s" asks pupils to %s', (question, level) => {
    expect(questionLevel(question)).toBe(level);
  });
});

describe('which objectives carry a ladder', () => {
  it.each([
    ['Students will be able to:', 'stem'],
    ['All students are able to:', 'stem'],
    ['Mins / Tutor Activity / Trainee Activity / Resources', 'table'],
    ['Themes: Algorithms', 'field'],
    ['Time', 'field'],
    ['/', 'empty'],
    ['Introduce the “Me Too” activity and circulate', 'teacher'],
    ['To create', 'empty'],
    ['Evaluate.', 'empty'],
    ['(NC Y4: "recognise and show, using diagrams, families of common equivalent fractions")', 'reference'],
    ['Secondary focus: retrieval (2b) for Hedgehogs group.', 'one group'],
  ])('"%s" is not an objective (%s)', (line, reason) => {
    expect(notAnObjective(line)).toBe(reason);
  });

  it.each([
    'Evaluate a Boolean expression.',
    'Understand that temperature affects the rate of reaction',
    'Fractions of amounts',
    'To explain why food for the group is shared out fairly',
  ])('"%s" is one', (line) => {
    expect(notAnObjective(line)).toBeUndefined();
  });
});

describe('ladders built on the plan', () => {
  const analysis = analyseLessonPlan({ text: OAK_STYLE, format: 'markdown' });

  it("climbs in the guide's order and uses the plan's terms, key points and misconception", () => {
    const [ladder] = analysis.questions;
    expect(ladder!.ladder[0]!.level).toBe('inclusive');
    expect(climbs(ladder!.ladder.map((rung) => rung.level))).toBe(true);
    expect(ladder!.ladder.map((rung) => rung.from)).toEqual(
      expect.arrayContaining(['keyword', 'key point', 'misconception']),
    );
    expect(ladder!.ladder.find((rung) => rung.level === 'evaluate')!.question).toBe(
      "Someone says: \"Every word ending in 'y' changes to 'ies'.\" Do you agree? Explain how you know.",
    );
  });

  it('never asks what a fragment means, nor ladders a stem or a table row', () => {
    const plan = analyseLessonPlan({
      text: [
        '## Learning objectives',
        'Students will be able to:',
        '- Understand that chemical reactions occur when particles collide',
        '| Time | Activity |',
      ].join('\n'),
      format: 'markdown',
    });
    // The objective alone gives too little for a ladder: it is named in what to add, the stem and the row are not.
    expect(plan.questions).toEqual([]);
    const toAdd = plan.toAdd.filter((entry) => entry.for === 'questions').map((entry) => entry.message);
    expect(toAdd).toHaveLength(1);
    expect(toAdd[0]).toMatch(/^"Understand that chemical reactions occur when particles collide": /);
    expect(JSON.stringify(toAdd)).not.toMatch(/Students will|Time \| Activity|"chemical reactions occur"/);
  });

  it("sums up the levels of the plan's own questions and what would stretch them", () => {
    const review = analyseLessonPlan({
      text: 'LO: To name the parts of a flower\nKey questions:\n- What is a petal?\n- What is a stem?\n- Why do flowers have petals?',
    }).questionReview;
    expect(review).toBe(
      "The 3 questions read in your plan are 2 recall and 1 explain; none asks pupils to analyse: a question that asks pupils to compare two of the lesson's ideas would stretch.",
    );
  });

  it('never says no question asks pupils to explain when a task or a line of the plan does', () => {
    const review = analyseLessonPlan({
      text: [
        'LO: To name the parts of a flower',
        'Key questions:',
        '- What is a petal?',
        '- What is a stem?',
        '- Which part do you think matters most to a bee?',
        'Task: label the diagram, then explain how you know which part is the stamen.',
      ].join('\n'),
    }).questionReview;
    expect(review ?? '').not.toContain('none asks pupils to explain');
  });

  it('never says nothing else in the plan is about an objective that a task of the plan is about', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To decompose a task into smaller steps',
        'Main: in pairs, pupils decompose the task of making a sandwich into smaller steps on cards.',
      ].join('\n'),
    });
    const said = [
      ...analysis.toAdd.map((entry) => entry.message),
      ...analysis.questions.map((q) => q.toAdd ?? ''),
    ];
    expect(said.join(' ')).not.toContain('nothing else in the plan');
  });

  it('says what to add, and gives no ladder, when an objective has nothing in the plan to build on', () => {
    const analysis = analyseLessonPlan({ text: 'LO: To decompose a task into smaller steps' });
    expect(analysis.questions).toEqual([]);
    expect(analysis.toAdd.filter((entry) => entry.for === 'questions')).toEqual([
      {
        for: 'questions',
        line: 1,
        message:
          '"To decompose a task into smaller steps": nothing else in the plan is about this objective yet, so it has no ladder yet: add a worked example or a task for it and a question that asks why, and the ladder will climb from them.',
      },
    ]);
  });
});

describe('trimEnd', () => {
  it('trims in linear time, also on a long run of dots', () => {
    const long = `Objective${'.'.repeat(100_000)}x`;
    const started = performance.now();
    expect(trimEnd(long)).toBe(long);
    expect(trimEnd(`${long}...;`)).toBe(long);
    // A quadratic trim takes seconds on 100,000 dots; a loop takes well under one.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** A US-style plan in my own words: objectives list, pacing table, bold definitions, a lab and a common mistake. */
const DENSITY_LAB = [
  '# Lesson 4.1: Density',
  '## Learning Objectives',
  'Students will be able to...',
  '* Calculate the density of a regular solid.',
  '* Explain why some objects float in water.',
  '## Pacing Guide',
  '| Duration | Description |',
  '| --- | --- |',
  '| 5 Minutes | Do Now |',
  '| 30 Minutes | Lab |',
  '## Instructor Notes',
  '### Instruction',
  '* **Density** is the mass of an object divided by its volume.',
  '* Ask students about the difference between mass and weight.',
  '* A common mistake is adding the mass and the volume instead of dividing.',
  '* What is the unit of density?',
  '### Lab',
  '* Measure the mass and volume of three blocks.',
  '* Students will calculate the density of each block and predict which will float.',
].join('\n');

describe('generators on a lab lesson', () => {
  const analysis = analyseLessonPlan({ text: DENSITY_LAB, format: 'markdown' });

  it("ladders the objectives, not the stem, and climbs through the plan's own question, definition and lab task", () => {
    // The second objective gives one rung ("predict which will float"): no ladder, and a note that asks for its
    // questions, not one that says the plan says nothing about it, for it does.
    expect(analysis.questions.map((ladder) => ladder.objective)).toEqual([
      'Calculate the density of a regular solid',
    ]);
    expect(analysis.toAdd.filter((entry) => entry.for === 'questions').map((entry) => entry.message)).toEqual(
      [
        `"Explain why some objects float in water" has no ladder yet: the plan's lines about it do not yet give questions that climb from recall to reasoning. Write the questions you will ask as it is taught (one everyone can answer, a why-question and one that asks pupils to judge) and its ladder will be built from them.`,
      ],
    );
    const [density] = analysis.questions;
    expect(density!.ladder.map((rung) => [rung.level, rung.from])).toEqual([
      ['inclusive', 'plan question'],
      ['apply', 'task'],
      ['analyse', 'plan question'],
    ]);
    expect(density!.ladder[0]!.question).toBe('What is the unit of density?');
    expect(density!.ladder[1]!.question).toBe(
      'Can you calculate the density of each block and predict which will float? Talk your partner through each step.',
    );
    expect(density!.ladder[2]!.question).toBe('What is the difference between mass and weight?');
  });

  it('a mistake named without what pupils believe gets a "what to add", not a hinge question', () => {
    expect(analysis.hingeQuestions).toEqual([]);
    expect(analysis.toAdd.filter((entry) => entry.for === 'hinge')).toEqual([
      expect.objectContaining({
        line: 15,
        message: expect.stringContaining('A common mistake is adding the mass'),
      }),
    ]);
  });

  it("builds the guided session on the lab's task", () => {
    expect(analysis.guidedSession?.task).toEqual({
      text: 'Calculate the density of each block and predict which will float',
      line: 19,
    });
    expect(analysis.guidedSession!.stages[1]!.what).toContain('"Calculate the density of each block');
  });

  // Two questions are too few to say what the plan's questioning lacks: its tasks ask more than the reader counts.
  it("says nothing of the levels of the plan's two questions", () => {
    expect(analysis.questionReview).toBeNull();
  });
});

describe('a ladder from the objective alone', () => {
  // As the extension asks for a sentence the teacher selects: whatever its own words give.
  const rungs = (objective: string) => {
    const plan = parseLessonPlan({ text: `LO: ${objective}` });
    return objectiveLadder(objective, plan, planContent(plan)).ladder.map((rung) => [
      rung.level,
      rung.question,
    ]);
  };

  it.each([
    [
      'To identify the features of a healthy ecosystem',
      [
        ['inclusive', 'What do you already know about healthy ecosystems? Tell your partner one thing.'],
        ['apply', 'Can you identify the features of a healthy ecosystem? Say how you decided.'],
      ],
    ],
    [
      'To convert fractions to decimals',
      [
        ['inclusive', 'What do you already know about fractions? Tell your partner one thing.'],
        ['apply', 'Have a go: convert fractions to decimals. Talk your partner through each step.'],
      ],
    ],
    [
      // A making objective is its own top rung, not asked twice.
      'To write a diary entry as an evacuee',
      [
        ['inclusive', 'What do you already know about diary entries? Tell your partner one thing.'],
        ['create', 'Can you write a diary entry as an evacuee? Explain the choices you made.'],
      ],
    ],
  ])('"%s" is asked about its own words, as its verb asks, and stops there', (objective, expected) => {
    expect(rungs(objective)).toEqual(expected);
  });

  it("drops a page of the teacher's book from what pupils are asked", () => {
    expect(rungs('Practise segmentation for spelling p88-91').map(([, question]) => question)).toContain(
      'Have a go: practise segmentation for spelling. Talk your partner through your first step.',
    );
  });

  it.each([
    [
      'Recognise when they should ask a trusted adult for help',
      'Can you recognise when you should ask a trusted adult for help? Say how you decided.',
    ],
    [
      'Name various activities that make up their day',
      'Can you name various activities that make up your day?',
    ],
    ['Share their ideas with a partner', 'Have a go: share your ideas with a partner.'],
  ])('"%s", in the third person, is asked of pupils in the second', (objective, asked) => {
    const questions = rungs(objective).map(([, question]) => question!);
    expect(questions.some((question) => question.startsWith(asked))).toBe(true);
    expect(questions.join(' ')).not.toMatch(/\btheir (?:day|ideas)\b/);
  });
});

describe('one-to-one tuition', () => {
  const analysis = analyseLessonPlan({
    text: [
      'Tuition session: one-to-one, Year 4 maths, 30 minutes',
      '## Lesson focus',
      'Objective: To order fractions with the same denominator',
    ].join('\n'),
  });

  it('puts every question to the tutor: there is no partner in the room', () => {
    const spoken = [
      ...analysis.questions.flatMap((ladder) => ladder.ladder.map((rung) => rung.question)),
      ...analysis.plenaryQuestions,
      ...analysis.talkPrompts,
    ];
    expect(spoken.length).toBeGreaterThan(0);
    expect(spoken.filter((question) => question.includes('partner'))).toEqual([]);
  });
});

describe('the guided session', () => {
  it("prefers a task the plan sets pupils in so many words to the teacher's own set-up step", () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To explain why some materials are good insulators',
        '## Activity',
        '1) Place the beakers of hot water on the side bench.',
        '2) Invite pupils to wrap each beaker in a different material and record its temperature every two minutes.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(analysis.guidedSession?.task?.text).toBe(
      'Wrap each beaker in a different material and record its temperature every two minutes',
    );
  });
});

describe('a UK lesson plan with key vocabulary, a misconception and an exit ticket', () => {
  const analysis = analyseLessonPlan({
    text: [
      'Year 9 Science – Lesson 2: Why does ice float?',
      'Learning objective: To explain why ice is less dense than water.',
      'Key vocabulary:',
      '- Density – how much mass is packed into a given volume',
      '- Hydrogen bond – a weak attraction between water molecules',
      'Misconceptions: pupils often think that ice floats because it contains air. Address with a demo of clear ice.',
      'Independent task (20 mins): Pupils draw the particle arrangement in ice and in water and label the gaps.',
      'Plenary (5 mins): Exit ticket – Which explanation is better, and why?',
    ].join('\n'),
  });

  // "Address with a demo of clear ice" tackles the belief: its hinge asks true or false, and the plan is
  // not told it says nothing of how to correct it.
  it('reads the belief, not the strategy, as the misconception, and is not told it lacks a correction', () => {
    expect(analysis.content.misconceptions[0]).toMatchObject({ claim: 'Ice floats because it contains air' });
    expect(analysis.content.misconceptions[0]?.correction).toBeUndefined();
    expect(analysis.hingeQuestions.map((hinge) => hinge.line)).toContain(6);
    expect(analysis.toAdd.map((entry) => entry.message).join(' ')).not.toContain('but not how to correct it');
  });

  it('reads a dashed keyword list as terms with their definitions', () => {
    expect(analysis.content.terms.map((term) => [term.term, term.definition])).toEqual(
      expect.arrayContaining([
        ['Density', 'how much mass is packed into a given volume'],
        ['Hydrogen bond', 'a weak attraction between water molecules'],
      ]),
    );
  });

  it("evaluates the misconception, and lets the plan's own judging question analyse", () => {
    const rungs = analysis.questions[0]!.ladder;
    expect(rungs.find((rung) => rung.level === 'analyse')?.question).toBe(
      'Which explanation is better, and why?',
    );
    expect(rungs.find((rung) => rung.level === 'evaluate')?.question).toBe(
      'Someone says: "Ice floats because it contains air." Do you agree? Explain how you know.',
    );
  });

  it('never compares two keywords the plan does not set side by side', () => {
    expect(JSON.stringify(analysis.questions)).not.toContain(
      'difference between "density" and "hydrogen bond"',
    );
  });
});

describe('a primary lesson grid with success criteria', () => {
  const analysis = analyseLessonPlan({
    text: [
      '# Year 3 Science: Magnets',
      '**WALT:** sort materials into magnetic and non-magnetic',
      '**Success criteria**',
      '- I can name three magnetic materials',
      '- I can explain why a coin might not be attracted to a magnet',
      '| Time | Activity | AfL |',
      '| --- | --- | --- |',
      '| 10 mins | Starter: Which objects in this tray will stick to the magnet? | Show me boards |',
      '| 20 mins | Children test ten objects in pairs and record them in a table. Extension: predict which metal the coin is made of | Hinge: Is every metal magnetic? |',
    ].join('\n'),
    format: 'markdown',
  });
  const ladder = analysis.questions[0]!.ladder;

  it('asks each success criterion at its own level', () => {
    expect(ladder.find((rung) => rung.level === 'understand')).toMatchObject({
      question: 'Can you explain why a coin might not be attracted to a magnet?',
      from: 'success criterion',
      line: 5,
    });
  });

  it("reads the grid's cells: its questions, the children's task and the labelled extension", () => {
    expect(analysis.content.questions.map((question) => question.text)).toEqual([
      'Which objects in this tray will stick to the magnet?',
      'Is every metal magnetic?',
    ]);
    expect(analysis.content.tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'Test ten objects in pairs and record them in a table',
          forPupils: true,
        }),
        expect.objectContaining({ text: 'Predict which metal the coin is made of', section: 'Extension' }),
      ]),
    );
    expect(ladder.find((rung) => rung.level === 'create')?.question).toBe(
      'Can you go further: predict which metal the coin is made of?',
    );
  });
});

describe('a scheme of objectives alone', () => {
  it('says once that none of its objectives has anything else in the plan about it, another objective included', () => {
    const analysis = analyseLessonPlan({
      text: [
        'Objectives:',
        '- Decompose a task into smaller steps',
        '- Arrange steps into a logical order',
        '- Predict where a program will fail',
      ].join('\n'),
    });
    expect(analysis.questions.filter((ladder) => ladder.toAdd !== undefined)).toEqual([]);
    expect(analysis.toAdd.filter((entry) => entry.for === 'questions').map((entry) => entry.message)).toEqual(
      [
        // "Decompose a task into smaller steps" and "Arrange steps into a logical order" share only each other's words.
        'None of these 3 objectives has anything else in the plan about it yet, so none has a ladder: add to each a worked example, a task or a key question, and its ladder will climb from them.',
      ],
    );
  });
});

/** A tutor's record of two sessions, written after them: the focus, then what was done, in the past tense. */
const SESSION_RECORDS = [
  '## Lesson focus', // line 1
  "Enhancing {student's name} persuasive writing skills.", // line 2
  '## What we did', // line 3
  'We began by reviewing the features of a persuasive letter, such as rhetorical questions, emotive language and a call to action. Next, we analysed a sample letter, discussing its tone and structure.', // line 4
  '## Focus for next session', // line 5
  'Develop use of counter-arguments, such as "some people say".', // line 6
  '## Lesson focus', // line 7
  "Enhancing {student's name} understanding of decimals", // line 8
  '## What we did', // line 9
  "Reviewed the idea of place value, including tenths, hundredths, and the decimal point. {Student's name} practised ordering decimals on a number line.", // line 10
].join('\n');

describe('a session record in the past tense', () => {
  const content = contentOf(SESSION_RECORDS);

  it('reads what was done as tasks to set again, and a review of what was taught as none', () => {
    expect(content.tasks.map((task) => [task.text, task.line])).toEqual([
      ['Analyse a sample letter, discuss its tone and structure', 4],
      ['Order decimals on a number line', 10],
    ]);
  });

  it("reads the examples a plan lists under a name, but not the next session's", () => {
    expect(content.lists.map((list) => [list.head, list.items, list.line])).toEqual([
      [
        'the features of a persuasive letter',
        ['rhetorical questions', 'emotive language', 'a call to action'],
        4,
      ],
      ['the idea of place value', ['tenths', 'hundredths', 'the decimal point'], 10],
    ]);
  });

  it("builds each session's ladder on its own content, not the other session's", () => {
    const analysis = analyseLessonPlan({ text: SESSION_RECORDS, format: 'markdown' });
    const [writing, ...others] = analysis.questions;
    expect(writing!.ladder.map((rung) => rung.question)).toEqual([
      'What are the features of a persuasive letter? Name as many as you can.',
      'Can you analyse a sample letter, discuss its tone and structure?',
      'Of rhetorical questions, emotive language and a call to action, which matters most in a persuasive letter, and why?',
    ]);
    // The decimals session gives two rungs of its own, short of a judgement: they stand as the start of
    // its ladder, with what would take it higher, and it borrows nothing from the writing session.
    expect(others.map((ladder) => ladder.ladder.map((rung) => rung.question))).toEqual([
      [
        'What do we mean by "tenths" and "hundredths"? Give an example of each.',
        'Can you order decimals on a number line?',
      ],
    ]);
    expect(others[0]!.toAdd).toContain('Its ladder stops at apply: add a misconception pupils can judge');
    expect(analysis.toAdd.filter((entry) => entry.for === 'questions')).toEqual([]);
  });
});

describe('lists that are not examples of one thing', () => {
  it.each([
    [
      'a description of what a text does',
      'Main: Write texts, such as using adjectives and adverbs to describe.',
    ],
    ['one item', 'Main: Discuss a task, such as getting dressed.'],
    [
      'a standards cell',
      '## Standards\nDescribe phrases, such as rhetorical questions and emotive language.',
    ],
  ])('%s is not read as a list', (_, text) => {
    expect(contentOf(text).lists).toEqual([]);
  });
});

describe('a keyword given with how to say it', () => {
  it('takes its definition from the line after', () => {
    const content = contentOf(
      [
        '## Vocabulary',
        '**Digital Footprint** - Say it with me: Dih-jih-tal Foot-print',
        'The information about someone on the Internet',
      ].join('\n'),
    );
    expect(content.terms).toEqual([
      expect.objectContaining({
        term: 'Digital Footprint',
        definition: 'The information about someone on the Internet',
        line: 3,
      }),
    ]);
  });
});

describe("a record of a pupil's wrong answers", () => {
  it('reads no belief and no fix out of a marked question and what the pupil wrote', () => {
    const [error] = contentOf(
      [
        '## What they got wrong / misconceptions',
        '- Q1 (1 mark, "What does \'she stared at the horizon\' suggest?") - wrote "she was looking at the sea" = retrieval.',
      ].join('\n'),
    ).misconceptions;
    expect(error?.correction).toBeUndefined();
  });
});

describe('misconceptions as a teacher lists them', () => {
  it.each([
    ['- `=` (assign) vs `==` (compare)', { claim: '= and == are the same thing', confused: ['=', '=='] }],
    ['- thinking else needs its own condition (else age < 16:)', { claim: 'Else needs its own condition' }],
    ['- indentation – code after else not indented so it always runs', {}],
  ])('%s', (line, expected) => {
    const plan = parseLessonPlan({
      text: `LO: write an if statement\n\n## Main\nLive code an example.\n\n## Common misconceptions to look out for\n${line}`,
    });
    const [misconception] = planContent(plan).misconceptions;
    expect({ claim: misconception?.claim, confused: misconception?.confused }).toEqual({
      claim: undefined,
      confused: undefined,
      ...expected,
    });
  });

  it('reads what a pupil will say, and what the teacher pushes back with', () => {
    const plan = parseLessonPlan({
      text: 'LO: explain price discrimination\n\n## Starter\nShow two train fares for one journey. Someone (probably Sam) will say "it\'s just supply and demand" – push on that, the cost of one more passenger is the same whichever ticket they hold.',
    });
    const [misconception] = planContent(plan).misconceptions;
    expect(misconception?.claim).toBe("It's just supply and demand");
    expect(misconception?.correction?.text).toBe(
      'The cost of one more passenger is the same whichever ticket they hold',
    );
  });
});

describe('misconceptions as teachers write them', () => {
  const misconceptionsOf = (text: string) =>
    planContent(parseLessonPlan({ text, format: 'markdown' })).misconceptions.map((entry) => ({
      claim: entry.claim,
      confused: entry.confused,
      correction: entry.correction?.text,
    }));

  it('reads a listed truth, "X is NOT Y", as denying the belief that X is Y', () => {
    expect(
      misconceptionsOf(
        [
          'LO: To classify changes as chemical or physical',
          '## Explain (10 min)',
          'Build the class chart.',
          'Address misconceptions:',
          '- Dissolving salt is NOT a chemical change – the salt is still there.',
          '- Bubbles are not always evidence of a chemical change – boiling water makes bubbles.',
          '- Pupils think plants do NOT need light.',
        ].join('\n'),
      ),
    ).toEqual([
      {
        claim: 'Dissolving salt is a chemical change',
        confused: undefined,
        correction: 'The salt is still there',
      },
      {
        claim: 'Bubbles are always evidence of a chemical change',
        confused: undefined,
        correction: 'Boiling water makes bubbles',
      },
      { claim: 'Plants do NOT need light', confused: undefined, correction: undefined },
    ]);
  });

  it('reads "Some of them will X – "quote" – or Y" as two mistakes, the second no fix for the first', () => {
    expect(
      misconceptionsOf(
        [
          'LO: To read words with the split digraph a-e',
          '**Teach (8 mins):** cap to cape: draw the bridge from a to e.',
          '**Misconception to look out for:** Some of them will read the e at the end as its own sound – "cap-eh" – or just read "cape" as cap because they stop looking after the p.',
        ].join('\n'),
      ),
    ).toEqual([
      { claim: 'Read the e at the end as its own sound', confused: undefined, correction: undefined },
    ]);
  });

  it('reads the belief after "most of them think", and gives no claim for the teacher\'s own account', () => {
    expect(
      misconceptionsOf(
        [
          'LO: To get free to receive a pass',
          '**Passing (12 mins):** chest pass in pairs, then move into a space.',
          '**Misconception:** the big one from last week is that most of them think getting free means running as far away from the ball as they can.',
        ].join('\n'),
      ).map((entry) => entry.claim),
    ).toEqual(['Getting free means running as far away from the ball as they can']);
    expect(
      misconceptionsOf(
        [
          'LO: To know that 5 can be made from two smaller numbers',
          '**Talk partners (5 mins):** shake and tip out five counters.',
          '**Misconception:** last time when I spread the counters out along the carpet Jacob and Amelia both said there were more.',
        ].join('\n'),
      ).map((entry) => entry.claim),
    ).toEqual([undefined]);
  });

  it('reads what pupils write every year, and what the teacher hammers home', () => {
    expect(
      misconceptionsOf(
        'LO: Explain the Trinity\n## Main\nCard sort.\n> NB – every year they write "Christians believe in 3 Gods". Hammer home ONE God, three persons.',
      ),
    ).toEqual([
      { claim: 'Christians believe in 3 Gods', confused: undefined, correction: 'ONE God, three persons' },
    ]);
  });

  it('reads two misconceptions in one prose paragraph, the first said without quotes', () => {
    expect(
      misconceptionsOf(
        "I'll start with the mock question. Some of them are going to say negative feedback means shouting at someone, which is the big misconception - it's just telling the performer what went wrong. The other one is intrinsic feedback getting mixed up with intrinsic motivation because they've done motivation already.",
      ),
    ).toEqual([
      {
        claim: 'Negative feedback means shouting at someone',
        confused: undefined,
        correction: 'Telling the performer what went wrong',
      },
      {
        claim: 'Intrinsic feedback and intrinsic motivation are the same thing',
        confused: ['intrinsic feedback', 'intrinsic motivation'],
        correction: undefined,
      },
    ]);
  });

  it('does not read "think-pair-share" as what pupils think', () => {
    expect(
      misconceptionsOf(
        'LO: equivalent fractions\n## Warm-up\nWhich is bigger, 1/2 or 2/4? Students think-pair-share, hand signals.',
      ),
    ).toEqual([]);
  });
});

describe("a lesson told in the teacher's paragraphs, aims first", () => {
  const text = [
    'Y12 seminar – elasticity (double, about 100 min)',
    '',
    'What I want out of today: they can calculate PED from two prices and quantities (to 2 d.p.), they can say whether demand is elastic, and they can explain why a firm with inelastic demand raises its price.',
    '',
    'Open with two receipts from the same shop a year apart and ask what changed and why. Let them talk in pairs before I say the word elasticity. Give it 10 mins max, it always runs over.',
    '',
    'Then the formula. Board it, then work two examples with them on the board, one elastic and one inelastic, so they see the sign and the size of the number.',
    '',
    'Practice is the main chunk. Pairs work through the question sheet, harder ones on the back, and I circulate with the three who missed last lesson. About 30 min for this.',
    '',
    'If there is time at the end – one question on a post-it as they leave: "A cinema raises prices and revenue falls. What does that tell us about PED?"',
  ].join('\n');
  const plan = parseLessonPlan({ text });

  it('takes each "they can..." as an objective', () => {
    expect(plan.objectives.map((objective) => objective.text)).toEqual([
      'calculate PED from two prices and quantities',
      'say whether demand is elastic',
      'explain why a firm with inelastic demand raises its price',
    ]);
  });

  it("reads its paragraphs as the lesson's parts, timed where a paragraph gives the time", () => {
    expect(
      plan.sections
        .filter((section) => section.kind !== 'other')
        .map((section) => [section.kind, section.minutes]),
    ).toEqual([
      ['starter', 10],
      ['main', undefined],
      ['main', 30],
      ['plenary', undefined],
    ]);
  });
});

describe('mistakes named by their doing, and beliefs that read like them', () => {
  it.each([
    ['- Rinsing the burette with water then filling', true],
    ['- Averaging all titres incl. rough / non-concordant', true],
    ['- Multiplying always makes a number bigger', false],
  ])('%s: what pupils do, %s', (line, conduct) => {
    const plan = parseLessonPlan({
      text: `LO: carry out a titration\n\n## Main\nTitrate.\n\n## Misconceptions\n${line}`,
    });
    expect(planContent(plan).misconceptions[0]?.conduct === true).toBe(conduct);
  });
});
