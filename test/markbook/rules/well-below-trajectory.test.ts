import { wellBelowTrajectory } from '../../../shared/markbook/rules/well-below-trajectory';
import { testRule } from '../../support/rule-tester';
import { pupilSubject, track } from '../support';

testRule(wellBelowTrajectory, pupilSubject, {
  valid: [
    { name: 'no grades', input: {} },
    { name: 'below but not well below', input: { readings: track(['4b', 'below', '5c']) } },
    {
      name: 'well below earlier, recovered now',
      input: { readings: track(['3a', 'well-below', '4a'], ['4b', 'on']) },
    },
  ],
  invalid: [
    {
      name: 'well below at the latest point only',
      input: { readings: track(['4b', 'on'], ['3a', 'well-below', '4a']) },
      messages: [{ messageId: 'once', cell: 'E5' }],
    },
    {
      name: 'well below at two successive points',
      input: { readings: track(['3a', 'well-below', '4a'], ['3a', 'well-below', '5c']) },
      messages: ['repeated'],
    },
    {
      name: 'well below at three successive points is persistent',
      input: {
        readings: track(['3a', 'well-below', '4a'], ['3a', 'well-below', '4a'], ['3a', 'well-below', '5c']),
      },
      messages: [{ messageId: 'persistent', cell: 'F5' }],
    },
  ],
});
