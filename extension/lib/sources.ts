import { type DocRead, docIdFromUrl, type PathFailure, type ReaderPath } from './docs-reader';

/** What the panel can do with the current tab. */
export type TabKind =
  | { kind: 'google-doc'; docId: string }
  | { kind: 'web-page' }
  | { kind: 'unreadable'; reason: string };

const BROWSER_PAGES =
  /^(chrome|chrome-extension|chrome-untrusted|edge|about|devtools|view-source|data|blob):/;
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com']);

/**
 * Chrome shows a tab's URL to the panel only where Trajectory has access (docs.google.com, or
 * a page the teacher granted with the toolbar button); an unknown URL is tried as a web page
 * and the read reports the missing access.
 */
export function classifyTab(url: string | undefined): TabKind {
  if (!url) return { kind: 'web-page' };
  const docId = docIdFromUrl(url);
  if (docId) return { kind: 'google-doc', docId };
  if (BROWSER_PAGES.test(url)) {
    return { kind: 'unreadable', reason: 'Chrome does not let extensions read its own pages.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unreadable', reason: 'This tab has no page Trajectory can read.' };
  }
  if (parsed.hostname === 'docs.google.com') {
    // Chrome's host access covers the whole of docs.google.com, whatever path the manifest
    // names; Trajectory itself reads only documents, never a markbook in Sheets.
    return {
      kind: 'unreadable',
      reason: 'Trajectory reads lesson plans in Google Docs; it leaves Sheets, Slides and Forms alone.',
    };
  }
  if (STORE_HOSTS.has(parsed.hostname)) {
    return { kind: 'unreadable', reason: 'Chrome does not let extensions read the Web Store.' };
  }
  if (parsed.protocol === 'file:') {
    return {
      kind: 'unreadable',
      reason:
        'Trajectory cannot read files on this computer; open the plan in Google Docs or select its text.',
    };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { kind: 'unreadable', reason: 'This tab has no page Trajectory can read.' };
  }
  return { kind: 'web-page' };
}

/** Where the text the panel analysed came from, shown in its header. */
export type PlanSource =
  | { kind: 'google-doc'; path: ReaderPath; failures: PathFailure[] }
  | { kind: 'web-page' }
  | { kind: 'selection' };

export function describeSource(source: PlanSource): string {
  switch (source.kind) {
    case 'google-doc':
      return source.path === 'export'
        ? 'Read from Google Docs (document export)'
        : 'Read from Google Docs (basic HTML view)';
    case 'web-page':
      return "Read from the page's main text";
    case 'selection':
      return 'Read from your selected text';
  }
}

const PATH_NAMES: Record<ReaderPath, string> = {
  export: 'The document export',
  mobilebasic: 'The basic HTML view',
};

export function describeFailure(failure: PathFailure): string {
  return `${PATH_NAMES[failure.path]} failed: ${failure.detail}`;
}

/** A scripting error that means Chrome has not granted access to the page (yet). */
export function explainScriptingError(message: string): { what: string; advice: string } {
  if (/chrome:\/\/|extensions gallery|chrome-extension:|Web Store/i.test(message)) {
    return {
      what: 'Chrome does not let extensions read this page.',
      advice: 'Open a lesson plan in Google Docs or a web page, or select some text there.',
    };
  }
  return {
    what: 'Chrome has not given Trajectory access to this page.',
    advice:
      'Click the Trajectory button in Chrome\'s toolbar while this page is open, then press "Read again". Or select text and right-click "Trajectory: prompts for selected text".',
  };
}

/**
 * What the teacher can do when neither Docs path gave text. Never "Use selection": Docs does
 * not share its selection with extensions.
 */
export function adviceForFailedRead(read: Extract<DocRead, { ok: false }>): string {
  const reasons = new Set(read.failures.map((failure) => failure.reason));
  if (reasons.has('sign-in')) {
    return 'Sign in to Google in this browser, reload the document, then press "Read again".';
  }
  if (read.failures.some((failure) => failure.detail.includes(' 403') || failure.detail.includes(' 401'))) {
    return 'Check that this Google account can open the document, then press "Read again".';
  }
  if (reasons.has('blocked')) {
    // From a docs.google.com page, a redirect to the sign-in page looks like any blocked request.
    return 'Check that you are signed in to Google in this browser and online, then press "Read again".';
  }
  if (reasons.has('empty')) {
    return 'The document looks empty: write or paste your plan into it, then press "Read again".';
  }
  return 'Google could not send the document just now: press "Read again" in a minute.';
}
