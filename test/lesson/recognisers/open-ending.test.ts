import { describe, expect, it } from 'vitest';
import { openEnding, withoutOpenEnd } from '../../../shared/lesson/read/recognisers/open-ending';
import { recogniserTable } from './table';

recogniserTable(openEnding, {
  accept: [
    'Introduce the “Me Too” activity and circulate as',
    'Pupils add fractions with the same denominator on the sheet,',
    'Model how to set out the column method so that the',
    'Groups rotate round the four stations every ten minutes –',
    'Pupils check their answers against the sheet, then pass it on to the',
  ],
  reject: [
    'Pupils finish the worksheet for homework this week',
    'HW finish sheet',
    'Notes for the',
    'Plenary: pupils share one thing they learnt.',
    'pack away 2 min before, log off, chairs in',
  ],
});

describe('withoutOpenEnd', () => {
  it.each([
    [
      'Play the first clip of the podcast introducing the pattern and',
      'Play the first clip of the podcast introducing the pattern',
    ],
    [
      'Recap the colours and ask who likes which one (show the cards',
      'Recap the colours and ask who likes which one',
    ],
    ['Model the column method on the board', 'Model the column method on the board'],
    ['Sort the cards (in pairs) into two groups', 'Sort the cards (in pairs) into two groups'],
  ])('%j → %j', (cut, heading) => {
    expect(withoutOpenEnd(cut)).toBe(heading);
  });
});
