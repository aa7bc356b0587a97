import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCALES, compileScale, labelFor, readOnScale } from '../../shared/markbook/scales';

const scale = (id: string) => compileScale(BUILT_IN_SCALES.find((s) => s.id === id)!);

describe('grade scales', () => {
  it.each([
    ['nc-levels', '2c', 13],
    ['nc-levels', '2b', 15],
    ['nc-levels', '2a', 17],
    ['nc-levels', '3c', 19],
    ['nc-levels', '4 b', 27],
    ['nc-levels', '4B', 27],
    ['nc-levels', 'Level 4b', 27],
    ['nc-levels', '4 Secure', 27],
    ['nc-levels', '4 High', 29],
    ['nc-levels', '5 low', 31],
    ['nc-levels', '4', 27],
    ['nc-levels', 'W', 3],
    ['p-scales', 'P4', 7],
    ['p-scales', 'P1(ii)', 2],
    ['gcse-9-1', '4-', 11],
    ['gcse-9-1', '4', 12],
    ['gcse-9-1', '4+', 13],
    ['gcse-9-1', 'Grade 6', 18],
    ['gcse-9-1', 'U', 0],
    ['gcse-9-1', '9', 27],
    ['gcse-legacy', 'A*', 8],
    ['gcse-legacy', 'c', 5],
    ['gcse-legacy', 'U', 0],
    ['wts-exs-gds', 'EXS', 6],
    ['wts-exs-gds', 'Greater depth', 9],
    ['wts-exs-gds', 'wts', 3],
    ['wts-exs-gds', 'EXS+', 7],
    ['wts-exs-gds', 'WTS-', 2],
    ['wts-exs-gds', 'ex+', 7],
    ['wts-exs-gds', 'HNM', 0],
    ['us-letter', 'B+', 9],
    ['us-letter', 'F', 0],
    ['percentage', '72%', 72],
    ['percentage', '72.5', 72.5],
    ['ks2-scaled', '104', 104],
  ])('%s reads %j as %d points', (id, text, points) => {
    expect(readOnScale(scale(id), text)).toMatchObject({ kind: 'grade', points });
  });

  it.each([
    ['nc-levels', '4bb', 'is not a NC sub-level (e.g. 4c, 4b, 4a)'],
    ['nc-levels', '9a', 'is not a NC sub-level (e.g. 4c, 4b, 4a)'],
    ['gcse-9-1', '10', 'is not a GCSE grade (U, 1-9, with + or - for fine grades)'],
    ['ks2-scaled', '125', 'is not a KS2 scaled score (80-120)'],
    ['ks2-scaled', '99.5', 'is not a KS2 scaled score (80-120)'],
    ['percentage', '104%', 'is not a percentage (0-100)'],
    ['percentage', 'seventy', 'is not a percentage (0-100)'],
  ])('%s reports %j: %s', (id, text, reason) => {
    expect(readOnScale(scale(id), text)).toEqual({ kind: 'unreadable', reason });
  });

  it('reads near misses with a warning instead of guessing silently', () => {
    expect(readOnScale(scale('nc-levels'), '5a+')).toEqual({
      kind: 'grade',
      label: '5a+',
      points: 35,
      warning: 'read as 5a (National Curriculum levels has no + grades)',
    });
    expect(readOnScale(scale('gcse-9-1'), '6/7')).toEqual({
      kind: 'grade',
      label: '6/7',
      points: 19.5,
      warning: 'read as between 6 and 7',
    });
    // Either way round: A-level trackers write the higher letter first ("B/C").
    expect(readOnScale(scale('gcse-9-1'), '7/6')).toMatchObject({
      points: 19.5,
      warning: 'read as between 6 and 7',
    });
    expect(readOnScale(scale('gcse-legacy'), 'B/C')).toMatchObject({
      kind: 'grade',
      points: 5.5,
      warning: 'read as between C and B',
    });
    expect(readOnScale(scale('gcse-9-1'), '6/X').kind).toBe('unreadable');
  });

  it("reads marks against the column maximum or the cell's own", () => {
    const marks = scale('marks');
    expect(readOnScale(marks, '30', 40)).toEqual({ kind: 'grade', label: '30/40', points: 75 });
    expect(readOnScale(marks, '18/20')).toEqual({ kind: 'grade', label: '18/20', points: 90 });
    expect(readOnScale(marks, '45', 40)).toEqual({
      kind: 'unreadable',
      reason: 'is not a mark between 0 and 40',
    });
    expect(readOnScale(marks, '30')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('out of'),
    });
  });

  it('labels points on the scale, rounding targets up to a whole grade', () => {
    const nc = scale('nc-levels');
    expect(labelFor(nc, 27)).toBe('4b');
    expect(labelFor(nc, 28.2)).toBe('4a');
    expect(labelFor(nc, 27.5, 'up')).toBe('4a');
    expect(labelFor(nc, 99, 'up')).toBe('8a');
    expect(labelFor(scale('percentage'), 61.6)).toBe('62%');
    expect(labelFor(scale('gcse-9-1'), 17)).toBe('6-');
  });

  it('keeps every scale in ascending order with a positive step', () => {
    for (const def of BUILT_IN_SCALES) {
      expect(def.step, def.id).toBeGreaterThan(0);
      const points = (def.grades ?? []).map((g) => g.points);
      expect(
        points.every((p, i) => i === 0 || p >= points[i - 1]! || def.id === 'nc-levels'),
        def.id,
      ).toBe(true);
    }
  });
});

