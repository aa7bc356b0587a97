import type { PageRead } from '../lib/messages';
import { mainContent, type PageNode, planText } from '../lib/page-text';

/**
 * Injected on demand (activeTab + scripting) into the page the teacher asked about, never
 * registered in the manifest, so Trajectory needs no access to the sites a teacher visits.
 * Its return value is the result of `scripting.executeScript`.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageRead {
    const isHidden = (node: PageNode) => node instanceof Element && !node.checkVisibility();
    return {
      title: document.title,
      mainText: planText(mainContent(document.body, isHidden), { source: 'web-page', isHidden }),
      selectionText: window.getSelection()?.toString() ?? '',
    };
  },
});
