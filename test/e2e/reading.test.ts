import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withoutLineMarker } from '../../extension/lib/find-quote';
import { severityLabel } from '../../extension/lib/severity';
import type { Severity } from '../../shared/rule';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { docsEditorPage } from './support/fixtures';
import {
  cutOffLessonPage,
  FORCES_DOC_TITLE,
  FORCES_SCHEME_DOC_TITLE,
  forcesDocExport,
  forcesSchemeDocExport,
  forcesSchemePage,
  HASTINGS_TITLE,
  hastingsLessonPage,
  meetingNotesPage,
} from './support/reading-fixtures';

/**
 * One reading of a plan, whatever reads it: the panel on a Google Doc or a web page shows the
 * parts, prompts and quotes the command line gives for the same HTML file. The plans mark parts
 * of the lesson by layout alone (a bold line, a timed grid), which only blocks carry.
 */

const REPO = resolve(import.meta.dirname, '../..');
const DOC_ID = '1Fo8ForcesBalancedUnbalancedY8aBcDeFgHiJkLmN';
const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
const SCHEME_DOC_ID = '1Sc7ForcesUnitOverviewYear7aBcDeFgHiJkLmNoPq';
const SITE = 'https://www.castlebrook.example';

/** What `trajectory lesson FILE --json` prints, as much of it as the panel shows. */
interface CliReading {
  plan: {
    kind: string | null;
    sections: { kind: string; heading: string; minutes: number | null }[];
    lessons: { title: string }[] | null;
  };
  prompts: { message: string; severity: Severity; quote: string | null }[];
}

let browser: ExtensionBrowser;
let folder: string;
const files: Record<string, string> = {};
const cli: Record<string, CliReading> = {};

