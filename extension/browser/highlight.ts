import { browser } from 'wxt/browser';
import type { HighlightRequest, HighlightResponse } from '../lib/messages';

export type QuoteShown = 'shown' | 'not-found' | 'no-access';

/** Scrolls the web page in this tab to a prompt's words and marks them (see highlight.content.ts). */
export async function showQuoteInTab(tabId: number, quote: string): Promise<QuoteShown> {
  try {
    // Injected each time: a page that has navigated since has lost the script (and activeTab).
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlight.js'] });
    const request: HighlightRequest = { type: 'trajectory/highlight', quote };
    const response = (await browser.tabs.sendMessage(tabId, request)) as HighlightResponse;
    return response.found ? 'shown' : 'not-found';
  } catch {
    return 'no-access';
  }
}
