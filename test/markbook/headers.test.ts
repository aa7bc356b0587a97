import { describe, expect, it } from 'vitest';
import { recogniseHeader, timeInText } from '../../shared/markbook/headers';

describe('recognising headers', () => {
  it.each([
    ['Pupil Name', 'name'],
    ['Student', 'name'],
    ['Surname, Forename', 'name'],
    ['First name', 'first-name'],
    ['Legal Forename', 'first-name'],
    ['Preferred Forename', 'first-name'],
    ['Preferred First Name', 'first-name'],
    ['Preferred Surname', 'last-name'],
    ['Name (Surname, Forename)', 'name'],
    ['Student Name (Last, First)', 'name'],
    ['Pupil Premium Indicator', 'disadvantaged'],
    ['FSM Eligible', 'disadvantaged'],
    ['EAL (Y/N)', 'eal'],
    ['SEN Flag', 'sen'],
    ['Reg', 'ignore'],
    ['Tutor Grp', 'ignore'],
    ['SURNAME', 'last-name'],
    ['UPN', 'id'],
    ['Cand. No', 'id'],
    ['M/F', 'gender'],
    ['SEN (K/E)', 'sen'],
    ['EHCP', 'sen'],
    ['EAL', 'eal'],
    ['PP/FSM', 'disadvantaged'],
    ['Ever 6 FSM', 'disadvantaged'],
    ['G&T', 'most-able'],
    ['HPA', 'most-able'],
    ['CLA/LAC', 'looked-after'],
    ['KS2 Scaled Score', 'prior-attainment'],
    ['Baseline', 'prior-attainment'],
    ['Baseline test', 'prior-attainment'],
    ['Spelling age', 'ignore'],
    ['Predicted grade', 'unrecognised'],
    ['Spring 2 Predicted', 'unrecognised'],
    ['FFT20 Target', 'target'],
    ['MTG', 'target'],
    ['Target', 'target'],
    ['FFT Target', 'target'],
    ['MEG', 'target'],
    ['Aspirational target', 'target'],
    ['WAG Target', 'target'],
    ['Aut WAG', 'assessment'],
    ['Spr WAG', 'assessment'],
    ['Working At Grade', 'assessment'],
    ['Current WAG', 'assessment'],
    ['Attendance %', 'attendance'],
    ['Sessions possible', 'sessions-possible'],
    ['Sessions attended', 'sessions-attended'],
    ['Intervention', 'intervention'],
    ['Catch-up group', 'intervention'],
    ['Intervention start date', 'intervention-start'],
    ['Autumn 1', 'assessment'],
    ['Spr2', 'assessment'],
    ['Term 4', 'assessment'],
    ['T3', 'assessment'],
    ['Assessment 3', 'assessment'],
    ['Mock 1', 'assessment'],
    ['2025-10-17', 'assessment'],
    ['17/10/2025', 'assessment'],
    ['Test 2 (/40)', 'assessment'],
    ['Forces %', 'assessment'],
    ['AF3', 'focus'],
    ['Reading', 'focus'],
    ['Q3', 'focus'],
    ['Ratio and proportion', 'focus'],
    ['Form', 'ignore'],
    ['Favourite colour', 'unrecognised'],
  ])('%j is %s', (header, role) => {
    expect(recogniseHeader(header).role).toBe(role);
  });

  it('reads the focus name and the marks a column is out of', () => {
    expect(recogniseHeader('AF 5 (Spr 1)')).toMatchObject({ role: 'focus', focus: 'AF5' });
    expect(recogniseHeader('Algebra')).toMatchObject({ focus: 'Algebra' });
    expect(recogniseHeader('Test 2 (/40)')).toMatchObject({ outOf: 40, order: 2 });
    expect(recogniseHeader('End of unit test out of 25')).toMatchObject({ role: 'assessment', outOf: 25 });
    expect(recogniseHeader('Test 12/10/26 (/40)')).toMatchObject({ role: 'assessment', outOf: 40 });
  });

  it.each(['12/10/2026', '12/10/26', '12.10.26', '12-10-2026'])(
    'reads the UK date %j as a time, and its year as no maximum mark',
    (header) => {
      const meaning = recogniseHeader(header);
      expect(meaning).toMatchObject({ role: 'assessment', time: expect.closeTo((1 + 11 / 31) / 12) });
      expect(meaning.outOf).toBeUndefined();
    },
  );

  it('places assessment points in the school year', () => {
    expect(recogniseHeader('Autumn 1').time).toBeCloseTo(1 / 6);
    expect(recogniseHeader('Summer 2').time).toBeCloseTo(1);
    expect(recogniseHeader('Spring').time).toBeCloseTo(4 / 6);
    expect(recogniseHeader('EOY').time).toBe(1);
    expect(recogniseHeader('Year 8 Spring 1')).toMatchObject({ yearGroup: 8 });
    expect(recogniseHeader('Mock 2')).toMatchObject({ order: 2 });
    expect(recogniseHeader('Attendance Spr 1')).toMatchObject({ role: 'attendance', time: 0.5 });
  });

  it('reads a working-at grade (WAG) as an assessment: termly ones as points, an undated one as a current judgement', () => {
    expect(recogniseHeader('Aut WAG')).toMatchObject({ role: 'assessment', time: 2 / 6 });
    expect(recogniseHeader('Spr 1 WAG')).toMatchObject({ role: 'assessment', time: 3 / 6 });
    expect(recogniseHeader('Aut WAG').current).toBeUndefined();
    for (const header of ['WAG', 'Current WAG', 'Working At Grade'])
      expect(recogniseHeader(header)).toMatchObject({ role: 'assessment', current: true });
  });

  it('reads a time from free text: dates, terms and months', () => {
    expect(timeInText('since 2025-09-01')).toBeCloseTo(0);
    expect(timeInText('from 12/01/2026')).toBeCloseTo((4 + 11 / 31) / 12);
    expect(timeInText('Spring 1')).toBeCloseTo(3 / 6);
    expect(timeInText('reading group since Jan')).toBeCloseTo(4.5 / 12);
    expect(timeInText('weekly')).toBeUndefined();
  });
});

