import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { DOC_URL, type DocsServer, MINUTES_URL, serveGoogleDoc } from './support/docs-routes';
import { DOC_ID, DOC_TITLE, docsEditorPage, MINUTES_TITLE, PLAN_BODY } from './support/fixtures';

let browser: ExtensionBrowser;
let docs: DocsServer;
/** Every web host the pages and the extension's pages asked for, across this file. */
const hostsRequested = new Set<string>();

beforeAll(async () => {
  browser = await launchWithExtension();
  docs = await serveGoogleDoc(browser.context);
  browser.context.on('request', (request) => {
    const url = new URL(request.url());
    // The extension's own files (the launcher's CSS comes from a dynamic chrome-extension:// URL).
    if (url.protocol !== 'chrome-extension:') hostsRequested.add(url.host);
  });
});

afterEach(async () => {
  await browser.closeTestPages();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  docs.reset();
});

/** Opens the Doc, then the panel, then returns to the Doc: the panel reads the tab beside it. */
async function panelBesideDoc(): Promise<{ doc: Page; panel: Page }> {
  const doc = await browser.context.newPage();
  await doc.goto(DOC_URL);
  const panel = await browser.openPanel();
  await doc.bringToFront();
  await panel.locator('h1', { hasText: DOC_TITLE }).or(panel.getByRole('alert')).first().waitFor();
  return { doc, panel };
}

async function promptMessages(panel: Page): Promise<string[]> {
  return panel.locator('.prompt-message').allTextContents();
}

