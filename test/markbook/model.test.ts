import { describe, expect, it } from 'vitest';
import { dueInHeader, resolveDue, yearGroupInText } from '../../shared/markbook/due-date';
import { DEFAULT_FLIGHT_PATHS, estimateFromPrior } from '../../shared/markbook/flight-path';
import { analyseMarkbook, parseSettings } from '../../shared/markbook/index';
import { dataQueries } from '../../shared/markbook/queries';
import { BUILT_IN_SCALES, compileScale } from '../../shared/markbook/scales';
import { describeTolerance, toleranceFor } from '../../shared/markbook/tolerance';
import type { Grade } from '../../shared/markbook/types';

const scale = (id: string) => compileScale(BUILT_IN_SCALES.find((s) => s.id === id)!);

describe('due dates from what a target header says', () => {
  it.each([
    ['FFT20 (Y11)', { kind: 'year', yearGroup: 11 }],
    ['End of Y8 Target', { kind: 'year', yearGroup: 8 }],
    ['Year 6 target', { kind: 'year', yearGroup: 6 }],
    ['End of KS4 target', { kind: 'key-stage', keyStage: 4 }],
    ['Key Stage 2 aim', { kind: 'key-stage', keyStage: 2 }],
    ['A level target', { kind: 'key-stage', keyStage: 5 }],
    ['FFT20 Target', { kind: 'key-stage-now' }],
    ['MEG', { kind: 'key-stage-now' }],
    ['ALPS Target', { kind: 'key-stage-now' }],
    ['EOY target', { kind: 'end-of-year' }],
    ['Target', null],
    ['Target Grade', null],
  ])('%s', (header, hint) => {
    expect(dueInHeader(header)).toEqual(hint);
  });

  it('finds the year group in a title row, and nothing in a note without one', () => {
    expect(yearGroupInText('10X2 Maths - Year 10 Tracker 2025-26')).toBe(10);
    expect(yearGroupInText('Y4 Willow class')).toBe(4);
    expect(yearGroupInText('Key: X = absent')).toBeUndefined();
  });

  it('places a key-stage target at its end: two years away for a Y10 class', () => {
    expect(resolveDue({ kind: 'key-stage-now' }, "the header 'FFT20'", 10, 4 / 6)).toMatchObject({
      time: 2,
      label: 'the end of Y11',
    });
    expect(resolveDue({ kind: 'key-stage-now' }, 'x', 12, 1.4)).toMatchObject({
      time: 2,
      label: 'the end of Y13',
    });
    expect(resolveDue({ kind: 'key-stage-now' }, 'x', 4, 0.6)).toMatchObject({
      time: 3,
      label: 'the end of Y6',
    });
  });

  it('falls back to the end of the last year covered, never before it', () => {
    expect(resolveDue(null, 'the markbook', undefined, 0.8)).toMatchObject({
      time: 1,
      label: 'the end of the year',
    });
    expect(resolveDue({ kind: 'year', yearGroup: 9 }, 'x', 10, 0.8)).toMatchObject({
      time: 1,
      label: 'the end of Y10',
    });
    // An FFT target with no year group known: the end of the year, and said so.
    expect(resolveDue({ kind: 'key-stage-now' }, "the header 'FFT'", undefined, 0.5).source).toContain(
      'no year group found',
    );
  });
});

describe('tolerances in each scale’s own units', () => {
  it.each([
    ['percentage', 'test-score', 1e-6, 10],
    ['marks', 'test-score', 1e-6, 10],
    ['gcse-9-1', 'growth', 2, 6],
    ['gcse-legacy', 'growth', 1, 2],
    ['wts-exs-gds', 'growth', 3, 6],
    ['nc-levels', 'growth', 4, 6],
  ])('%s is a %s scale: below from %s points, well below from %s', (id, kind, below, wellBelow) => {
    expect(toleranceFor(scale(id))).toMatchObject({ kind, below, wellBelow });
  });

  it('says the tolerance in words a data lead can check', () => {
    expect(describeTolerance(toleranceFor(scale('percentage')), 'Percentages')).toBe(
      'On Percentages: any shortfall under it is below; 10 percentage points or more under is well below; 10 percentage points or more over is above.',
    );
    expect(describeTolerance(toleranceFor(scale('wts-exs-gds')), 'WTS/EXS/GDS')).toContain(
      '1 band or more under it is below',
    );
    expect(describeTolerance(toleranceFor(scale('gcse-9-1')), 'GCSE 9-1')).toContain(
      'one fine grade under (4- against 4) is close enough',
    );
  });
});

