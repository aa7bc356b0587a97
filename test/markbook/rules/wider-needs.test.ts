import { widerNeeds } from '../../../shared/markbook/rules/wider-needs';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

const drop = track(['5c', 'on'], ['5c', 'on'], ['4b', 'below', '5b']);

testRule(widerNeeds, pupilSubject, {
  valid: [
    { name: 'a drop with steady good attendance', input: { readings: drop, attendance: [96, 96] } },
    {
      name: 'falling attendance, steady attainment',
      input: { readings: track(['5c', 'on'], ['5c', 'on']), attendance: [96, 85] },
    },
    { name: 'a drop, no attendance recorded', input: { readings: drop } },
    {
      name: 'a small dip with falling attendance',
      input: { readings: track(['5c', 'on'], ['4a', 'on']), attendance: [96, 88] },
    },
  ],
  invalid: [
    {
      name: 'sharp drop while attendance falls',
      input: { readings: drop, attendance: [95, 86] },
      messages: [{ messageId: 'dropAndFallingAttendance', cell: 'F5' }],
    },
    {
      name: 'a drop over two points with low attendance (one figure)',
      input: { readings: track(['5c', 'on'], ['4a', 'on'], ['4b', 'below', '5b']), attendance: [84] },
      messages: ['dropAndLowAttendance'],
    },
  ],
});
