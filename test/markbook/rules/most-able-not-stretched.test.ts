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
  ],
  invalid: [
    {
      name: 'G&T and below trajectory',
      input: { attributes: mostAble, readings: track(['6c', 'on'], ['6c', 'below', '6a']) },
      messages: [{ messageId: 'belowTrajectory', cell: 'E5' }],
    },
    {
      name: 'high prior attainment, on trajectory but gaining less than expected',
      input: {
        priorHigh: true,
        readings: track(['5b', 'on'], ['5b', 'on', '5a']),
        progress: 0,
        expectedProgress: 3,
      },
      messages: ['belowExpected'],
    },
  ],
});
