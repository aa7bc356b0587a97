import { ealSupport } from '../../../shared/lesson/rules/eal-support';
import { testRule } from '../../support/rule-tester';
import { plan, pupilsToNote } from '../plan';

testRule(ealSupport, plan, {
  valid: [
    {
      name: 'a note on the pupil learning English with picture cards for the words plans for them',
      input: [
        'LO: To read words with ay',
        'Pupils to note:',
        '- FA – EAL (Arabic), joined Nov. Picture cards for tray, hay, crayon before the lesson.',
        'Main (20 mins): read and spell ay words.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a seating line among the details plans for the EAL pupils',
      input: [
        'Number on roll: 29 (PP 8, SEN 4, EAL 3)',
        'Resources: Do Now slide, results table sheet',
        'Seating: LS and MK (EAL) sat with TB; RH (dyslexia) has yellow overlay',
        'LO: To describe what happens when a metal reacts with an acid',
        'Practical (20 mins): in pairs, add each metal to 2 cm acid.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'an EAL section',
      input: [
        'LO: To describe a habitat',
        'EAL: key words with pictures; talk partner who shares her home language',
      ],
      strengths: ['planned'],
    },
    {
      name: 'US ELL accommodation',
      input: ['Objective: SWBAT describe a habitat', 'Accommodations: ELL students get a picture word bank'],
      strengths: ['planned'],
    },
    {
      name: 'no mention of EAL: left to lesson/inclusion-gaps, which asks only where the plan gives a reason',
      input: ['LO: To describe a habitat', 'Main: research in pairs'],
      strengths: [],
    },
    {
      name: '"translating" a problem into a program is not language support',
      input: [
        'LO: Understand the difficulty of translating real problems into programs',
        'Main: graph paper programming',
      ],
      strengths: [],
    },
    {
      name: 'a heading that mentions EAL is not support: "no SEN/EAL notes"',
      input: [
        '# Lesson plan',
        '# form: a plan with no SEN/EAL notes',
        'LO: To describe a habitat',
        'Main: research in pairs',
      ],
      strengths: [],
    },
    {
      name: 'a tuition plan',
      input: ['1:1 tuition plan', 'Focus: place value', 'Model: I show'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a note on the pupil learning English that says only what they know is no support yet',
      input: pupilsToNote,
      messages: [{ messageId: 'notDesigned', line: 5 }],
    },
    {
      name: '"support as needed" promises help without saying who or what: asked, not praised',
      input: [
        'LO: To give opinions on food using me gusta and me encanta',
        'Main (15 mins): pairs survey each other on six foods.',
        'EAL / SEN: support as needed, sentence builder available.',
      ],
      messages: [{ messageId: 'notDesigned', line: 3 }],
    },
    {
      name: 'a labelled headcount of EAL pupils ("EAL: 2") but no support',
      input: [
        'Class: Year 4 (Oak) No. of children: 30 (SEND: 4, EAL: 2, PP: 7)',
        'LO: To find fractions of amounts',
        'Main: worksheet in pairs',
      ],
      messages: [{ messageId: 'notDesigned', line: 1 }],
    },
    {
      name: 'a headcount of EAL pupils but no support',
      input: ['Class: 28 pupils, 2 EAL', 'LO: To describe a habitat', 'Main: research in pairs'],
      messages: [{ messageId: 'notDesigned', line: 1 }],
    },
  ],
});