describe('long runs in cells are read in linear time', () => {
  const spaces = ' '.repeat(1_000_000);

  it.each(['percentage', 'ks2-scaled', 'marks', 'gcse-9-1', 'nc-levels'])(
    'a 5, a million spaces and an x is no grade on %s',
    (id) => {
      expect(readOnScale(scale(id), `5${spaces}x`, 40)).toMatchObject({ kind: 'unreadable' });
    },
  );

  it('a percentage with spaces before its sign is still read', () => {
    expect(readOnScale(scale('percentage'), '72 %')).toMatchObject({ kind: 'grade', points: 72 });
    expect(readOnScale(scale('percentage'), `72${' '.repeat(50)}%`)).toMatchObject({ points: 72 });
  });
});

describe('school scales of bands', () => {
  it.each([
    ['Emerging-', 2],
    ['Emerging', 3],
    ['Developing', 6],
    ['Dev', 6],
    ['dev+', 7],
    ['Sec', 9],
    ['Secure−', 8],
    ['Secure +', 10],
    ['Mastered', 12],
    ['Mastery', 12],
  ])('Emerging / Developing / Secure / Mastered reads %j as %i', (text, points) => {
    expect(readOnScale(scale('emerging-mastered'), text)).toMatchObject({ kind: 'grade', points });
  });

  it.each([
    ['PKS', 0],
    ['Pre-key stage', 0],
    ['WTS', 3],
    ['Working towards', 3],
    ['Working at', 6],
    ['Working at the expected standard', 6],
    ['Greater depth', 9],
    ['Working at greater depth', 9],
  ])('WTS / EXS / GDS reads %j as %i, pre-key stage below working towards', (text, points) => {
    expect(readOnScale(scale('wts-exs-gds'), text)).toMatchObject({ kind: 'grade', points });
  });

  it('a band of three fine grades is one band: WTS to EXS, Developing to Secure, 4 to 5', () => {
    for (const id of ['wts-exs-gds', 'emerging-mastered', 'gcse-9-1']) expect(scale(id).def.band).toBe(3);
    expect(scale('nc-levels').def.band).toBe(6);
  });
});

describe('prior attainment on its own scale', () => {
  it('a GCSE average point score is read as one, not as a percentage', () => {
    expect(readOnScale(scale('gcse-aps'), '6.4')).toEqual({ kind: 'grade', label: '6.4', points: 6.4 });
    expect(readOnScale(scale('gcse-aps'), '9.5').kind).toBe('unreadable');
  });
});
