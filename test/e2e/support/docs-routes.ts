import type { BrowserContext, Route } from 'playwright-core';
import { DOC_ID, docsEditorPage, docsExportHtml, docsMobileBasicHtml } from './fixtures';

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
  /** Every URL the routes answered, in order. */
  requests: string[];
}

const html = (route: Route, body: string) => route.fulfill({ status: 200, contentType: 'text/html', body });
const redirect = (route: Route, location: string) => route.fulfill({ status: 302, headers: { location } });
const SIGN_IN = 'https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/';

/** Serves a Google Doc (editor page, export, mobilebasic) without the network. */
export async function serveGoogleDoc(context: BrowserContext): Promise<DocsServer> {
  const server: DocsServer = { exportBehaviour: 'ok', mobileBasic: 'ok', exportDelayMs: 0, requests: [] };
  await context.route('https://docs.google.com/**', async (route) => {
    const url = new URL(route.request().url());
    server.requests.push(url.pathname + url.search);
    if (url.pathname === `/document/d/${DOC_ID}/export`) {
      await new Promise((resolve) => setTimeout(resolve, server.exportDelayMs));
      if (server.exportBehaviour === 'googleusercontent-redirect') {
        return redirect(
          route,
          `https://doc-0k-3s-docs.googleusercontent.com/docs/securesc/x/${DOC_ID}?e=download`,
        );
      }
      if (server.exportBehaviour === 'sign-in') return redirect(route, SIGN_IN);
      return html(route, docsExportHtml());
    }
    if (url.pathname === `/document/d/${DOC_ID}/mobilebasic`) {
      return server.mobileBasic === 'ok' ? html(route, docsMobileBasicHtml()) : redirect(route, SIGN_IN);
    }
    return html(route, docsEditorPage());
  });
  await context.route('https://*.googleusercontent.com/**', (route) => html(route, docsExportHtml()));
  await context.route('https://accounts.google.com/**', (route) => html(route, '<form>Sign in</form>'));
  return server;
}

export const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
