import { browser } from 'wxt/browser';
import { findQuote } from '../lib/find-quote';
import { type HighlightResponse, isHighlightRequest } from '../lib/messages';

/**
 * Injected on demand (activeTab) into a web page the panel has read, when the teacher clicks a
 * prompt's quote: scrolls to those words and marks them. The mark is an overlay in a shadow
 * root laid over the page's own words; the page's elements and text are never changed.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const HOST = 'trajectory-highlight';

/** The page's visible text nodes, in reading order. */
function visibleTextNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIPPED.has(parent.nodeName) || parent.closest(HOST)) return NodeFilter.FILTER_REJECT;
      return parent.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }
.mark { position: fixed; border-radius: 2px; background: rgb(242 181 29 / 35%); outline: 2px solid #c98a00; }
@media (prefers-reduced-motion: no-preference) { .mark { animation: pulse 1.2s ease-out 1; } }
@keyframes pulse { from { outline-offset: 6px; } to { outline-offset: 0; } }
`;

/** One overlay for the page; a new highlight replaces the last. */
class Highlighter {
  private host: HTMLElement | null = null;
  private range: Range | null = null;
  private readonly redraw = () => requestAnimationFrame(() => this.draw());

  show(range: Range): void {
    this.clear();
    this.range = range;
    const host = document.createElement(HOST);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    shadow.append(style);
    // After <body>, not in it: the page's own content keeps exactly the elements it had.
    document.documentElement.append(host);
    this.host = host;
    // Capture: a page that scrolls inside a panel of its own moves the words too.
    window.addEventListener('scroll', this.redraw, { capture: true, passive: true });
    window.addEventListener('resize', this.redraw, { passive: true });
    this.draw();
  }

  clear(): void {
    window.removeEventListener('scroll', this.redraw, { capture: true });
    window.removeEventListener('resize', this.redraw);
    this.host?.remove();
    this.host = null;
    this.range = null;
  }

  private draw(): void {
    const shadow = this.host?.shadowRoot;
    if (!shadow || !this.range) return;
    for (const mark of shadow.querySelectorAll('.mark')) mark.remove();
    for (const rect of this.range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      const mark = document.createElement('div');
      mark.className = 'mark';
      Object.assign(mark.style, {
        left: `${rect.left - 2}px`,
        top: `${rect.top - 1}px`,
        width: `${rect.width + 4}px`,
        height: `${rect.height + 2}px`,
      });
      shadow.append(mark);
    }
  }
}

function highlight(highlighter: Highlighter, quote: string): HighlightResponse {
  const nodes = visibleTextNodes();
  const match = findQuote(
    nodes.map((node) => node.data),
    quote,
  );
  if (!match) {
    highlighter.clear();
    return { found: false };
  }
  const range = document.createRange();
  range.setStart(nodes[match.start.node]!, match.start.offset);
  range.setEnd(nodes[match.end.node]!, match.end.offset);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  nodes[match.start.node]!.parentElement?.scrollIntoView({
    block: 'center',
    behavior: reduceMotion ? 'instant' : 'smooth',
  });
  highlighter.show(range);
  return { found: true };
}

declare global {
  interface Window {
    /** Set once the listener is in place: the panel injects this script before every highlight. */
    trajectoryHighlighter?: boolean;
  }
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // This runs in the extension's isolated world, so the flag is invisible to the page.
    if (window.trajectoryHighlighter) return;
    window.trajectoryHighlighter = true;
    const highlighter = new Highlighter();
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isHighlightRequest(message)) return;
      sendResponse(highlight(highlighter, message.quote));
    });
    // The mark has done its job once the teacher carries on with the page.
    document.addEventListener('keydown', (event) => event.key === 'Escape' && highlighter.clear());
  },
});
