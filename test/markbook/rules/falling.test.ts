import { describe, expect, it } from 'vitest';
import { falling } from '../../../shared/markbook/rules/falling';
import { runRules } from '../../../shared/rule';
import { testRule } from '../../support/rule-tester';
import { PERCENT_SCALE, percentTrack, pupilSubject, track } from '../support';

const percentages = (...values: number[]) => ({ scale: PERCENT_SCALE, readings: percentTrack(...values) });

testRule(falling, pupilSubject, {
  valid: [
    { name: 'rising', input: { readings: track(['4c', 'on'], ['4b', 'on'], ['4a', 'on']) } },
    {
      name: 'one dip of a sub-level is not a fall',
      input: { readings: track(['4b', 'on'], ['4a', 'on'], ['4b', 'on']) },
    },
    { name: 'dip then recovery', input: { readings: track(['4b', 'on'], ['4c', 'on'], ['4b', 'on']) } },
    { name: 'only one reading', input: { readings: track(['4b', 'on']) } },
    { name: 'one dip of under a step on percentages', input: percentages(45, 38, 44) },
    { name: 'a dip of a whole grade that recovers', input: percentages(60, 50, 60) },
    { name: 'one high point, then back to where they were (B, B, A, B)', input: percentages(50, 50, 62, 50) },
    {
      name: 'a drop of under a grade from the peak (two sub-levels is a grade on NC levels)',
      input: { readings: track(['4a', 'on'], ['4a', 'on'], ['4b', 'on']) },
    },
    { name: 'noise: small ups and downs', input: percentages(45, 41, 44, 40, 43, 39) },
    { name: 'a small slide of under a step in all', input: percentages(45, 42, 40, 38) },
    { name: 'a slide that has recovered at the latest point', input: percentages(45, 41, 38, 35, 40) },
    {
      name: 'no scale to judge on',
      input: { scale: null, readings: track(['5c', 'on'], ['4b', 'on'], ['4c', 'on']) },
    },
  ],
  invalid: [
    {
      name: 'a fall from the peak that levels off is still a fall (7, 6, 5, 5 in percentages)',
      input: percentages(70, 60, 50, 50),
      messages: [{ messageId: 'fromPeak', cell: 'G5' }],
    },
    {
      name: 'one drop of a whole grade (10 percentage points) from the peak after flat terms',
      input: percentages(45, 45, 45, 35),
      messages: ['fromPeak'],
    },
    {
      name: 'fell at two points in a row',
      input: { readings: track(['5c', 'on'], ['4a', 'on'], ['4b', 'below', '5c']) },
      messages: [{ messageId: 'twoDrops', cell: 'F5' }],
    },
    {
      name: 'a sharp drop of two sub-levels at once',
      input: { readings: track(['4b', 'on'], ['5c', 'on'], ['4b', 'below', '5b']) },
      messages: ['sharpDrop'],
    },
    {
      name: 'a steady slide in small steps: 45% to 35% over four points',
      input: percentages(45, 41, 38, 35),
      messages: [{ messageId: 'sustainedFall', cell: 'G5' }],
    },
    {
      name: 'a slide after a rise is judged from its start',
      input: percentages(40, 52, 48, 45, 42),
      messages: ['sustainedFall'],
    },
  ],
});

describe('markbook/falling wording', () => {
  it('counts a steady slide in the points the teacher sees', () => {
    const findings = runRules([falling], pupilSubject(percentages(45, 41, 38, 35)));
    expect(findings.map((f) => f.message)).toEqual([
      'A steady fall across the last 4 assessment points, lower at each: 45% at Autumn 1, 35% now at Spring 2.',
    ]);
  });
});
