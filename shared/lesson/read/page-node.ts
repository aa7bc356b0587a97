/**
 * The narrow shape of a document tree the HTML converter reads: a browser's DOM `Node` fits it,
 * and so does the tree `parseHtml` builds from markup where there is no DOM (Node, Apps Script).
 */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const FRAGMENT_NODE = 11;