describe('long runs in headers are read in linear time', () => {
  const spaces = ' '.repeat(1_000_000);

  it('a maximum mark followed by a million spaces and a letter is no maximum', () => {
    expect(recogniseHeader(`Test 1 /1${spaces}x`)).toMatchObject({ role: 'assessment', order: 1 });
    expect(recogniseHeader(`Test 1 /1${spaces}x`).outOf).toBeUndefined();
    expect(recogniseHeader(`Test 1 (/1${spaces}x)`).outOf).toBeUndefined();
  });

  it('a maximum mark with a million spaces around it is still read', () => {
    expect(recogniseHeader(`Test 1 /${spaces}40${spaces})${spaces}`).outOf).toBe(40);
    expect(recogniseHeader(`Test 1 (${spaces}/${spaces}40${spaces})`).outOf).toBe(40);
    expect(recogniseHeader(`${'('.repeat(100_000)}Test 2 [35]`)).toMatchObject({ outOf: 35, order: 2 });
  });

  it('keeps the exact readings of the patterns it replaced', () => {
    expect(recogniseHeader('Essay (max 20)').outOf).toBe(20);
    expect(recogniseHeader('Quiz marks 15').outOf).toBe(15);
    expect(recogniseHeader('Test 3 /12345').outOf).toBeUndefined();
    expect(recogniseHeader('Q1 (4 marks)').outOf).toBeUndefined();
    expect(recogniseHeader('Paper 1 [ / 80 ]').outOf).toBe(80);
  });

  it('a paragraph pasted over the table is no header', () => {
    expect(recogniseHeader(`Autumn test ${'and more words '.repeat(20)}`).role).toBe('unrecognised');
  });
});
