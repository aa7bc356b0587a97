import { describe, expect, it } from 'vitest';
import { readHeader, underBanners } from '../../../shared/markbook/read/header';

describe('header pass', () => {
  it.each([
    [
      'a header on the first row',
      [
        ['Name', 'Autumn', 'Spring'],
        ['Ava', '4', '5'],
      ],
      0,
    ],
    [
      'a header under a title and a blank row',
      [['Year 9 tracker'], [], ['Name', 'Autumn', 'Spring'], ['Ava', '4', '5']],
      2,
    ],
    [
      'the row of headers under a banner row',
      [
        ['Name', 'Autumn', '', 'Spring', ''],
        ['', 'Test 1', 'Test 2', 'Test 1', 'Test 2'],
        ['Ava', '4', '5', '5', '6'],
      ],
      1,
    ],
  ])('finds %s', (_case, values, headerIndex) => {
    expect(readHeader(values, {}).headerIndex).toBe(headerIndex);
  });

  it('takes the header row from the settings', () => {
    expect(readHeader([['x'], ['Name', 'Autumn'], ['Ava', '4']], { headerRow: 1 }).headerIndex).toBe(0);
  });

  it('reads each header with the banner over it', () => {
    const read = readHeader(
      [
        ['Name', 'Autumn', '', 'Spring', ''],
        ['', 'Test 1', 'Test 2', 'Test 1', 'Test 2'],
        ['Ava', '4', '5', '5', '6'],
      ],
      {},
    );
    expect(read.headerTexts).toEqual([
      'Name',
      'Autumn Test 1',
      'Autumn Test 2',
      'Spring Test 1',
      'Spring Test 2',
    ]);
    expect(read.width).toBe(5);
  });

  it('a title over the table is no banner', () => {
    expect(underBanners(['Year 9 tracker', '', ''], ['Name', 'Test 1', 'Test 2'], 3)).toBeNull();
  });
});