beforeAll(async () => {
  // The fixtures are written to files, so the browser and the command line read the same bytes.
  folder = mkdtempSync(join(tmpdir(), 'trajectory-reading-'));
  const pages = {
    'forces-export.html': forcesDocExport(),
    'hastings.html': hastingsLessonPage(),
    'forces-scheme.html': forcesSchemePage(),
    'meeting-notes.html': meetingNotesPage(),
    'forces-scheme-export.html': forcesSchemeDocExport(),
    'cut-off.html': cutOffLessonPage(),
  };
  for (const [name, html] of Object.entries(pages)) {
    files[name] = join(folder, name);
    writeFileSync(files[name], html);
    const json = execFileSync(process.execPath, ['bin/trajectory.js', 'lesson', files[name], '--json'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    cli[name] = JSON.parse(json) as CliReading;
  }

  browser = await launchWithExtension();
  const docs = [
    { id: DOC_ID, title: FORCES_DOC_TITLE, file: 'forces-export.html' },
    { id: SCHEME_DOC_ID, title: FORCES_SCHEME_DOC_TITLE, file: 'forces-scheme-export.html' },
  ];
  await browser.context.route('https://docs.google.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const doc = docs.find(({ id }) => pathname.startsWith(`/document/d/${id}/`));
    if (!doc) return route.fulfill({ status: 404 });
    if (pathname.endsWith('/export'))
      return route.fulfill({ path: files[doc.file], contentType: 'text/html' });
    return route.fulfill({ body: docsEditorPage(doc.title), contentType: 'text/html' });
  });
  await browser.context.route(`${SITE}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const path = files[name];
    return path ? route.fulfill({ path, contentType: 'text/html' }) : route.fulfill({ status: 404 });
  });
});

afterEach(async () => {
  await browser.closeTestPages();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A part as the panel lists it: the plan's heading, with minutes the heading does not already give. */
function partShown(section: CliReading['plan']['sections'][number]): string {
  const { heading, minutes } = section;
  return minutes === null || heading.includes(String(minutes)) ? heading : `${heading} (${minutes} min)`;
}

/** Opens the fold of parts from the keyboard, as a teacher without a mouse would, and reads it. */
async function partsShown(panel: Page): Promise<string[]> {
  const summary = panel.locator('.reading-parts summary');
  await summary.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.locator('.reading-parts').getAttribute('open')).resolves.not.toBeNull();
  return panel.locator('.reading-parts li').allTextContents();
}

async function promptsShown(panel: Page): Promise<{ severity: string; message: string }[]> {
  const prompts = panel.locator('.prompt');
  const count = await prompts.count();
  const shown: { severity: string; message: string }[] = [];
  for (let index = 0; index < count; index++) {
    const prompt = prompts.nth(index);
    shown.push({
      severity: (await prompt.locator('.severity').textContent()) ?? '',
      message: (await prompt.locator('.prompt-message').textContent()) ?? '',
    });
  }
  return shown;
}

const promptsOnCommandLine = (reading: CliReading) =>
  reading.prompts.map(({ severity, message }) => ({ severity: severityLabel(severity), message }));

/** The panel beside a web page on the test site, with access granted by the toolbar button. */
async function panelBesidePage(name: string, title: string): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${SITE}/${name}`);
  const panel = await browser.openPanel();
  await page.bringToFront();
  await browser.clickToolbarButton(page);
  await panel.locator('h1', { hasText: title }).waitFor();
  return { page, panel };
}

describe('the panel reads a plan as the command line reads the same HTML', () => {
  it('a Google Docs export: parts marked in bold alone, a timed grid, the same prompts and quotes', async () => {
    const reading = cli['forces-export.html']!;
    const doc = await browser.context.newPage();
    await doc.goto(DOC_URL);
    const panel = await browser.openPanel();
    await doc.bringToFront();
    await panel.locator('h1', { hasText: FORCES_DOC_TITLE }).waitFor();
    await expect(panel.locator('.source').textContent()).resolves.toBe(
      'Read from Google Docs (document export)',
    );

    await expect(panel.locator('.reading-line').textContent()).resolves.toBe('Read as a lesson plan.');
    const parts = await partsShown(panel);
    expect(parts).toEqual(reading.plan.sections.filter((section) => section.kind !== 'title').map(partShown));
    // What the teacher wrote as parts of the lesson, marked by bold alone, are parts here too;
    // the grid's rows are episodes with the grid's minutes.
    expect(parts).toEqual(expect.arrayContaining(['Trolley races', 'Plenary']));
    expect(reading.plan.sections.filter((section) => section.minutes !== null).map((s) => s.minutes)).toEqual(
      [10, 25],
    );

    const prompts = await promptsShown(panel);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts).toEqual(promptsOnCommandLine(reading));
    // Docs shows no line numbers, so the panel quotes the plan's words: where the command line
    // gives a prompt's quote, the panel shows those words with the same prompt.
    const prompted = panel.locator('.prompt');
    const quoted = reading.prompts.flatMap((prompt, index) =>
      prompt.quote ? [{ index, quote: prompt.quote }] : [],
    );
    // A bare heading ("Plenary") is never quoted as if it were the evidence.
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.map((entry) => entry.quote)).not.toContain('Plenary');
    for (const { index, quote } of quoted) {
      await expect(prompted.nth(index).locator('.prompt-quote q').textContent()).resolves.toBe(
        withoutLineMarker(quote).trim(),
      );
    }

    await expect(axeViolations(panel)).resolves.toEqual([]);
    await browser.screenshot(panel, 'panel-reading-doc');
    await doc.close();
    await panel.close();
  });

  it('a web page: the article alone, not its navigation, sidebar, hidden notice or footer', async () => {
    const reading = cli['hastings.html']!;
    const { page, panel } = await panelBesidePage('hastings.html', HASTINGS_TITLE);
    await expect(panel.locator('.source').textContent()).resolves.toBe("Read from the page's main text");
    const parts = await partsShown(panel);
    expect(parts).toEqual(reading.plan.sections.filter((section) => section.kind !== 'title').map(partShown));
    expect(parts).toContain('Plenary');
    await expect(panel.locator('.ladder h3').allTextContents()).resolves.toEqual([
      expect.stringMatching(/why William won the Battle of Hastings/),
    ]);
    const prompts = await promptsShown(panel);
    expect(prompts).toEqual(promptsOnCommandLine(reading));
    const everything = (await panel.locator('main').textContent()) ?? '';
    // The page title names the school; nothing else from around the article is read.
    expect(everything).not.toMatch(/Privacy policy|evaluate sources|cookies|Starter packs|Plenary ideas/i);
    await browser.screenshot(panel, 'panel-reading-web-page');

    // A quote still finds its words on the page, to show the teacher where the prompt points.
    const link = panel.locator('.quote-link', { hasText: 'Plenary' }).first();
    await link.click();
    await expect.poll(() => page.locator('trajectory-highlight .mark').count()).toBeGreaterThan(0);
    await expect(link.locator('..').locator('.quote-status').textContent()).resolves.toBe('');
    await page.close();
    await panel.close();
  });
});

