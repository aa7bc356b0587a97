import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/**
 * One real Chromium per test file with the built extension loaded.
 *
 * The tests load `.output/chrome-mv3` as built: `npm test` runs `npm run build` before vitest.
 * When running these files alone, run `npm run build:extension` first (a stale build tests
 * stale code, so nothing here rebuilds behind your back).
 */
const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');
/**
 * Committed: the README shows these. They are rewritten only by `npm run screenshots`, so an
 * ordinary test run leaves the working tree as it found it.
 */
const README_SCREENSHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');
const UPDATE_README = process.env.UPDATE_SCREENSHOTS === '1';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The side panel page opened in a tab (a real side panel cannot be driven by a test). */
  openPanel(width?: number): Promise<Page>;
  /** Clicks Trajectory's toolbar button on a tab, as a teacher would (grants activeTab). */
  clickToolbarButton(page: Page): Promise<void>;
  /**
   * Saves what the teacher would see (the viewport) to test-results/screenshots/<name>.png, or,
   * for the README under `npm run screenshots`, to docs/screenshots/<name>.png.
   */
  screenshot(page: Page, name: string, options?: { readme?: boolean }): Promise<void>;
  /** Closes the pages a test opened, so a failing test leaves no tabs to confuse the next. */
  closeTestPages(): Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM = '/usr/bin/chromium';

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium).`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build:extension" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'trajectory-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Beyond TOOLCHAIN.md's flags: a browser-level DevTools endpoint, needed only for the
      // CDP command that clicks the toolbar button (Extensions.triggerAction must be sent on a
      // browser session, which a persistent context does not expose).
      '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const startPages = new Set(context.pages());
  let cdpBrowser: Browser | null = null;

  return {
    context,
    extensionId,
    worker,
    async openPanel(width = 360) {
      const panel = await context.newPage();
      await panel.setViewportSize({ width, height: 900 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return panel;
    },
    async clickToolbarButton(page) {
      if (!cdpBrowser) {
        const [port] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
        cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      }
      const session = await cdpBrowser.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tabs = targetInfos.filter((target) => target.url === page.url());
      if (tabs.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${tabs.length}`);
      const [tab] = tabs as [(typeof tabs)[number]];
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await session.detach();
    },
    async screenshot(page, name, options) {
      const folder = options?.readme && UPDATE_README ? README_SCREENSHOTS : SCREENSHOTS;
      mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `${name}.png`) });
    },
    async closeTestPages() {
      await Promise.all(
        context
          .pages()
          .filter((page) => !startPages.has(page))
          .map((page) => page.close()),
      );
    },
    async close() {
      await context.close();
      // The DevTools connection ends with the browser; closing it only tidies up.
      await cdpBrowser?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
