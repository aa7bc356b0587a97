import type { DraftBlock } from '../../shared/lesson/read/blocks';
import { withinLimits } from './plan-blocks';

/**
 * Reads a Google Doc with the teacher's own session, into the blocks the lesson engine reads. Docs draws the page on a canvas,
 * so the page's DOM does not hold the text; Docs serves it in two other ways:
 *
 * 1. `export?format=html`: the whole document with headings and lists. Google sometimes
 *    answers with a redirect to `*.googleusercontent.com` (which a docs.google.com page may
 *    not read: CORS) or to the sign-in page.
 * 2. `mobilebasic`: a plain HTML rendering served from docs.google.com itself.
 *
 * The reader tries them in that order and reports which one it used and why any failed.
 * It runs in the content script on docs.google.com (see entrypoints/docs.content), so both
 * requests are same-origin and carry the teacher's cookies as first-party requests.
 */

export type ReaderPath = 'export' | 'mobilebasic';

export type FailureReason =
  /** The request threw before any answer: a cross-origin redirect blocked by CORS, or offline. */
  | 'blocked'
  /** Docs redirected to another host (googleusercontent.com) that this page may not read. */
  | 'redirected'
  /** Docs sent the request to the Google sign-in page. */
  | 'sign-in'
  | 'http-error'
  /** The answer held no document text. */
  | 'empty';

export interface PathFailure {
  path: ReaderPath;
  reason: FailureReason;
  /** What happened, in words a teacher can act on or pass to support. */
  detail: string;
}

export type DocRead =
  | {
      ok: true;
      path: ReaderPath;
      title: string;
      blocks: DraftBlock[];
      /** Whether the Doc went past the limits a read carries, so only its start was read. */
      clipped: boolean;
      failures: PathFailure[];
    }
  | { ok: false; failures: PathFailure[] };

/** What the reader needs of a fetch response (a real `Response` fits). */
export interface FetchedPage {
  ok: boolean;
  status: number;
  url: string;
  text(): Promise<string>;
}

export type Fetcher = (url: string, init: RequestInit) => Promise<FetchedPage>;

export interface DocsReaderDeps {
  fetch: Fetcher;
  /** The title and blocks of a Docs HTML page (export or mobilebasic). */
  toPlanBlocks(html: string, path: ReaderPath): { title: string; blocks: DraftBlock[] };
}

const DOCS_HOST = 'docs.google.com';
const DOC_PATH = /^\/document\/(?:u\/\d+\/)?d\/([\w-]{10,})(?:\/|$)/;

/** The document id of a Google Docs editor/viewer URL, or null for anything else. */
export function docIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== DOCS_HOST) return null;
  return DOC_PATH.exec(parsed.pathname)?.[1] ?? null;
}

export function readerUrl(docId: string, path: ReaderPath): string {
  const base = `https://${DOCS_HOST}/document/d/${encodeURIComponent(docId)}`;
  return path === 'export' ? `${base}/export?format=html` : `${base}/mobilebasic`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

async function tryPath(
  docId: string,
  path: ReaderPath,
  deps: DocsReaderDeps,
): Promise<{ title: string; blocks: DraftBlock[]; clipped: boolean } | PathFailure> {
  let response: FetchedPage;
  try {
    response = await deps.fetch(readerUrl(docId, path), { credentials: 'include' });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      path,
      reason: 'blocked',
      detail: `Blocked before Docs answered (${why}): usually a redirect to googleusercontent.com or to the sign-in page, which this page may not read, or no connection.`,
    };
  }
  const host = hostOf(response.url);
  if (host === 'accounts.google.com') {
    return { path, reason: 'sign-in', detail: 'Google asked for a sign-in instead of sending the document.' };
  }
  if (host !== '' && host !== DOCS_HOST) {
    return {
      path,
      reason: 'redirected',
      detail: `Docs redirected the request to ${host}, which Trajectory does not read.`,
    };
  }
  if (!response.ok) {
    const meaning =
      response.status === 403 || response.status === 401
        ? 'this account may not have access to the document'
        : response.status === 404
          ? 'the document was not found'
          : response.status === 429
            ? 'Google is limiting requests; try again in a minute'
            : 'Google could not send the document';
    return { path, reason: 'http-error', detail: `Docs answered ${response.status}: ${meaning}.` };
  }
  const { title, blocks } = deps.toPlanBlocks(await response.text(), path);
  if (blocks.length === 0) {
    return { path, reason: 'empty', detail: 'Docs answered, but the page held no document text.' };
  }
  return { title, ...withinLimits(blocks) };
}

/** Tries the export, then mobilebasic; the first that gives the document wins. */
export async function readGoogleDoc(docId: string, deps: DocsReaderDeps): Promise<DocRead> {
  const failures: PathFailure[] = [];
  for (const path of ['export', 'mobilebasic'] as const) {
    const result = await tryPath(docId, path, deps);
    if ('reason' in result) {
      failures.push(result);
    } else {
      return { ok: true, path, ...result, failures };
    }
  }
  return { ok: false, failures };
}

const DOCS_SUFFIX = 'Google Docs';

/**
 * "Lesson plan - Google Docs" -> "Lesson plan". Trimmed step by step: a regex for the suffix
 * would backtrack across a title of many spaces.
 */
export function docTitle(pageTitle: string): string {
  const title = pageTitle.trimEnd();
  if (title.endsWith(DOCS_SUFFIX)) {
    const beforeSuffix = title.slice(0, -DOCS_SUFFIX.length);
    const dash = beforeSuffix.trimEnd();
    if (dash.endsWith('-') && dash.length < beforeSuffix.length) {
      const beforeDash = dash.slice(0, -1);
      if (beforeDash.trimEnd().length < beforeDash.length) return beforeDash.trim();
    }
  }
  return title.trim();
}
