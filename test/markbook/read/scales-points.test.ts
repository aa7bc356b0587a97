import { describe, expect, it } from 'vitest';
import { readColumnScales } from '../../../shared/markbook/read/column-scales';
import { readColumns } from '../../../shared/markbook/read/columns';
import { readPercentForms } from '../../../shared/markbook/read/percent-forms';
import { readPoints } from '../../../shared/markbook/read/points';
import { readPupilRows } from '../../../shared/markbook/read/pupil-rows';
import type { CellValue } from '../../../shared/sheet/cell';
import { contextFor } from './context';

function upToScales(values: CellValue[][]) {
  const { context, diagnostics } = contextFor(values);
  const columns = readColumns(context);
  const pupilRows = readPupilRows(context, columns, -1);
  const scales = readColumnScales(context, columns, pupilRows);
  return { context, diagnostics, columns, pupilRows, scales };
}

describe('scales pass', () => {
  it('puts each graded column on the scale that reads its values, and names the main scale', () => {
    const { columns, scales } = upToScales([
      ['Name', 'KS2 SS', 'Target', 'Autumn', 'Spring'],
      ['Ava', '104', '6', '5-', '5'],
      ['Ben', '98', '5', '4', '4+'],
    ]);
    expect(columns.map((c) => c.scale?.def.id)).toEqual([
      undefined,
      'ks2-scaled',
      'gcse-9-1',
      'gcse-9-1',
      'gcse-9-1',
    ]);
    expect(scales.mainScale?.def.id).toBe('gcse-9-1');
    expect(scales.priorColumn?.header).toBe('KS2 SS');
    expect(scales.targetColumn?.header).toBe('Target');
  });

  it('says an assessment on another scale is left out of progress', () => {
    const { diagnostics } = upToScales([
      ['Name', 'Autumn', 'Spring', 'Summer'],
      ['Ava', '5', '6', 'B'],
      ['Ben', '4', '5', 'C'],
    ]);
    expect(diagnostics.map((d) => [d.cell, d.value])).toEqual([['D1', 'Summer']]);
  });
});

describe('points pass', () => {
  it('orders the points by their place in the year, whatever the layout', () => {
    const { context, columns, scales, pupilRows } = upToScales([
      ['Name', 'Spring 1', 'Autumn 1', 'Summer 1'],
      ['Ava', '5', '4', '6'],
    ]);
    const { points } = readPoints(context, columns, scales, pupilRows);
    expect(points.map((p) => [p.label, Number(p.time.toFixed(3))])).toEqual([
      ['Autumn 1', 0.167],
      ['Spring 1', 0.5],
      ['Summer 1', 0.833],
    ]);
  });

  it('places a multi-year tracker in its school years, and leaves out a current judgement beside dated points', () => {
    const { context, diagnostics, columns, scales, pupilRows } = upToScales([
      ['Name', 'Y10 Autumn', 'Y11 Autumn', 'Current Working At'],
      ['Ava', '5', '6', '6'],
    ]);
    const read = readPoints(context, columns, scales, pupilRows);
    expect(read.points.map((p) => p.label)).toEqual(['Y10 Autumn', 'Y11 Autumn']);
    expect(read.firstYear).toBe(10);
    expect(read.datedYears).toBe(false);
    expect(read.points[1]!.time - read.points[0]!.time).toBeCloseTo(1);
    expect(diagnostics.map((d) => d.value)).toEqual(['Current Working At']);
  });
});

describe('percent-forms pass', () => {
  it('reads a column of fractions of 1 as a % format, and warns about bare numbers that may be marks', () => {
    const { context, diagnostics, columns, pupilRows } = upToScales([
      ['Name', 'Autumn', 'Spring', 'Attendance'],
      ['Ava', 0.55, '62', 0.96],
      ['Ben', 0.7, '48', 0.91],
    ]);
    readPercentForms(context, columns, pupilRows);
    expect(columns.map((c) => c.fractional ?? false)).toEqual([false, true, false, true]);
    expect(diagnostics).toMatchObject([{ cell: 'C1', quoted: false, severity: 'warning' }]);
    expect(diagnostics[0]!.reason).toMatch(/^'Spring' holds bare numbers/);
  });
});
