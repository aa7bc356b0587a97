import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport, SaveSettingsResult, SettingsView } from '../../apps-script/server/api';
import { parseDelimited } from '../../shared/markbook/index';
import type { Cell, FakeSheet } from './fake-sheets';
import { type AddOn, ensureBuilt, loadAddOn } from './harness';
import { PUPIL_COUNT, YEAR_8_ENGLISH, YEAR_11_MATHS } from './markbooks';

const OUTPUTS = ['Targets', 'Flags', 'Groups', 'Summary', 'Trajectory log'];
const MARKBOOK = '8EN2';

beforeAll(ensureBuilt);

const sheet = (addOn: AddOn, name: string): FakeSheet => {
  const found = addOn.book.getSheetByName(name);
  if (found === null) throw new Error(`no sheet '${name}'`);
  return found;
};
const analyse = (addOn: AddOn) => addOn.callFromSidebar<AnalysisReport>('analyseActiveSheet');
/** The column headings of a one-table output sheet (row 2). */
const headings = (addOn: AddOn, name: string) => sheet(addOn, name).snapshot()[1]!.map(String);
/** Rows of an output sheet under its caption and headings, keyed by heading. */
const records = (addOn: AddOn, name: string) => {
  const [, header, ...rows] = sheet(addOn, name).snapshot();
  return rows.map((row) =>
    Object.fromEntries(header!.map((heading, index) => [String(heading), row[index]])),
  );
};

describe('the add-on menu', () => {
  it('onOpen adds an add-on menu whose items call top-level functions', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('onOpen', { authMode: 'LIMITED' });
    expect(addOn.menus).toHaveLength(1);
    const [menu] = addOn.menus;
    expect(menu!.added).toBe(true);
    const items = menu!.items.filter((item) => item.functionName !== '');
    expect(items.map((item) => item.caption)).toEqual([
      'Open Trajectory',
      'Analyse this markbook',
      'Create the self-review grid',
      'Summarise the self-review',
    ]);
    for (const item of items) expect(addOn.topLevelFunctions()).toContain(item.functionName);
  });

  it('onInstall builds the same menu', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('onInstall', { authMode: 'FULL' });
    expect(addOn.menus[0]?.items.map((item) => item.caption)).toContain('Analyse this markbook');
  });

  it('Open Trajectory shows the built sidebar', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('showSidebar');
    expect(addOn.sidebars).toHaveLength(1);
    expect(addOn.sidebars[0]!.getTitle()).toBe('Trajectory');
    expect(addOn.sidebars[0]!.getContent()).toContain('<div id="app"></div>');
  });
});