describe('the panel says what it read the document as', () => {
  it('a scheme of work: a scheme, with its lesson count and lessons, not one lesson missing a plenary', async () => {
    const reading = cli['forces-scheme.html']!;
    expect(reading.plan.kind).toBe('scheme');
    const lessons = reading.plan.lessons ?? [];
    const { panel } = await panelBesidePage('forces-scheme.html', 'Year 7 Forces: unit overview');
    await expect(panel.locator('.reading-line').textContent()).resolves.toBe(
      `Read as a scheme of work with ${lessons.length} lessons, not a single lesson.`,
    );
    await expect(partsShown(panel)).resolves.toEqual(lessons.map((lesson) => lesson.title));
    await expect(panel.locator('.reading-parts summary').textContent()).resolves.toBe(
      `Its lessons (${lessons.length})`,
    );
    await expect(panel.locator('.reading-note').textContent()).resolves.toMatch(
      /^It is not checked as one lesson/,
    );
    // Said once, in the reading: not again as a counted prompt, and no lesson prompts at all.
    const prompts = (await promptsShown(panel)).map((prompt) => prompt.message).join('\n');
    expect(prompts).not.toMatch(/How will the lesson end|reads as a scheme/i);
    expect(await panel.locator('.ladder').count()).toBeGreaterThan(0);
    await browser.screenshot(panel, 'panel-reading-scheme');
    await panel.close();
  });

  it("a scheme in Google Docs: the card's heading says so, with the lesson count, and the button shows no count", async () => {
    const lessons = cli['forces-scheme-export.html']!.plan.lessons ?? [];
    expect(lessons).toHaveLength(3);
    const doc = await browser.context.newPage();
    await doc.goto(`https://docs.google.com/document/d/${SCHEME_DOC_ID}/edit`);
    const launcher = doc.getByRole('button', { name: 'Trajectory' });
    await launcher.click();
    const card = doc.getByRole('dialog');
    await expect
      .poll(() => card.getByRole('heading').textContent())
      .toBe(`A scheme of work with ${lessons.length} lessons`);
    await expect(card.textContent()).resolves.toMatch(/not checked as one lesson/);
    await expect(card.textContent()).resolves.not.toMatch(
      /Nothing obvious is missing|\d+ prompts? for this plan/,
    );
    await expect(launcher.textContent()).resolves.toBe('Trajectory');
    await expect(axeViolations(doc, 'trajectory-launcher')).resolves.toEqual([]);
    await browser.screenshot(doc, 'docs-card-scheme');
    await doc.close();
  });

  it('a plan that stops mid-sentence: says only what comes before the cut was checked, and asks for no plenary', async () => {
    const reading = cli['cut-off.html']!;
    const { panel } = await panelBesidePage('cut-off.html', 'Year 3 Maths: Adding fractions');
    await expect(panel.locator('.reading-line').textContent()).resolves.toBe('Read as a lesson plan.');
    await expect(panel.locator('.reading-note').allTextContents()).resolves.toEqual([
      'It appears to stop mid-sentence, so only what comes before the cut has been checked.',
    ]);
    const prompts = await promptsShown(panel);
    expect(prompts).toEqual(promptsOnCommandLine(reading));
    expect(prompts.map((prompt) => prompt.message).join('\n')).not.toMatch(/How will the lesson end/);
    await browser.screenshot(panel, 'panel-reading-cut-off');
    await panel.close();
  });

  it('meeting notes: one honest line, no count and no prompts', async () => {
    expect(cli['meeting-notes.html']!.plan.kind).toBe('not-a-plan');
    const { panel } = await panelBesidePage('meeting-notes.html', 'History department meeting, 3 March');
    const section = panel.locator('section', { has: panel.locator('#missing') });
    await expect(section.locator('h2').textContent()).resolves.toBe('Not read as a lesson plan');
    await expect(section.locator('p').count()).resolves.toBe(1);
    await expect(panel.locator('.prompt').count()).resolves.toBe(0);
    await expect(panel.locator('.reading').count()).resolves.toBe(0);
    // Nothing built on a plan that is not there: no talk, hinge or plenary questions, no guided group.
    await expect(panel.locator('main > section h2').allTextContents()).resolves.toEqual([
      'Not read as a lesson plan',
    ]);
    await browser.screenshot(panel, 'panel-reading-not-a-plan');
    await panel.close();
  });
});
