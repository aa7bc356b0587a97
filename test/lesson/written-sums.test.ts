import { describe, expect, it } from 'vitest';
import { answerOf, columnSlip, writtenSum } from '../../shared/lesson/written-sums';

describe('written sums', () => {
  it.each([
    ['47+35=712', 82, 72],
    ['63 - 28 = 45', 35, 45],
    ['125 + 98', 223, 113],
  ])('works %s rightly, and as pupils do who work each column alone', (worked, right, slip) => {
    const sum = writtenSum(worked)!;
    expect(answerOf(sum)).toBe(right);
    expect(columnSlip(sum)?.answer).toBe(slip);
  });

  it('has no column slip where no ten is exchanged, or for a product', () => {
    expect(columnSlip(writtenSum('23 + 14')!)).toBeUndefined();
    expect(columnSlip(writtenSum('26 x 3 = 618')!)).toBeUndefined();
    expect(answerOf(writtenSum('26 x 3 = 618')!)).toBe(78);
  });

  it('reads only two whole numbers and one operation', () => {
    expect(writtenSum('3/4 + 1/2 = 4/6')).toBeUndefined();
    expect(writtenSum('2x + 5 = 17')).toBeUndefined();
    expect(writtenSum('1 + 2 + 3 = 6')).toBeUndefined();
  });
});