describe('analysing a markbook', () => {
  let addOn: AddOn;
  let report: AnalysisReport;
  let teachersCells: Cell[][];

  beforeAll(() => {
    addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    teachersCells = sheet(addOn, MARKBOOK).snapshot();
    report = analyse(addOn);
  });

  it('writes the five output sheets after the markbook', () => {
    expect(report.problem).toBeNull();
    expect(report.written).toEqual(OUTPUTS);
    expect(addOn.book.getSheets().map((s) => s.getName())).toEqual([MARKBOOK, ...OUTPUTS]);
  });

  it('reads the markbook with one call and writes each output sheet with one call', () => {
    expect(addOn.book.reads(MARKBOOK)).toBe(1);
    for (const name of OUTPUTS) expect(addOn.book.writes(name), name).toBe(1);
  });

  it("never writes into the teacher's sheet and leaves it active", () => {
    expect(addOn.book.writes(MARKBOOK)).toBe(0);
    expect(sheet(addOn, MARKBOOK).snapshot()).toEqual(teachersCells);
    expect(addOn.book.getActiveSheet().getName()).toBe(MARKBOOK);
  });

  it('puts one row per pupil on Targets, with the row it came from', () => {
    const targets = records(addOn, 'Targets');
    expect(targets).toHaveLength(PUPIL_COUNT);
    expect(targets.map((row) => row.Row)).toEqual(Array.from({ length: PUPIL_COUNT }, (_, i) => i + 4));
    expect(targets[0]).toMatchObject({
      Pupil: 'Ava Thompson',
      Baseline: '5a',
      Latest: '6a',
      Target: '6a',
      Wave: 1,
    });
    const statuses = new Set(targets.map((row) => row.Status));
    expect(
      [...statuses].every((s) =>
        /^(Above|On|Below|Well below) trajectory$|^Not enough data$/.test(String(s)),
      ),
    ).toBe(true);
    expect(targets.find((row) => row.Pupil === 'Daniel Hughes')).toMatchObject({
      Status: 'Well below trajectory',
    });
  });

  it('lists flags with the pupil, a suggested response and the guidance they cite', () => {
    const flags = records(addOn, 'Flags');
    expect(flags.length).toBe(report.flags);
    const absence = flags.find(
      (row) => row.Pupil === 'Daniel Hughes' && row.Rule === 'markbook/persistent-absence',
    );
    expect(absence).toMatchObject({ Row: 7 });
    expect(String(absence?.['Suggested response'])).not.toBe('');
    expect(String(absence?.Guidance)).toContain('Personalised Learning');
  });

  it('writes guided groups of no more than eight, named by the shared weakness', () => {
    const groups = records(addOn, 'Groups');
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.map((row) => row['Shared weakness (focus)'])).toEqual(
      report.groups.map((group) => group.focus),
    );
    for (const group of groups) expect(Number(group.Pupils)).toBeLessThanOrEqual(8);
  });

  it('reports every unreadable cell with its A1 address on the Trajectory log and to the sidebar', () => {
    const log = records(addOn, 'Trajectory log');
    expect(log.map((row) => [row.Cell, row.Value])).toEqual(
      expect.arrayContaining([
        ['J9', '4bb'],
        ['L15', 'see me'],
        ['O13', '140'],
      ]),
    );
    expect(log.every((row) => !String(row.Problem).startsWith(`${row.Cell}:`))).toBe(true);
    expect(report.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cell: 'J9', value: '4bb', message: expect.stringMatching(/^'4bb' /) }),
      ]),
    );
  });

  it('keeps grades and values as text, as the teacher wrote them', () => {
    const log = records(addOn, 'Trajectory log');
    expect(log.find((row) => row.Cell === 'O13')?.Value).toBe('140');
    for (const row of records(addOn, 'Targets')) expect(typeof row.Latest).toBe('string');
  });

  it('colours status and wave cells with conditional formatting', () => {
    const rules = sheet(addOn, 'Targets').getConditionalFormatRules();
    const on = (column: string) => rules.filter((rule) => rule.ranges[0]!.getA1Notation() === column);
    expect(on(`H3:H${PUPIL_COUNT + 2}`).map((rule) => rule.condition.value)).toEqual([
      'Above trajectory',
      'On trajectory',
      'Below trajectory',
      'Well below trajectory',
    ]);
    expect(on(`K3:K${PUPIL_COUNT + 2}`).map((rule) => rule.condition)).toEqual([
      { kind: 'number', value: 2 },
      { kind: 'number', value: 3 },
    ]);
    expect(
      sheet(addOn, 'Flags')
        .getConditionalFormatRules()
        .map((rule) => rule.condition.value),
    ).toEqual(['Urgent', 'Warning']);
  });

  it('adds a stacked column chart of statuses at each assessment to the Summary sheet', () => {
    const summary = sheet(addOn, 'Summary');
    const charts = summary.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'COLUMN',
      options: expect.objectContaining({ isStacked: true }),
    });
    const [range] = charts[0]!.getRanges();
    const table = summary.snapshot().slice(range!.getRow() - 1, range!.getRow() - 1 + range!.getNumRows());
    expect(table.map((row) => row[0])).toEqual([
      'Status at each assessment',
      'Autumn 1',
      'Autumn 2',
      'Spring 1',
    ]);
    const spring = table.at(-1)!.slice(1, range!.getNumColumns());
    expect(spring.reduce((sum: number, count) => sum + Number(count), 0)).toBe(PUPIL_COUNT);
  });

  it('freezes the caption and headings, so they stay in view', () => {
    for (const name of OUTPUTS) {
      const output = sheet(addOn, name);
      expect(output.getFrozenRows(), name).toBe(name === 'Summary' ? 1 : 2);
      expect(output.fontWeights.get('A1'), name).toBe('bold');
    }
  });

  it('draws headings bold and shaded, as far as they go and no further', () => {
    const targets = sheet(addOn, 'Targets');
    for (const cell of ['A2', 'B2', 'P2']) {
      expect(targets.fontWeights.get(cell), cell).toBe('bold');
      expect(targets.backgrounds.get(cell), cell).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(targets.fontWeights.get('B3')).toBeUndefined();
    const summary = sheet(addOn, 'Summary');
    const waveHeading = summary.snapshot().findIndex((row) => row[0] === 'Wave') + 1;
    expect(summary.fontWeights.get(`C${waveHeading}`)).toBe('bold');
    expect(summary.backgrounds.get(`D${waveHeading}`)).toBeUndefined();
  });

  it('sizes columns for what they hold, so names and long targets are not cut off', () => {
    const targets = sheet(addOn, 'Targets');
    const width = (heading: string) =>
      targets.getColumnWidth(headings(addOn, 'Targets').indexOf(heading) + 1);
    expect(width('Row')).toBeLessThan(width('Pupil'));
    expect(width('Pupil')).toBeGreaterThanOrEqual(150);
    expect(width('Short-term target')).toBeGreaterThanOrEqual(250);
    // About 7 pixels a character in Sheets' default 10 pt Arial (bold headings wrap).
    for (const name of ['Targets', 'Flags', 'Groups', 'Trajectory log']) {
      const [, header, ...body] = sheet(addOn, name).snapshot();
      header!.forEach((heading, index) => {
        if (sheet(addOn, name).wraps.get(`${String.fromCharCode(65 + index)}3`) === 'wrap') return;
        const longest = Math.max(...body.map((row) => String(row[index]).length));
        expect(sheet(addOn, name).getColumnWidth(index + 1), `${name}: ${heading}`).toBeGreaterThanOrEqual(
          longest * 7,
        );
      });
    }
  });

  it('wraps long text (reasons, targets, responses) and leaves short columns on one line', () => {
    const wraps = (name: string, heading: string) => {
      const column = headings(addOn, name).indexOf(heading) + 1;
      return sheet(addOn, name).wraps.get(`${String.fromCharCode(64 + column)}3`);
    };
    for (const heading of ['Why this wave', 'Medium-term target', 'Intervention'])
      expect(wraps('Targets', heading), heading).toBe('wrap');
    expect(wraps('Targets', 'Pupil')).toBeUndefined();
    expect(wraps('Flags', 'Suggested response')).toBe('wrap');
    expect(wraps('Flags', 'What the markbook shows')).toBe('wrap');
    expect(wraps('Trajectory log', 'Problem')).toBe('wrap');
    expect(sheet(addOn, 'Targets').wraps.get('A1')).toBeUndefined();
    expect(sheet(addOn, 'Targets').verticalAlignments.get(`L${PUPIL_COUNT + 2}`)).toBe('top');
  });

  it('shows attendance and on-track rates as percentages, and progress with its sign', () => {
    const targets = sheet(addOn, 'Targets');
    const column = (heading: string) => headings(addOn, 'Targets').indexOf(heading) + 1;
    const daniel = targets.snapshot().findIndex((row) => row[1] === 'Daniel Hughes') + 1;
    const attendance = `${String.fromCharCode(64 + column('Attendance'))}${daniel}`;
    expect(targets.getRange(attendance).getValues()[0]![0]).toBeLessThan(1);
    expect(targets.formats.get(attendance)).toBe('0.0%');
    expect(targets.formats.get(`${String.fromCharCode(64 + column('Progress (points)'))}${daniel}`)).toBe(
      '+0.0;-0.0;0.0',
    );
    const summary = sheet(addOn, 'Summary');
    const rows = summary.snapshot();
    // The data lead's headline first: at or above target now, on track by forecast.
    const headline = rows.findIndex((row) => row[0] === 'Whole class') + 1;
    expect(rows[headline - 2]!.slice(2, 4)).toEqual(['At or above target now', 'On track by forecast']);
    expect(summary.getRange(`C${headline}`).getValues()[0]![0]).toBeCloseTo(
      (report.atOrAboveTargetRate ?? Number.NaN) / 100,
      3,
    );
    expect(summary.getRange(`D${headline}`).getValues()[0]![0]).toBeCloseTo(
      (report.onTrackByForecastRate ?? Number.NaN) / 100,
      3,
    );
    expect(summary.formats.get(`C${headline}`)).toBe('0%');
    expect(summary.formats.get(`D${headline}`)).toBe('0%');
    const trajectory = rows.findIndex((row, index) => index >= headline && row[0] === 'Whole class') + 1;
    expect(summary.getRange(`C${trajectory}`).getValues()[0]![0]).toBeCloseTo(
      (report.onTrackRate ?? Number.NaN) / 100,
      3,
    );
    expect(summary.formats.get(`C${trajectory}`)).toBe('0%');
    expect(summary.formats.get(`D${trajectory}`)).toBe('+0.0;-0.0;0.0');
  });

  it('shows a group of fewer than five pupils as a count, never a rate or a gap', () => {
    const rows = sheet(addOn, 'Summary').snapshot();
    const groupNames = ['SEN', 'EHCP', 'EAL', 'Disadvantaged', 'Most able', 'Looked after', 'Boys', 'Girls'];
    const groups = rows.filter((row) => groupNames.includes(String(row[0])));
    const small = groups.filter((row) => Number(row[1]) < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) {
      expect(row[2]).toMatch(/^\d+ of \d+$/);
      expect(row.slice(3, 6)).toEqual(['', '', '']);
      expect(row[6]).toBe('Too few pupils for a rate or a gap');
    }
    for (const row of groups.filter((row) => Number(row[1]) >= 5)) expect(typeof row[2]).toBe('number');
  });

  it('formats each sheet with a few range-wide calls, not one per cell', () => {
    for (const name of OUTPUTS) expect(addOn.book.formattingCalls(name), name).toBeLessThanOrEqual(20);
  });

  it('summarises the gaps between groups', () => {
    const cells = sheet(addOn, 'Summary').snapshot();
    const disadvantaged = cells.find((row) => row[0] === 'Disadvantaged');
    expect(disadvantaged?.[1]).toBe(5);
    expect(typeof disadvantaged?.[4]).toBe('number');
  });

  it('gives the sidebar a summary of the same analysis', () => {
    expect(report).toMatchObject({ sheet: MARKBOOK, pupils: PUPIL_COUNT, headerRow: 3 });
    const counted = Object.values(report.byStatus).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(PUPIL_COUNT);
    expect(report.topFlags.length).toBeLessThanOrEqual(8);
    expect(report.topFlags[0]?.title).toBe('Well below trajectory');
  });
});

