import { describe, expect, it } from 'vitest';
import { questionLadder } from '../../shared/lesson';
import { keyPhrases, objectiveFocus } from '../../shared/lesson/terms';
import { LADDER_ORDER } from './ladder-order';

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

describe.each(OBJECTIVES)('the question ladder for "$objective"', ({ objective, keywords = [], terms }) => {
  const ladder = questionLadder(objective, keywords);
  const questions = ladder.ladder.map((rung) => rung.question);

  it('picks the key terms a teacher would question', () => {
    expect(keyPhrases(objectiveFocus(objective).focus, keywords).map((phrase) => phrase.text)).toEqual(terms);
    for (const term of terms) expect(NOT_TERMS.has(term.toLowerCase())).toBe(false);
  });

  it('climbs the six levels in order', () => {
    expect(ladder.ladder.map((rung) => rung.level)).toEqual(LADDER_ORDER);
  });

  it('asks about its key terms in at least four questions', () => {
    const lowerTerms = terms.map((term) => term.toLowerCase());
    const mentioning = questions.filter((question) =>
      lowerTerms.some((term) => question.toLowerCase().includes(term)),
    );
    expect(mentioning.length).toBeGreaterThanOrEqual(4);
  });

  it('reads as questions a teacher would ask', () => {
    for (const question of questions) {
      expect(question).toMatch(/^[A-Z"]/);
      expect(question).toMatch(/[?.]$/);
      expect(question).toContain('?');
      expect(question).not.toMatch(/\b(\w+)\s+\1\b/i);
      expect(question).not.toMatch(/\b(?:and|or|about|of|to|the|a|an)\s*(?:[?,:]|\.(?!\.))/i);
      expect(question).not.toMatch(/\b(?:about|of|to|with|for|the)\s+(?:and|or)\b/i);
      expect(question).not.toMatch(/\ba\s+[aeiou](?!ni|s[eu])|\ban\s+[^aeiou\s"]/i);
      expect(question).not.toContain('this answer know');
      expect(question).not.toContain('undefined');
    }
    const quoted = /"([^"]+)"/.exec(questions[1]!)?.[1];
    if (quoted !== undefined) expect(NOT_TERMS.has(quoted.toLowerCase())).toBe(false);
  });

  it('opens with a short question everyone can answer', () => {
    expect(questions[0]).toMatch(
      /^What do you already know about [^?]{1,40}\? Tell your partner one thing\.$/,
    );
  });
});

describe('the ladders that used to read badly', () => {
  const ladder = (objective: string, keywords: string[] = []) =>
    questionLadder(objective, keywords).ladder.map((rung) => rung.question);

  it('photosynthesis: "word equation" is a term, and the opening question is short', () => {
    const questions = ladder('To describe what happens during photosynthesis using the word equation');
    expect(questions[0]).toBe('What do you already know about photosynthesis? Tell your partner one thing.');
    expect(questions[1]).toContain('"word equation"');
    expect(questions[3]).toBe(
      'How are the word equation and photosynthesis connected? What would change if one of them were different?',
    );
  });

  it('river flooding: noun phrases, and an explanation asks which cause matters most', () => {
    expect(ladder('To explain the physical and human causes of river flooding')).toEqual([
      'What do you already know about river flooding? Tell your partner one thing.',
      'What does "river flooding" mean? Can you explain it in your own words and give an example?',
      'Can you talk your partner through the physical and human causes of river flooding, one step at a time?',
      'Which of the causes matters most, and why?',
      'How convincing is this explanation of the physical and human causes of river flooding? What would make it better?',
      'Can you write your own question about river flooding that would show whether someone has really understood?',
    ]);
  });

  it('persuasive writing: what makes a good opening, and how the devices help it', () => {
    expect(ladder('To write a persuasive opening that hooks the reader using rhetorical devices')).toEqual([
      'What do you already know about persuasive openings? Tell your partner one thing.',
      'What makes a good persuasive opening? Name the features you would look for.',
      'How could you use rhetorical devices in your own persuasive opening? Try one sentence.',
      'How do rhetorical devices help a persuasive opening work? Find an example.',
      'Read this persuasive opening: what works well, and what one change would make it better?',
      'Can you write your own persuasive opening, then swap with a partner to improve it?',
    ]);
  });

  it('fractions: a method question, with "common denominator" whole', () => {
    expect(ladder('To add two fractions with unlike denominators by finding a common denominator')).toEqual([
      'What do you already know about fractions? Tell your partner one thing.',
      'What are unlike denominators? Can you explain in your own words and give an example?',
      'What would you do first to add two fractions with unlike denominators by finding a common denominator, and why?',
      'Where could this method go wrong, and how would you check your answer?',
      'Is this worked answer correct? How do you know, and is there a quicker way?',
      'Can you make up your own question about unlike denominators, and a wrong answer someone might give?',
    ]);
  });

  it('PE: both command verbs are stripped and kept, and the topic is the space in attack', () => {
    const questions = ladder('Create and use space in attack by making well-timed dodges and leads');
    expect(questions[0]).toBe('What do you already know about space in attack? Tell your partner one thing.');
    expect(questions[1]).toBe(
      'What does "space in attack" mean? Can you explain it in your own words and give an example?',
    );
    expect(questions[2]).toBe(
      'Given a new example, how would you create and use space in attack by making well-timed dodges and leads? Talk me through your first step.',
    );
  });

  it('a term qualified by "of" counts by its first noun: "sequences of movements"', () => {
    expect(ladder('Perform a sequence of movements on apparatus')[0]).toBe(
      'What do you already know about sequences of movements? Tell your partner one thing.',
    );
  });

  it('RE: "know about" is framing, not the focus', () => {
    expect(ladder('To know about different beliefs')).toEqual([
      'What do you already know about different beliefs? Tell your partner one thing.',
      'What are different beliefs? Can you explain in your own words and give an example?',
      'If someone missed this lesson, what would you tell them about different beliefs?',
      'What do different beliefs have in common, and how do they differ?',
      'How accurate is this answer about different beliefs? What would you change, and why?',
      'Can you write your own question about different beliefs that would show whether someone has really understood?',
    ]);
  });

  it('French: a phrase in the language taught is never cut into a term', () => {
    const questions = ladder("describe family members using il/elle s'appelle and il/elle a ... ans", [
      "il s'appelle",
      'elle a ... ans',
    ]);
    expect(questions[1]).toBe(
      'What are family members? Can you explain in your own words and give an example?',
    );
    for (const question of questions) expect(question).not.toMatch(/"(?:elle a|il s'appelle)/);
  });

  it('history: the event is the term and the question is about the reasons', () => {
    const questions = ladder('To explain the reasons why William won the Battle of Hastings in 1066');
    expect(questions[0]).toBe(
      'What do you already know about the Battle of Hastings? Tell your partner one thing.',
    );
    expect(questions[1]).toBe(
      'What is one fact about the Battle of Hastings that you are certain is true, and how do you know?',
    );
    expect(questions[3]).toBe('Which of the reasons matters most, and why?');
  });
});

describe('a comparison', () => {
  const ladder = (objective: string) => questionLadder(objective).ladder.map((rung) => rung.question);

  it('sets two terms side by side only when the objective joins them', () => {
    expect(ladder('To compare rivers and canals')[2]).toBe(
      'What is the same and what is different about rivers and canals?',
    );
    expect(ladder('To compare the water cycle with the carbon cycle')[2]).toBe(
      'What is the same and what is different about the water cycle and the carbon cycle?',
    );
  });

  it('compares examples of one term when the second only qualifies it', () => {
    for (const objective of [
      'Compare and order fractions whose denominators are multiples of the same number',
      'To compare fractions with the same numerator',
    ]) {
      const questions = ladder(objective);
      expect(questions[2]).toBe('What is the same and what is different about two examples of fractions?');
      expect(questions.join(' ')).not.toMatch(/fractions and (?:the )?(?:multiples|numerator)/);
    }
  });
});

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

describe('an objective that names nothing to question', () => {
  it.each(['To create', 'LO:', 'I can', '...'])(
    '"%s" still gets a sensible ladder about "this topic"',
    (objective) => {
      const questions = questionLadder(objective).ladder.map((rung) => rung.question);
      expect(questions[0]).toBe('What do you already know about this topic? Tell your partner one thing.');
      expect(questions[1]).toBe('What are the key words for this topic, and what does each one mean?');
      for (const question of questions) expect(question).not.toMatch(/""|about \?|about ,/);
    },
  );
});
