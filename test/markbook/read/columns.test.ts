import { describe, expect, it } from 'vitest';
import { readColumns } from '../../../shared/markbook/read/columns';
import { readMaxMarks } from '../../../shared/markbook/read/max-marks';
import { contextFor } from './context';

describe('columns pass', () => {
  it('says what each column holds from its header, and leaves out a blank column with no header', () => {
    const { context } = contextFor([
      ['Name', 'KS2 SS', 'Target', 'Autumn', '', 'Attendance %'],
      ['Ava', '104', '6', '5', '', '96'],
    ]);
    expect(readColumns(context).map((c) => [c.letter, c.meaning.role])).toEqual([
      ['A', 'name'],
      ['B', 'prior-attainment'],
      ['C', 'target'],
      ['D', 'assessment'],
      ['F', 'attendance'],
    ]);
  });

  it('takes a role, focus, maximum and scale from the settings, by letter or by header', () => {
    const { context, diagnostics } = contextFor(
      [
        ['Name', 'Biology', 'Quiz', 'Essay'],
        ['Ava', '4', '12', '20'],
      ],
      { columns: { Biology: 'focus', C: { role: 'assessment', outOf: 20 }, Essay: { scale: 'nope' } } },
    );
    const columns = readColumns(context);
    expect(columns.map((c) => [c.meaning.role, c.outOf])).toEqual([
      ['name', undefined],
      ['focus', undefined],
      ['assessment', 20],
      ['unrecognised', undefined],
    ]);
    expect(diagnostics.map((d) => [d.cell, d.quoted])).toEqual([['D1', false]]);
    expect(diagnostics[0]!.reason).toMatch(
      /^the settings give column D the scale 'nope', which is not a known scale/,
    );
  });
});

describe('max-marks pass', () => {
  it('reads a row of maximum marks under the headers, and says the row is no pupil', () => {
    const { context, diagnostics } = contextFor([
      ['Name', 'Test A', 'Test B'],
      ['Out of:', '40', '/25'],
      ['Ava', '30', '20'],
    ]);
    const columns = readColumns(context);
    expect(readMaxMarks(context, columns)).toBe(1);
    expect(columns.map((c) => c.outOf)).toEqual([undefined, 40, 25]);
    expect(columns[1]!.meaning.role).toBe('assessment');
    expect(diagnostics).toMatchObject([{ cell: 'A2', value: 'Out of:', severity: 'warning' }]);
  });

  it('finds none where there is none', () => {
    const { context } = contextFor([
      ['Name', 'Test 1 (/40)'],
      ['Max', '30'],
    ]);
    expect(readMaxMarks(context, readColumns(context))).toBe(-1);
  });
});
