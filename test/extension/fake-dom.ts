import type { PageNode } from '../../extension/lib/page-text';

/** A hand-built DOM for the text-extraction helpers: `el('p', { class: 'x' }, 'text', el(...))`. */
export type Child = PageNode | string;

export function text(value: string): PageNode {
  return { nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] };
}

export function el(name: string, attributes: Record<string, string> = {}, ...children: Child[]): PageNode {
  const childNodes = children.map((child) => (typeof child === 'string' ? text(child) : child));
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    get textContent() {
      return childNodes.map((child) => child.textContent ?? '').join('');
    },
    childNodes,
    getAttribute: (attribute) => attributes[attribute] ?? null,
  };
}
