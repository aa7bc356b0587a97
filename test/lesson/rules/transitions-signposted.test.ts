import { transitionsSignposted } from '../../../shared/lesson/rules/transitions-signposted';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(transitionsSignposted, plan, {
  valid: [
    { name: 'a signposting sentence between episodes', input: wellPlanned, strengths: ['signposted'] },
    {
      name: 'an explicit transition note',
      input: [
        'Starter: quiz',
        'Transition: timer on the board, books out',
        'Main: modelling',
        'Plenary: quiz',
      ],
      strengths: ['signposted'],
    },
    {
      name: 'fewer than three episodes: nothing to signpost',
      input: ['Main: reading', 'Plenary: quiz'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'three episodes with no signposting',
      input: ['LO: To read maps', 'Starter: quiz', 'Main: grid references', 'Plenary: exit ticket'],
      messages: [{ messageId: 'missing', line: 3 }],
    },
  ],
});
