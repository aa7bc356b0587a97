import { browser } from 'wxt/browser';
import { type DocRead, docTitle } from '../lib/docs-reader';
import { type HandedSelection, type PageRead, type ReadDocRequest, selectionKey } from '../lib/messages';
import { hasWords, type PlanContent } from '../lib/plan-blocks';
import { docRead, pageRead } from '../lib/plan-schema';
import {
  adviceForFailedRead,
  classifyTab,
  describeFailure,
  explainScriptingError,
  type PlanSource,
} from '../lib/sources';

/** What reading a tab gave the panel. */
export type TabRead =
  | {
      kind: 'plan';
      title: string;
      content: PlanContent;
      source: PlanSource;
      /** Whether the page or Doc went past the limits a read carries, so only its start was read. */
      clipped: boolean;
    }
  | { kind: 'nothing'; message: string }
  | { kind: 'failed'; what: string; advice: string; details: string[] };

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  /** 'loading' until the page has loaded (and the Docs content script has started). */
  status?: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the page script read, checked: a page's words are not Trajectory's to trust. */
async function runPageScript(tabId: number): Promise<PageRead> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/page.js'],
  });
  const read = pageRead(frame?.result);
  if (read === null) throw new Error('The page script returned something other than a read of the page.');
  return read;
}

async function askDocsContentScript(tab: TabInfo): Promise<DocRead> {
  const request: ReadDocRequest = { type: 'trajectory/read-doc' };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tab.id, request);
  } catch {
    // A Doc opened before Trajectory was installed or updated has no content script yet.
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/docs.js'] });
    answer = await browser.tabs.sendMessage(tab.id, request);
  }
  const read = docRead(answer);
  if (read === null)
    throw new Error('The Docs content script answered with something other than a read of the Doc.');
  return read;
}

async function readDoc(tab: TabInfo): Promise<TabRead> {
  let read: DocRead;
  try {
    read = await askDocsContentScript(tab);
  } catch (error) {
    return {
      kind: 'failed',
      what: 'Trajectory could not reach this Google Docs tab.',
      advice: 'Reload the document, then press "Read again".',
      details: [errorText(error)],
    };
  }
  if (!read.ok) {
    return {
      kind: 'failed',
      what: 'Trajectory could not read this document.',
      advice: adviceForFailedRead(read),
      details: read.failures.map(describeFailure),
    };
  }
  return {
    kind: 'plan',
    title: read.title || docTitle(tab.title ?? '') || 'Untitled document',
    content: { blocks: read.blocks },
    source: { kind: 'google-doc', path: read.path, failures: read.failures },
    clipped: read.clipped,
  };
}

async function readPage(tab: TabInfo): Promise<TabRead> {
  let page: PageRead;
  try {
    page = await runPageScript(tab.id);
  } catch (error) {
    return { kind: 'failed', ...explainScriptingError(errorText(error)), details: [errorText(error)] };
  }
  if (!hasWords({ blocks: page.main })) {
    return {
      kind: 'failed',
      what: 'Trajectory found no main text on this page.',
      advice: 'Select the plan or objective on the page, then press "Use selection".',
      details: [],
    };
  }
  return {
    kind: 'plan',
    title: page.title || 'This page',
    content: { blocks: page.main },
    source: { kind: 'web-page' },
    clipped: page.clipped,
  };
}

/** A selection the context menu handed over for this tab, if any (the background checked it). */
export async function handedSelection(tabId: number): Promise<HandedSelection | null> {
  const key = selectionKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as HandedSelection | undefined) ?? null;
}

export function forgetSelection(tabId: number): Promise<void> {
  return browser.storage.session.remove(selectionKey(tabId));
}

function fromSelection(selection: HandedSelection): TabRead {
  return {
    kind: 'plan',
    title: selection.title || 'Selected text',
    content: selection.content,
    source: { kind: 'selection' },
    clipped: false,
  };
}

/** Reads the tab the panel is beside: a handed-over selection first, then the Doc or page. */
export async function readTab(tab: TabInfo): Promise<TabRead> {
  const selection = await handedSelection(tab.id);
  if (selection && hasWords(selection.content)) return fromSelection(selection);
  const kind = classifyTab(tab.url);
  if (kind.kind === 'unreadable') return { kind: 'nothing', message: kind.reason };
  return kind.kind === 'google-doc' ? readDoc(tab) : readPage(tab);
}

/** "Use selection": the text the teacher has selected in the tab right now. */
export async function readSelection(tab: TabInfo): Promise<TabRead> {
  if (classifyTab(tab.url).kind === 'google-doc') {
    return {
      kind: 'failed',
      what: 'Google Docs does not share its selection with extensions.',
      advice: 'Trajectory reads the whole document instead: press "Read again".',
      details: [],
    };
  }
  let page: PageRead;
  try {
    page = await runPageScript(tab.id);
  } catch (error) {
    return { kind: 'failed', ...explainScriptingError(errorText(error)), details: [errorText(error)] };
  }
  // Blocks where the selection holds any; the words alone where it holds none (a text field).
  const content: PlanContent = hasWords({ blocks: page.selection })
    ? { blocks: page.selection }
    : { text: page.selectionText };
  if (!hasWords(content)) {
    return {
      kind: 'failed',
      what: 'No text is selected on this page.',
      advice: 'Select an objective or part of the plan on the page, then press "Use selection" again.',
      details: [],
    };
  }
  return fromSelection({ content, title: page.title, url: tab.url ?? '' });
}
