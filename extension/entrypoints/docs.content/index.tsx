import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Launcher } from '../../components/Launcher';
import '../../components/launcher.css';
import { readThisDoc } from '../../browser/read-doc';
import { docIdFromUrl } from '../../lib/docs-reader';
import { launcherSwitchedOn, SETTINGS_KEY } from '../../lib/launcher-setting';
import {
  isReadDocRequest,
  type OpenPanelRequest,
  type SummariseRequest,
  type SummariseResponse,
} from '../../lib/messages';

/**
 * Loads on every Google Doc, so it stays small: it answers the panel's read requests and
 * places the launcher. The lesson engine runs in the background (the card's summary) and in
 * the side panel, never here.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const docId = docIdFromUrl(location.href);
    if (!docId) return;

    // The side panel asks here for the Doc, so the read runs on docs.google.com itself.
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isReadDocRequest(message)) return;
      void readThisDoc(docId).then(sendResponse);
      return true;
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'trajectory-launcher',
      position: 'inline',
      anchor: 'body',
      // First in the page, so the launcher is early in the tab order; it is fixed in a corner,
      // so nothing on the page moves.
      append: 'first',
      // Docs listens for keys on the whole page; keep typing in the card to the card.
      isolateEvents: true,
      onMount(container, _shadow, host) {
        render(
          <Launcher
            host={host}
            read={() => readThisDoc(docId)}
            summarise={(blocks) =>
              browser.runtime.sendMessage({
                type: 'trajectory/summarise',
                blocks,
              } satisfies SummariseRequest) as Promise<SummariseResponse>
            }
            openPanel={() =>
              void browser.runtime.sendMessage({ type: 'trajectory/open-panel' } satisfies OpenPanelRequest)
            }
          />,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    if (launcherSwitchedOn(stored[SETTINGS_KEY])) ui.mount();
    // Switched on or off in the settings: every open Doc follows at once.
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'local' || !change) return;
      const wanted = launcherSwitchedOn(change.newValue);
      if (wanted && !ui.mounted) ui.mount();
      if (!wanted && ui.mounted) ui.remove();
    });
  },
});
