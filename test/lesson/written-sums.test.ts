import { describe, expect, it } from 'vitest';
import {
  answerOf,
  columnSlip,
  equationsIn,
  fractionAnswer,
  fractionMistake,
  fractionOfAmount,
  fractionSlips,
  fractionSum,
  fractionSumAnswer,
  fractionSumSlips,
  sameFraction,
  sumInColumns,
  writtenSum,
} from '../../shared/lesson/written-sums';

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

  it('reads a sum a pupil set out in columns, under the warning that shows it', () => {
    const lines = [
      'COMMON ERROR - show this and ask "what has Zak done?"',
      '',
      '      3 5 2',
      '   -  1 2 7',
      '   --------',
      '      2 3 5     X',
    ];
    expect(sumInColumns(lines, 1)).toBe('352 - 127 = 235');
    expect(sumInColumns(['Watch for this:', 'Pupils add the tens first.'], 1)).toBeUndefined();
    // Two numbers and no rule under them are not a sum worked out.
    expect(sumInColumns(['Note:', '3 5 2', '1 2 7', 'Next task'], 1)).toBeUndefined();
  });

  it('works a fraction of an amount, and the answers pupils give when they slip', () => {
    const fraction = fractionOfAmount('for 3/4 of 12 they do 12 ÷ 3 = 4')!;
    expect(fraction.asked).toBe('3/4 of 12');
    expect(fractionAnswer(fraction)).toBe(9);
    expect(fractionSlips(fraction)).toEqual([
      { answer: 4, reveals: 'divided by the numerator, not the denominator' },
      { answer: 3, reveals: 'found one part and did not multiply by the numerator' },
      { answer: 16, reveals: 'divided by the numerator and multiplied by the denominator' },
    ]);
    expect(fractionAnswer(fractionOfAmount('2/3 of 25')!)).toBeUndefined();
    expect(fractionSlips(fractionOfAmount('1/4 of 24')!)).toEqual([]);
  });

  it("reads the pupil's answer to a fraction of an amount, not the division on the way", () => {
    const slip = fractionMistake(
      'Children divide by the numerator instead of the denominator, e.g. for 3/4 of 12 they do 12 ÷ 3 = 4 and write 4 as the answer.',
    );
    expect(slip?.fraction.asked).toBe('3/4 of 12');
    expect(slip?.given).toBe(4);
    expect(fractionMistake('they forget to multiply, e.g. they write 3/4 of 12 = 3.')?.given).toBe(3);
    expect(fractionMistake('worked example: 3/4 of 12 = 9')).toBeUndefined();
  });
});

describe('fraction sums', () => {
  it.each([
    ['1/2 + 1/4 = 2/6', '3/4', ['2/6', '2/4']],
    ['2/3 + 1/6', '5/6', ['3/9', '3/6']],
    ['5/8 - 1/4', '3/8', ['4/4', '4/8']],
    ['3/7 + 2/7', '5/7', ['5/14']],
  ])('%s is %s, and pupils slip to %j', (worked, answer, slips) => {
    const sum = fractionSum(worked)!;
    expect(fractionSumAnswer(sum)).toBe(answer);
    expect(fractionSumSlips(sum).map((slip) => slip.answer)).toEqual(slips);
  });

  it('knows an answer in other terms is the same fraction', () => {
    expect(sameFraction('6/8', '3/4')).toBe(true);
    expect(sameFraction('2/6', '3/4')).toBe(false);
  });
});

describe('equations a plan writes out', () => {
  it.each([
    ['Model 3x + 4 = 19 and 5x - 2 = 18 with the balance.', ['3x + 4 = 19', '5x - 2 = 18']],
    ['Exit: 2x + 5 = 17 and 7 = 3y - 8.', ['2x + 5 = 17', '7 = 3y - 8']],
    ['so x = 4, and area = length × width', []],
  ])('%s', (text, equations) => {
    expect(equationsIn(text)).toEqual(equations);
  });
});