describe('running it again', () => {
  it('gives identical sheets, one chart and the same formatting', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    analyse(addOn);
    const first = OUTPUTS.map((name) => sheet(addOn, name).snapshot());
    const ids = OUTPUTS.map((name) => sheet(addOn, name).getSheetId());
    const rules = sheet(addOn, 'Targets').getConditionalFormatRules().length;
    analyse(addOn);
    expect(OUTPUTS.map((name) => sheet(addOn, name).snapshot())).toEqual(first);
    expect(OUTPUTS.map((name) => sheet(addOn, name).getSheetId())).toEqual(ids);
    expect(sheet(addOn, 'Summary').getCharts()).toHaveLength(1);
    expect(sheet(addOn, 'Targets').getConditionalFormatRules()).toHaveLength(rules);
    expect(sheet(addOn, 'Targets').wraps.get('L3')).toBe('wrap');
    expect(sheet(addOn, 'Targets').fontWeights.get('B2')).toBe('bold');
    expect(addOn.book.getSheets()).toHaveLength(OUTPUTS.length + 1);
    expect(addOn.book.reads(MARKBOOK)).toBe(2);
    for (const name of OUTPUTS) expect(addOn.book.writes(name)).toBe(2);
  });

  it('clears rows left from a longer markbook', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    analyse(addOn);
    const shorter = addOn.book.addSheet('8EN3', YEAR_8_ENGLISH.slice(0, 6));
    shorter.activate();
    expect(analyse(addOn).pupils).toBe(3);
    expect(records(addOn, 'Targets').map((row) => row.Pupil)).toEqual([
      'Ava Thompson',
      'Ben Carter',
      'Chloe Evans',
    ]);
  });
});

