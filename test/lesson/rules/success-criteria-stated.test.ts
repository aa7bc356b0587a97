import { successCriteriaStated } from '../../../shared/lesson/rules/success-criteria-stated';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(successCriteriaStated, plan, {
  valid: [
    {
      name: 'an early years session is not asked for "I can..." steps: adults observe against its ELG',
      input: [
        'Reception – Phonics',
        'ELG Word Reading: Say a sound for each letter in the alphabet.',
        'Today: To recognise and say the digraph sh.',
        'Main: read sh words with a partner',
      ],
      strengths: [],
    },
    {
      name: 'a success criteria heading with items',
      input: [
        'LO: To add fractions',
        'Success criteria:',
        '- I can find a common denominator',
        '- I can add the numerators',
      ],
      strengths: ['stated'],
    },
    {
      name: '"I can" statements without a heading',
      input: ['Objective: To describe a volcano', 'I can label the parts of a volcano', 'Main: diagram'],
      strengths: ['stated'],
    },
    {
      name: 'key learning points written as facts are not criteria pupils act on',
      input: [
        '## Lesson outcome',
        'I can explain why the Normans won.',
        '## Key learning points',
        '- Harold was tired.',
        '- Blending is when two words are chopped up and joined.',
      ],
      strengths: [],
    },
    {
      name: 'key learning points that state a method are content, not criteria: neither praised nor asked',
      input: [
        '## Lesson outcome',
        'I can convert an 8-bit binary number into denary.',
        '## Key learning points',
        '- Place values double from right to left: 1, 2, 4, 8.',
        '- To convert binary to denary, add together the place values of every column that contains a 1.',
        '## Learning cycle 1 (20 mins)',
        'Explain place value.',
      ],
      strengths: [],
    },
    {
      name: 'criteria by group, each a pupil action after its group',
      input: [
        'LO: To explain why the Western Front became a stalemate',
        'Success criteria:',
        'All – describe what trench warfare was like.',
        'Most – explain two reasons for the stalemate.',
      ],
      strengths: ['stated'],
    },
    {
      name: 'a primary checklist of what the work has ("I have a title", "My steps are numbered")',
      input: [
        'WALT: write a set of instructions using bossy verbs',
        'Success criteria (on working wall):',
        ' - I have a title that starts "How to..."',
        ' - My steps are numbered and in the right order',
        ' - I start each step with a bossy (imperative) verb',
      ],
      strengths: ['stated'],
    },
    { name: 'not a lesson plan: silent', input: 'Shopping list: eggs, milk', strengths: [] },
    {
      name: 'no objectives: those are asked for first',
      input: ['Starter (10 mins): quiz', 'Plenary (5 mins): exit ticket'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: '"SC: TBC" lists no criteria yet: the plan is asked for them',
      input: [
        'LO: To solve quadratic equations by factorising',
        'SC: TBC',
        'Main (15 mins): worked examples',
      ],
      messages: [{ messageId: 'stepsFromObjectives', line: 1 }],
    },
    {
      name: "no success criteria, but the exit ticket's question already says what success looks like",
      input: [
        'Objectives: Distinguish between weathering and erosion using examples.',
        'EXPLORE (15 minutes): groups pour water down the stream table and record where the sand moved.',
        'EVALUATE (8 minutes)',
        'Exit ticket (individual):',
        '1. In your own words, what is the difference between weathering and erosion?',
      ],
      messages: [
        {
          messageId: 'stepsFromCheck',
          line: 5,
          quote: 'In your own words, what is the difference between weathering and erosion?',
        },
      ],
    },
    {
      name: 'objectives that say what pupils will do, and no criteria: asked only for the small steps',
      input: [
        'Objectives:',
        '- Be able to use the "Dw i\'n" pattern',
        '- Be able to form simple sentences with the core verbs',
        'Starter: name Welsh words you know',
        'Main: listen and repeat',
      ],
      messages: [
        { messageId: 'stepsFromObjectives', line: 2, quote: 'Be able to use the "Dw i\'n" pattern' },
      ],
    },
    {
      name: 'an objective no one can see, and no success criteria',
      input: ['Learning objective: To understand photosynthesis', 'Starter: picture', 'Main: explanation'],
      messages: ['missing'],
    },
    {
      name: 'an objective that names a task, and no success criteria',
      input: ['Objective: Complete the fractions worksheet', 'Starter: quiz', 'Plenary: exit ticket'],
      messages: ['missing'],
    },
  ],
});
