import { beforeAll, describe, expect, it } from 'vitest';
import type { SelfReviewReport } from '../../apps-script/server/api';
import { ANNEX_ITEMS } from '../../shared/selfreview';
import type { FakeSheet } from './fake-sheets';
import { type AddOn, ensureBuilt, loadAddOn } from './harness';
import { YEAR_8_ENGLISH } from './markbooks';

beforeAll(ensureBuilt);

const grid = (addOn: AddOn): FakeSheet => addOn.book.getSheetByName('Self-review')!;

/** What a senior leader types into the grid: a rating per item, by Ref, in one phase column. */
function rate(sheet: FakeSheet, column: number, ratings: Record<string, number | string>) {
  const cells = sheet.snapshot();
  for (const [ref, rating] of Object.entries(ratings)) {
    const row = cells.findIndex((cellsOfRow) => cellsOfRow[0] === ref);
    sheet.setCell(row + 1, column, rating);
  }
}

describe('the self-review grid', () => {
  it('is created as a new sheet with one row per Annex item, in one write', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    const sheet = grid(addOn);
    expect(addOn.book.getActiveSheet()).toBe(sheet);
    expect(addOn.book.writes('Self-review')).toBe(1);
    const refs = sheet.snapshot().map((row) => row[0]);
    expect(refs.filter((ref) => ANNEX_ITEMS.some((item) => item.id === ref))).toHaveLength(32);
    expect(sheet.snapshot()[2]).toEqual([
      'Ref',
      'Priorities for development',
      'Phase 1',
      'Phase 2',
      'Phase 3',
      'Notes',
    ]);
    expect(sheet.getFrozenRows()).toBe(4);
    expect(sheet.validations).toEqual([
      { range: 'C6:E45', rule: expect.objectContaining({ between: [1, 4], allowInvalid: false }) },
    ]);
  });

  it('is laid out to be filled in: wide wrapped items, narrow centred ratings, bold feature headings', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    const sheet = grid(addOn);
    const cells = sheet.snapshot();
    expect(cells[0]![0]).toMatch(/^Identification of development priorities: /);
    expect(sheet.fontWeights.get('A1')).toBe('bold');
    const feature = cells.findIndex((row) => row[1] === 'Target setting and tracking') + 1;
    expect(cells[feature - 1]![0]).toBe('');
    expect(sheet.fontWeights.get(`B${feature}`)).toBe('bold');
    expect(sheet.fontWeights.get(`B${feature + 1}`)).toBeUndefined();
    expect(sheet.getColumnWidth(2)).toBeGreaterThanOrEqual(400);
    expect(sheet.getColumnWidth(3)).toBeLessThan(100);
    expect(sheet.wraps.get('B6')).toBe('wrap');
    expect(sheet.wraps.get('F45')).toBe('wrap');
    expect(sheet.horizontalAlignments.get('D20')).toBe('center');
  });

  it('is never recreated over ratings a leader has entered', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    rate(grid(addOn), 3, { 'teaching.a': 2 });
    const before = grid(addOn).snapshot();
    addOn.run('createSelfReviewGrid');
    expect(grid(addOn).snapshot()).toEqual(before);
    expect(addOn.alerts[0]?.prompt).toMatch(/^There is already a 'Self-review' sheet/);
  });
});

describe('summarising the self-review', () => {
  let addOn: AddOn;
  let summary: (string | number | boolean | Date)[][];

  beforeAll(() => {
    addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    const sheet = grid(addOn);
    sheet.setCell(4, 3, '14/09/2026');
    sheet.setCell(4, 4, new addOn.book.realmDate(2027, 1, 1));
    rate(sheet, 3, { 'teaching.a': 2, 'targets.b': 4, 'grouping.c': 2, 'intervention.c': 3 });
    rate(sheet, 4, { 'teaching.a': 1, 'targets.b': 2, 'grouping.c': 4, 'intervention.c': 3 });
    addOn.book.getSheets()[0]!.activate();
    addOn.run('summariseSelfReview');
    summary = addOn.book.getSheetByName('Self-review summary')!.snapshot();
  });

  it('reads the grid once and writes the summary once, leaving the grid as it was', () => {
    expect(addOn.book.reads('Self-review')).toBe(1);
    expect(addOn.book.writes('Self-review summary')).toBe(1);
    expect(addOn.book.writes('Self-review')).toBe(1);
    expect(addOn.alerts).toEqual([]);
  });

  it('names the latest phase and lists its priorities, 4s first', () => {
    expect(summary[0]![0]).toMatch(/phase 2 \(2027-02-01\), 4 of 32 items rated/);
    const start = summary.findIndex((row) => row[0] === 'Development priorities (rated 4 or 3)');
    expect(summary.slice(start + 1, start + 3).map((row) => [row[1], row[2]])).toEqual([
      ['Pupil grouping', 4],
      ['Intervention', 3],
    ]);
  });

  it('reports what improved and what needs more attention since phase 1', () => {
    const change = summary.findIndex((row) => row[0] === 'Change from phase 1 to phase 2');
    expect(change).toBeGreaterThan(0);
    const lines = summary.slice(change + 1, change + 5).map((row) => String(row[0]));
    expect(lines.filter((line) => line.startsWith('Improved:'))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('Needs more attention:'))).toEqual([
      'Needs more attention: developing guided learning as an integral part of lesson organisation',
    ]);
  });

  it('is laid out for reading: wrapped items, bold headings, mean ratings to two places', () => {
    const sheet = addOn.book.getSheetByName('Self-review summary')!;
    expect(sheet.getFrozenRows()).toBe(1);
    const heading = summary.findIndex((row) => row[0] === 'Development priorities (rated 4 or 3)') + 1;
    expect(sheet.fontWeights.get(`A${heading}`)).toBe('bold');
    expect(sheet.wraps.get(`A${heading + 1}`)).toBe('wrap');
    expect(sheet.getColumnWidth(1)).toBeGreaterThanOrEqual(400);
    const phases = summary.findIndex((row) => row[0] === 'Phase') + 1;
    expect(sheet.formats.get(`D${phases + 1}`)).toBe('0.00');
    expect(summary.slice(phases, phases + 2).map((row) => row.slice(0, 3))).toEqual([
      ['Phase 1', '2026-09-14', 4],
      ['Phase 2', '2027-02-01', 4],
    ]);
    expect(summary.some((row) => row[0] === '1 item rated the same in both phases')).toBe(true);
  });

  it('is rewritten, not duplicated, when summarised again', () => {
    addOn.run('summariseSelfReview');
    expect(addOn.book.getSheetByName('Self-review summary')!.snapshot()).toEqual(summary);
    expect(addOn.book.getSheets().map((sheet) => sheet.getName())).toEqual([
      '8EN2',
      'Self-review',
      'Self-review summary',
    ]);
  });

  it('lists ratings it could not read by cell', () => {
    const sheet = grid(addOn);
    rate(sheet, 5, { 'teaching.b': 'good' });
    addOn.run('summariseSelfReview');
    const cells = addOn.book.getSheetByName('Self-review summary')!.snapshot();
    const heading = cells.findIndex((row) => row[0] === 'Cells I could not read');
    expect(cells[heading + 1]!.slice(0, 2)).toEqual(['E7', 'good']);
  });
});

