import { successCriteriaStated } from '../../../shared/lesson/rules/success-criteria-stated';
import { testRule } from '../../support/rule-tester';
import { plan } from '../plan';

testRule(successCriteriaStated, plan, {
  valid: [
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
      name: 'Oak-style key learning points',
      input: [
        '## Lesson outcome',
        'I can explain why the Normans won.',
        '## Key learning points',
        '- Harold was tired.',
      ],
      strengths: ['stated'],
    },
    { name: 'not a lesson plan: silent', input: 'Shopping list: eggs, milk', strengths: [] },
  ],
  invalid: [
    {
      name: 'an objective but no success criteria',
      input: ['Learning objective: To explain photosynthesis', 'Starter: picture', 'Main: explanation'],
      messages: ['missing'],
    },
    {
      name: 'episodes only',
      input: ['Starter (10 mins): quiz', 'Plenary (5 mins): exit ticket'],
      messages: ['missing'],
    },
  ],
});
