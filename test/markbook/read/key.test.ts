import { describe, expect, it } from 'vitest';
import { readKey } from '../../../shared/markbook/read/key';

describe('key pass', () => {
  it.each([
    [
      'one cell, lowest first',
      [['Key: B = Beginning, D = Developing, S = Secure, M = Mastering']],
      ['B', 'D', 'S', 'M'],
    ],
    ['items across the row', [['KEY', '1 = Bronze', '2 = Silver', '3 = Gold']], ['1', '2', '3']],
    ['bare grades across the row', [['Key:', 'Bronze', 'Silver', 'Gold']], ['Bronze', 'Silver', 'Gold']],
    [
      'written highest first, read the other way up',
      [['Key: GD = greater depth; EX = expected; WT = working towards']],
      ['WT', 'EX', 'GD'],
    ],
    [
      'a note on + and - is no grade',
      [['Key: WTS = working towards  EXS = expected  (+/- = within band)']],
      ['WTS', 'EXS'],
    ],
  ])('reads the grades of a key: %s', (_case, values, grades) => {
    expect(readKey(values).grades).toEqual(grades);
  });

  it('reads the codes a key says are absence, and no scale from one grade', () => {
    const key = readKey([['Name', 'Aut'], ['Ava', '5'], ['Key: X = absent; U = ungraded']]);
    expect(key.absent).toEqual(['X']);
    expect(key.grades).toEqual([]);
    expect([...key.rows.entries()]).toEqual([[2, { cell: 'A3', text: 'Key: X = absent; U = ungraded' }]]);
  });

  it.each([['Key, Alan'], ['Keyes Tom'], ['Key Stage 2 results']])('%j is no key', (text) => {
    expect(readKey([[text, '5']]).rows.size).toBe(0);
  });
});
