import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { SCHEME_OBJECTIVE, schemeOfWorkPage, tuitionPlanPage } from './support/fixtures';

let browser: ExtensionBrowser;
const SCHEME_URL = 'https://www.oakfield-primary.example/curriculum/science/water-cycle';

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route('https://www.oakfield-primary.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: schemeOfWorkPage() }),
  );
});

afterEach(async () => {
  await browser.closeTestPages();
});

afterAll(async () => {
  await browser?.close();
});

async function openScheme(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(SCHEME_URL);
  return page;
}

/** The panel beside a page: open it, then switch back to the page as a teacher would. */
async function panelBeside(page: Page): Promise<Page> {
  const panel = await browser.openPanel();
  await page.bringToFront();
  return panel;
}

describe('side panel on other pages', () => {
  it('says honestly that there is nothing to read when no page is open', async () => {
    const panel = await browser.openPanel();
    const empty = panel.locator('.empty');
    await expect(empty.getByRole('heading').textContent()).resolves.toBe('Nothing to read here yet');
    await expect(empty.textContent()).resolves.toMatch(
      /Open a lesson plan in Google Docs, or select some text/,
    );
    await browser.screenshot(panel, 'panel-empty');
    await panel.close();
  });

  it('explains how to give access, then reads the main text once the toolbar button is clicked', async () => {
    const page = await openScheme();
    const panel = await panelBeside(page);
    const alert = panel.getByRole('alert');
    await expect(alert.getByRole('heading').textContent()).resolves.toBe(
      'Chrome has not given Trajectory access to this page.',
    );
    await expect(alert.textContent()).resolves.toMatch(/Click the Trajectory button in Chrome's toolbar/);
    await browser.screenshot(panel, 'panel-needs-access');

    await browser.clickToolbarButton(page);
    await panel.locator('h1', { hasText: 'Year 4 Science: The water cycle' }).waitFor();
    await expect(panel.locator('.source').textContent()).resolves.toBe("Read from the page's main text");
    await expect(panel.locator('.ladder h3').allTextContents()).resolves.toEqual([
      expect.stringMatching(/how the water cycle moves water around the Earth/i),
    ]);
    // The page has pair talk and a plenary that returns to the objective: no prompt claims otherwise.
    const prompts = (await panel.locator('.prompt-message').allTextContents()).join('\n');
    expect(prompts).not.toMatch(/How will the lesson end/i);
    await browser.screenshot(panel, 'panel-web-page');

    // What the page script read: the article, not the navigation, sidebar or footer.
    const read = await browser.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/content-scripts/page.js'],
      });
      return frame!.result as { mainText: string };
    }, SCHEME_URL);
    expect(read.mainText.split('\n').slice(0, 3)).toEqual([
      '# Lesson 2: The water cycle',
      '## Learning objective',
      SCHEME_OBJECTIVE,
    ]);
    expect(read.mainText).not.toMatch(/Contact us|Other units|Copyright/);

    await panel.close();
    await page.close();
  });

  it('turns a selected objective into a question ladder', async () => {
    const page = await openScheme();
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();

    await panel.getByRole('button', { name: 'Use selection' }).click();
    await expect(panel.getByRole('alert').getByRole('heading').textContent()).resolves.toBe(
      'No text is selected on this page.',
    );

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#objective')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await panel.getByRole('button', { name: 'Use selection' }).click();
    await expect.poll(() => panel.locator('.source').textContent()).toBe('Read from your selected text');
    const ladder = panel.locator('.ladder');
    // The ladder keeps the objective's own words (the engine may drop a leading "To").
    await expect(ladder.locator('h3').textContent()).resolves.toMatch(
      /explain how the water cycle moves water around the Earth$/i,
    );
    await expect(ladder.locator('.steps li').count()).resolves.toBe(6);
    await expect(panel.locator('#missing').locator('..').locator('..').textContent()).resolves.toMatch(
      /does not read as a whole plan/,
    );
    await expect(panel.getByRole('button', { name: 'Read whole page' }).isVisible()).resolves.toBe(true);
    await browser.screenshot(panel, 'panel-selection');

    await panel.close();
    await page.close();
  });

  it('shows a selection handed over by the context menu, until the page changes', async () => {
    const page = await openScheme();
    const panel = await panelBeside(page);
    // The menu's click handler stores the selection for the tab; a test cannot click a native menu.
    const tabId = await browser.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.storage.session.set({
        [`selection:${tab!.id}`]: {
          text: 'To describe how plants make their own food',
          title: 'Plants',
          url,
        },
      });
      return tab!.id!;
    }, SCHEME_URL);
    await expect(panel.locator('.ladder h3').textContent()).resolves.toMatch(
      /describe how plants make their own food$/i,
    );

    await page.reload();
    await expect
      .poll(() => browser.worker.evaluate((key) => chrome.storage.session.get(key), `selection:${tabId}`))
      .toEqual({});
    await panel.close();
    await page.close();
  });

  it('plans an intervention session for a tuition plan', async () => {
    const page = await browser.context.newPage();
    await page.route('**/tuition', (route) =>
      route.fulfill({ contentType: 'text/html', body: tuitionPlanPage() }),
    );
    await page.goto('https://www.oakfield-primary.example/tuition');
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.getByRole('heading', { name: 'Intervention session' }).waitFor();
    const section = panel.locator('section', {
      has: panel.getByRole('heading', { name: 'Intervention session' }),
    });
    await expect(section.locator('.stages li strong').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Introduce/),
      expect.stringMatching(/^Remember/),
      expect.stringMatching(/^Model/),
      expect.stringMatching(/^Try/),
      expect.stringMatching(/^Apply/),
      expect.stringMatching(/^Secure/),
      expect.stringMatching(/^Review/),
    ]);
    await expect(section.textContent()).resolves.toMatch(/Back in class:/);
    await section.scrollIntoViewIfNeeded();
    await browser.screenshot(panel, 'panel-intervention');
  });

  it('can be used from the keyboard alone', async () => {
    const page = await openScheme();
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();
    await panel.bringToFront();

    const reached: string[] = [];
    for (let step = 0; step < 12; step++) {
      await panel.keyboard.press('Tab');
      reached.push(
        await panel.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
        ),
      );
    }
    expect(reached).toEqual(
      expect.arrayContaining(['Read again', 'Use selection', 'Settings', 'Copy all prompts', 'Why?']),
    );

    while ((await panel.evaluate(() => document.activeElement?.textContent)) !== 'Why?') {
      await panel.keyboard.press('Tab');
    }
    await panel.keyboard.press('Enter');
    const toggle = panel.locator('.why-toggle[aria-expanded="true"]');
    await expect(toggle.count()).resolves.toBe(1);
    await expect(toggle.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expect(toggle.evaluate((button) => getComputedStyle(button).outlineStyle)).resolves.toBe('solid');
    await browser.screenshot(panel, 'panel-keyboard');

    await panel.close();
    await page.close();
  });
});