describe('summarising without a grid', () => {
  it('says how to make one', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('summariseSelfReview');
    expect(addOn.alerts[0]?.prompt).toMatch(/^I could not find the self-review grid/);
    expect(addOn.book.getSheets()).toHaveLength(1);
  });
});

describe('the self-review, from the sidebar', () => {
  const call = (addOn: AddOn, name: string) => addOn.callFromSidebar<SelfReviewReport>(name);

  it('says there is no grid yet without writing anything, then creates one', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    expect(call(addOn, 'getSelfReview')).toMatchObject({ grid: null, problem: null, summary: null });
    expect(addOn.book.getSheets()).toHaveLength(1);
    const opened = call(addOn, 'openSelfReviewGrid');
    expect(opened).toMatchObject({ grid: 'Self-review', problem: null, items: 32, written: null });
    expect(opened.summary?.latestPhase).toBeNull();
    expect(addOn.book.getActiveSheet().getName()).toBe('Self-review');
    expect(addOn.alerts).toEqual([]);
  });

  it('opens the grid there is, and leaves its ratings alone', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    rate(grid(addOn), 3, { 'targets.b': 4 });
    const before = grid(addOn).snapshot();
    addOn.book.getSheets()[0]!.activate();
    const opened = call(addOn, 'openSelfReviewGrid');
    expect(opened.summary?.priorities.map((item) => item.item)).toEqual(['targets.b']);
    expect(grid(addOn).snapshot()).toEqual(before);
    expect(addOn.book.getActiveSheet().getName()).toBe('Self-review');
    expect(addOn.book.writes('Self-review')).toBe(1);
  });

  it('reads the grid for the sidebar with one call and writes nothing until asked', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    rate(grid(addOn), 3, { 'targets.b': 4, 'teaching.a': 'good' });
    const report = call(addOn, 'getSelfReview');
    expect(addOn.book.reads('Self-review')).toBe(1);
    expect(addOn.book.getSheetByName('Self-review summary')).toBeNull();
    expect(report.diagnostics.map((d) => d.cell)).toEqual(['C6']);
    const written = call(addOn, 'writeSelfReviewSummary');
    expect(written).toMatchObject({ written: 'Self-review summary', problem: null });
    expect(addOn.book.writes('Self-review summary')).toBe(1);
  });

  it('will not write over a sheet of the leader’s called Self-review summary', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    rate(grid(addOn), 3, { 'targets.b': 4 });
    addOn.book.addSheet('Self-review summary', [['My own notes']]);
    const report = call(addOn, 'writeSelfReviewSummary');
    expect(report.written).toBeNull();
    expect(report.problem).toMatch(
      /already has a sheet called 'Self-review summary' that Trajectory did not make/,
    );
    expect(addOn.book.getSheetByName('Self-review summary')!.snapshot()).toEqual([['My own notes']]);
  });

  it('says what needs fixing in the grid, and writes nothing until it is fixed', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    grid(addOn).setCell(4, 3, '01/02/2027');
    grid(addOn).setCell(4, 4, '14/09/2026');
    const report = call(addOn, 'writeSelfReviewSummary');
    expect(report.problem).toMatch(
      /^The self-review grid needs fixing: .*2026-09-14 does not come after 2027-02-01/,
    );
    expect(report).toMatchObject({ grid: 'Self-review', summary: null, written: null });
    expect(addOn.book.getSheetByName('Self-review summary')).toBeNull();
  });

  it('asked to write without a grid, says how to make one', () => {
    const addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
    expect(call(addOn, 'writeSelfReviewSummary')).toMatchObject({
      grid: null,
      problem: expect.stringMatching(/^I could not find the self-review grid/),
      written: null,
    });
  });
});
