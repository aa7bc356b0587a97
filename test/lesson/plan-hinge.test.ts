import { describe, expect, it } from 'vitest';
import { analyseLessonPlan } from '../../shared/lesson';
import { plansOwnHinges } from '../../shared/lesson/plan-hinge';
import { plan } from './plan';

describe("the plan's own hinge question, as written", () => {
  it.each([
    {
      form: 'code in a fence above "What is the output?", options as a list, the answer after a blank line',
      lines: [
        'LO: To use if, elif and else in Python',
        '## Hinge question (3 min)',
        'Show on slide. Students hold up fingers 1–4 (A–D) on the count of three.',
        '',
        '```python',
        'temp = 45',
        'if temp >= 70:',
        '    print("Hot")',
        'elif temp >= 40:',
        '    print("Warm")',
        '```',
        '',
        'What is the output?',
        '',
        '- **A** Hot',
        '- **B** Warm',
        '- **C** Cold',
        '',
        '**Answer: B** (Warm)',
      ],
      question:
        'What is the output? The code: temp = 45 / if temp >= 70: / print("Hot") / elif temp >= 40: / print("Warm")',
      options: ['Hot', 'Warm', 'Cold'],
      correct: 1,
      reveals: {},
    },
    {
      form: 'a heading, how to ask it, then the stem and options in a quote and the answer, blank lines between',
      lines: [
        'LO: Describe what happens to the pH of an acid when an alkali is added to it',
        '### Hinge question (3 mins)',
        '',
        'On slide, fingers up 1–4 (A–D) on the count of three:',
        '',
        '> A student adds sodium hydroxide to hydrochloric acid until the indicator turns green. Which statement is correct?',
        '>',
        '> **A** The acid has been destroyed and only water is left.',
        '> **B** The acid and the alkali have reacted to make a salt and water.',
        '> **C** The alkali has just watered down the acid.',
        '',
        'Answer **B**.',
      ],
      question:
        'A student adds sodium hydroxide to hydrochloric acid until the indicator turns green. Which statement is correct?',
      options: [
        'The acid has been destroyed and only water is left',
        'The acid and the alkali have reacted to make a salt and water',
        'The alkali has just watered down the acid',
      ],
      correct: 1,
      reveals: {},
    },
    {
      form: 'a heading, the stem below it, options on one line, the answer and what each wrong one means',
      lines: [
        'LO: Solve simultaneous equations by elimination',
        '## Hinge question (MWBs, all show at once – 2 mins)',
        'To eliminate x from 2x + y = 7 and 2x - 3y = 3 what should you do?',
        'A) Add the equations  B) Subtract the equations  C) Multiply eq 1 by 3  D) Multiply eq 2 by 2',
        'Answer **B** (4y = 4). A = adds by habit; C/D = thinks you always multiply first.',
      ],
      question: 'To eliminate x from 2x + y = 7 and 2x - 3y = 3 what should you do?',
      options: ['Add the equations', 'Subtract the equations', 'Multiply eq 1 by 3', 'Multiply eq 2 by 2'],
      correct: 1,
      reveals: {
        0: 'adds by habit',
        2: 'thinks you always multiply first',
        3: 'thinks you always multiply first',
      },
    },
    {
      form: 'inline in a grid cell, bare capitals, the answer in "If <80% get B"',
      lines: [
        'LO: To name the salt a metal and an acid make',
        '10 mins | INTRO: share LOs | Hinge question: Which is a product of Zn + HCl? A oxygen B zinc chloride C chlorine D water. Fingers 1–4. If <80% get B, re-explain.',
      ],
      question: 'Which is a product of Zn + HCl?',
      options: ['oxygen', 'zinc chloride', 'chlorine', 'water'],
      correct: 1,
      reveals: {},
    },
    {
      form: 'numbered options a line each, "Correct = 2"',
      lines: [
        'LO: To analyse how a poet changes a repeated line',
        'HINGE QUESTION (show on board, fingers up together)',
        'The opening and closing lines differ by one word. Which best explains the change?',
        ' 1) A printing mistake',
        ' 2) The speaker has grown less sure of the answer',
        ' 3) It makes the rhyme work',
        'Correct = 2. If most are right, move on.',
      ],
      question: 'The opening and closing lines differ by one word. Which best explains the change?',
      options: [
        'A printing mistake',
        'The speaker has grown less sure of the answer',
        'It makes the rhyme work',
      ],
      correct: 1,
      reveals: {},
    },
    {
      form: 'lower-case letters with the answer in brackets after the last option',
      lines: [
        'LO: To explain hyperinflation',
        'Check for understanding: Hinge Q: which is the best definition of a tariff? a) a tax on imports b) a ban on trade c) a subsidy (a)',
      ],
      question: 'which is the best definition of a tariff?',
      options: ['a tax on imports', 'a ban on trade', 'a subsidy'],
      correct: 0,
      reveals: {},
    },
    {
      form: 'options a line each, "If A →" telling what each wrong answer shows',
      lines: [
        'LO: Explain how surface area affects rate',
        '## Hinge question',
        'Chalk reacts with acid. Which change would make it react faster?',
        'A) Use bigger lumps of chalk',
        'B) Use powdered chalk',
        'C) Use more dilute acid',
        'Answer: B',
        'If A → thinks bigger means more to react. If C → mixes up dilute and concentrated.',
      ],
      question: 'Chalk reacts with acid. Which change would make it react faster?',
      options: ['Use bigger lumps of chalk', 'Use powdered chalk', 'Use more dilute acid'],
      correct: 1,
      reveals: { 0: 'thinks bigger means more to react', 2: 'mixes up dilute and concentrated' },
    },
    {
      form: 'the answer ticked beside its option, "✓ correct", and a distractor list with a slash in it',
      lines: [
        'LO: To calculate price elasticity of demand',
        '## Hinge question',
        'The price rises from £10 to £12 and quantity demanded falls from 200 to 140. What is the PED?',
        'A) −0.67 B) −1.5 ✓ correct C) +1.5 D) −30',
        'Distractors: A = formula upside down; C = sign error / thinks PED is positive; D = used absolute changes',
      ],
      question:
        'The price rises from £10 to £12 and quantity demanded falls from 200 to 140. What is the PED?',
      options: ['−0.67', '−1.5', '+1.5', '−30'],
      correct: 1,
      reveals: {
        0: 'formula upside down',
        2: 'sign error / thinks PED is positive',
        3: 'used absolute changes',
      },
    },
    {
      form: 'a typed grid: options down one column, "B = correct" and what each wrong one means down another',
      lines: [
        'LO: To recognise equivalent fractions',
        '9.25-9.30  | HINGE QUESTION (on slide):           | Chn show 1, 2, 3 or 4 fingers | Hinge Q slide',
        '           | Which fraction is equivalent to 2/3? | on chest (A=1 ... D=4)         | B = correct',
        '           |   A) 3/4                             |                               | A = added 1 to top + bottom',
        '           |   B) 4/6                             |                               | C = doubled bottom only',
        '           |   C) 2/6                             |                               | D = doubled top only',
        '           |   D) 4/3                             |                               | Anyone A/C/D -> stays on carpet',
      ],
      question: 'Which fraction is equivalent to 2/3?',
      options: ['3/4', '4/6', '2/6', '4/3'],
      correct: 1,
      reveals: { 0: 'added 1 to top + bottom', 2: 'doubled bottom only', 3: 'doubled top only' },
    },
  ])('$form', ({ lines, question, options, correct, reveals }) => {
    const [hinge] = plansOwnHinges(plan(lines));
    expect(hinge?.fromPlan).toBe(true);
    expect(hinge?.question).toBe(question);
    expect(hinge?.options.map((option) => option.answer)).toEqual(options);
    expect(hinge?.options.findIndex((option) => option.correct)).toBe(correct);
    const said = Object.fromEntries(
      hinge!.options.flatMap((option, index) =>
        option.reveals === undefined ? [] : [[index, option.reveals]],
      ),
    );
    expect(said).toEqual(reveals);
  });

  it.each([
    ['a hinge named in the timings, written out below', ['32–36 | HINGE QUESTION (see below) – fingers 1-4']],
    ['a hinge with no answer marked', ['Hinge question: Which is biggest? A) 0.5 B) 0.45 C) 0.405']],
    ['a question with no options', ['Hinge: Why does the ice melt?']],
  ])('no hinge of its own: %s', (_case, lines) => {
    expect(plansOwnHinges(plan(['LO: To compare decimals', ...lines]))).toEqual([]);
  });

  it("reads each of an Oak lesson's checks for understanding written as a hinge, and only those", () => {
    const hinges = plansOwnHinges(
      plan([
        '## Lesson outcome',
        'I can convert an 8-bit binary number into denary.',
        '## Learning cycle 1 (approx 20 mins)',
        '**Check for understanding:**',
        'What is the place value of the 3rd bit from the right?',
        'a) 3  b) 4  c) 8  d) 2  ',
        '*(Answer: b – 4)*  ',
        '## Learning cycle 2 (approx 20 mins)',
        '**Check for understanding:**',
        'True or false? The binary number 10000000 is equal to 128 in denary. *(True)*  ',
        'Which of these binary numbers is the smallest? a) 01111111 b) 10000000 c) 00111111 *(c)*',
        '**Check for understanding:** What does a bit store?',
      ]),
    );
    expect(hinges.map((hinge) => hinge.question)).toEqual([
      'What is the place value of the 3rd bit from the right?',
      'Which of these binary numbers is the smallest?',
    ]);
    expect(hinges.map((hinge) => hinge.options.findIndex((option) => option.correct))).toEqual([1, 2]);
  });

  it('is read with its answer in bold after a blank line, and a misconception it offers is not asked again', () => {
    const analysis = analyseLessonPlan({
      text: [
        "LO: To analyse how Shakespeare presents Macbeth's inner conflict in his soliloquy",
        '## Misconception to address!!',
        'Lots of them will write "Macbeth is scared of going to hell". He actually says "We\'d jump the life to come".',
        '## Hinge (MWBs, 3-2-1 show me)',
        'Which is the best description of what Macbeth is doing in lines 1–7?',
        '- A) Deciding to kill Duncan quickly',
        '- B) Worrying that he will go to hell',
        '- C) Weighing up whether he can get away with it on earth',
        '- D) Praising Duncan as a good king',
        '',
        '**C.** If loads say B → go back to "jump the life to come" before moving on.',
      ].join('\n'),
      format: 'markdown',
    });
    expect(analysis.hingeQuestions.map((hinge) => hinge.fromPlan === true)).toEqual([true]);
    expect(analysis.hingeQuestions[0]?.options.find((option) => option.correct)?.answer).toBe(
      'Weighing up whether he can get away with it on earth',
    );
  });

  it('comes first among the hinge questions, before those built from the misconceptions', () => {
    const analysis = analyseLessonPlan({
      text: [
        'LO: To order decimals',
        'Main (20 mins): compare pairs of decimals on mini-whiteboards',
        'Misconception: pupils think a longer decimal is bigger. Correction: compare the tenths digit first.',
        'Hinge question: Which is the largest? A) 0.45 B) 0.5 C) 0.405 D) 0.045 Answer: B',
      ].join('\n'),
    });
    expect(analysis.hingeQuestions[0]?.fromPlan).toBe(true);
    expect(analysis.hingeQuestions[0]?.options.map((option) => option.answer)).toEqual([
      '0.45',
      '0.5',
      '0.405',
      '0.045',
    ]);
    expect(analysis.hingeQuestions.length).toBeGreaterThan(1);
  });
});
