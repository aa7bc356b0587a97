import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageRead } from '../../extension/lib/messages';
import { axeViolations } from './support/axe';
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
      return frame!.result as PageRead;
    }, SCHEME_URL);
    // Blocks, as the page laid them out: the headings keep their level.
    expect(read.main.slice(0, 3)).toEqual([
      { kind: 'heading', text: 'Lesson 2: The water cycle', level: 1 },
      { kind: 'heading', text: 'Learning objective', level: 2 },
      { kind: 'paragraph', text: SCHEME_OBJECTIVE },
    ]);
    expect(read.main.map((block) => block.text).join('\n')).not.toMatch(/Contact us|Other units|Copyright/);

    await panel.close();
    await page.close();
  });

  it("shows a prompt's words on the page: scrolled into view and marked, the page itself untouched", async () => {
    const page = await openScheme();
    // A short window, so the words a prompt is about start out of view.
    await page.setViewportSize({ width: 800, height: 240 });
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();
    const links = panel.locator('.quote-link');

    expect(await links.count()).toBeGreaterThan(0);
    const pageBefore = await page.evaluate(() => document.body.innerHTML);

    // The last quoted prompt is about words furthest down the page.
    const link = links.last();
    const quote = ((await link.locator('q').textContent()) ?? '').trim();
    await link.click();
    const marks = page.locator('trajectory-highlight .mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    // The marks lie over the page's own words, and those words are in view.
    const placement = () =>
      page.evaluate((words) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const squash = (text: string) => text.replace(/[\s|]+/g, '').toLowerCase();
        let node: Node | null = walker.nextNode();
        while (node && !squash(node.textContent ?? '').includes(squash(words).slice(0, 20)))
          node = walker.nextNode();
        if (!node) return null;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        const root = document.querySelector('trajectory-highlight')!.shadowRoot!;
        const mark = root.querySelector('.mark')!.getBoundingClientRect();
        return {
          overlaps:
            mark.left < text.right &&
            text.left < mark.right &&
            mark.top < text.bottom &&
            text.top < mark.bottom,
          inView: text.top >= 0 && text.bottom <= innerHeight,
          scrolled: scrollY,
          hostOutsideBody:
            document.querySelector('trajectory-highlight')!.parentElement === document.documentElement,
        };
      }, quote);
    // The scroll is smooth unless the teacher asks for reduced motion: wait for it to settle.
    await expect
      .poll(
        async () => {
          const placed = await placement();
          return placed?.inView === true && placed.scrolled > 0;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    await expect(placement()).resolves.toMatchObject({ overlaps: true, inView: true, hostOutsideBody: true });
    // Nothing in the page's own content changed: no wrapped words, no added elements.
    await expect(page.evaluate(() => document.body.innerHTML)).resolves.toBe(pageBefore);
    await browser.screenshot(page, 'web-page-quote-highlighted');
    await link.scrollIntoViewIfNeeded();
    await browser.screenshot(panel, 'panel-quote-link');

    // Words the page no longer has are said plainly in the panel.
    await page.evaluate(() => {
      for (const heading of document.querySelectorAll('article > *')) heading.textContent = 'Gone';
    });
    await link.click();
    await expect
      .poll(() => panel.locator('.quote-status').last().textContent())
      .toMatch(/no longer on the page/);
    await expect(marks.count()).resolves.toBe(0);
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
    // A sentence alone gives its key term and its own task: two rungs, no templates.
    await expect(ladder.locator('.steps li').count()).resolves.toBe(2);
    await expect(panel.locator('#missing').locator('..').locator('..').textContent()).resolves.toMatch(
      /does not read as a whole plan/,
    );
    await expect(panel.getByRole('button', { name: 'Read whole page' }).isVisible()).resolves.toBe(true);
    await browser.screenshot(panel, 'panel-selection');

    await panel.close();
    await page.close();
  });

  it('reads a selection as the blocks it covers: headings keep their level, the ends are cut where it starts and stops', async () => {
    const page = await openScheme();
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();
    // From the middle of the starter's heading to the middle of the plenary's words.
    await page.evaluate(() => {
      const headings = [...document.querySelectorAll('h2')];
      const starter = headings.find((heading) => heading.textContent?.startsWith('Starter'))!;
      const plenary = headings.find((heading) => heading.textContent?.startsWith('Plenary'))!;
      const range = document.createRange();
      range.setStart(starter.firstChild!, 0);
      range.setEnd(plenary.nextElementSibling!.firstChild!, 'Return to the objective'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const read = await browser.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/content-scripts/page.js'],
      });
      return frame!.result as PageRead;
    }, SCHEME_URL);
    expect(read.selection).toEqual([
      { kind: 'heading', text: 'Starter (5 mins)', level: 2 },
      {
        kind: 'paragraph',
        text: 'Pairs: where does a puddle go on a sunny day? Share ideas with the class.',
      },
      { kind: 'heading', text: 'Main activity (30 mins)', level: 2 },
      {
        kind: 'paragraph',
        text: 'Teacher explains evaporation, condensation and precipitation with a diagram.',
      },
      {
        kind: 'paragraph',
        text: 'Groups label a water cycle diagram and write one sentence for each stage.',
      },
      { kind: 'heading', text: 'Plenary (10 mins)', level: 2 },
      { kind: 'paragraph', text: 'Return to the objective' },
    ]);

    // The panel reads those blocks: its prompts are about the parts selected, and no more.
    await panel.getByRole('button', { name: 'Use selection' }).click();
    await expect.poll(() => panel.locator('.source').textContent()).toBe('Read from your selected text');
    const prompts = (await panel.locator('.prompt-message').allTextContents()).join('\n');
    expect(prompts).not.toMatch(/How will the lesson end|break the lesson into episodes/i);
    // Part of a plan, not an objective: no ladder built from its words run together.
    await expect(panel.locator('.ladder').count()).resolves.toBe(0);
    await browser.screenshot(panel, 'panel-selection-blocks');
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
        // The words alone, as the menu hands them over where the page cannot be scripted (a PDF).
        [`selection:${tab!.id}`]: {
          content: { text: 'To describe how plants make their own food' },
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
  it("lists the checks by the guide's features and titles, saves each change and the panel follows", async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 720, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const checks = options.getByRole('checkbox');
    await expect(checks.count()).resolves.toBeGreaterThan(20);
    const minutes = options.getByLabel('Default session length');
    // The form is usable once the stored settings are in it.
    await expect.poll(() => minutes.isEnabled()).toBe(true);
    // Grouped as the guide's chapters are, named by title: no rule ids for a teacher to decode.
    const legends = await options.locator('legend').allTextContents();
    expect(legends).toEqual(
      expect.arrayContaining(['High quality teaching and learning', 'Focused assessment', 'Pupil grouping']),
    );
    await expect(options.locator('main').textContent()).resolves.not.toMatch(/lesson\//);
    await expect(axeViolations(options)).resolves.toEqual([]);
    await browser.screenshot(options, 'options', { readme: true });

    const status = options.getByRole('status').first();
    await minutes.fill('25');
    await expect(options.locator('.field-error').textContent()).resolves.toMatch(
      /15 to 20 minutes.*20 or fewer/,
    );
    await expect(minutes.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(status.textContent()).resolves.toMatch(/^Not saved/);
    await browser.screenshot(options, 'options-invalid');
    await expect(browser.worker.evaluate(() => chrome.storage.local.get('settings'))).resolves.toEqual({});

    await minutes.fill('16');
    await expect.poll(() => status.textContent()).toBe('Saved.');
    await options.getByRole('checkbox', { name: 'Success criteria made explicit' }).uncheck();
    await expect
      .poll(() => browser.worker.evaluate(() => chrome.storage.local.get('settings')))
      .toEqual({
        settings: {
          hiddenRules: ['lesson/success-criteria-stated'],
          guidedMinutes: 16,
          showDocsLauncher: true,
        },
      });

    const page = await browser.context.newPage();
    await page.route(SCHEME_URL, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<main><h1>Year 3 Maths: adding fractions</h1><h2>Learning objective</h2>
<p>To add fractions with the same denominator</p><h2>Starter (10 mins)</h2>
<p>Whole class: count in quarters on the number line.</p><h2>Main (30 mins)</h2>
<p>Pupils complete the worksheet individually.</p></main>`,
      }),
    );
    await page.goto(SCHEME_URL);
    const panel = await panelBeside(page);
    await browser.clickToolbarButton(page);
    await panel.locator('.source').waitFor();
    await expect(panel.getByLabel('Minutes').inputValue()).resolves.toBe('16');
    const shownChecks = () =>
      panel.locator('.prompt').evaluateAll((items) => items.map((item) => item.dataset.rule));
    const withCriteriaHidden = await shownChecks();
    expect(withCriteriaHidden.length).toBeGreaterThan(0);
    expect(withCriteriaHidden).not.toContain('lesson/success-criteria-stated');

    // Back to the defaults: the open panel updates at once and the success-criteria prompt returns.
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await expect.poll(shownChecks).toContain('lesson/success-criteria-stated');
    await options.close();
    await panel.close();
    await page.close();
  });
});
