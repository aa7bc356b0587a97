import { selectedPart } from '../browser/selection';
import type { PageRead } from '../lib/messages';
import { mainContent, type PageNode, planBlocks } from '../lib/page-text';
import { PLAN_LIMITS, withinLimits } from '../lib/plan-blocks';

/**
 * Injected on demand (activeTab + scripting) into the page the teacher asked about, never
 * registered in the manifest, so Trajectory needs no access to the sites a teacher visits.
 * Its return value is the result of `scripting.executeScript`: the page's main content and any
 * selection, as blocks.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageRead {
    const isHidden = (node: PageNode) => node instanceof Element && !node.checkVisibility();
    const main = withinLimits(
      planBlocks(mainContent(document.body, isHidden), { source: 'web-page', isHidden }),
    );
    const selected = window.getSelection();
    const range =
      selected && selected.rangeCount > 0 && !selected.isCollapsed ? selected.getRangeAt(0) : null;
    // The teacher chose the selection, so all of it is read as a Doc is, furniture and all: a
    // selection in a sidebar, or on a site that wraps its whole page in a <form>, is still read.
    const selection = range
      ? withinLimits(planBlocks(selectedPart(range, isHidden), { source: 'google-doc' })).blocks
      : [];
    return {
      title: document.title,
      main: main.blocks,
      clipped: main.clipped,
      selection,
      selectionText: (selected?.toString() ?? '').slice(0, PLAN_LIMITS.totalChars),
    };
  },
});
