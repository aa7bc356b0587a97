import { miniPlenary } from '../../../shared/lesson/rules/mini-plenary';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(miniPlenary, plan, {
  valid: [
    { name: 'a mini-plenary section', input: wellPlanned, strengths: ['planned'] },
    {
      name: 'a hinge question in the main part',
      input: [
        'Starter: quiz',
        'Main: modelling, then a hinge question on ABCD cards',
        'Independent: practice',
        'Plenary: exit ticket',
      ],
      strengths: ['planned'],
    },
    {
      name: 'PE: questions at stoppages',
      input: [
        'Warm-up: jog',
        'Skill development: passing',
        'Game: questions at stoppages',
        'Plenary: review',
      ],
      strengths: ['planned'],
    },
    { name: 'a short two-part lesson', input: ['Main: reading', 'Plenary: quiz'], strengths: [] },
  ],
  invalid: [
    {
      name: 'a long lesson with no check part-way',
      input: ['LO: To read maps', 'Starter: quiz', 'Main: grid references', 'Plenary: exit ticket'],
      messages: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a 60-minute lesson in two long episodes',
      input: ['60 minute lesson', 'Main (40 mins): essay', 'Plenary (20 mins): read aloud'],
      messages: ['missing'],
    },
  ],
});
