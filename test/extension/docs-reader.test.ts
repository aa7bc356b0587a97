import { describe, expect, it } from 'vitest';
import {
  type DocsReaderDeps,
  docIdFromUrl,
  docTitle,
  type FetchedPage,
  readerUrl,
  readGoogleDoc,
} from '../../extension/lib/docs-reader';

const DOC_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const EXPORT = readerUrl(DOC_ID, 'export');
const MOBILE = readerUrl(DOC_ID, 'mobilebasic');

type Answer = Partial<FetchedPage> & { body?: string };

/** A fetch that answers each URL as scripted and records what was asked, with which credentials. */
function fakeFetch(answers: Record<string, Answer | Error>) {
  const calls: { url: string; credentials: RequestCredentials | undefined }[] = [];
  const fetch: DocsReaderDeps['fetch'] = async (url, init) => {
    calls.push({ url, credentials: init.credentials });
    const answer = answers[url];
    if (answer === undefined) throw new Error(`unexpected fetch ${url}`);
    if (answer instanceof Error) throw answer;
    return {
      ok: answer.ok ?? true,
      status: answer.status ?? 200,
      url: answer.url ?? url,
      text: async () => answer.body ?? '',
    };
  };
  return { fetch, calls };
}

/** Each page's words as one paragraph: the converter itself is tested in page-text.test.ts. */
const toPlanBlocks: DocsReaderDeps['toPlanBlocks'] = (html, path) => {
  const text = html.replace(/<[^>]+>/g, '').trim();
  return { title: `${path} title`, blocks: text === '' ? [] : [{ kind: 'paragraph', text }] };
};

describe('readGoogleDoc', () => {
  it('uses the export when it answers from docs.google.com, with the session cookies', async () => {
    const { fetch, calls } = fakeFetch({ [EXPORT]: { body: '<p>Learning objective: add fractions</p>' } });
    const read = await readGoogleDoc(DOC_ID, { fetch, toPlanBlocks });
    expect(read).toEqual({
      ok: true,
      path: 'export',
      title: 'export title',
      blocks: [{ kind: 'paragraph', text: 'Learning objective: add fractions' }],
      clipped: false,
      failures: [],
    });
    expect(calls).toEqual([{ url: EXPORT, credentials: 'include' }]);
  });

  it.each([
    {
      name: 'a redirect to googleusercontent.com',
      answer: { url: 'https://doc-0s-4k-docs.googleusercontent.com/export/abc', body: '<p>x</p>' },
      reason: 'redirected',
      detail: /googleusercontent\.com/,
    },
    {
      name: 'a CORS failure (fetch throws)',
      answer: new TypeError('Failed to fetch'),
      reason: 'blocked',
      detail: /Failed to fetch/,
    },
    {
      name: 'the sign-in page',
      answer: { url: 'https://accounts.google.com/ServiceLogin?continue=x', body: '<form>Sign in</form>' },
      reason: 'sign-in',
      detail: /sign-in/,
    },
    { name: 'a 403', answer: { ok: false, status: 403 }, reason: 'http-error', detail: /403: .*access/ },
    { name: 'a 404', answer: { ok: false, status: 404 }, reason: 'http-error', detail: /404: .*not found/ },
    { name: 'an empty page', answer: { body: '<p> </p>' }, reason: 'empty', detail: /no document text/ },
  ])('falls back to mobilebasic after $name, and says why', async ({ answer, reason, detail }) => {
    const { fetch, calls } = fakeFetch({
      [EXPORT]: answer,
      [MOBILE]: { body: '<p>Plenary: review the objective</p>' },
    });
    const read = await readGoogleDoc(DOC_ID, { fetch, toPlanBlocks });
    expect(read.ok && read.path).toBe('mobilebasic');
    expect(read.ok && read.blocks).toEqual([{ kind: 'paragraph', text: 'Plenary: review the objective' }]);
    expect(read.failures).toHaveLength(1);
    expect(read.failures[0]).toMatchObject({ path: 'export', reason });
    expect(read.failures[0]?.detail).toMatch(detail);
    expect(calls.map((call) => call.url)).toEqual([EXPORT, MOBILE]);
  });

  it('reports both failures when neither path gives text', async () => {
    const { fetch } = fakeFetch({
      [EXPORT]: { url: 'https://accounts.google.com/ServiceLogin' },
      [MOBILE]: { url: 'https://accounts.google.com/ServiceLogin' },
    });
    const read = await readGoogleDoc(DOC_ID, { fetch, toPlanBlocks });
    expect(read.ok).toBe(false);
    expect(read.failures.map((failure) => `${failure.path}:${failure.reason}`)).toEqual([
      'export:sign-in',
      'mobilebasic:sign-in',
    ]);
  });
});

describe('docIdFromUrl', () => {
  it.each([
    [`https://docs.google.com/document/d/${DOC_ID}/edit`, DOC_ID],
    [`https://docs.google.com/document/d/${DOC_ID}/edit?tab=t.0#heading=h.1`, DOC_ID],
    [`https://docs.google.com/document/u/1/d/${DOC_ID}/edit`, DOC_ID],
    [`https://docs.google.com/document/d/${DOC_ID}`, DOC_ID],
    [`https://docs.google.com/spreadsheets/d/${DOC_ID}/edit`, null],
    [`https://docs.google.com/document/u/0/`, null],
    [`http://docs.google.com/document/d/${DOC_ID}/edit`, null],
    [`https://docs.google.com.evil.example/document/d/${DOC_ID}/edit`, null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(docIdFromUrl(url)).toBe(expected);
  });
});

describe('readerUrl and docTitle', () => {
  it('builds both reader URLs on docs.google.com', () => {
    expect(EXPORT).toBe(`https://docs.google.com/document/d/${DOC_ID}/export?format=html`);
    expect(MOBILE).toBe(`https://docs.google.com/document/d/${DOC_ID}/mobilebasic`);
  });

  it('drops the " - Google Docs" suffix from a page title', () => {
    expect(docTitle('Y5 Fractions lesson - Google Docs')).toBe('Y5 Fractions lesson');
    expect(docTitle('Plan')).toBe('Plan');
  });
});
