import { describe, expect, it } from 'vitest';
import { briefStep } from '../../../shared/lesson/read/recognisers/brief-step';
import { recogniserTable } from './table';

recogniserTable(briefStep, {
  accept: [
    'DNow (0-8) 5 Qs solving linear eqns on board as they come in',
    "I do 2 (same coeff subtract, then add when signs differ), we do 2 on mwbs (15')",
    "Ex 14B Q1-12 odds first then evens (20')",
    "Last 5' exit tix on post-it: 3x + 2y = 16, x + y = 6",
    'HW Sparx (set by Fri)',
    'Card sort in pairs (10 mins)',
  ],
  reject: [
    'Y10 2nd set (10X2) P3 Weds – simult eqns by elimination',
    'We had a good lesson today with the class and most of them enjoyed the story we read together.',
    'Remind re mock next wk – bring calcs',
  ],
});

describe('a brief step as a part of the lesson', () => {
  it.each([
    ['DNow (0-8) 5 Qs on board', { kind: 'starter', heading: 'DNow', minutes: 8 }],
    ["Ex 14B Q1-12 odds first then evens (20')", { kind: 'independent', minutes: 20 }],
    ["Last 5' exit tix on post-it", { kind: 'plenary', minutes: 5 }],
    ['HW Sparx (set by Fri)', { kind: 'homework', heading: 'HW' }],
  ])('reads "%s"', (line, step) => {
    expect(briefStep.read(line)).toMatchObject(step);
  });
});
