import { modellingPlanned } from '../../../shared/lesson/rules/modelling-planned';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(modellingPlanned, plan, {
  valid: [
    {
      name: 'plotting the table on the doc cam is the teacher modelling, not a task pupils start unmodelled',
      input: [
        'LO: To identify proportional relationships from graphs',
        'DIRECT INSTRUCTION (12 min): Plot the cookie table on the doc cam. Ask: What do you notice?',
        'INDEPENDENT PRACTICE (15 min): Desmos activity screens 1-8.',
      ],
    },
    {
      name: 'a phonics session that runs Teach then Practise has planned its showing how',
      input: [
        'LO: To read words with sh',
        '9:05 Teach - sh. Show card. Formation in the air.',
        '9:10 Practise - read shop, ship, shed with a partner',
        '9:15 Apply - write ship on MWB',
      ],
      strengths: [],
    },
    {
      name: 'nothing for pupils to practise (a discussion game): no modelling to ask for',
      input: [
        'LO: To stay safe online',
        'Starter: what does it mean to be safe?',
        'Main: detective game in teams',
        'Plenary: flash chat',
      ],
      strengths: [],
    },
    { name: 'the teacher models, thinking aloud', input: wellPlanned, strengths: ['thinkAloud'] },
    {
      name: 'the teacher does the task first, then the pupils: already modelled',
      input: [
        'LO: To describe hair and eyes using tener',
        '10 mins | Dibuja el monstruo | I describe a monster in Spanish, they draw. Then swap: pairs, one describes, one draws',
        '12 mins | Writing | describe yourself + 1 family member, 4-6 sentences',
      ],
      strengths: [],
    },
    {
      name: 'talking through the steps of a worked example',
      input: ['LO: To solve equations', 'Main: worked example, talking through each step on the visualiser'],
      strengths: ['thinkAloud'],
    },
    {
      name: 'modelling a step while saying my thinking (EYFS)',
      input: [
        'Focus: composition of 5',
        'Adult-led input (10 mins): Model with the five frame, saying my thinking: "I can see 3 and 2."',
        'Review (5 mins): who made 5?',
      ],
      strengths: ['thinkAloud'],
    },
    { name: 'not a lesson plan', input: 'Model railway club meets on Tuesday', strengths: [] },
    {
      name: 'modelling as a step of the lesson, after "then": already planned, so nothing is asked',
      input: ['LO: To write a haiku', 'Main: read one, then model a second on the board', 'Plenary: share'],
      strengths: [],
    },
    {
      name: 'a live-coding demo before the task is modelling already planned',
      input: [
        'LO: To use a for loop',
        '## Main',
        '- Live coding demo of a loop that prints 1 to 10, then pupils write their own loop.',
      ],
      strengths: [],
    },
    {
      name: 'showing pupils how before they try is modelling the plan already has',
      input: [
        'LO: To draw shapes in Python',
        '## Main',
        '- Show students how to draw a square, then they draw a triangle.',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'no modelling before the main task: the prompt names the task and its episode',
      input: ['LO: To write a haiku', 'Main: pupils write haiku about autumn', 'Plenary: read aloud'],
      messages: [{ messageId: 'modelTask', line: 2, quote: 'pupils write haiku about autumn' }],
    },
    {
      name: 'a model that is a thing, not something the teacher does',
      input: [
        'LO: To explain membrane permeability',
        'Prior knowledge: the fluid mosaic model; a bar model of the data',
        'Starter: quiz on the fluid mosaic model',
        '## Main',
        '- Explain that the membrane is damaged by heat.',
        '- Measure the colour of each tube with the colorimeter.',
      ],
      messages: [
        { messageId: 'modelTask', line: 6, quote: 'Measure the colour of each tube with the colorimeter.' },
      ],
    },
    {
      name: 'the longest timed episode holds the main task, not the short input before it',
      input: [
        'LO: To compose Boolean expressions',
        '## Lesson (10 minutes)',
        '- Have a student write up the expression they used.',
        '## Lab (35 minutes)',
        '- Evaluate expressions with and, or and not.',
        '## Debrief (5 minutes)',
        '- Take any final questions.',
      ],
      messages: [{ messageId: 'modelTask', line: 5 }],
    },
    {
      name: 'a practice task only in the starter: asked in general, with no episode to name',
      input: ['LO: To spell plurals', 'Starter: write the plurals of five words', 'Plenary: share'],
      messages: ['missing'],
    },
  ],
});