describe('side panel on a Google Doc', () => {
  it('reads the Doc through the export and shows what the plan might be missing', async () => {
    const { doc, panel } = await panelBesideDoc();

    await expect(panel.locator('h1').textContent()).resolves.toBe(DOC_TITLE);
    await expect(panel.locator('.source').textContent()).resolves.toBe(
      'Read from Google Docs (document export)',
    );
    expect(docs.requests).toContain(`/document/d/${DOC_ID}/export?format=html`);
    expect(docs.requests).not.toContain(`/document/d/${DOC_ID}/mobilebasic`);

    const missing = panel.getByRole('heading', { name: /What this plan might be missing \(\d+\)/ });
    await expect(missing.isVisible()).resolves.toBe(true);
    const messages = await promptMessages(panel);
    expect(messages.length).toBeGreaterThan(0);
    // The plan has no plenary; a teacher would expect the panel to ask about one.
    expect(messages.join('\n')).toMatch(/plenary/i);

    // Prompts come in the engine's order, each saying how much it matters; a prompt about a
    // part of the plan quotes the plan's words (Docs shows no line numbers, so neither does the panel).
    const prompts = panel.locator('.prompt');
    await expect(prompts.locator('.severity').count()).resolves.toBe(messages.length);
    await expect(prompts.locator('.severity').first().textContent()).resolves.toMatch(
      /^(Act first|Important|Suggestion|Worth a thought)$/,
    );
    const quoted = await panel.locator('.prompt-quote q').allTextContents();
    for (const words of quoted) expect(words.trim().length).toBeGreaterThan(0);
    await expect(panel.locator('.panel').textContent()).resolves.not.toMatch(/\bLine \d+/);
    // On Docs the quote is plain text: Docs draws the page on a canvas, so there is nothing to scroll to.
    await expect(panel.locator('.quote-link').count()).resolves.toBe(0);

    // "Use selection" is off on Docs, and the panel says why.
    const useSelection = panel.getByRole('button', { name: 'Use selection' });
    await expect(useSelection.isDisabled()).resolves.toBe(true);
    await expect(panel.locator('#no-selection-on-docs').textContent()).resolves.toMatch(
      /Docs does not share your selection/,
    );

    // Strengths come last, folded, after the ladders, talk prompts and the guided group.
    const sectionOrder = await panel.locator('main > section h2, main > details h2').allTextContents();
    expect(sectionOrder.at(-1)).toMatch(/^Strengths \(\d+\)$/);
    expect(sectionOrder.indexOf('Plan a guided group')).toBeGreaterThan(
      sectionOrder.indexOf('Question ladder'),
    );
    await expect(panel.locator('details.strengths-fold').getAttribute('open')).resolves.toBeNull();

    // The first-run tip says how to pin the toolbar button and names the shortcut.
    const tip = panel.locator('.first-run');
    await expect(tip.textContent()).resolves.toMatch(/jigsaw piece.*pin beside Trajectory/);
    await expect(tip.locator('kbd').textContent()).resolves.toBe('Alt+Shift+L');
    await expect(axeViolations(panel)).resolves.toEqual([]);
    await panel.bringToFront();
    await browser.screenshot(panel, 'panel-first-run');
    await tip.getByRole('button', { name: 'Got it' }).click();
    await expect(tip.count()).resolves.toBe(0);
    await browser.screenshot(panel, 'panel', { readme: true });

    // "Why?" opens the guidance behind the first prompt.
    const why = panel.getByRole('button', { name: 'Why?' }).first();
    await why.click();
    await expect(
      panel.getByRole('button', { name: 'Hide why' }).first().getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await expect(panel.locator('.why .citation').first().textContent()).resolves.toMatch(
      /Personalised Learning/,
    );

    // The plan names a misconception, so the hinge section either offers a question to find out
    // who holds it or says what the plan needs for one (the misconception's correction).
    await expect(panel.getByRole('heading', { name: 'Hinge questions' }).isVisible()).resolves.toBe(true);
    const hinge = panel.locator('section', { has: panel.getByRole('heading', { name: 'Hinge questions' }) });
    const hingeOptions = await hinge.locator('.hinge-options li').count();
    if (hingeOptions === 0) await expect(hinge.textContent()).resolves.toMatch(/larger denominator/i);
    else expect(hingeOptions).toBeGreaterThan(1);
    await panel.getByRole('heading', { name: 'Hinge questions' }).scrollIntoViewIfNeeded();
    await browser.screenshot(panel, 'panel-hinge-plenary');

    // The question ladder climbs from inclusive for the plan's objective, a rung for each thing the plan gives
    // (its success criteria, its misconception), none filled with a template.
    const ladder = panel.locator('.ladder').first();
    await expect(ladder.locator('h3').textContent()).resolves.toMatch(/compare and order fractions/i);
    await expect(ladder.locator('.level').allTextContents()).resolves.toEqual([
      'Inclusive',
      'Understand',
      'Apply',
      'Evaluate',
    ]);

    await panel.bringToFront();
    await browser.screenshot(panel, 'panel-doc-export');

    await ladder.scrollIntoViewIfNeeded();
    await browser.screenshot(panel, 'panel-doc-export-ladder');

    // Plan a guided group: 15 minutes, the teacher's own focus.
    await panel.getByLabel('Group focus').fill('finding a common denominator');
    await panel.getByLabel('Minutes').selectOption('15');
    await panel.getByRole('button', { name: 'Plan the session' }).click();
    const plan = panel.locator('.guided-plan');
    await expect(plan.locator('h3').textContent()).resolves.toMatch(/15 minutes/);
    await expect(plan.textContent()).resolves.toMatch(/finding a common denominator/);
    const stageMinutes = (await plan.locator('.stages li strong').allTextContents()).map((text) =>
      Number(/\((\d+) min\)/.exec(text)?.[1]),
    );
    expect(stageMinutes).toHaveLength(4);
    expect(stageMinutes.reduce((sum, minutes) => sum + minutes, 0)).toBe(15);
    await plan.scrollIntoViewIfNeeded();
    await browser.screenshot(panel, 'panel-guided-group');

    // "Copy" puts the prompts on the clipboard as plain notes for the plan.
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Copy all prompts' }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: 'Copy all prompts' }).textContent())
      .toBe('Copied');
    // Paste it back where a teacher would: read the clipboard from the Doc's page (last, as
    // switching to the Doc makes the panel read it again).
    await browser.context.grantPermissions(['clipboard-read'], { origin: 'https://docs.google.com' });
    await doc.bringToFront();
    const pasted = (await doc.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(pasted[0]).toBe(`What "${DOC_TITLE}" might be missing`);
    expect(pasted.slice(1)).toHaveLength(messages.length);
    await panel.close();
    await doc.close();
  });

  it('follows the teacher to a Doc opened while the panel is open, once it has loaded', async () => {
    const panel = await browser.openPanel();
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    await panel.locator('h1', { hasText: DOC_TITLE }).waitFor();
    // Read after loading, through the Docs content script: never a second copy injected.
    await expect(doc.locator('trajectory-launcher').count()).resolves.toBe(1);
    await panel.close();
    await doc.close();
  });

  it('shows progress while the Doc is being read', async () => {
    docs.exportDelayMs = 1500;
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    const panel = await browser.openPanel();
    await doc.bringToFront();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Reading the Google Doc…');
    await browser.screenshot(panel, 'panel-reading');
    await panel.locator('h1', { hasText: DOC_TITLE }).waitFor();
    await panel.close();
    await doc.close();
  });

  it('falls back to the basic HTML view when the export redirects to googleusercontent.com', async () => {
    const { doc: first, panel: firstPanel } = await panelBesideDoc();
    const fromExport = await promptMessages(firstPanel);
    await firstPanel.close();
    await first.close();

    docs.exportBehaviour = 'googleusercontent-redirect';
    const { doc, panel } = await panelBesideDoc();
    await expect(panel.locator('.source').textContent()).resolves.toBe(
      'Read from Google Docs (basic HTML view)',
    );
    await expect(panel.locator('.source-notes').textContent()).resolves.toMatch(
      /The document export failed: Blocked before Docs answered/,
    );
    expect(docs.requests).toContain(`/document/d/${DOC_ID}/mobilebasic`);
    // Same document, same prompts, whichever way it was read.
    await expect(promptMessages(panel)).resolves.toEqual(fromExport);

    await panel.bringToFront();
    await browser.screenshot(panel, 'panel-doc-mobilebasic');
    await panel.close();
    await doc.close();
  });

  it('says what failed and what to do when neither way can read the Doc', async () => {
    docs.exportBehaviour = 'sign-in';
    docs.mobileBasic = 'sign-in';
    const { doc, panel } = await panelBesideDoc();
    const alert = panel.getByRole('alert');
    await expect(alert.getByRole('heading').textContent()).resolves.toBe(
      'Trajectory could not read this document.',
    );
    await expect(alert.textContent()).resolves.toMatch(/signed in to Google/);
    // The technical detail is there for IT support, folded away.
    await expect(alert.locator('details.details').getAttribute('open')).resolves.toBeNull();
    await expect(alert.locator('details.details summary').textContent()).resolves.toMatch(/Technical detail/);
    await expect(alert.textContent()).resolves.not.toMatch(/Use selection/);
    const details = await alert.locator('.details li').allTextContents();
    expect(details).toHaveLength(2);
    expect(details[0]).toMatch(/^The document export failed/);
    expect(details[1]).toMatch(/^The basic HTML view failed/);
    await panel.bringToFront();
    await browser.screenshot(panel, 'panel-doc-error');

    docs.exportBehaviour = 'ok';
    docs.mobileBasic = 'ok';
    await panel.getByRole('button', { name: 'Read again' }).click();
    await panel.locator('h1', { hasText: DOC_TITLE }).waitFor();
    await panel.close();
    await doc.close();
  });

  it('says when the Doc has changed since the report, and reads it again on request', async () => {
    const { doc, panel } = await panelBesideDoc();
    const before = (await promptMessages(panel)).join('\n');
    expect(before).toMatch(/plenary/i);

    // The teacher adds a plenary in the Doc, then comes back to the panel.
    const plenary = `<h2 class="c7"><span>Plenary (10 mins)</span></h2>
<p class="c1"><span>Return to the objective: pupils explain to a partner which fraction is larger and why, then say what they found hard and what they will practise next lesson.</span></p>`;
    docs.documents.set(DOC_ID, { title: DOC_TITLE, body: PLAN_BODY + plenary });
    // A real side panel gets a focus event when the teacher clicks back into it; headless
    // Chromium sends none between tabs, so the test sends the one Chrome would.
    await panel.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
    const notice = panel.locator('.stale');
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(/The Doc has changed since Trajectory read it/);
    // Until the teacher asks, the report on screen stays as it was.
    await expect(promptMessages(panel)).resolves.toEqual(before.split('\n'));
    await browser.screenshot(panel, 'panel-doc-changed');
    await expect(axeViolations(panel)).resolves.toEqual([]);

    await notice.getByRole('button', { name: 'Read again' }).click();
    await expect(notice.count()).resolves.toBe(0);
    await expect(
      panel.getByRole('heading', { name: /What this plan might be missing/ }).textContent(),
    ).resolves.toMatch(/\(\d+\)/);
    const after = (await promptMessages(panel)).join('\n');
    expect(after).not.toEqual(before);
    await panel.close();
    await doc.close();
  });

  it('opens from the keyboard shortcut, which Chrome gives the toolbar button', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(
      expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }),
    );
    // Headless Chromium has no browser window to take the key press, so the test does what the
    // shortcut does: Chrome runs the toolbar button's action (action.onClicked), which opens
    // the side panel beside the Doc.
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    await closeSidePanels();
    await browser.clickToolbarButton(doc);
    await expect.poll(openSidePanels).toBe(1);
    await closeSidePanels();
    await doc.close();
  });
});

