import type { BrowserContext, Route } from 'playwright-core';
import {
  DOC_ID,
  DOC_TITLE,
  docsEditorPage,
  docsExportHtml,
  docsMobileBasicHtml,
  MINUTES_BODY,
  MINUTES_DOC_ID,
  MINUTES_TITLE,
  PLAN_BODY,
  type ServedDoc,
} from './fixtures';

/** How the routed docs.google.com answers the export request. */
export type ExportBehaviour =
  | 'ok'
  /** 302 to googleusercontent.com, which sends no CORS header: the fetch fails as in Chrome. */
  | 'googleusercontent-redirect'
  /** 302 to the sign-in page. */
  | 'sign-in';

export interface DocsServer {
  exportBehaviour: ExportBehaviour;
  mobileBasic: 'ok' | 'sign-in';
  /** Holds the export's answer back this long, so the panel's progress state can be seen. */
  exportDelayMs: number;
  /** The Docs this server holds, by id; a test edits one by changing its body. */
  documents: Map<string, ServedDoc>;
  /** Every URL the routes answered, in order. */
  requests: string[];
  /** Back to the two Docs as they were and the export working. */
  reset(): void;
}

const html = (route: Route, body: string) => route.fulfill({ status: 200, contentType: 'text/html', body });
const redirect = (route: Route, location: string) => route.fulfill({ status: 302, headers: { location } });
const SIGN_IN = 'https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/';
const DOC_PATH = /^\/document\/d\/([\w-]+)\/(export|mobilebasic)$/;

/** Serves Google Docs (editor page, export, mobilebasic) without the network. */
export async function serveGoogleDoc(context: BrowserContext): Promise<DocsServer> {
  const server: DocsServer = {
    exportBehaviour: 'ok',
    mobileBasic: 'ok',
    exportDelayMs: 0,
    documents: new Map(),
    requests: [],
    reset() {
      server.exportBehaviour = 'ok';
      server.mobileBasic = 'ok';
      server.exportDelayMs = 0;
      server.requests.length = 0;
      server.documents = new Map([
        [DOC_ID, { title: DOC_TITLE, body: PLAN_BODY }],
        [MINUTES_DOC_ID, { title: MINUTES_TITLE, body: MINUTES_BODY }],
      ]);
    },
  };
  server.reset();
  await context.route('https://docs.google.com/**', async (route) => {
    const url = new URL(route.request().url());
    server.requests.push(url.pathname + url.search);
    const [, docId = '', view] = DOC_PATH.exec(url.pathname) ?? [];
    const doc = server.documents.get(docId);
    if (doc && view === 'export') {
      await new Promise((resolve) => setTimeout(resolve, server.exportDelayMs));
      if (server.exportBehaviour === 'googleusercontent-redirect') {
        return redirect(
          route,
          `https://doc-0k-3s-docs.googleusercontent.com/docs/securesc/x/${docId}?e=download`,
        );
      }
      if (server.exportBehaviour === 'sign-in') return redirect(route, SIGN_IN);
      return html(route, docsExportHtml(doc));
    }
    if (doc && view === 'mobilebasic') {
      return server.mobileBasic === 'ok' ? html(route, docsMobileBasicHtml(doc)) : redirect(route, SIGN_IN);
    }
    const editing = [...server.documents].find(([id]) => url.pathname.startsWith(`/document/d/${id}/`));
    return html(route, docsEditorPage(editing?.[1].title));
  });
  await context.route('https://*.googleusercontent.com/**', (route) => html(route, docsExportHtml()));
  await context.route('https://accounts.google.com/**', (route) => html(route, '<form>Sign in</form>'));
  return server;
}

export const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
export const MINUTES_URL = `https://docs.google.com/document/d/${MINUTES_DOC_ID}/edit`;