describe('flight paths from prior attainment', () => {
  it.each([
    [97, '4'],
    [100, '5'],
    [104, '6'],
    [120, '9'],
    [80, '2'],
  ])('KS2 scaled score %s gives an estimated GCSE %s', (score, grade) => {
    expect(estimateFromPrior(DEFAULT_FLIGHT_PATHS, 'ks2-scaled', score, 'gcse-9-1')?.grade).toBe(grade);
  });

  it('has no estimate where no table joins the two scales', () => {
    expect(estimateFromPrior(DEFAULT_FLIGHT_PATHS, 'ks2-scaled', 100, 'wts-exs-gds')).toBeNull();
  });
});

describe('data queries', () => {
  const pct = (...values: (number | null)[]): (Grade | null)[] =>
    values.map((v) => (v === null ? null : { label: `${v}%`, points: v, scale: 'percentage' }));
  const options = {
    pointInUse: [true, true, true, true, true],
    outlier: 30,
    agree: 10,
    fall: 10,
    isZero: (g: Grade) => g.points === 0,
  };
  const kinds = (grades: (Grade | null)[]) => {
    const { queries, excluded } = dataQueries(grades, options);
    return { queries: queries.map((q) => [q.kind, q.index]), excluded: [...(excluded ?? [])] };
  };

  it.each([
    ['clean entries', pct(50, 55, 60), { queries: [], excluded: [] }],
    ['a blank between entries', pct(50, null, 60), { queries: [['gap', 1]], excluded: [] }],
    ['a blank at the end is not assessed yet, not a gap', pct(50, 55, null), { queries: [], excluded: [] }],
    ['70, 0, 68: a 0 is queried and left out', pct(70, 0, 68), { queries: [['zero', 1]], excluded: [1] }],
    [
      '70, 20, 68: an extreme entry its neighbours contradict',
      pct(70, 20, 68),
      { queries: [['outlier', 1]], excluded: [1] },
    ],
    ['a real fall is not a slip', pct(70, 50, 40), { queries: [], excluded: [] }],
    [
      'a 0 after a fall is a fall and a query, and kept',
      pct(70, 55, 40, 0),
      { queries: [['zeroAfterFall', 3]], excluded: [] },
    ],
    [
      'a 0 at the end with no fall before it is left out',
      pct(60, 62, 0),
      { queries: [['zero', 2]], excluded: [2] },
    ],
  ])('%s', (_name, grades, expected) => {
    expect(kinds(grades)).toEqual(expected);
  });

  it('queries an ABS or X written before the first grade or after the last', () => {
    const written = ['ABS', '', '50%', '', 'X'].map((text) => ({ text }));
    const { queries } = dataQueries(pct(null, null, 50, null, null), { ...options, written });
    expect(queries.map((q) => [q.kind, q.index])).toEqual([
      ['absent', 0],
      ['absent', 4],
    ]);
  });

  it('does not call a column nobody has filled yet a gap', () => {
    const { queries } = dataQueries(pct(50, null, 60), { ...options, pointInUse: [true, false, true] });
    expect(queries).toEqual([]);
  });
});

describe('settings for the model', () => {
  it("takes a school's own flight path and due date, and names a misspelt field", () => {
    const parsed = parseSettings({
      targets: { due: 'end of Y11' },
      flightPaths: [
        { from: 'ks2-scaled', to: 'gcse-9-1', name: 'Our table', rows: [{ from: 0, grade: '3' }] },
      ],
    });
    expect(parsed.ok).toBe(true);
    const a = analyseMarkbook(
      [
        ['Name', 'KS2 SS', 'Target', 'Aut 1 WAG', 'Spr 1 WAG'],
        ['Amy', '110', '', '3', '3+'],
      ],
      parsed.ok ? parsed.settings : {},
    );
    expect(a.pupils[0]).toMatchObject({ target: { label: '3' }, targetNote: 'Our table, from 110' });
    expect(a.basis?.due).toBe('the end of Y11');
    const bad = parseSettings({ flightPaths: [{ from: 'ks2-scaled', to: 'gcse-9-1', name: 'x', row: [] }] });
    expect(bad.ok).toBe(false);
  });
});