/** Real side panels open in the browser, as the extension itself sees them. */
function openSidePanels(): Promise<number> {
  return browser.worker.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).length,
  );
}

/** Closes every real side panel a test opened, so the next starts with none. */
async function closeSidePanels(): Promise<void> {
  await browser.worker.evaluate(async () => {
    const close = (chrome.sidePanel as unknown as { close(options: { windowId: number }): Promise<void> })
      .close;
    const windows = await chrome.windows.getAll();
    // A window with no panel open rejects; only the windows that have one matter.
    await Promise.allSettled(windows.map((window) => close({ windowId: window.id! })));
  });
  await expect.poll(openSidePanels).toBe(0);
}

/** Where the Docs page's own controls are, and where the launcher and its card are. */
function overlaps(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('trajectory-launcher')!.shadowRoot!;
    const ours = [...root.querySelectorAll('.launcher, .card')].map((element) =>
      element.getBoundingClientRect(),
    );
    const controls = [...document.querySelectorAll('button, a[href], input, [role="button"]')];
    return controls
      .filter((control) => {
        const rect = control.getBoundingClientRect();
        return ours.some(
          (own) =>
            own.left < rect.right && rect.left < own.right && own.top < rect.bottom && rect.top < own.bottom,
        );
      })
      .map((control) => control.getAttribute('aria-label') ?? control.textContent);
  });
}