describe('settings', () => {
  it('rejects a guided session outside 15-20 minutes, saves valid settings and the panel follows them', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 720, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const checks = options.getByRole('checkbox');
    await expect(checks.count()).resolves.toBeGreaterThan(20);

    const minutes = options.getByLabel('Default session length');
    await minutes.fill('25');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.locator('.field-error').textContent()).resolves.toMatch(
      /15 to 20 minutes.*20 or fewer/,
    );
    await expect(minutes.getAttribute('aria-invalid')).resolves.toBe('true');
    await browser.screenshot(options, 'options-invalid');

    await minutes.fill('16');
    await options.getByRole('checkbox', { name: /lesson\/pupil-talk/ }).uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toEqual({
      hiddenRules: ['lesson/pupil-talk'],
      guidedMinutes: 16,
      showDocsLauncher: true,
    });

    const page = await browser.context.newPage();
    await page.route(SCHEME_URL, (route) =>
      route.fulfill({
        contentType: 'text/html',
        // A whole plan with few gaps, so its prompts go beyond the planning flow and fit in the list.
        body: '<main><h1>Plan</h1><p>Learning objective: To add fractions with the same denominator</p><p>Success criteria: I can add the numerators</p><p>Starter (5 mins): recap halves. Why are two quarters a half?</p><p>Main (20 mins): I model adding 1/4 and 2/4 on the board, thinking aloud, then pupils try three on whiteboards.</p><p>Plenary (5 mins): exit ticket on the objective; next lesson: subtracting fractions.</p></main>',
      }),
    );
    await page.goto(SCHEME_URL);
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();
    await expect(panel.getByLabel('Minutes').inputValue()).resolves.toBe('16');
    const withPupilTalkHidden = await panel.locator('.prompt-message').allTextContents();
    expect(withPupilTalkHidden.length).toBeGreaterThan(0);

    // Back to the defaults: the open panel updates at once and the pupil-talk prompt returns.
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await expect.poll(() => panel.locator('.prompt-message').count()).toBe(withPupilTalkHidden.length + 1);
    const returned = (await panel.locator('.prompt-message').allTextContents()).filter(
      (message) => !withPupilTalkHidden.includes(message),
    );
    expect(returned.join()).toMatch(/talk/i);
    await options.close();
    await panel.close();
    await page.close();
  });
});