describe('what it will not do', () => {
  it("leaves alone a sheet of the teacher's that has an output sheet's name", () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    const own = addOn.book.addSheet('Targets', [['My targets for 8EN2'], ['Ava', '7c']]);
    const before = own.snapshot();
    const report = analyse(addOn);
    expect(report.problem).toContain("'Targets' that Trajectory did not make");
    expect(report.written).toEqual([]);
    expect(own.snapshot()).toEqual(before);
    expect(addOn.book.getSheets().map((s) => s.getName())).toEqual([MARKBOOK, 'Targets']);
  });

  it('does not analyse one of its own output sheets', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    analyse(addOn);
    sheet(addOn, 'Targets').activate();
    expect(analyse(addOn).problem).toBe(
      "'Targets' is one of Trajectory's own sheets. Open your markbook sheet and analyse it from there.",
    );
  });

  it('says honestly when a sheet has no pupil rows, and writes nothing', () => {
    const addOn = loadAddOn('Notes', [
      ['Parents evening', 'Thursday'],
      ['Bring', 'planners'],
    ]);
    const report = analyse(addOn);
    expect(report.problem).toMatch(
      /^This sheet has no pupil rows I can read: I could not find a header row with a pupils' name column/,
    );
    expect(report.written).toEqual([]);
    expect(addOn.book.getSheets()).toHaveLength(1);
  });

  it('says so when there are headers but no pupils under them yet', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH.slice(0, 3));
    expect(analyse(addOn).problem).toBe(
      "This sheet has no pupil rows I can read: there are no rows with a pupil's name under the headers in row 3.",
    );
  });

  it('says so when the sheet is empty', () => {
    const addOn = loadAddOn('Sheet1', []);
    expect(analyse(addOn).problem).toBe('This sheet has no pupil rows I can read: it is empty.');
  });

  it('from the menu, shows the problem in an alert', () => {
    const addOn = loadAddOn('Sheet1', []);
    addOn.run('analyseFromMenu');
    expect(addOn.alerts).toEqual([
      { title: 'Trajectory', prompt: 'This sheet has no pupil rows I can read: it is empty.' },
    ]);
  });
});