describe('launcher on a Google Doc', () => {
  /** Geometry and styles of the page's own elements, to compare with and without the launcher. */
  async function pageLayout(page: Page) {
    return page.evaluate(() => {
      const ids = ['#docs-header', '#docs-toolbar', '.kix-appview-editor', '#share', 'canvas'];
      return {
        rects: ids.map((selector) => {
          const rect = document.querySelector(selector)!.getBoundingClientRect();
          return [selector, rect.x, rect.y, rect.width, rect.height];
        }),
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        bodyStyle: ['fontFamily', 'margin', 'backgroundColor', 'overflow'].map(
          (property) => getComputedStyle(document.body)[property as 'margin'],
        ),
        shareFont: getComputedStyle(document.querySelector('#share')!).font,
        headStyles: document.head.querySelectorAll('style, link').length,
      };
    });
  }

  it('sits in a shadow root without moving or restyling the page', async () => {
    // The same page at a docs.google.com address the content script does not match.
    await browser.context.route('https://docs.google.com/baseline', (route) =>
      route.fulfill({ contentType: 'text/html', body: docsEditorPage() }),
    );
    const baseline = await browser.context.newPage();
    await baseline.goto('https://docs.google.com/baseline');
    const without = await pageLayout(baseline);
    await baseline.close();

    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    const launcher = doc.getByRole('button', { name: 'Trajectory' });
    await launcher.waitFor();
    const hostIsShadow = await doc.evaluate(() => {
      const host = document.querySelector('trajectory-launcher');
      return host?.shadowRoot?.querySelector('button.launcher') !== null && host?.shadowRoot !== null;
    });
    expect(hostIsShadow).toBe(true);
    await expect(pageLayout(doc)).resolves.toEqual(without);
    await expect(overlaps(doc)).resolves.toEqual([]);

    // Early in the tab order: the first Tab on the page reaches the launcher.
    await doc.keyboard.press('Tab');
    await expect(
      launcher.evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button),
    ).resolves.toBe(true);

    await browser.screenshot(doc, 'docs-launcher-closed');
    await doc.close();
  });

  it('opens a summary card with the top prompts, closes on Escape or a click into the Doc, and asks for the full panel', async () => {
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    const launcher = doc.getByRole('button', { name: 'Trajectory' });
    // Nothing is read, and no count is shown, until the teacher asks.
    await expect(launcher.textContent()).resolves.toBe('Trajectory');
    expect(docs.requests.filter((request) => request.includes('/export'))).toEqual([]);
    await launcher.click();
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
    const card = doc.getByRole('dialog');
    // The card says "Trajectory" while it reads the Doc, then how many prompts it found.
    await expect.poll(() => card.getByRole('heading').textContent()).toMatch(/^\d+ prompts? for this plan$/);
    const count = Number(/^(\d+)/.exec((await card.getByRole('heading').textContent()) ?? '')?.[1]);
    await expect(launcher.textContent()).resolves.toBe(
      `Trajectory: ${count === 1 ? '1 prompt' : `${count} prompts`}`,
    );
    const shown = card.locator('.prompts li');
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await shown.count()).toBeLessThanOrEqual(3);
    // Each prompt says how much it matters; one about a part of the plan quotes the plan's own
    // words (one about something missing has none to quote).
    await expect(shown.locator('.severity').count()).resolves.toBe(await shown.count());
    const planWords = PLAN_BODY.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const quote of await card.locator('.quote').allTextContents()) {
      expect(planWords).toContain(quote.replace(/\s+/g, ' ').replace(/ \| /g, ' '));
    }
    await expect(overlaps(doc)).resolves.toEqual([]);
    await expect(axeViolations(doc, 'trajectory-launcher')).resolves.toEqual([]);
    await browser.screenshot(doc, 'docs-card', { readme: true });

    await doc.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    await expect(
      launcher.evaluate(
        (button) =>
          button.getRootNode() instanceof ShadowRoot &&
          (button.getRootNode() as ShadowRoot).activeElement === button,
      ),
    ).resolves.toBe(true);

    // A click back into the document closes the card; the summary is kept for next time.
    await launcher.click();
    await card.waitFor();
    await doc.locator('.kix-appview-editor canvas').click({ position: { x: 400, y: 300 } });
    await expect(card.count()).resolves.toBe(0);
    const exports = docs.requests.filter((request) => request.includes('/export')).length;
    await launcher.click();
    await expect(card.getByRole('heading').textContent()).resolves.toMatch(/for this plan$/);
    expect(docs.requests.filter((request) => request.includes('/export'))).toHaveLength(exports);

    await closeSidePanels();
    await doc.getByRole('button', { name: 'Open full panel' }).click();
    await expect.poll(openSidePanels).toBe(1);
    await closeSidePanels();
    await doc.close();
  });

  it('gives a Doc that is not a lesson plan no count, just a quiet button', async () => {
    const doc = await browser.context.newPage();
    await doc.goto(MINUTES_URL);
    const launcher = doc.getByRole('button', { name: 'Trajectory' });
    await launcher.click();
    const card = doc.getByRole('dialog');
    await expect.poll(() => card.textContent()).toMatch(/does not read as a lesson plan/);
    await expect(card.getByRole('heading').textContent()).resolves.toBe('Trajectory');
    await expect(card.textContent()).resolves.not.toMatch(/\d+ prompts?/);
    await expect(launcher.textContent()).resolves.toBe('Trajectory');
    await expect(doc.title()).resolves.toMatch(MINUTES_TITLE);
    await expect(axeViolations(doc, 'trajectory-launcher')).resolves.toEqual([]);
    await browser.screenshot(doc, 'docs-card-not-a-plan');
    await doc.close();
  });

  it('stays away when the teacher switches it off in the settings, and comes back when switched on', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { hiddenRules: [], guidedMinutes: 20, showDocsLauncher: false } }),
    );
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    await doc.waitForLoadState('load');
    // The content script has read the setting once it answers the panel's read requests.
    await doc.waitForTimeout(500);
    await expect(doc.locator('trajectory-launcher').count()).resolves.toBe(0);

    // Switched on in the settings while the Doc is open: the button appears without a reload.
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await doc.getByRole('button', { name: 'Trajectory' }).waitFor();
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { hiddenRules: [], guidedMinutes: 20, showDocsLauncher: false } }),
    );
    await expect.poll(() => doc.locator('trajectory-launcher').count()).toBe(0);
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await doc.close();
  });
});

