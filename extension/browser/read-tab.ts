import { browser } from 'wxt/browser';
import { docTitle } from '../lib/docs-reader';
import {
  type HandedSelection,
  type PageRead,
  type ReadDocRequest,
  type ReadDocResponse,
  selectionKey,
} from '../lib/messages';
import {
  adviceForFailedRead,
  classifyTab,
  describeFailure,
  explainScriptingError,
  type PlanSource,
} from '../lib/sources';

/** What reading a tab gave the panel. */
export type TabRead =
  | { kind: 'plan'; title: string; text: string; source: PlanSource }
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

async function runPageScript(tabId: number): Promise<PageRead> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/page.js'],
  });
  return frame?.result as PageRead;
}

async function askDocsContentScript(tab: TabInfo): Promise<ReadDocResponse> {
  const request: ReadDocRequest = { type: 'trajectory/read-doc' };
  try {
    return (await browser.tabs.sendMessage(tab.id, request)) as ReadDocResponse;
  } catch {
    // A Doc opened before Trajectory was installed or updated has no content script yet.
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/docs.js'] });
    return (await browser.tabs.sendMessage(tab.id, request)) as ReadDocResponse;
  }
}

async function readDoc(tab: TabInfo): Promise<TabRead> {
  let read: ReadDocResponse;
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
    text: read.text,
    source: { kind: 'google-doc', path: read.path, failures: read.failures },
  };
}

async function readPage(tab: TabInfo): Promise<TabRead> {
  let page: PageRead;
  try {
    page = await runPageScript(tab.id);
  } catch (error) {
    return { kind: 'failed', ...explainScriptingError(errorText(error)), details: [errorText(error)] };
  }
  if (!page.mainText.trim()) {
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
    text: page.mainText,
    source: { kind: 'web-page' },
  };
}

/** A selection the context menu handed over for this tab, if any. */
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
    text: selection.text,
    source: { kind: 'selection' },
  };
}

/** Reads the tab the panel is beside: a handed-over selection first, then the Doc or page. */
export async function readTab(tab: TabInfo): Promise<TabRead> {
  const selection = await handedSelection(tab.id);
  if (selection?.text.trim()) return fromSelection(selection);
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
  if (!page.selectionText.trim()) {
    return {
      kind: 'failed',
      what: 'No text is selected on this page.',
      advice: 'Select an objective or part of the plan on the page, then press "Use selection" again.',
      details: [],
    };
  }
  return fromSelection({ text: page.selectionText, title: page.title, url: tab.url ?? '' });
}
