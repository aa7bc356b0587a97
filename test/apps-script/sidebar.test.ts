/**
 * The built sidebar in a real Chromium, wired to the add-on running in the harness: the page's
 * google.script.run calls the bundle's top-level functions through JSON, as Apps Script does.
 * Every network request is refused and recorded, so the page must be self-contained.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { plainWords } from '../../apps-script/sidebar/errors';
import { ANNEX_ITEMS } from '../../shared/selfreview';
import type { FakeSheet } from './fake-sheets';
import { type AddOn, ensureBuilt, loadAddOn, readBuilt } from './harness';
import { YEAR_8_ENGLISH } from './markbooks';

let browser: Browser;
let page: Page;
let addOn: AddOn;
let requests: string[];
/** Where the test serves the sidebar from, as Apps Script serves it from its own origin. */
const SIDEBAR_URL = 'https://script.test/sidebar';
/** Sheets shows an add-on's sidebar 300 pixels wide. */
const SIDEBAR_WIDTH = 300;
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
/** The README shows these; `npm run screenshots` copies them there, so they show the sidebar as built. */
const README_SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
const UPDATE_README = process.env.UPDATE_SCREENSHOTS === '1';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A server function that fails the next time the sidebar calls it, as Apps Script can. */
let failNext: { name: string; message: string } | null = null;

/**
 * Saves the sidebar as it looks now, for a person to look at (and, with `readme`, for the
 * README), and checks that nothing in it is wider than the sidebar (which would need
 * scrolling sideways).
 */
