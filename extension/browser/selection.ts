import { FRAGMENT_NODE, type PageNode, TEXT_NODE } from '../lib/page-text';

/**
 * The part of the page a selection covers, as a tree the core's converter reads: the page's own
 * nodes that the range touches, with the text at either end cut where the selection starts and
 * stops, and what the page hides from view left out. Nothing on the page is changed or copied.
 */
export function selectedPart(range: Range, isHidden: (node: Element) => boolean): PageNode {
  const view = (node: Node): PageNode | null => {
    if (!range.intersectsNode(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : data.length;
      return { nodeType: TEXT_NODE, nodeName: '#text', textContent: data.slice(start, end), childNodes: [] };
    }
    if (node instanceof Element && isHidden(node)) return null;
    const childNodes = Array.from(node.childNodes, view).filter((child) => child !== null);
    return {
      nodeType: node.nodeType,
      nodeName: node.nodeName,
      get textContent() {
        return childNodes.map((child) => child.textContent ?? '').join('');
      },
      childNodes,
      getAttribute: (name) => (node instanceof Element ? node.getAttribute(name) : null),
    };
  };
  const part = view(range.commonAncestorContainer);
  return part ?? { nodeType: FRAGMENT_NODE, nodeName: '#document-fragment', textContent: '', childNodes: [] };
}
