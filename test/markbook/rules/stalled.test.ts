import { stalled } from '../../../shared/markbook/rules/stalled';
import { testRule } from '../../support/rule-tester';
import { NC_SCALE, pupilSubject, track } from '../support';

testRule(stalled, pupilSubject, {
  valid: [
    {
      name: 'one flat term is not a flag',
      input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4b', 'on']) },
    },
    { name: 'steady gains', input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'flat but above trajectory',
      input: { readings: track(['5b', 'above'], ['5b', 'above'], ['5b', 'above', '4a']) },
    },
    {
      name: 'flat on a scale that expects no gain (percentages)',
      input: {
        scale: { name: 'Percentages', step: 10, expectedPerYear: 0 },
        readings: track(['4b', 'on'], ['4b', 'on'], ['4b', 'on']),
      },
    },
    {
      name: 'a sharp drop is the falling rule, not this one',
      input: { readings: track(['5c', 'on'], ['5c', 'on'], ['4b', 'below']) },
    },
    {
      name: 'falling twice is the falling rule, not this one',
      input: { readings: track(['5c', 'on'], ['4a', 'on'], ['4b', 'below']) },
    },
  ],
  invalid: [
    {
      name: 'no progress over two points',
      input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4b', 'on'], ['4b', 'below', '5c']) },
      messages: [{ messageId: 'noProgress', cell: 'G5' }],
    },
    {
      name: 'up and back down: still no gain',
      input: { scale: NC_SCALE, readings: track(['4b', 'on'], ['4a', 'on'], ['4b', 'on']) },
      messages: ['noProgress'],
    },
  ],
});
