import { waitingGroups } from '../../../shared/lesson/rules/waiting-groups';
import { testRule } from '../../support/rule-tester';
import { plan, wellPlanned } from '../plan';

testRule(waitingGroups, plan, {
  valid: [
    { name: 'everyone works at once', input: wellPlanned, strengths: [] },
    {
      name: 'one team at a time, with a task for the other groups',
      input: [
        'LO: To order numbers to 20',
        'Main: only one team will use the network at a time; the other groups record the outputs and predict the order',
      ],
      strengths: [],
    },
    {
      name: 'a carousel moves every group on in turn',
      input: [
        'LO: To identify rocks',
        'Main: carousel of four stations, one group at a time at the microscope',
      ],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'one team at a time and nothing said about the rest',
      input: [
        'LO: To order numbers', // line 1
        '## Lesson activities', // line 2
        '1. Organise students into groups of six.', // line 3
        '   Only one team will use the network at a time.', // line 4
        '2. The current team stands on the circles at the input end.', // line 5
      ],
      messages: [
        { messageId: 'othersIdle', line: 4, quote: 'Only one team will use the network at a time.' },
      ],
    },
    {
      name: 'groups take turns at the one set of apparatus',
      input: [
        'LO: To measure reaction time',
        'Main: one group takes a turn at the ruler drop while I time them',
      ],
      messages: [{ messageId: 'othersIdle', line: 2 }],
    },
  ],
});
