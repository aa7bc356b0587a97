import { mostAbleNotStretched } from '../../../shared/markbook/rules/most-able-not-stretched';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

const mostAble = {
  sen: 'none' as const,
  eal: false,
  disadvantaged: false,
  mostAble: true,
  lookedAfter: false,
};

testRule(mostAbleNotStretched, pupilSubject, {
  valid: [
    { name: 'not most able and below', input: { readings: track(['4b', 'below', '5c']) } },
    {
      name: 'most able, making expected progress',
      input: {
        attributes: mostAble,
        readings: track(['6c', 'on'], ['6b', 'on']),
        progress: 4,
        expectedProgress: 4,
      },
    },
    { name: 'most able, no grades yet', input: { attributes: mostAble } },
    {
      name: 'most able at the top of the scale is not flat for want of stretch',
      input: { attributes: mostAble, readings: track(['8a', 'on'], ['8a', 'on'], ['8a', 'on']) },
    },
    {
      name: 'most able and rising is not flat',
      input: { attributes: mostAble, readings: track(['5c', 'on'], ['5b', 'on'], ['5a', 'on']) },
    },
    {
      name: 'most able and below trajectory but not flat: below-trajectory says it, not stretch',
      input: { attributes: mostAble, readings: track(['6c', 'on'], ['6c', 'below', '6a']) },
    },
    {
      name: 'most able, flat but well below: catch-up, not stretch',
      input: {
        attributes: mostAble,
        readings: track(['5b', 'well-below', '6a'], ['5b', 'well-below', '6a'], ['5b', 'well-below', '6a']),
      },
    },
    {
      name: 'high prior attainment, on the line, gaining a little: no stretch flag',
      input: { priorHigh: true, readings: track(['5b', 'on'], ['5b', 'on'], ['5a', 'on']) },
    },
  ],
  invalid: [
    {
      name: 'most able, flat across three points short of the top (even at target)',
      input: { attributes: mostAble, readings: track(['6b', 'on'], ['6b', 'on'], ['6b', 'on']) },
      messages: [{ messageId: 'flat', cell: 'F5' }],
    },
    {
      name: 'high prior attainment, flat and below the line: stretch as well as catch-up',
      input: { priorHigh: true, readings: track(['6b', 'on'], ['6b', 'below', '6a'], ['6b', 'below', '6a']) },
      messages: ['flat'],
    },
  ],
});
