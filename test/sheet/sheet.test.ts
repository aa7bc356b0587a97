import { describe, expect, it } from 'vitest';
import { a1, columnIndex, columnLetters } from '../../shared/sheet/address';
import { cellText } from '../../shared/sheet/cell';
import { typedDate } from '../../shared/sheet/date';
import { sentence } from '../../shared/sheet/diagnostic';
import { withoutPercentSign } from '../../shared/sheet/text';

describe('the sheet kernel', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s, and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('makes A1 addresses from a 0-based column and a 1-based row', () => {
    expect(a1(3, 14)).toBe('D14');
    expect(columnIndex('D4')).toBe(-1);
  });

  it.each([
    ['  4b ', '4b'],
    [72, '72'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [new Date(2026, 0, 12), '2026-01-12'],
    [null, ''],
  ])('cell %j reads as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it.each([
    ['2026-01-12', '2026-01-12'],
    ['12/01/2026', '2026-01-12'],
    ['1.2.2026', '2026-02-01'],
    ['31/02/2026', undefined],
    ['Spring 1', undefined],
  ])('typed date %j is %s', (text, date) => {
    expect(typedDate(text)).toBe(date);
  });

  it('says a diagnostic as one sentence: the cell, the value in quotes, the reason', () => {
    const base = { cell: 'D14', value: '4bb', reason: 'is not a NC sub-level', severity: 'error' } as const;
    expect(sentence(base)).toBe("D14: '4bb' is not a NC sub-level");
    expect(sentence({ ...base, value: '', reason: 'row 14 has no name', quoted: false })).toBe(
      'D14: row 14 has no name',
    );
  });

  it('takes a percent sign off in linear time', () => {
    expect(withoutPercentSign('72 %')).toBe('72');
    expect(withoutPercentSign(`5${' '.repeat(1_000_000)}%`)).toBe('5');
    expect(withoutPercentSign(`5${' '.repeat(1_000_000)}x`)).toHaveLength(1_000_002);
  });
});
