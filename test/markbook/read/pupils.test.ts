import { describe, expect, it } from 'vitest';
import { percentFrom, readAttendance } from '../../../shared/markbook/read/attendance';
import { readFlag, readGender, readSen } from '../../../shared/markbook/read/attributes';
import { readColumnScales } from '../../../shared/markbook/read/column-scales';
import { readColumns } from '../../../shared/markbook/read/columns';
import { gradeReader } from '../../../shared/markbook/read/grades';
import { readIntervention } from '../../../shared/markbook/read/intervention';
import { readPupilRows } from '../../../shared/markbook/read/pupil-rows';
import { contextFor } from './context';

describe('attributes', () => {
  it.each([
    ['K - SEN Support', 'support'],
    ['E', 'ehcp'],
    ['EHCP', 'ehcp'],
    ['N', 'none'],
    ['', 'none'],
    ['maybe', undefined],
  ])('SEN %j is %s', (text, sen) => {
    expect(readSen(text)).toBe(sen);
  });

  it.each([
    ['disadvantaged', 'Y', true],
    ['disadvantaged', 'FSM', true],
    ['eal', 'No', false],
    ['eal', 'perhaps', undefined],
  ] as const)('%s flag %j is %s', (role, text, flag) => {
    expect(readFlag(role, text)).toBe(flag);
  });

  it('reads gender in the sheet words', () => {
    expect(['Boy', 'f', 'Non-binary'].map(readGender)).toEqual(['M', 'F', 'Non-binary']);
  });
});

describe('attendance', () => {
  it.each([
    ['96', false, 96],
    ['96 %', false, 96],
    ['0.96', true, 96],
    ['96%', true, 96],
    ['104', false, undefined],
    ['ninety', false, undefined],
  ])('%j (fractions: %s) is %s', (text, fractional, percent) => {
    expect(percentFrom(text, fractional)).toBe(percent);
  });

  it('adds the figure from sessions attended and possible last, and reports a bad count', () => {
    const values = [
      ['Name', 'Attendance Aut', 'Sessions possible', 'Sessions attended'],
      ['Ava', '90', '200', '190'],
      ['Ben', '95', '200', '210'],
    ];
    const { context, diagnostics } = contextFor(values);
    const columns = readColumns(context);
    const attendanceColumns = { percentages: [columns[1]!], possible: columns[2], attended: columns[3] };
    expect(readAttendance(context, attendanceColumns, values[1]!, 2)).toEqual([90, 95]);
    expect(readAttendance(context, attendanceColumns, values[2]!, 3)).toEqual([95]);
    expect(diagnostics.map((d) => [d.cell, d.reason])).toEqual([
      ['D3', 'is not a number of sessions between 0 and 200'],
    ]);
  });
});

describe('grades', () => {
  it("reads a grade on its column's scale, an absence as a gap, and reports each bad cell at its own address", () => {
    const values = [
      ['Name', 'Autumn', 'Spring'],
      ['Ava', '4b', '4bb'],
      ['Ben', '4c', '4a'],
      ['Dev', '4a', '4bb'],
      ['Cal', 'ABS', 'P8'],
    ];
    const { context, diagnostics } = contextFor(values);
    const columns = readColumns(context);
    readColumnScales(context, columns, readPupilRows(context, columns, -1));
    const gradeIn = gradeReader(context);
    expect(values.slice(1).map((row, i) => gradeIn(columns[2]!, i + 2, row[2])?.label ?? null)).toEqual([
      null,
      '4a',
      null,
      null,
    ]);
    expect(gradeIn(columns[1]!, 4, 'ABS')).toBeNull();
    expect(diagnostics.map((d) => [d.cell, d.value])).toEqual([
      ['C2', '4bb'],
      ['C4', '4bb'],
      ['C5', 'P8'],
    ]);
    expect(diagnostics[2]!.reason).toBe(
      'is on P-scales, not National Curriculum levels, so it is left out of progress',
    );
  });
});

describe('intervention', () => {
  it('reads what it is and when it started, and warns about a start that is no date', () => {
    const values = [
      ['Name', 'Intervention', 'Intervention start'],
      ['Ava', 'Reading catch-up', 'Spring 1'],
      ['Ben', 'Maths booster', 'soon'],
      ['Cal', 'No', ''],
    ];
    const { context, diagnostics } = contextFor(values);
    const columns = readColumns(context);
    const interventionColumns = { interventions: [columns[1]!], start: columns[2] };
    const read = { points: [], firstYear: undefined, datedYears: false };
    expect(readIntervention(context, interventionColumns, read, values[1]!, 2)).toEqual({
      text: 'Reading catch-up',
      start: 0.5,
      startLabel: 'Spring 1',
    });
    expect(readIntervention(context, interventionColumns, read, values[2]!, 3)).toMatchObject({
      start: null,
    });
    expect(readIntervention(context, interventionColumns, read, values[3]!, 4)).toBeNull();
    expect(diagnostics.map((d) => d.cell)).toEqual(['C3']);
  });
});

describe('an intervention that started at an assessment point', () => {
  it('"DD1" starts at the point headed DD1', () => {
    const values = [
      ['Name', 'DD1 Working At', 'DD2 Working At', 'Intervention', 'Intervention start'],
      ['Ava', '4', '4', 'Reading intervention', 'DD1'],
    ];
    const { context, diagnostics } = contextFor(values);
    const columns = readColumns(context);
    const points = [
      { label: 'DD1 Working At', column: columns[1]!, time: 0.25 },
      { label: 'DD2 Working At', column: columns[2]!, time: 0.5 },
    ];
    const read = { points, firstYear: undefined, datedYears: false };
    expect(
      readIntervention(context, { interventions: [columns[3]!], start: columns[4] }, read, values[1]!, 2),
    ).toEqual({ text: 'Reading intervention', start: 0.25, startLabel: 'DD1' });
    expect(diagnostics).toEqual([]);
  });
});
