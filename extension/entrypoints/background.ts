import { browser } from 'wxt/browser';
import { loadSettings } from '../browser/settings-store';
import { analysePlan, docSummary } from '../lib/analysis';
import {
  type HandedSelection,
  isOpenPanelRequest,
  type SummariseResponse,
  selectionKey,
  type TabGrantedNotice,
} from '../lib/messages';
import { PLAN_LIMITS, type PlanContent } from '../lib/plan-blocks';
import { pageRead, summariseRequest } from '../lib/plan-schema';

const SELECTION_MENU = 'trajectory-selection';

/**
 * The selection as the page holds it: its headings, lists and table rows as blocks, or its words
 * with their line breaks (the menu's `selectionText` has neither).
 */
async function selectionFromPage(tabId: number): Promise<PlanContent | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/page.js'],
    });
    const read = pageRead(frame?.result);
    if (read?.selection.length) return { blocks: read.selection };
    return read?.selectionText.trim() ? { text: read.selectionText } : null;
  } catch {
    // PDFs and Chrome's own pages cannot be scripted; the menu's copy of the text still is.
    return null;
  }
}

/** Opens the panel for the window; must be called inside the user's gesture, before any await. */
function openPanel(windowId: number): void {
  void browser.sidePanel.open({ windowId });
}

/** Tells an open panel it may now read this tab (activeTab was just granted). */
function announceGrant(tabId: number): void {
  const notice: TabGrantedNotice = { type: 'trajectory/tab-granted', tabId };
  // No panel open yet is fine: it reads the tab when it opens.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

/** The Docs card's summary: the lesson engine runs here, not in the script on every Doc. */
async function summarise(content: PlanContent): Promise<SummariseResponse> {
  return docSummary(analysePlan(content, await loadSettings()));
}

export default defineBackground(() => {
  // The toolbar button opens the side panel from action.onClicked rather than with
  // openPanelOnActionClick: Chrome grants activeTab only when onClicked fires, and the panel
  // needs it to read the page beside it.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.windowId);
    if (tab.id !== undefined) announceGrant(tab.id);
  });

  browser.runtime.onInstalled.addListener(async () => {
    // An update keeps the old menu; start clean so the id is never created twice.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: SELECTION_MENU,
      title: 'Trajectory: prompts for selected text',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU || tab?.id === undefined) return;
    const tabId = tab.id;
    openPanel(tab.windowId);
    void (async () => {
      const content = (await selectionFromPage(tabId)) ?? {
        text: (info.selectionText ?? '').slice(0, PLAN_LIMITS.totalChars),
      };
      const handed: HandedSelection = { content, title: tab.title ?? '', url: tab.url ?? info.pageUrl ?? '' };
      await browser.storage.session.set({ [selectionKey(tabId)]: handed });
    })();
  });

  // A handed selection belongs to the page it came from: forget it when the tab moves on.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.storage.session.remove(selectionKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(selectionKey(tabId));
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const windowId = sender.tab?.windowId;
    // The launcher's click is the user gesture Chrome requires for opening the panel.
    if (isOpenPanelRequest(message) && windowId !== undefined) openPanel(windowId);
    if ((message as { type?: unknown } | null)?.type === 'trajectory/summarise') {
      // Checked before the engine sees it: a request that is not a plan's blocks within the limits gets null.
      const request = summariseRequest(message);
      if (request === null) sendResponse(null);
      else void summarise({ blocks: request.blocks }).then(sendResponse);
      return true;
    }
  });
});
