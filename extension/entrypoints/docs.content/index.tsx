import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Launcher } from '../../components/Launcher';
import '../../components/launcher.css';
import { readThisDoc } from '../../browser/read-doc';
import { loadSettings } from '../../browser/settings-store';
import { analysePlanText } from '../../lib/analysis';
import { docIdFromUrl } from '../../lib/docs-reader';
import { isReadDocRequest, type OpenPanelRequest } from '../../lib/messages';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const docId = docIdFromUrl(location.href);
    if (!docId) return;

    // The side panel asks here for the text, so the read runs on docs.google.com itself.
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isReadDocRequest(message)) return;
      void readThisDoc(docId).then(sendResponse);
      return true;
    });

    const settings = await loadSettings();
    if (!settings.showDocsLauncher) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'trajectory-launcher',
      position: 'inline',
      anchor: 'body',
      // Docs listens for keys on the whole page; keep typing in the card to the card.
      isolateEvents: true,
      onMount(container) {
        render(
          <Launcher
            read={() => readThisDoc(docId)}
            analyse={(text) => analysePlanText(text, settings)}
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
    ui.mount();
  },
});
