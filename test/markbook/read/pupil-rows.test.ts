import { describe, expect, it } from 'vitest';
import { readColumns } from '../../../shared/markbook/read/columns';
import { readPupilRows } from '../../../shared/markbook/read/pupil-rows';
import { contextFor } from './context';

const rowsOf = (values: (string | null)[][]) => {
  const { context, diagnostics } = contextFor(values);
  return { rows: readPupilRows(context, readColumns(context), -1), diagnostics };
};

describe('pupil-rows pass', () => {
  it('keeps pupils and leaves out summary rows, repeated headers, notes and nameless rows, saying so', () => {
    const { rows, diagnostics } = rowsOf([
      ['Name', 'Autumn'],
      ['Ava Shah', '4'],
      ['Class average', '4.5'],
      ['Name', 'Autumn'],
      ['Key: X = absent', ''],
      ['', '5'],
      ['Ben Cole', '5'],
    ]);
    expect(rows.map((row) => [row.r, row.name, row.nameCell])).toEqual([
      [1, 'Ava Shah', 'A2'],
      [6, 'Ben Cole', 'A7'],
    ]);
    expect(diagnostics.map((d) => [d.cell, d.reason])).toEqual([
      ['A3', 'looks like a summary row, not a pupil, so it was left out'],
      ['A4', 'looks like a repeated header row, not a pupil, so it was left out'],
      ['A5', 'looks like a note, not a pupil, so it was left out'],
      ['A6', 'row 6 has entries but no pupil name, so it was left out'],
    ]);
  });

  it('joins first and last names, the preferred name first', () => {
    const { rows } = rowsOf([
      ['Legal Forename', 'Preferred Forename', 'Surname', 'Autumn'],
      ['Mohammed', 'Mo', 'Ali', '4'],
      ['Grace', '', 'Hall', '5'],
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Mo Ali', 'Grace Hall']);
  });

  it('says once, at its header, that a column it cannot place was not read', () => {
    const { diagnostics } = rowsOf([
      ['Name', 'Autumn', 'Wibble', ''],
      ['Ava', '4', 'x', 'y'],
    ]);
    expect(diagnostics.map((d) => d.reason)).toEqual([
      "'Wibble' is not a column Trajectory recognises, so its 1 entry was not read (the settings can say what it holds)",
      'column D has no header, so its 1 entry was not read (the settings can say what it holds)',
    ]);
  });

  it('with no name column, says so at the header row', () => {
    const { rows, diagnostics } = rowsOf([
      ['Autumn', 'Spring'],
      ['4', '5'],
    ]);
    expect(rows).toEqual([]);
    expect(diagnostics).toMatchObject([{ cell: 'A1', severity: 'error', quoted: false }]);
  });
});
