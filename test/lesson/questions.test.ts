import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonPlan } from '../../shared/lesson';
import { planContent } from '../../shared/lesson/content';
import { objectiveLadder, planLadders } from '../../shared/lesson/questions';
import { keyPhrases, objectiveFocus } from '../../shared/lesson/terms';
import { FIXTURES } from './fixture-files';
import { climbs, TEMPLATE_RUNGS } from './ladder-order';

/**
 * Real objectives, primary and secondary, across subjects, with the plan's keywords where the
 * plan had them, and the key terms a teacher would question them on, most useful first.
 */
const OBJECTIVES: { objective: string; keywords?: string[]; terms: string[] }[] = [
  {
    objective: 'To describe what happens during photosynthesis using the word equation',
    keywords: ['chlorophyll', 'chloroplast', 'glucose', 'reactant', 'product', 'light intensity'],
    terms: ['photosynthesis', 'word equation'],
  },
  {
    objective: 'To explain how light intensity affects the rate of photosynthesis',
    keywords: ['chlorophyll', 'light intensity'],
    terms: ['light intensity', 'photosynthesis', 'rate'],
  },
  {
    objective: 'LO: To explain the physical and human causes of river flooding',
    keywords: ['discharge', 'hydrograph', 'impermeable', 'saturated', 'urbanisation'],
    terms: ['river flooding', 'physical causes', 'human causes'],
  },
  {
    objective: 'To write a persuasive opening that hooks the reader using rhetorical devices',
    keywords: ['rhetorical question', 'direct address', 'anecdote', 'hyperbole', 'tone'],
    terms: ['persuasive opening', 'reader', 'rhetorical devices'],
  },
  {
    objective: 'To add two fractions with unlike denominators by finding a common denominator',
    terms: ['fractions', 'unlike denominators', 'common denominator'],
  },
  {
    objective: 'To explain why fractions need a common denominator before they can be added',
    terms: ['fractions', 'common denominator'],
  },
  {
    objective: 'Create and use space in attack by making well-timed dodges and leads',
    terms: ['space in attack', 'well-timed dodges', 'leads'],
  },
  { objective: 'To know about different beliefs', terms: ['beliefs'] },
  {
    objective: "I can describe family members using il/elle s'appelle and il/elle a ... ans",
    keywords: ['mon père', 'ma mère', "il s'appelle", 'elle a ... ans'],
    terms: ['family members'],
  },
  { objective: 'To use possessive adjectives mon, ma, mes correctly', terms: ['possessive adjectives'] },
  {
    objective: 'To explain the reasons why William won the Battle of Hastings in 1066',
    keywords: ['Shield wall', 'Feigned retreat', 'Cavalry'],
    terms: ['Battle of Hastings', 'William'],
  },
  {
    objective: 'To find unit fractions of amounts using sharing and bar models',
    keywords: ['fraction', 'denominator', 'numerator', 'equal parts', 'bar model', 'share'],
    terms: ['unit fractions of amounts', 'bar models', 'sharing'],
  },
  {
    objective: 'To multiply a 4-digit number by a 2-digit number using long multiplication',
    terms: ['long multiplication', '4-digit number', '2-digit number'],
  },
  { objective: 'Reading words with the split digraph a-e', terms: ['split digraph', 'words'] },
  {
    objective: 'To infer how a character feels using clues from the text',
    terms: ['character', 'clues', 'text'],
  },
  {
    objective: 'To assess which causes were most important in the 2015 Cumbria floods',
    terms: ['Cumbria floods'],
  },
  { objective: 'To compare the water cycle with the carbon cycle', terms: ['water cycle', 'carbon cycle'] },
  { objective: 'Identify and explain the causes of the First World War', terms: ['First World War'] },
  {
    objective: 'I can solve two-step word problems using bar models',
    terms: ['two-step word problems', 'bar models'],
  },
  { objective: 'To be able to calculate the area of a triangle', terms: ['triangle', 'area'] },
  { objective: 'Understand that plants need light and water to grow', terms: ['plants', 'light', 'water'] },
  { objective: 'Learn to round numbers to the nearest 10', terms: ['numbers'] },
  {
    objective: 'To evaluate the effectiveness of a persuasive advert',
    terms: ['persuasive advert', 'effectiveness'],
  },
  {
    objective: 'Analyse how Shakespeare presents ambition in Macbeth',
    terms: ['ambition', 'Shakespeare', 'Macbeth'],
  },
  {
    objective: 'Write a diary entry from the point of view of an evacuee',
    terms: ['diary entry', 'evacuee', 'point', 'view'],
  },
  { objective: 'Design a healthy meal for an athlete', terms: ['healthy meal', 'athlete'] },
  { objective: 'To punctuate speech with inverted commas', terms: ['speech', 'inverted commas'] },
  { objective: 'Describe the structure of an animal cell', terms: ['animal cell', 'structure'] },
  { objective: 'To understand how to balance chemical equations', terms: ['chemical equations'] },
  {
    objective: 'Evaluate the impact of the Industrial Revolution on working conditions',
    terms: ['Industrial Revolution', 'working conditions'],
  },
  {
    objective: 'Explain the difference between weather and climate',
    terms: ['weather', 'climate', 'difference'],
  },
  {
    objective: 'Solve linear equations with unknowns on both sides',
    terms: ['linear equations', 'unknowns', 'sides'],
  },
  {
    objective: 'To use if, elif and else to make a program choose between options',
    terms: ['elif', 'program', 'options'],
  },
  { objective: 'Fractions of amounts', terms: ['fractions of amounts'] },
  { objective: 'To explain the role of enzymes in digestion', terms: ['enzymes in digestion', 'role'] },
  { objective: 'Keep possession in small-sided games', terms: ['possession in small-sided games'] },
  {
    objective: 'Perform a sequence of movements on apparatus',
    terms: ['sequence of movements', 'apparatus'],
  },
  { objective: 'To use persuasive language in a letter', terms: ['persuasive language', 'letter'] },
  { objective: 'To describe the water cycle in the Amazon', terms: ['water cycle', 'Amazon'] },
];

