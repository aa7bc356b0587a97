import { objectivesStated } from '../../../shared/lesson/rules/objectives-stated';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(objectivesStated, plan, {
  valid: [
    {
      name: 'an objective that opens "understand" but goes on to what pupils do ("calculate it, and explain...")',
      input: [
        'Obj: understand price elasticity of demand, calculate it, and explain the relationship between PED and total revenue',
        'Starter: petrol vs latte, pair discuss',
      ],
      strengths: [],
    },
    {
      name: "a 5E list's stem is not quoted as an objective",
      input: [
        'Objectives – Students will be able to (SWBAT):',
        '1. Distinguish between weathering and erosion using examples.',
        '2. Identify at least three agents of erosion (water, wind, ice, gravity).',
        'ENGAGE (5 minutes): photos of the Grand Canyon.',
      ],
      strengths: ['sharp'],
    },
    {
      name: 'a learning objective naming the learning',
      input: ['Learning objective: To explain how friction slows objects down', 'Starter: quiz'],
      strengths: ['sharp'],
    },
    {
      name: 'a WALT line without a heading',
      input: ['WALT: compare the climates of two countries', 'Main: atlas work'],
      strengths: ['sharp'],
    },
    {
      name: 'several objectives under a Markdown heading',
      input: [
        '## Objectives',
        '- To add fractions with the same denominator',
        '- To explain why the denominator stays the same',
      ],
      strengths: ['sharp'],
    },
    {
      name: 'an EYFS focus with no verb: stated, but too bare to call sharp',
      input: [
        'Reception – Maths',
        'Focus: Composition of 5',
        'Adult-led input (10 mins): song',
        'Review (5 mins): share',
      ],
      strengths: [],
    },
    { name: 'empty text: nothing to say', input: '', strengths: [] },
    {
      name: 'a long run of dots after an objective is read in one pass',
      input: [`Focus: Composition of 5${'.'.repeat(50_000)}`, 'Main: counting', 'Plenary: share'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: "a tutor's focus on enhancing skills names an aim, not what the pupil will learn",
      input: [
        '#### 1. Lesson Focus',
        "Enhancing {student's name} narrative writing skills.",
        '#### 2. Lesson Content',
        'We reviewed',
      ],
      messages: [{ messageId: 'activity', line: 2 }],
    },
    {
      name: '"Understand" names learning no one can see, and nothing else says what pupils do',
      input: ['## Objectives', '- Understand that particles collide', '- Know that temperature affects rate'],
      messages: [{ messageId: 'notObservable', line: 2 }],
    },

    {
      name: '"Understand" beside outcomes that say what pupils will do: no nudge',
      input: [
        '## Learning objectives',
        '- Understand that particles collide',
        '## All students are able to',
        '- Identify the factors that affect the rate of reaction',
        'Starter: recap',
      ],
      messages: [],
    },
    {
      name: 'a plan with episodes but no objective',
      input: ['Starter (5 mins): quiz', 'Main (30 mins): worksheet', 'Plenary: recap'],
      messages: ['missing'],
    },
    {
      name: 'an objective that names an activity',
      input: ['Title: Volcanoes', 'LO: To complete the volcano worksheet', 'Main: worksheet'],
      messages: [{ messageId: 'activity', line: 2 }],
    },
    {
      name: 'every activity-shaped objective is pointed out',
      input: [
        'Objectives:',
        '- To watch a video about the Romans',
        '- To explain why the Romans built roads',
        '- To learn about Roman towns',
      ],
      messages: [
        { messageId: 'activity', line: 2 },
        { messageId: 'activity', line: 4 },
      ],
    },
  ],
});
