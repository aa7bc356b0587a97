import { independenceSupported } from '../../../shared/lesson/rules/independence-supported';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(independenceSupported, plan, {
  valid: [
    {
      name: 'a verb table on the desk is what pupils turn to when stuck',
      input: [
        'LO: To form the preterite of regular -ar verbs',
        'Practice (15 mins): translate ten sentences into the past. Support: verb table on desk.',
      ],
      strengths: ['supported'],
    },
    {
      name: 'marking their own work at a station is self-help',
      input: [
        'LO: To add two 2-digit numbers using the column method',
        'Independent (20 mins): chilli challenge sheets; self mark at station when done 6',
      ],
      strengths: ['supported'],
    },
    {
      name: 'key words for the wall are a display pupils can turn to',
      input: [
        'LO: To explain the causes of the sinking of the Titanic',
        'Independent writing (20 mins): a paragraph on the cause that mattered most',
        'Key words for the wall: cause, consequence, short-term, long-term',
      ],
      strengths: ['supported'],
    },
    {
      name: "five minutes' practice with a partner is not asked what pupils turn to when stuck",
      input: [
        'LO: To read words with sh',
        '9:05 Teach - sh. Show card.',
        '9:10 Practise - read shop, ship, shed with a partner',
        '9:15 Tricky words - she, he, we',
        '9:18 Apply - read the caption together',
      ],
      strengths: [],
    },
    {
      name: 'independent work with the teacher free to go round: the teacher is what pupils turn to, nothing to ask',
      input: ['LO: To use loops', 'Main: modelling', 'Independent (20 mins): coding tasks while I circulate'],
    },
    {
      name: 'no part where pupils work without the teacher: nothing to ask',
      input: ['LO: To use loops', 'Starter: quiz', 'Main: modelling', 'Plenary: recap'],
      strengths: [],
    },
    {
      name: 'a working wall',
      input: ['LO: To use fronted adverbials', 'Independent: writing, with the working wall of examples'],
      strengths: ['supported'],
    },
    {
      name: 'peer buddies and a help sheet',
      input: ['LO: To use loops', 'Independent: coding tasks; help sheet on the tables and peer buddies'],
      strengths: ['supported'],
    },
    {
      name: 'sound mats in a phonics lesson',
      input: [
        'LO: To read words with ur',
        'Apply: read the caption, using sound mats to check the graphemes',
      ],
      strengths: ['supported'],
    },
    {
      name: 'a US anchor chart',
      input: ['Objective: SWBAT add fractions', 'Direct Instruction: anchor chart records the steps'],
      strengths: ['supported'],
    },
    ...[
      'Independent: fluency questions, with answers on the back wall for self-checking',
      'Independent: pairs practise, then check with the answer cards',
      'Independent: a self-marking station for the first ten questions',
      'Independent: pupils check your answers against the answer sheet before moving on',
    ].map((line) => ({
      name: `a self-checking resource: ${line}`,
      input: ['LO: To add fractions', 'Main: modelling', line],
      strengths: ['supported' as const],
    })),
    {
      name: 'an intervention session',
      input: ['Wave 2 intervention: phonics', 'Focus: ai sound', 'Model: adult reads'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: "'no word bank this time' is not a self-help resource",
      input: [
        'LO: To write a persuasive letter',
        'Main (20 mins): model the opening paragraph.',
        'Independent (20 mins): pupils write their letters with no word bank this time, while I sit with the red table.',
      ],
      messages: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'nothing to turn to when stuck',
      input: [
        'LO: To use loops',
        'Main: modelling',
        'Independent: coding tasks; guided group with me on nested loops',
      ],
      messages: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: '"Displays the count" describes a program, not a display for pupils',
      input: [
        'LO: To use loops',
        'Main: the program displays the count',
        'Independent: coding tasks, focus group with me',
      ],
      messages: ['missing'],
    },
    {
      name: '"dictionary order" is not a dictionary to hand',
      input: [
        'LO: To search a tree',
        'Main: compare words in dictionary order',
        'Independent: search tasks, focus group with me',
      ],
      messages: ['missing'],
    },
  ],
});
