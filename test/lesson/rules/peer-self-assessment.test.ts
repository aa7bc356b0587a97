import { peerSelfAssessment } from '../../../shared/lesson/rules/peer-self-assessment';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(peerSelfAssessment, plan, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'no peer or self-assessment',
      input: ['LO: To write a recount', 'Main: writing', 'Plenary: teacher reads examples'],
      messages: ['missing'],
    },
  ],
});