describe('privacy', () => {
  it('asks Chrome for Google Docs documents alone, not Sheets where markbooks live', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(['https://docs.google.com/document/*']);
    expect(manifest.content_scripts?.map((script) => script.matches)).toEqual([
      ['https://docs.google.com/document/*'],
    ]);
    // Chrome grants host access by origin, so the panel itself leaves a markbook in Sheets alone.
    const sheet = await browser.context.newPage();
    await sheet.goto('https://docs.google.com/spreadsheets/d/1MarkbookY7Maths0aBcDeFgHiJkLmNoP/edit');
    const panel = await browser.openPanel();
    await sheet.bringToFront();
    await expect(panel.locator('.empty').textContent()).resolves.toMatch(
      /leaves Sheets, Slides and Forms alone/,
    );
    await expect(sheet.locator('trajectory-launcher').count()).resolves.toBe(0);
    await panel.close();
    await sheet.close();
  });

  it('asked no host but docs.google.com (and where the tests made Docs redirect)', () => {
    const redirectedTo = [/\.googleusercontent\.com$/, /^accounts\.google\.com$/];
    const others = [...hostsRequested].filter(
      (host) =>
        host !== 'docs.google.com' &&
        host !== browser.extensionId &&
        !redirectedTo.some((pattern) => pattern.test(host)),
    );
    expect(others).toEqual([]);
  });
});
