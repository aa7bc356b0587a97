import { describe, expect, it } from 'vitest';
import { stalled } from '../../../shared/markbook/rules/stalled';
import { runRules } from '../../../shared/rule';
import { testRule } from '../../support/rule-tester';
import { NC_SCALE, percentTrack, pupilSubject, track } from '../support';

testRule(stalled, pupilSubject, {
  valid: [
    {
      name: 'one flat term is not a flag',
      input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4b', 'on']) },
    },
    { name: 'steady gains', input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'at the top of the scale is not stalled (9, 9, 9, 9)',
      input: { readings: track(['8a', 'on'], ['8a', 'on'], ['8a', 'on'], ['8a', 'on']) },
    },
    {
      name: 'flat at the target is not stalled',
      input: {
        target: { label: '5b', points: 33, scale: 'nc-levels' },
        againstTarget: { standing: 'at', gap: 0 },
        readings: track(['5b', 'on'], ['5b', 'on'], ['5b', 'on']),
      },
    },
    {
      name: 'flat but above trajectory',
      input: { readings: track(['5b', 'above'], ['5b', 'above'], ['5b', 'above', '4a']) },
    },
    {
      name: 'flat on a scale that expects no gain (percentages)',
      input: {
        scale: { name: 'Percentages', step: 10, expectedPerYear: 0, top: 100, topLabel: '100%' },
        readings: track(['4b', 'on'], ['4b', 'on'], ['4b', 'on']),
      },
    },
    {
      name: 'a sharp drop is the falling rule, not this one',
      input: { readings: track(['5c', 'on'], ['5c', 'on'], ['4b', 'below']) },
    },
    {
      name: 'a steady slide in small steps is the falling rule, not this one',
      input: {
        scale: { name: 'Marks', step: 10, expectedPerYear: 10, top: 100, topLabel: '100' },
        readings: percentTrack(45, 41, 38, 35),
      },
    },
    {
      name: 'falling twice is the falling rule, not this one',
      input: { readings: track(['5c', 'on'], ['4a', 'on'], ['4b', 'below']) },
    },
  ],
  invalid: [
    {
      name: 'no progress across three points',
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

describe('markbook/stalled wording', () => {
  it.each([
    [
      ['4c', '4b', '4b', '4b'],
      'No progress across the last 3 assessment points: 4b at Autumn 2, 4b at Spring 2.',
    ],
    [
      ['4b', '4b', '4b', '4b'],
      'No progress across the last 4 assessment points: 4b at Autumn 1, 4b at Spring 2.',
    ],
    [['4b', '4a', '4b'], 'No progress across the last 3 assessment points: 4b at Autumn 1, 4b at Spring 1.'],
  ])('counts the points the teacher sees, the first one included: %j', (labels, message) => {
    const readings = track(...labels.map((label): [string, 'on'] => [label, 'on']));
    expect(runRules([stalled], pupilSubject({ readings })).map((f) => f.message)).toEqual([message]);
  });
});
