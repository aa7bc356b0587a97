import { modellingPlanned } from '../../../shared/lesson/rules/modelling-planned';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(modellingPlanned, plan, {
  valid: [
    { name: 'the teacher models, thinking aloud', input: wellPlanned, strengths: ['thinkAloud'] },
    {
      name: 'talking through the steps of a worked example',
      input: ['LO: To solve equations', 'Main: worked example, talking through each step on the visualiser'],
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
      name: 'a demonstration without thinking aloud',
      input: ['LO: To write a haiku', 'Main: teacher demonstrates a haiku on the board', 'Plenary: share'],
      messages: [{ messageId: 'noThinkAloud', line: 2 }],
    },
  ],
});