/** Words that are never a key term on their own. */
const NOT_TERMS = new Set(
  'physical human persuasive well-timed common unlike different important rhetorical possessive long unit split reasons causes and or the of about using word'.split(
    ' ',
  ),
);

/** The ladder a teacher sees for a plan that states the objective, and its keywords where it has them. */
function ladderFor(objective: string, keywords: string[] = []) {
  const plan = parseLessonPlan({
    text: [
      `Learning objective: ${objective}`,
      ...(keywords.length === 0 ? [] : ['Keywords:', ...keywords.map((keyword) => `- ${keyword}`)]),
    ].join('\n'),
  });
  return objectiveLadder(objective, plan, planContent(plan));
}

describe.each(OBJECTIVES)(
  'the key terms and ladder for "$objective"',
  ({ objective, keywords = [], terms }) => {
    const ladder = ladderFor(objective, keywords);
    const questions = ladder.ladder.map((rung) => rung.question);

    it('picks the key terms a teacher would question', () => {
      expect(keyPhrases(objectiveFocus(objective).focus, keywords).map((phrase) => phrase.text)).toEqual(
        terms,
      );
      for (const term of terms) expect(NOT_TERMS.has(term.toLowerCase())).toBe(false);
    });

    it('climbs in the guidance order, from an inclusive question, with no template rung', () => {
      expect(ladder.ladder.length).toBeGreaterThanOrEqual(1);
      expect(climbs(ladder.ladder.map((rung) => rung.level))).toBe(true);
      for (const question of questions)
        for (const template of TEMPLATE_RUNGS) expect(question).not.toContain(template);
    });

    it('never asks what pupils know that could help them do what they already know', () => {
      for (const question of questions) expect(question).not.toMatch(/already know\b.*\balready\b/i);
    });

    it('reads as questions a teacher would ask', () => {
      for (const question of questions) {
        expect(question).toMatch(/^[A-Z"]/);
        expect(question).toMatch(/[?.]$/);
        expect(question).not.toMatch(/\b(\w+)\s+\1\b/i);
        expect(question).not.toMatch(/\b(?:and|or|about|of|to|the|a|an)\s*(?:[?,:]|\.(?!\.))/i);
        expect(question).not.toMatch(/\b(?:about|of|to|with|for|the)\s+(?:and|or)\b/i);
        expect(question).not.toMatch(/\ba\s+[aeiou](?!ni|s[eu])|\ban\s+[^aeiou\s"]/i);
        expect(question).not.toContain('undefined');
      }
    });

    it('asks each question once, and says what to add where it has only the objective to build on', () => {
      expect(new Set(questions).size).toBe(questions.length);
      if (ladder.ladder.every((rung) => rung.from === 'objective'))
        expect(ladder.toAdd).toMatch(/^Nothing else in the plan is about this objective yet/);
      else expect(ladder.toAdd).toBeUndefined();
    });
  },
);

describe('objectiveFocus', () => {
  it.each([
    ['Create and use space in attack', ['create', 'use'], 'space in attack'],
    ['I can identify and explain the causes of the war', ['identify', 'explain'], 'the causes of the war'],
    ['Identify, describe and explain adaptations', ['identify', 'describe', 'explain'], 'adaptations'],
    ['To be able to calculate the area of a triangle', ['calculate'], 'the area of a triangle'],
    ['To know about different beliefs', ['know'], 'different beliefs'],
    ['Understand that plants need light', ['understand'], 'plants need light'],
    ['Understand how the heart pumps blood', ['understand'], 'how the heart pumps blood'],
    ['Learn to round numbers to the nearest 10', ['round'], 'numbers to the nearest 10'],
    ['To understand how to balance chemical equations', ['balance'], 'chemical equations'],
    ['Reading words with the split digraph', ['read'], 'words with the split digraph'],
    ['Fractions of amounts', [], 'Fractions of amounts'],
  ])('"%s" → %j acting on "%s"', (objective, verbs, focus) => {
    expect(objectiveFocus(objective)).toEqual({ statement: expect.any(String), verbs, focus });
  });
});

/** Every rung the plan gives its first objective, as a ladder asked for on the selected objective builds them. */
function rungsFor(lines: string[]) {
  const plan = parseLessonPlan({ text: lines.join('\n'), format: 'markdown' });
  return objectiveLadder(plan.objectives[0]!.text, plan, planContent(plan)).ladder.map((rung) => [
    rung.question,
    rung.from,
  ]);
}

describe('ladders grounded in what the plan defines and lists', () => {
  // "Test three surfaces for grip" names nothing the objective is about, so it is not asked as a rung.
  it('a quoted term over a list is defined by the list, and two kinds of one thing are compared', () => {
    expect(
      rungsFor([
        'LO: To identify the variables in an investigation',
        '## Main',
        'Introduce two kinds of variable.',
        '- An “independent” variable is:',
        '  - The one thing you change',
        '- A “dependent” variable is:',
        '  - The thing you measure',
        '- The plan is:',
        '  - Test three surfaces for grip',
      ]).slice(0, 3),
    ).toEqual([
      ['What does "independent variable" mean?', 'keyword'],
      ['What does "dependent variable" mean? Explain it in your own words, with an example.', 'keyword'],
      [
        'What is the difference between "independent variable" and "dependent variable"? Give an example of each.',
        'keyword',
      ],
    ]);
  });

  it.each([
    [
      'a list of kinds opens the ladder and its items stretch it',
      [
        'LO: To write a persuasive letter',
        '## Main',
        'Pupils look at the features of persuasive letters, such as rhetorical questions, emotive language and a call to action.',
      ],
      [
        ['What are the features of persuasive letters? Name as many as you can.', 'example'],
        [
          'Of rhetorical questions, emotive language and a call to action, which matters most in persuasive letters, and why?',
          'example',
        ],
      ],
    ],
    [
      "a list of a concept's terms asks what they mean",
      [
        'LO: To compare fractions',
        '## Main',
        'Recap the parts of a fraction, including numerator and denominator.',
      ],
      [
        ['What are the parts of a fraction? Name as many as you can.', 'example'],
        ['What do we mean by "numerator" and "denominator"? Give an example of each.', 'example'],
      ],
    ],
  ])('%s', (_, lines, expected) => {
    expect(rungsFor(lines).filter(([, from]) => from === 'example')).toEqual(expected);
  });

  it('an objective with nothing in the plan gets no ladder of templates, but what to add', () => {
    const plan = parseLessonPlan({
      text: 'LO: To use a protractor to measure angles\nStarter: quiz',
      format: 'markdown',
    });
    const { ladders, toAdd } = planLadders(plan, planContent(plan));
    expect(ladders).toEqual([]);
    expect(toAdd.map((entry) => entry.message)).toEqual([
      '"To use a protractor to measure angles": nothing else in the plan is about this objective yet, so it has no ladder yet: add a worked example or a task for it, what "angles" means and a question that asks why, and the ladder will climb from them.',
    ]);
  });

  it('asked for on a selected objective, it gets a short ladder in its own words, not templates', () => {
    expect(rungsFor(['LO: To use a protractor to measure angles', 'Starter: quiz'])).toEqual([
      ['What do you already know about angles? Tell your partner one thing.', 'objective'],
      [
        'Have a go: use a protractor to measure angles. Talk your partner through your first step.',
        'objective',
      ],
    ]);
  });
});

describe('an "understand that" objective with nothing else in the plan', () => {
  it('asks why it is true and for a new example, about its key term first, and stops there', () => {
    expect(
      rungsFor(['LO: Understand that plants need light to grow', 'Starter: quiz']).map(
        ([question]) => question,
      ),
    ).toEqual([
      'What do you already know about plants? Tell your partner one thing.',
      'Why is it true that plants need light to grow? Explain in your own words.',
      'Can you give a new example that shows plants need light to grow?',
    ]);
  });
});

/** A Reception phonics week flattened into one paragraph, as a Word grid pastes: my own words and sounds. */
const PHONICS_WEEK =
  'Phase 3 week 2 Objectives: Learn and practise the sounds oa oo p70. Practise blending for reading. Revisit Flash cards – sh, ch, th, ng Teach ‘oa’ Segmenting for spelling: - boat, coat, goat. Teach ‘oo’ Segmenting for spelling -: moon, soon, food, zoom Practise Reading sentences: The goat is in the boat. Apply Spelling check - moon, coat, road, food, toad, spoon Writing sentences p72: I can see the moon.';

describe('a flattened phonics grid', () => {
  const plan = parseLessonPlan({ text: PHONICS_WEEK });
  const content = planContent(plan);

  it('harvests its word lists under their labels, and its sentences to read and to write', () => {
    expect(content.wordLists.map((list) => [list.head, list.items])).toEqual([
      ['Flash cards', ['sh', 'ch', 'th', 'ng']],
      ['Segmenting for spelling', ['boat', 'coat', 'goat']],
      ['Segmenting for spelling', ['moon', 'soon', 'food', 'zoom']],
      ['Spelling check', ['moon', 'coat', 'road', 'food', 'toad', 'spoon']],
    ]);
    expect(content.models.map((model) => [model.purpose, model.text])).toEqual([
      ['read', 'The goat is in the boat.'],
      ['write', 'I can see the moon.'],
    ]);
  });

  it("ladders the sounds with the plan's own words and sentences, short and concrete, no template", () => {
    const [ladder] = planLadders(plan, content).ladders;
    expect(ladder!.ladder.map((rung) => [rung.level, rung.question])).toEqual([
      ['inclusive', 'Can you read these words: boat, coat, goat?'],
      ['understand', 'What sound is the same in "moon", "soon" and "food"? Which letters make it?'],
      ['apply', 'Read this sentence: "The goat is in the boat." Which word has "oa" in it?'],
      ['analyse', 'Sort these words into "oa" and "oo" words: moon, coat, road, food, toad, spoon.'],
      [
        'create',
        'Can you write "I can see the moon."? Then write a sentence of your own with an "oo" word in it.',
      ],
    ]);
    expect(ladder!.toAdd).toBeUndefined();
  });
});

describe('a rung the plan cannot ground is left out', () => {
  it.each([
    [
      'homework is not the lesson’s apply rung, and a poll question needs what it polls',
      [
        'LO: To write an algorithm for making a sandwich',
        '## Main',
        '- Pupils write an algorithm for making toast, step by step.',
        '## Poll',
        '- How many steps are used?',
        '## Homework',
        '- Pupils write an algorithm for their favourite game.',
      ],
      ['Can you write an algorithm for making toast, step by step?'],
      ['favourite game', 'How many steps are used?', 'their'],
    ],
    [
      'a plan for five-year-olds gets no "what is your evidence?"',
      [
        'Reception maths',
        'LO: Understand that a number can be shown in different ways',
        '## Main',
        '- Pupils show 5 with cubes.',
      ],
      [
        'Can you show me that a number can be shown in different ways?',
        'Can you show 5 with cubes? Show me how.',
      ],
      ['evidence', 'convince', 'justify', 'Why is it true'],
    ],
  ])('%s', (_, lines, present, absent) => {
    const text = rungsFor(lines)
      .map(([question]) => question)
      .join('\n');
    for (const words of present) expect(text).toContain(words);
    for (const words of absent) expect(text).not.toContain(words);
    for (const template of TEMPLATE_RUNGS) expect(text).not.toContain(template);
  });
});

describe('a scheme of work', () => {
  const lessons = Array.from({ length: 12 }, (_, index) =>
    [
      `## Lesson ${index + 1}: Shapes week ${index + 1}`,
      'Objectives:',
      `- Name shapes with ${index + 3} sides.`,
      `- Sort shapes with ${index + 3} sides by their angles.`,
      `- Create a pattern from shapes with ${index + 3} sides.`,
    ].join('\n'),
  );
  const plan = parseLessonPlan({
    text: ['# Unit overview: shape', ...lessons].join('\n\n'),
    format: 'markdown',
  });
  const { ladders } = planLadders(plan, planContent(plan));

  it('gets a ladder per lesson, spread from the first lesson to the last and capped', () => {
    expect(plan.kind).toBe('scheme');
    expect(ladders.map((entry) => entry.objective)).toEqual([
      'Lesson 1: Shapes week 1',
      'Lesson 3: Shapes week 3',
      'Lesson 4: Shapes week 4',
      'Lesson 6: Shapes week 6',
      'Lesson 7: Shapes week 7',
      'Lesson 9: Shapes week 9',
      'Lesson 10: Shapes week 10',
      'Lesson 12: Shapes week 12',
    ]);
  });

  it("climbs through the lesson's own objectives, each at the level its verb asks for", () => {
    expect(ladders[0]!.ladder.map((rung) => [rung.level, rung.question])).toEqual([
      ['inclusive', 'Can you name shapes with 3 sides?'],
      ['analyse', 'Can you sort shapes with 3 sides by their angles?'],
      ['create', 'Can you create a pattern from shapes with 3 sides?'],
    ]);
  });
});

describe('kinds of one thing the plan sets out by their criteria', () => {
  const plan = parseLessonPlan({
    text: [
      'LO: To recognise strong and weak passwords',
      '## Main',
      '- Strong: A “strong” password is:',
      '  - Long, with twelve or more characters',
      '  - Mixed letters, numbers and symbols',
      '- Weak: A “weak” password is:',
      '  - A word from the dictionary',
      "  - Your pet's name or your birthday",
      '- Discuss examples of each.',
    ].join('\n'),
    format: 'markdown',
  });
  const content = planContent(plan);

  it('reads the items under each kind as its criteria, not the teacher’s next step', () => {
    expect(content.terms.map((term) => [term.term, term.criteria])).toEqual([
      ['strong password', ['Long, with twelve or more characters', 'Mixed letters, numbers and symbols']],
      ['weak password', ['A word from the dictionary', "Your pet's name or your birthday"]],
    ]);
  });

  it('asks pupils to apply a criterion to a kind, as the plan describes it', () => {
    const questions = planLadders(plan, content).ladders[0]!.ladder.map((rung) => rung.question);
    expect(questions).toContain(
      // The kind the ladder has not yet asked about: it opened on what a strong password is.
      '"Your pet\'s name or your birthday": is that a strong or weak password? How can you tell?',
    );
  });
});

describe("an objective's own key term", () => {
  it.each([
    [
      'is written as the plan writes it',
      [
        'LO: Compose Boolean expressions using and, or',
        '## Main',
        '- Remind the class of Boolean expressions in Python.',
      ],
      'What do you already know about Boolean expressions? Tell your partner one thing.',
    ],
    [
      'is what pupils already know, never "what do you know that helps you give what you already know"',
      [
        'LO: Be able to give examples of French words already known',
        '## Main',
        '- Pupils list French words they know.',
      ],
      'Which French words do you already know? Tell your partner one.',
    ],
  ])('%s', (_, lines, inclusive) => {
    expect(rungsFor(lines)[0]![0]).toBe(inclusive);
  });
});

describe('ladders on plans written for the team (test/fixtures/lessons/ladders)', () => {
  const folder = join(FIXTURES, 'ladders');
  const plans = readdirSync(folder)
    .sort()
    .map((name) => {
      const plan = parseLessonPlan({ text: readFileSync(join(folder, name), 'utf8'), format: 'markdown' });
      return { name, plan, ...planLadders(plan, planContent(plan)) };
    });
  const rungs = plans.flatMap(({ name, ladders }) =>
    ladders.flatMap((ladder) => ladder.ladder.map((rung) => [name, rung.question] as const)),
  );

  it('every rung is a whole question: quotes balanced, no blank to fill, no inline list number', () => {
    const broken = rungs.filter(([, question]) => {
      const straight = question.split('"').length - 1;
      return straight % 2 === 1 || question.includes(' _') || / \d\) /.test(question);
    });
    expect(broken).toEqual([]);
  });

  it('a bracketed curriculum reference heads no ladder', () => {
    const headed = plans.flatMap(({ ladders }) => ladders.map((ladder) => ladder.objective));
    expect(headed.filter((objective) => objective.startsWith('('))).toEqual([]);
  });

  it("a pupil's homework sheet gets no ladder on its title", () => {
    const sheet = plans.find(({ name }) => name.includes('homework'))!;
    expect(sheet.plan.kind).toBe('pupil-facing');
    expect(sheet.ladders).toEqual([]);
  });

  it('a writing frame for some pupils is not a task pupils are asked to try', () => {
    expect(rungs.filter(([, question]) => /writ(?:e|ing) frame/i.test(question))).toEqual([]);
  });
});
