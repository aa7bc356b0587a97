import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mediansOfOthers } from '../../shared/markbook/stats';

function slowMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('mediansOfOthers', () => {
  it('gives the median of the rest for each value', () => {
    expect(mediansOfOthers([5, 1, 9])).toEqual([5, 7, 3]);
    expect(mediansOfOthers([4, 4])).toEqual([4, 4]);
    expect(mediansOfOthers([3])).toEqual([Number.NaN]);
  });

  it('agrees with removing the value and sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 9 }), (values) => {
        expect(mediansOfOthers(values)).toEqual(
          values.map((_, i) => slowMedian(values.filter((_, j) => j !== i))),
        );
      }),
    );
  });
});
