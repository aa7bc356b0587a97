import { priorLearningLinked } from '../../../shared/lesson/rules/prior-learning-linked';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(priorLearningLinked, plan, {
  valid: [
    {
      name: 'a title that numbers the lesson in its topic ("Memory L2:") says where it sits',
      input: [
        '## Y12 Psychology (AQA) – Memory L2: The Multi-Store Model',
        'LO1: Outline the multi-store model of memory',
        'Starter (8 mins): digit span test.',
      ].join('\n'),
    },
    {
      name: 'so does "Wk4 L2" in a thin plan\'s title',
      input: [
        '8C2 Computing - Wk4 L2 - Binary',
        'LOs',
        '- convert 8-bit binary -> denary',
        'Do now (5): what is a bit?',
      ].join('\n'),
    },
    {
      name: "what a group did last week, kept in the teacher's notes: neither praised nor asked for",
      input: [
        'LO: To use expanded noun phrases to describe a setting.',
        'Input (10 mins): model noun phrases about the clifftop from the class text.',
        'Writing (20 mins): groups write four noun phrases, then a sentence.',
        'PLENARY (5 mins)',
        '- Share one phrase.',
        '',
        'Notes:',
        '- Badgers did expanded noun phrases in writing last week so should be OK without input.',
      ].join('\n'),
      strengths: [],
    },
    {
      name: "an early-years week plan says where it sits by the term's week",
      input: [
        '# Hedgehogs Class (Reception) – Weekly Focus Plan',
        '**Spring 2, Week 3** | Theme: Sounds all around us',
        'Focus: to recognise loud and quiet sounds',
      ],
      strengths: [],
    },

    {
      name: 'the first lesson of a sequence has no earlier lesson to link to',
      input: [
        '# Lesson 1 - How Do Computers Think?',
        'LO: Know that computers follow instructions',
        'Starter: robot race',
      ],
      strengths: [],
    },
    {
      name: 'a prior learning section',
      input: [
        'LO: To multiply decimals',
        'Prior learning: multiplying whole numbers by 10',
        'Main: practice',
      ],
      strengths: ['linked'],
    },
    {
      name: 'the place in the unit only: neither praised nor asked',
      input: ['Lesson 3 of 6 in the Rivers unit', 'LO: To explain how meanders form'],
      strengths: [],
    },
    {
      name: 'an Oak-style details line: unit and lesson number only',
      input: [
        'Year 7 · History · Unit: Medieval England – power and protest · Lesson 3 of 6',
        "Lesson outcome: I can explain the causes of the Peasants' Revolt.",
      ],
      strengths: [],
    },
    {
      name: 'a US unit heading with the lesson numbered under it: it says where it sits',
      input: [
        '# Grade 8 U.S. History – Unit 3: Road to Revolution',
        '**Lesson 4: Causes of the American Revolution** | Ms. Alvarez | 50 min',
        'SWBAT explain how British policies led to colonial resistance.',
        'Do Now (5 min): Would you pay a $5 lunch fee you never voted on?',
      ],
      strengths: [],
    },
    {
      name: 'a starter that retrieves from the last lesson ("L2")',
      input: [
        "Lesson 3: Conformity - Asch's research | 12PSY2 | 100 min double",
        "Objectives: describe Asch's procedure and findings",
        'Starter (10 min) - retrieval from L2 (types of conformity)',
      ],
      strengths: ['linked'],
    },
    {
      name: 'a retrieval quiz on last lesson',
      input: ['LO: To explain erosion', 'Starter: retrieval quiz on weathering, five questions'],
      strengths: ['linked'],
    },
    {
      name: 'a recap of last lesson in the starter',
      input: ['LO: To explain erosion', 'Starter: recap last lesson on weathering'],
      strengths: ['linked'],
    },
    { name: 'not a lesson plan: silent', input: 'Notes to self: buy glue sticks', strengths: [] },
    {
      name: 'a unit named in the page details is not a link to prior learning, nor a gap to prompt',
      input: [
        'Subject: English. Key stage: Key Stage 3. Unit: A history of language',
        'Learning outcome: I can create a new word using language change techniques',
        'Keywords: blending, compounding',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'no link to what pupils already know',
      input: ['LO: To explain how meanders form', 'Main: video and diagram', 'Plenary: exit ticket'],
      messages: ['missing'],
    },
    {
      name: 'a reading domain called retrieval is not a return to earlier learning',
      input: [
        'Objective: to make inferences about a character and justify them with evidence from the text.',
        'Secondary focus: retrieval (2b) for Hedgehogs group.',
        'Plenary (5 mins): each group shares one inference and its evidence.',
      ],
      messages: ['missing'],
    },
  ],
});
