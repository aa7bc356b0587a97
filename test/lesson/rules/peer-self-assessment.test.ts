import { peerSelfAssessment } from '../../../shared/lesson/rules/peer-self-assessment';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(peerSelfAssessment, plan, {
  valid: [
    {
      name: 'no success criteria yet: those are asked for first (lesson/success-criteria-stated)',
      input: ['LO: To write a recount', 'Main: writing', 'Plenary: teacher reads examples'],
      strengths: [],
    },
    { name: 'self-assessment against success criteria', input: wellPlanned, strengths: ['planned'] },
    {
      name: 'two stars and a wish',
      input: ['LO: To write a recount', 'Plenary: swap books, two stars and a wish'],
      strengths: ['planned'],
    },
    {
      name: 'response partners',
      input: ['LO: To redraft a story', 'Independent: response partners use the checklist'],
      strengths: ['planned'],
    },

    {
      name: 'not asked about: success criteria, but no peer or self-assessment against them',
      input: [
        'LO: To write a recount',
        'Success criteria: I can use time connectives',
        'Main: writing',
        'Plenary: teacher reads examples',
      ],
      strengths: [],
    },
  ],
  invalid: [],
});
