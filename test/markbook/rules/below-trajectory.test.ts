import { belowTrajectory } from '../../../shared/markbook/rules/below-trajectory';
import { testRule } from '../../support/rule-tester';
import { PERCENT_SCALE, percentTrack, pupilSubject, track } from '../support';

const under = (...values: number[]) =>
  percentTrack(...values).map((r) => ({
    ...r,
    status: r.grade.points < 50 ? ('below' as const) : ('on' as const),
  }));

testRule(belowTrajectory, pupilSubject, {
  valid: [
    { name: 'no grades yet', input: {} },
    {
      name: 'on trajectory throughout',
      input: { readings: track(['4b', 'on'], ['4a', 'on'], ['5c', 'on']) },
    },
    { name: 'one low point is not a flag', input: { readings: track(['4b', 'on'], ['4c', 'below', '4a']) } },
    { name: 'below, then back on', input: { readings: track(['4c', 'below', '4a'], ['4a', 'on']) } },
    { name: 'a single reading below', input: { readings: track(['4c', 'below', '4a']) } },
    {
      name: 'well below at both points is the well-below rule, not this one',
      input: { readings: track(['3b', 'well-below', '4a'], ['3b', 'well-below', '5c']) },
    },
  ],
  invalid: [
    {
      name: 'below at two successive points',
      input: { readings: track(['4b', 'on'], ['4b', 'below', '5c'], ['4b', 'below', '5c']) },
      messages: [{ messageId: 'twoPoints', row: 5, cell: 'F5' }],
    },
    {
      name: 'below then well below counts',
      input: { readings: track(['4b', 'below', '4a'], ['4c', 'well-below', '5c']) },
      messages: ['twoPoints'],
    },
    {
      name: 'a test score under the target at two points is said against the target itself',
      input: {
        scale: PERCENT_SCALE,
        target: { label: '50%', points: 50, scale: 'percentage' },
        readings: under(42, 45),
      },
      messages: [{ messageId: 'underTarget', cell: 'E5' }],
    },
    {
      name: 'rising but still under the target is still under it',
      input: {
        scale: PERCENT_SCALE,
        target: { label: '50%', points: 50, scale: 'percentage' },
        readings: under(25, 35),
      },
      messages: ['underTarget'],
    },
  ],
});
