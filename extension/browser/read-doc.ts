import { type DocRead, docTitle, readGoogleDoc } from '../lib/docs-reader';
import { boldClasses, docsContent, planBlocks } from '../lib/page-text';

/**
 * Reads the Doc open in this docs.google.com page. Runs in the content script: both reader
 * requests are then same-origin, go out with the teacher's own first-party cookies, and the
 * HTML can be parsed with the page's DOMParser (a service worker has none). The core's
 * converter turns it into blocks here, as the command line does with a saved export.
 */
export function readThisDoc(docId: string): Promise<DocRead> {
  return readGoogleDoc(docId, {
    fetch: (url, init) => fetch(url, init),
    toPlanBlocks(html) {
      const page = new DOMParser().parseFromString(html, 'text/html');
      return {
        title: docTitle(page.title) || docTitle(document.title),
        blocks: planBlocks(docsContent(page.body), { source: 'google-doc', boldClasses: boldClasses(page) }),
      };
    },
  });
}