describe('from the menu', () => {
  it('analyses and says where to look in a toast', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.run('analyseFromMenu');
    expect(addOn.alerts).toEqual([]);
    expect(addOn.book.toasts).toHaveLength(1);
    expect(addOn.book.toasts[0]).toMatch(
      /^14 pupils analysed; \d+ below trajectory, \d+ flags\. See the Targets, /,
    );
  });
});

describe('selecting a cell from the sidebar', () => {
  it('activates the markbook and the cell', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    analyse(addOn);
    sheet(addOn, 'Summary').activate();
    addOn.callFromSidebar('selectCell', MARKBOOK, 'J9');
    expect(addOn.book.getActiveSheet().getName()).toBe(MARKBOOK);
    expect(addOn.book.getActiveRange()?.getA1Notation()).toBe('J9');
  });

  it('refuses something that is not a cell address', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    expect(() => addOn.callFromSidebar('selectCell', MARKBOOK, 'A1:Z99')).toThrow(
      "'A1:Z99' is not a cell address.",
    );
  });
});

describe('settings', () => {
  it('start empty', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    expect(addOn.callFromSidebar<SettingsView>('getSettings')).toEqual({ settings: {}, problems: [] });
  });

  it('round-trip through the document properties', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    const settings = { headerRow: 3, targets: { ambition: 'above' }, thresholds: { groupSize: 5 } };
    expect(addOn.callFromSidebar<SaveSettingsResult>('saveSettings', settings)).toEqual({ ok: true });
    expect(addOn.callFromSidebar<SettingsView>('getSettings')).toEqual({ settings, problems: [] });
    expect([...addOn.properties.keys()]).toContain('trajectory.markbookSettings');
  });

  it('are validated by the engine, and nothing is saved when they are wrong', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    const result = addOn.callFromSidebar<SaveSettingsResult>('saveSettings', {
      thresholds: { groupSize: 40 },
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.problems.join('\n')).toMatch(/groupSize/);
    expect(result.ok === false && result.problems.join('\n')).toMatch(/colour/);
    expect(addOn.callFromSidebar<SettingsView>('getSettings').settings).toEqual({});
  });

  it('change the analysis: smaller guided groups', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.callFromSidebar('saveSettings', { thresholds: { groupSize: 2 } });
    for (const group of analyse(addOn).groups) expect(group.pupils.length).toBeLessThanOrEqual(2);
  });

  it('that no longer validate stop the analysis with a message, rather than being ignored', () => {
    const addOn = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    addOn.properties.set('trajectory.markbookSettings', JSON.stringify({ headerRow: 'three' }));
    const view = addOn.callFromSidebar<SettingsView>('getSettings');
    expect(view.problems).toHaveLength(1);
    const report = analyse(addOn);
    expect(report.problem).toMatch(/^The saved settings need fixing before I can analyse: headerRow/);
    expect(report.written).toEqual([]);
  });
});

