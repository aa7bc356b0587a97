import { modellingPlanned } from '../../../shared/lesson/rules/modelling-planned';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(modellingPlanned, plan, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'no modelling at all',
      input: ['LO: To write a haiku', 'Main: pupils write haiku', 'Plenary: read aloud'],
      messages: ['missing'],
    },
    {
      name: 'a model that is a thing, not something the teacher does',
      input: [
        'LO: To explain membrane permeability',
        'Prior knowledge: the fluid mosaic model; a bar model of the data',
        'Starter: quiz on the fluid mosaic model',
        'Main: beetroot practical in groups',
      ],
      messages: ['missing'],
    },
    {
      name: 'modelling as a step of the lesson, after "then" or opening a line',
      input: ['LO: To write a haiku', 'Main: read one, then model a second on the board', 'Plenary: share'],
      messages: [{ messageId: 'noThinkAloud', line: 2 }],
    },
    {
      name: 'a demonstration without thinking aloud',
      input: ['LO: To write a haiku', 'Main: teacher demonstrates a haiku on the board', 'Plenary: share'],
      messages: [{ messageId: 'noThinkAloud', line: 2 }],
    },
  ],
});