async function screenshot(name: string, { readme = false } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `sidebar-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (readme && UPDATE_README) {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(README_SCREENSHOTS, `sidebar-${name}.png`));
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
    SIDEBAR_WIDTH,
  );
}

/** axe-core's WCAG 2 A and AA checks on the page as it is now: each violation, by rule and element. */
async function accessibilityViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

/** What a senior leader types into the grid: a rating per item, by Ref, in one phase column. */
function rate(sheet: FakeSheet, column: number, ratings: Record<string, number | string>) {
  const cells = sheet.snapshot();
  for (const [ref, rating] of Object.entries(ratings)) {
    sheet.setCell(cells.findIndex((row) => row[0] === ref) + 1, column, rating);
  }
}

beforeAll(async () => {
  ensureBuilt();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  addOn = loadAddOn('8EN2', YEAR_8_ENGLISH);
  requests = [];
  page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 720 } });
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL) {
      return route.fulfill({ contentType: 'text/html', body: readBuilt('Sidebar.html') });
    }
    requests.push(route.request().url());
    return route.abort();
  });
  failNext = null;
  await page.exposeFunction('callAppsScript', (name: string, args: unknown[]) => {
    if (failNext?.name === name) {
      const { message } = failNext;
      failNext = null;
      return { ok: false, message };
    }
    try {
      return { ok: true, value: addOn.callFromSidebar(name, ...args) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const call = (
      window as unknown as {
        callAppsScript: (
          name: string,
          args: unknown[],
        ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
      }
    ).callAppsScript;
    const runner = (success: Handler, failure: Handler): unknown =>
      new Proxy(
        {},
        {
          get: (_target, name: string) => {
            if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
            if (name === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
            return (...args: unknown[]) => {
              call(name, args).then((result) =>
                result.ok ? success(result.value) : failure(new Error(result.message)),
              );
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
      },
    };
  });
  await page.goto(SIDEBAR_URL);
});

afterEach(async () => {
  await page.close();
});

describe('the sidebar', () => {
  it('analyses the markbook and shows the results summary', async () => {
    await screenshot('analyse-start');
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '14 pupils in ‘8EN2’' }).count()).toBe(1);
    await expect.poll(() => page.locator('.status-well-below').textContent()).toBe('1 Well below');
    expect(
      await page.getByText('Written to the Targets, Flags, Groups, Summary, Trajectory log sheets.').count(),
    ).toBe(1);
    expect(addOn.book.getSheetByName('Targets')).not.toBeNull();
    expect(requests).toEqual([]);
    await screenshot('analyse-results');
  });

  it('lists unreadable cells, and clicking one selects it in the markbook', async () => {
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    const cell = page.getByRole('button', { name: 'Go to cell L15', exact: true });
    await cell.waitFor();
    expect(await page.locator('.diagnostics li').count()).toBe(3);
    addOn.book.getSheetByName('Summary')!.activate();
    await cell.click();
    await expect.poll(() => addOn.book.getActiveRange()?.getA1Notation()).toBe('L15');
    expect(addOn.book.getActiveSheet().getName()).toBe('8EN2');
  });

  it('shows the honest empty state for a sheet with no pupils', async () => {
    addOn.book.addSheet('Notes', [['Parents evening', 'Thursday']]).activate();
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    await expect
      .poll(() => page.locator('.problem').textContent())
      .toMatch(/^This sheet has no pupil rows I can read: /);
    await screenshot('analyse-no-pupils');
  });

  it('saves settings from the form, and shows why it will not save wrong ones', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const save = page.getByRole('button', { name: 'Save settings' });
    await page.getByLabel('Pupils in a guided group').fill('40');
    await save.click();
    expect(await page.locator('input:invalid').count()).toBe(1);

    await page.getByText('All settings').click();
    await page.locator('textarea').fill('{ "thresholds": { "groupSize": 5 }, "colour": "red" }');
    await save.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not saved.*colour/);
    expect(addOn.properties.has('trajectory.markbookSettings')).toBe(false);

    await page.locator('textarea').fill('{ "thresholds": { "groupSize": 5 } }');
    await page.getByLabel('Targets aim for').selectOption('above');
    await save.click();
    await page.getByText('Saved.').waitFor();
    await screenshot('settings');
    expect(JSON.parse(addOn.properties.get('trajectory.markbookSettings')!)).toEqual({
      thresholds: { groupSize: 5 },
      targets: { ambition: 'above' },
    });
  });

  it('loads saved settings into the form and the JSON view', async () => {
    addOn.callFromSidebar('saveSettings', { headerRow: 3 });
    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => page.getByLabel('Headers are in row').inputValue()).toBe('3');
    await page.getByText('All settings').click();
    expect(JSON.parse(await page.locator('textarea').inputValue())).toEqual({ headerRow: 3 });
  });
});

describe('the sidebar’s tabs', () => {
  it('move with the arrow keys, Home and End, as tabs do', async () => {
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Analyse').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Self-review').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Self-review');
    expect(await page.getByRole('tabpanel', { name: 'Self-review' }).count()).toBe(1);
    await screenshot('keyboard-tabs');
    await page.keyboard.press('End');
    await expect.poll(() => tab('Settings').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Analyse').getAttribute('aria-selected')).toBe('true');
    expect(await tab('Settings').getAttribute('tabindex')).toBe('-1');
  });
});

describe('the self-review view', () => {
  const openView = () => page.getByRole('tab', { name: 'Self-review' }).click();

  it('says there is no grid yet, and creates one from the keyboard', async () => {
    await openView();
    await page.getByText('This spreadsheet has no self-review grid yet.').waitFor();
    await screenshot('selfreview-no-grid');
    await page.getByRole('button', { name: 'Create the self-review grid' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Nothing is rated yet\. In ‘Self-review’, rate each item/).waitFor();
    expect(addOn.book.getActiveSheet().getName()).toBe('Self-review');
    expect(await page.getByRole('button', { name: 'Write the summary sheet' }).count()).toBe(0);
    await screenshot('selfreview-nothing-rated');
  });

  it('shows the priorities and the change between phases, and writes the summary sheet', async () => {
    addOn.run('createSelfReviewGrid');
    const grid = addOn.book.getSheetByName('Self-review')!;
    grid.setCell(4, 3, '14/09/2026');
    grid.setCell(4, 4, '01/02/2027');
    rate(grid, 3, {
      'teaching.a': 2,
      'targets.b': 4,
      'grouping.c': 2,
      'intervention.c': 3,
      'curriculum.b': 3,
    });
    rate(grid, 4, {
      'teaching.a': 1,
      'targets.b': 2,
      'grouping.c': 4,
      'intervention.c': 3,
      'teaching.b': 'good',
    });
    addOn.book.getSheets()[0]!.activate();
    await openView();
    await page.getByRole('heading', { name: 'Latest: phase 2 (1 February 2027)' }).waitFor();
    expect(await page.getByText('4 of 32 items rated, mean rating 2.50.').count()).toBe(1);
    const priorities = page.locator('section', {
      has: page.getByRole('heading', { name: /^Development priorities/ }),
    });
    expect(await priorities.locator('.rating').allTextContents()).toEqual(['4', '3']);
    const change = page.locator('section', {
      has: page.getByRole('heading', {
        name: 'Change from phase 1 (14 September 2026) to phase 2 (1 February 2027)',
      }),
    });
    expect(await change.getByText('2 improved, 1 needs more attention, 1 the same.').count()).toBe(1);
    await change.getByText('Needs more attention (1)').click();
    expect(await change.getByRole('img', { name: 'from 2 to 4' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Go to cell D7' }).count()).toBe(1);
    await screenshot('selfreview-summary');

    await page.getByRole('button', { name: 'Write the summary sheet' }).click();
    await page.getByText('Written to the ‘Self-review summary’ sheet.', { exact: false }).waitFor();
    expect(addOn.book.writes('Self-review summary')).toBe(1);
    expect(addOn.book.getActiveSheet().getName()).toBe('Self-review summary');
    expect(addOn.book.writes('Self-review')).toBe(1);
  });

  it('says honestly when phase 1 is all there is', async () => {
    addOn.run('createSelfReviewGrid');
    rate(addOn.book.getSheetByName('Self-review')!, 3, { 'teaching.a': 1 });
    await openView();
    await page.getByText('No item is rated 3 or 4 in phase 1.').waitFor();
    expect(await page.getByText(/^Rate the items again in the Phase 2 column/).count()).toBe(1);
    await screenshot('selfreview-one-phase');
  });
});

describe('the sidebar keeps what it showed', () => {
  it('keeps the results when the teacher switches tabs, until the next run', async () => {
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    const heading = page.getByRole('heading', { name: '14 pupils in ‘8EN2’' });
    await heading.waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Pupils in a guided group').waitFor();
    expect(await heading.isVisible()).toBe(false);
    await page.getByRole('tab', { name: 'Self-review' }).click();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    expect(await heading.isVisible()).toBe(true);
    expect(await page.locator('.diagnostics li').count()).toBe(3);

    // The next run replaces them.
    addOn.book.addSheet('Notes', [['Parents evening', 'Thursday']]).activate();
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    await page.locator('.problem').waitFor();
    expect(await heading.count()).toBe(0);
  });

  it('keeps a half-edited setting when the teacher looks at another tab', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Pupils in a guided group').fill('5');
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await page.getByLabel('Pupils in a guided group').inputValue()).toBe('5');
  });
});

describe('when the add-on fails', () => {
  it('says so in plain words, keeps Google’s message folded away, and tries again', async () => {
    failNext = {
      name: 'analyseActiveSheet',
      message: 'Exception: Service Spreadsheets timed out while accessing document with id 1xYz.',
    };
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Trajectory could not analyse the markbook.');
    expect(await alert.textContent()).toContain('Google stopped the work at its time limit.');
    expect(await page.getByText('Exception: Service Spreadsheets', { exact: false }).isVisible()).toBe(false);
    await screenshot('analyse-error', { readme: false });
    expect(await accessibilityViolations()).toEqual([]);

    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: '14 pupils in ‘8EN2’' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('passes on the add-on’s own words, which are already meant for the teacher', async () => {
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    const cell = page.getByRole('button', { name: 'Go to cell L15', exact: true });
    await cell.waitFor();
    failNext = { name: 'selectCell', message: 'There is no sheet called ‘8EN2’ any more.' };
    await cell.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Trajectory could not go to L15\. There is no sheet called ‘8EN2’ any more\./);
  });

  it('offers a retry when the settings cannot be loaded', async () => {
    failNext = { name: 'getSettings', message: 'NetworkError: Connection failure due to HTTP 0' };
    await page.getByRole('tab', { name: 'Settings' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The connection to Google dropped.');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByLabel('Pupils in a guided group').waitFor();
  });
});

describe('the settings form', () => {
  it('names the defaults', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const chosen = (label: string) =>
      page.getByLabel(label).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
    await expect.poll(() => chosen('Targets aim for')).toBe('the default: expected progress');
    expect(await chosen('Expected attainment through the year')).toBe(
      'the default: rises steadily to the target',
    );
    expect(await page.getByLabel('Pupils in a guided group').getAttribute('placeholder')).toBe(
      '6 (the default)',
    );
  });

  it('lets a teacher add a school scale without writing JSON', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Add a school scale' }).click();
    const scale = page.getByRole('group', { name: 'Scale 1' });
    await scale.getByLabel('Name', { exact: true }).fill('Bronze to Platinum');
    await scale.getByLabel('Grades, lowest first').fill('Bronze\nSilver, Gold\nPlatinum');
    await scale.getByLabel('Grades gained a year').fill('1');
    await screenshot('settings-scale', { readme: true });
    expect(await accessibilityViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    expect(JSON.parse(addOn.properties.get('trajectory.markbookSettings')!)).toEqual({
      scales: [
        {
          id: 'school-1',
          name: 'Bronze to Platinum',
          grades: ['Bronze', 'Silver', 'Gold', 'Platinum'],
          expectedPerYear: 1,
        },
      ],
    });

    // A range of marks instead, and the JSON (folded) shows the same settings.
    await scale.getByLabel('A range of marks').check();
    await scale.getByLabel('Lowest mark').fill('0');
    await scale.getByLabel('Highest mark').fill('20');
    await scale.getByLabel('One step (marks)').fill('2');
    expect(await page.locator('details textarea').isVisible()).toBe(false);
    await page.getByText('All settings as JSON').click();
    expect(JSON.parse(await page.locator('details textarea').inputValue())).toEqual({
      scales: [{ id: 'school-1', name: 'Bronze to Platinum', expectedPerYear: 1, min: 0, max: 20, step: 2 }],
    });
  });

  it('says why a scale cannot be saved', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Add a school scale' }).click();
    await page.getByRole('group', { name: 'Scale 1' }).getByLabel('Name', { exact: true }).fill('Stars');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not saved.*scales\.0\.grades/);
    expect(addOn.properties.has('trajectory.markbookSettings')).toBe(false);
  });
});

describe('every tab', () => {
  it('has a top-level heading and no accessibility violations axe can find', async () => {
    expect(await page.getByRole('heading', { level: 1, name: 'Trajectory' }).count()).toBe(1);
    expect(await accessibilityViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    await page.getByRole('heading', { name: '14 pupils in ‘8EN2’' }).waitFor();
    await screenshot('analyse', { readme: true });
    expect(await accessibilityViolations()).toEqual([]);

    addOn.run('createSelfReviewGrid');
    addOn.book.getSheets()[0]!.activate();
    await page.getByRole('tab', { name: 'Self-review' }).click();
    await page.getByText(/^Nothing is rated yet/).waitFor();
    expect(await accessibilityViolations()).toEqual([]);

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Pupils in a guided group').waitFor();
    await page.getByText('All settings as JSON').click();
    expect(await accessibilityViolations()).toEqual([]);
  });
});

describe('the self-review summary of a whole review', () => {
  it('fits in a few screens: the priorities first, the rest folded', async () => {
    addOn.run('createSelfReviewGrid');
    const grid = addOn.book.getSheetByName('Self-review')!;
    grid.setCell(4, 3, '14/09/2026');
    grid.setCell(4, 4, '01/02/2027');
    grid.setCell(4, 5, '01/06/2027');
    // Every item rated at three reviews: some better, some worse, most the same.
    const refs = ANNEX_ITEMS.map((item) => item.id);
    const at = (phase: number) =>
      Object.fromEntries(refs.map((ref, index) => [ref, 1 + ((index * 7 + phase * (index % 3)) % 4)]));
    rate(grid, 3, at(0));
    rate(grid, 4, at(1));
    rate(grid, 5, at(2));
    addOn.book.getSheets()[0]!.activate();
    await page.getByRole('tab', { name: 'Self-review' }).click();
    await page.getByRole('heading', { name: 'Latest: phase 3 (1 June 2027)' }).waitFor();
    await screenshot('selfreview', { readme: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // 3,352 pixels (eleven screens of the sidebar) before it was made compact.
    expect(height).toBeLessThan(1600);
    await page.getByText('The other 12').click();
    expect(await page.locator('details[open] .item').count()).toBe(12);
    expect(await accessibilityViolations()).toEqual([]);
  });
});

describe('what a failure means, in plain words', () => {
  it.each([
    ['Authorization is required to perform that action.', /^Google needs your permission again\./],
    ['NetworkError: Connection failure due to HTTP 0', /^The connection to Google dropped\./],
    ['Exceeded maximum execution time', /^Google stopped the work at its time limit\./],
    [
      'Exception: Lock timeout: another process was holding the lock',
      /^Trajectory is already working on this spreadsheet/,
    ],
    ['Exception: Service invoked too many times for one day: spreadsheets.', /^Google is limiting how often/],
    ["There is no sheet called '8EN2' any more.", /^There is no sheet called '8EN2' any more\.$/],
    [
      'TypeError: Cannot read properties of null (reading "getRange")',
      /^Google Sheets did not finish the job\./,
    ],
  ])('%s', (message, words) => {
    expect(plainWords(message)).toMatch(words);
  });
});
