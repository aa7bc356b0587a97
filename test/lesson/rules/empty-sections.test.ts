import { emptySections } from '../../../shared/lesson/rules/empty-sections';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(emptySections, plan, {
  valid: [
    {
      name: 'a timed block of the lesson over its parts, each a heading of its own',
      input: [
        'LO: To know that 5 can be made from two smaller numbers',
        '',
        'CARPET (20 mins)',
        '',
        'Warm up (3 mins)',
        'Five Little Speckled Frogs with fingers.',
        '',
        'Teaching',
        '- Rekenrek: slide 4 across and 1 stays. "4 and 1 make 5."',
        '',
        'Talk partners (5 mins)',
        'Shake and tip out five counters, then say what they see.',
      ],
    },
    {
      name: 'a timetable part that points to where its group tasks are written',
      input: [
        'WALT: describe what pilgrims do on Hajj',
        '9:15 / Input: recap last lesson on MWB',
        '9:40 / Activity in groups (see below)',
        '10:05 / Plenary: hot seat',
        'Groups:',
        'Red group – 6 box storyboard with captions',
      ],
      strengths: [],
    },
    {
      name: "the template's evaluation box at its foot, left for after the lesson",
      input: [
        'WALT: describe what pilgrims do on Hajj',
        'Main (20 mins): storyboard in groups',
        'Plenary (10 mins): hot seat, then thumbs on the WILF',
        'Evaluation / next steps',
      ],
      strengths: [],
    },
    {
      name: "a reflection to write after the lesson is the teacher's, not an empty plenary",
      input: [
        'Grade 6 Earth Science – 5E Lesson Plan',
        'Grade: 6     Class period: 50 minutes',
        'Objectives: Distinguish between weathering and erosion using examples.',
        'ENGAGE (5 minutes)',
        'Ask: "What do these two pictures have in common?" Turn and talk.',
        'EXPLORE (15 minutes)',
        'Groups of 4–5 pour water down the stream table and record where the sand moved.',
        'EXPLAIN (12 minutes)',
        'Whole-class discussion. Groups share observations.',
        'ELABORATE (10 minutes)',
        'Pairs sort the 6 photo cards into weathering or erosion.',
        'EVALUATE (8 minutes)',
        'Exit ticket (individual):',
        '1. In your own words, what is the difference between weathering and erosion?',
        'Reflection (after lesson):',
      ],
      strengths: [],
    },
    { name: 'every part written', input: wellPlanned, strengths: [] },
    {
      name: 'a heading that groups the headings under it',
      input: ['# Lesson', '## Getting Started (20 min)', '', '### 1) Review', 'Ask what we did last time'],
      strengths: [],
    },
    {
      name: "a starter whose content sits in the page's next box",
      input: ['## Lesson starter', '', '# See teaching this in action', 'Show the class the network'],
      strengths: [],
    },
    {
      name: 'a list of the parts, written out further down',
      input: [
        '## Teaching Summary',
        '1) Review',
        '2) Vocabulary',
        '## Getting Started',
        '### 1) Review',
        'What did we do last time?',
      ],
      strengths: [],
    },
    {
      name: 'a Main heading with its activities as the next headings',
      input: ['LO: To map a river', 'Main', 'Activity 1: label the map', 'Plenary: exit ticket'],
      strengths: [],
    },
    {
      name: 'an objectives heading whose objectives are read from the lines after it',
      input: ['## Objectives', '### Students will:', '- explain how rivers erode'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: "a proforma's plenary box with its minutes left blank",
      input: [
        'LO: To map a river',
        'STARTER\t(10 mins)',
        'Quiz on symbols',
        'MAIN\t(35 mins)',
        'Map work in pairs',
        'PLENARY\t(   mins)',
        '',
        'HOMEWORK',
        'Seneca',
      ],
      messages: [{ messageId: 'emptyPlenary', line: 6 }],
    },
    {
      name: 'an empty plenary at the end',
      input: ['LO: To map a river', 'Starter: quiz', 'Main: map work in pairs', 'Plenary:'],
      messages: [{ messageId: 'emptyPlenary', line: 4 }],
    },
    {
      name: 'an empty starter between Markdown headings of the same level',
      input: ['## Objective', 'To map a river', '## Starter', '', '## Main', 'Map work in pairs'],
      messages: [{ messageId: 'empty', line: 3 }],
    },
    {
      name: 'a template with its success criteria and plenary left blank',
      input: [
        'Learning objective: To map a river',
        'Success criteria:',
        'Starter (5 mins): anagrams',
        'Main (30 mins): map work',
        'Plenary (10 mins):',
      ],
      messages: [
        { messageId: 'empty', line: 2 },
        { messageId: 'emptyPlenary', line: 5 },
      ],
    },
    {
      name: "a template's adaptations box left blank, with the literacy box after it filled in",
      input: [
        'LO: To solve two-step linear equations',
        "Warm up 5' – mini whiteboards: 3x = 12, x + 7 = 10",
        "Teach 15' – model 2x + 5 = 17 using the balance",
        "Plenary 5' – exit ticket: solve 4x - 3 = 13",
        'Differentiation / SEND / EAL:',
        'Literacy: key words equation, inverse, substitute',
      ],
      messages: [{ messageId: 'emptyProvision', line: 5 }],
    },
  ],
});
