/**
 * The built sidebar in a real Chromium, wired to the add-on running in the harness: the page's
 * google.script.run calls the bundle's top-level functions through JSON, as Apps Script does.
 * Every network request is refused and recorded, so the page must be self-contained.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AddOn, ensureBuilt, loadAddOn, readBuilt } from './harness';
import { YEAR_8_ENGLISH } from './markbooks';

let browser: Browser;
let page: Page;
let addOn: AddOn;
let requests: string[];
/** Where the test serves the sidebar from, as Apps Script serves it from its own origin. */
const SIDEBAR_URL = 'https://script.test/sidebar';

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
  page = await browser.newPage();
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL) {
      return route.fulfill({ contentType: 'text/html', body: readBuilt('Sidebar.html') });
    }
    requests.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('callAppsScript', (name: string, args: unknown[]) => {
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
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '14 pupils in ‘8EN2’' }).count()).toBe(1);
    await expect.poll(() => page.locator('.status-well-below').textContent()).toBe('1 Well below');
    expect(
      await page.getByText('Written to the Targets, Flags, Groups, Summary, Trajectory log sheets.').count(),
    ).toBe(1);
    expect(addOn.book.getSheetByName('Targets')).not.toBeNull();
    expect(requests).toEqual([]);
  });

  it('lists unreadable cells, and clicking one selects it in the markbook', async () => {
    await page.getByRole('button', { name: 'Analyse this markbook' }).click();
    const cell = page.getByRole('button', { name: 'L15', exact: true });
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
    await expect.poll(() => page.locator('ul.error').textContent()).toMatch(/colour/);
    expect(addOn.properties.has('trajectory.markbookSettings')).toBe(false);

    await page.locator('textarea').fill('{ "thresholds": { "groupSize": 5 } }');
    await page.getByLabel('Targets aim for').selectOption('above');
    await save.click();
    await page.getByText('Saved.').waitFor();
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