describe('a GCSE markbook as getValues returns it', () => {
  it('reads date headers and number grades, and writes grades back as text, as the teacher wrote them', () => {
    const addOn = loadAddOn('11Ma1', YEAR_11_MATHS);
    const report = analyse(addOn);
    expect(report).toMatchObject({ problem: null, pupils: 6, headerRow: 1 });
    const targets = records(addOn, 'Targets');
    expect(targets.map((row) => row.Pupil)).toEqual([
      'Tobi Adeyemi',
      'Hannah Brooks',
      'Wei Chen',
      'Megan Dunn',
      'Kofi Ellis',
      'Lily Fox',
    ]);
    for (const row of targets) {
      expect(typeof row.Latest).toBe('string');
      expect(typeof row.Target).toBe('string');
    }
    expect(targets.find((row) => row.Pupil === 'Lily Fox')).toMatchObject({ Latest: '6', Target: '6' });
    expect(records(addOn, 'Trajectory log').find((row) => row.Value === '6/7')).toMatchObject({ Cell: 'I4' });
    const points = sheet(addOn, 'Summary')
      .snapshot()
      .filter((row) => /^\d{4}-\d{2}-\d{2}$/.test(String(row[0])));
    expect(points.map((row) => row[0])).toEqual(['2026-10-10', '2026-12-08', '2027-02-02']);
  });
});

describe('a large markbook', () => {
  /** A year group of 1,500 pupils: more rows than a new sheet has (1,000). */
  const yearGroup: Cell[][] = [
    ['Name', 'KS2 Level', 'Autumn 1', 'Autumn 2', 'Spring 1', 'Attendance %'],
    ...Array.from({ length: 1500 }, (_, i): Cell[] => {
      const level = 3 + (i % 3);
      const sub = ['c', 'b', 'a'][i % 3]!;
      return [
        `Pupil ${i + 1}`,
        `${level}${sub}`,
        `${level}${sub}`,
        `${level}a`,
        `${level + 1}${sub}`,
        85 + (i % 15),
      ];
    }),
  ];

  it('grows the output sheets to fit, still one write each', () => {
    const addOn = loadAddOn('Year 8', yearGroup);
    const report = analyse(addOn);
    expect(report).toMatchObject({ problem: null, pupils: 1500 });
    expect(sheet(addOn, 'Targets').getLastRow()).toBe(1502);
    expect(sheet(addOn, 'Targets').getMaxRows()).toBeGreaterThanOrEqual(1502);
    for (const name of OUTPUTS) expect(addOn.book.writes(name)).toBe(1);
  });

  it('is formatted with as many calls as a class of fourteen', () => {
    const year = loadAddOn('Year 8', yearGroup);
    analyse(year);
    const form = loadAddOn(MARKBOOK, YEAR_8_ENGLISH);
    analyse(form);
    for (const name of ['Targets', 'Flags', 'Trajectory log'])
      expect(year.book.formattingCalls(name), name).toBe(form.book.formattingCalls(name));
    expect(sheet(year, 'Targets').wraps.get('L1502')).toBe('wrap');
  });
});

describe('a tracker of several subjects', () => {
  it('names the subject of each Targets row, so a pupil listed three times says which is which', () => {
    const csv = readFileSync(
      join(import.meta.dirname, '../fixtures/markbooks/primary-rwm-tracker.csv'),
      'utf8',
    );
    const addOn = loadAddOn('4B', parseDelimited(csv) as Cell[][]);
    analyse(addOn);
    const names = records(addOn, 'Targets').map((row) => String(row.Pupil));
    const subjects = new Set(names.map((name) => name.slice(name.lastIndexOf('(') + 1, -1)));
    expect([...subjects].sort()).toEqual(['Maths', 'Reading', 'Writing']);
    expect(new Set(names).size).toBe(names.length);
  });
});
