import { teachingAssistantDeployment } from '../../../shared/lesson/rules/teaching-assistant-deployment';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(teachingAssistantDeployment, plan, {
  valid: [
    {
      name: 'a teaching assistant with a job at one table, then going round',
      input: [
        'LO: To write a persuasive letter',
        'Main (25 mins): pupils write their own letter.',
        'Mrs Reid (PSA) to support the group at the writing table with the writing frame, then circulate.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a teaching assistant sent round to listen for a named mistake',
      input: [
        'LO: To share an amount in a given ratio',
        'Main (25 mins): worksheet in pairs.',
        'TA (Miss Rowe) to circulate Groups 1 and 2, listening for "3:5 so 3/5 are boys".',
      ],
      strengths: ['planned'],
    },
    {
      name: 'an LSA who only holds copies for two pupils has no role to praise yet',
      input: [
        'Lesson outcome: I can convert binary to denary',
        'Learning cycle 2 (20 mins): worked example, then practice',
        'Support: pre-printed place value grids (Year 8 LSA has copies for Harvey + Sophie).',
      ],
      strengths: [],
    },
    {
      name: 'a group kept with the named TA is not praised as "without handing one group over"',
      input: [
        'Teacher: Miss Evans     TA: Mrs Pritchard (AM only)',
        'WALT: retell the story of Hajj',
        '9:15 / Input: the story of Hajj',
        'Green group (Gwyrdd) – with Mrs Pritchard. Sequence picture cards of Hajj in order.',
      ],
      strengths: [],
    },
    {
      name: "the TA's own group on a timetable is not praised either",
      input: [
        'Class 3B   Teacher: Miss Rowe   TA: Mrs Patel',
        'WALT: write a set of instructions',
        'Main (20 mins): independent writing',
        'TA group (Mrs Patel, Green table: Alfie, Maya) - picture sequence cards',
      ],
      strengths: [],
    },
    {
      name: 'no TA this lesson: nothing to praise',
      input: [
        'Number on roll: 29 (PP 8, SEN 4, EAL 3)',
        'TA support: none this lesson',
        'LO: To describe what happens when a metal reacts with an acid',
        'Practical (20 mins): in pairs, add each metal to 2 cm acid.',
      ],
      strengths: [],
    },
    {
      name: 'without a TA today',
      input: ['LO: To measure angles', 'Main: pupils work without a TA today, so the teacher circulates.'],
      strengths: [],
    },
    {
      name: 'a TA named after another line says there is none',
      input: [
        'Adults: no TA on Monday',
        'LO: To measure angles',
        'Tuesday: Mrs Patel (TA) checks protractor use with table 2 while the teacher rotates.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a TA with a clear role',
      input: ['LO: To measure angles', 'TA: checks protractor use on tables 1-3, then runs the mini-plenary'],
      strengths: ['planned'],
    },
    {
      name: 'the TA and teacher share the lower attainers',
      input: [
        'LO: To measure angles',
        'The TA works with the lower attaining group first, then the teacher works with them while the TA rotates.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'a pupil support assistant named with a clear role',
      input: [
        'LO: To use persuasive techniques',
        'Mrs Reid (PSA) to support the writing table with the writing frame, then circulate.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'two named TAs: the one with the lowest group rotates too',
      input: [
        'Adults: Miss Lee (TA) and Mr Hill (TA)',
        'LO: To measure angles',
        'Main: Miss Lee works with table 2 on protractor use.',
        'Independent: Mr Hill works with the lowest group first, then rotates to table 4.',
      ],
      // No delegation to flag, but Miss Lee stays with table 2 all lesson: no praise for "without handing one group over".
      strengths: [],
    },
    {
      name: 'a TA kept with one group is not praised, though the plan does not say who the group are',
      input: ['LO: To find what plants need', 'Main: in tables, TA with Yellow group', 'Plenary: thumbs up'],
      strengths: [],
    },
    {
      name: 'a TA with a group who then moves on has a planned role',
      input: [
        'LO: To measure angles',
        'Main: Mrs Reid (PSA) supports the writing table, then circulates.',
        'Plenary: quiz',
      ],
      strengths: ['planned'],
    },
    {
      name: 'no other adult: the rule does not apply',
      input: ['LO: To measure angles', 'Main: practice'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a teaching assistant sent to circulate, with nothing said of what to look for',
      input: [
        'LO: To share an amount in a given ratio',
        'Main (25 mins): Group 3 guided group with me at the front table, using counters.',
        'TA (Miss Rowe) to circulate Group 2 and Group 1.',
      ],
      messages: [{ messageId: 'noBrief', line: 3 }],
    },
    {
      name: "the TA based with one group all lesson, its pupils' names before 'LA / ALN'",
      input: [
        'LI: To compare the sugar in similar foods',
        'Group work in 4s (25 min): each group compares two yoghurt labels',
        'TA (Mrs Pritchard) based with Group 3 (Emrys, Lili-Mai, Jac, Ffion) - LA / ALN - scaffolded sheet',
        'Obs during group work, TA notes for grp 3',
      ],
      messages: [{ messageId: 'delegated', line: 3 }],
    },
    {
      name: 'the lower-attaining group named first, its TA after it',
      input: [
        'LO: To solve simultaneous equations by elimination',
        'Main (20 mins): practice in three tiers',
        '**LA / Bronze** (same coefficients) — TA (Ms Hughes) with table 1',
      ],
      messages: [{ messageId: 'delegated', line: 3 }],
    },
    {
      name: 'a thin plan: "LA – w/ TA", and the class swapping parts is no shared time',
      input: [
        'LO: to know the diff between pulse and rhythm',
        'Input – Half class pulse, half rhythm, swap',
        'Main – chn make own 4 beat rhythm on MWB',
        '   LA – w/ TA (Mrs B) on carpet, pic cards to build rhythm',
      ],
      messages: [{ messageId: 'delegated', line: 4 }],
    },
    {
      name: 'the TA has the lower attainers, named in brackets after the adult',
      input: [
        'Teacher: Miss Patel   TA: Mrs Khan (LA group, Blue table)',
        'LO: To order decimals',
        'Main: worksheet',
      ],
      messages: [{ messageId: 'delegated', line: 1 }],
    },
    {
      name: 'the TA, named with her role, has the support group for the whole independent task',
      input: [
        'Adults: Mrs Patel (TA) – working with support group during independent task',
        'LO: To find equivalent fractions',
        'Independent task: Support: fraction walls to find fractions equal to 1/2. Core: Sheet B.',
      ],
      messages: [{ messageId: 'delegated', line: 1 }],
    },
    {
      name: 'the TA takes the SEN group all lesson',
      input: [
        'LO: To measure angles',
        'Main: practice',
        'The TA will sit with the SEN students for the whole lesson.',
      ],
      messages: [{ messageId: 'delegated', line: 3 }],
    },
    {
      name: 'a teaching assistant with the lowest group',
      input: ['LO: To measure angles', 'Teaching assistant supports the lowest group throughout'],
      messages: [{ messageId: 'delegated', line: 2 }],
    },
    {
      name: 'the TA, named in the header, sits with the pupils not yet secure',
      input: [
        'Date: Tues 14th\tTeacher: Mrs Okafor\tTA: Miss Lee',
        'LO: To read words with ur',
        'Support\tMiss Lee to sit with R., K. and J. (not secure on Phase 2 sounds) using sound mats.',
      ],
      messages: [{ messageId: 'delegated', line: 3 }],
    },
    {
      name: 'the second named TA always sits with the lowest group',
      input: [
        'Adults: Miss Lee (TA) and Mr Hill (TA)',
        'LO: To measure angles',
        'Main: Miss Lee rotates around tables 1-3 checking protractor use.',
        'Independent: Mr Hill sits with the lowest group for the whole lesson.',
      ],
      messages: [{ messageId: 'delegated', line: 4 }],
    },
    {
      name: "one TA's rotating does not share another's group",
      input: [
        'LO: To measure angles',
        'TA: Miss Lee – rotates around the tables checking methods.',
        'Mr Hill (HLTA) sits with the lowest group throughout.',
      ],
      messages: [{ messageId: 'delegated', line: 3 }],
    },
  ],
});
