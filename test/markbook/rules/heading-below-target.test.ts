import { headingBelowTarget } from '../../../shared/markbook/rules/heading-below-target';
import type { Forecast, Grade } from '../../../shared/markbook/types';
import { testRule } from '../../support/rule-tester';
import { PERCENT_SCALE, percentTrack, pupilSubject, track } from '../support';

const pct = (points: number): Grade => ({ label: `${points}%`, points, scale: 'percentage' });
const forecast = (grade: Grade, standing: Forecast['standing']): Forecast => ({
  grade,
  by: 'the end of the year',
  standing,
  ratePerYear: -20,
});
const tests = (values: number[], fc: Forecast | null) => ({
  scale: PERCENT_SCALE,
  target: pct(50),
  readings: percentTrack(...values),
  forecast: fc,
});

testRule(headingBelowTarget, pupilSubject, {
  valid: [
    { name: 'no forecast yet (one point)', input: tests([60], null) },
    { name: 'at the target and staying there', input: tests([55, 56], forecast(pct(57), 'at')) },
    {
      name: 'already below: the forecast is shown beside the status, not raised again',
      input: {
        ...tests([45, 40], forecast(pct(35), 'well-below')),
        readings: percentTrack(45, 40).map((r) => ({ ...r, status: 'below' as const })),
      },
    },
    {
      name: 'a growth scale pupil at the target whose fine grades wobble',
      input: {
        target: { label: '4b', points: 27, scale: 'nc-levels' },
        againstTarget: { standing: 'at', gap: 0 },
        readings: track(['4b', 'on'], ['4c', 'on'], ['4b', 'on']),
        forecast: forecast({ label: '4c', points: 25, scale: 'nc-levels' }, 'below'),
      },
    },
    {
      name: 'a growth scale pupil already over the target',
      input: {
        target: { label: '4b', points: 27, scale: 'nc-levels' },
        readings: track(['4a', 'on'], ['4a', 'on']),
        forecast: forecast({ label: '4c', points: 25, scale: 'nc-levels' }, 'below'),
      },
    },
  ],
  invalid: [
    {
      name: 'at the target now, heading below it (60% then 52%)',
      input: tests([60, 52], forecast(pct(44), 'below')),
      messages: [{ messageId: 'headingBelow', cell: 'E5' }],
    },
    {
      name: 'on the line on a growth scale, but flat short of the target',
      input: {
        target: { label: '5b', points: 33, scale: 'nc-levels' },
        againstTarget: { standing: 'well-below', gap: -6 },
        readings: track(['4b', 'on'], ['4b', 'on'], ['4b', 'on']),
        forecast: forecast({ label: '4b', points: 27, scale: 'nc-levels' }, 'well-below'),
      },
      messages: ['behindLine'],
    },
  ],
});
