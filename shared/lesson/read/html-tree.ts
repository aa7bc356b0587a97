import { decodeEntities } from './entities';
import { DOCUMENT_NODE, ELEMENT_NODE, type PageNode, TEXT_NODE } from './page-node';

/**
 * A small, tolerant HTML parser for where there is no DOM (the command line, Apps Script): it
 * builds the tree the one HTML-to-blocks converter reads, so a saved page reads as the browser
 * reads it. Anything it does not understand is kept as text, never dropped.
 */
class TreeNode implements PageNode {
  readonly childNodes: TreeNode[] = [];
  private text: string | null = null;

  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    private readonly attributes: Map<string, string> = new Map(),
    value = '',
  ) {
    if (nodeType === TEXT_NODE) this.text = value;
  }

  get textContent(): string {
    // Worked out once: reader-mode scoring asks it of every element.
    this.text ??= this.childNodes.map((child) => child.textContent).join('');
    return this.text;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
}

/** Elements whose content is raw text up to their end tag: never plan text, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Opening one of these ends an open paragraph, as in a browser. */
const CLOSES_PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** An element that ends an open one of its own kind, up to the container that holds them. */
const SIBLING_ENDS: Record<string, { ends: string[]; within: string[] }> = {
  li: { ends: ['li'], within: ['ul', 'ol'] },
  dt: { ends: ['dt', 'dd'], within: ['dl'] },
  dd: { ends: ['dt', 'dd'], within: ['dl'] },
  td: { ends: ['td', 'th'], within: ['tr', 'table'] },
  th: { ends: ['td', 'th'], within: ['tr', 'table'] },
  tr: { ends: ['tr', 'td', 'th'], within: ['table', 'tbody', 'thead', 'tfoot'] },
  tbody: { ends: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
  thead: { ends: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
  tfoot: { ends: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
};
/** Deeper than any real plan nests; beyond it elements are kept as siblings, so walking the tree never overflows. */
const MAX_DEPTH = 200;

/** The attributes of a tag's inside (`class="a b" start=2 hidden`), read in one pass. */
function readAttributes(inside: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let index = 0;
  const length = inside.length;
  const isSpace = (char: string) =>
    char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '/';
  while (index < length) {
    while (index < length && isSpace(inside[index]!)) index++;
    const start = index;
    while (index < length && !isSpace(inside[index]!) && inside[index] !== '=') index++;
    const name = inside.slice(start, index).toLowerCase();
    if (name === '') {
      index++;
      continue;
    }
    let value = '';
    if (inside[index] === '=') {
      index++;
      const quote = inside[index];
      if (quote === '"' || quote === "'") {
        const end = inside.indexOf(quote, index + 1);
        const stop = end === -1 ? length : end;
        value = inside.slice(index + 1, stop);
        index = stop + 1;
      } else {
        const valueStart = index;
        while (index < length && !isSpace(inside[index]!)) index++;
        value = inside.slice(valueStart, index);
      }
    }
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return attributes;
}

/** Parses markup into a document whose `body` (or the document itself) holds the page. */
export function parseHtml(html: string): { document: PageNode; body: PageNode } {
  const document = new TreeNode(DOCUMENT_NODE, '#document');
  const stack: TreeNode[] = [document];
  let body: TreeNode | undefined;
  const top = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    if (text !== '') top().childNodes.push(new TreeNode(TEXT_NODE, '#text', undefined, decodeEntities(text)));
  };
  const closeTo = (index: number) => {
    stack.length = index;
  };
  const openIndex = (names: string[], within: string[]): number => {
    for (let index = stack.length - 1; index > 0; index--) {
      const name = stack[index]!.nodeName.toLowerCase();
      if (names.includes(name)) return index;
      if (within.includes(name)) return -1;
    }
    return -1;
  };

  // Tag starts are found by pattern and tag ends by indexOf, so that text full of stray "<"
  // cannot make the scan go back over the document.
  const tagStart = /<(!--|!|\?|\/?[a-zA-Z][a-zA-Z0-9]{0,15})/g;
  let lower: string | undefined;
  let last = 0;
  for (let match = tagStart.exec(html); match !== null; match = tagStart.exec(html)) {
    const opener = match[1]!;
    const endMarker = opener === '!--' ? '-->' : '>';
    const end = html.indexOf(endMarker, tagStart.lastIndex);
    if (end === -1) {
      // No tag closes after this point: the rest is text, less an unfinished tag cut short ("<i").
      const tail = html.slice(match.index);
      addText(html.slice(last, match.index) + (tail.length < 200 && !tail.includes('\n') ? '' : tail));
      last = html.length;
      break;
    }
    addText(html.slice(last, match.index));
    const inside = html.slice(tagStart.lastIndex, end);
    last = end + endMarker.length;
    tagStart.lastIndex = last;
    if (opener === '!--' || opener === '!' || opener === '?') continue;
    const closing = opener[0] === '/';
    const name = (closing ? opener.slice(1) : opener).toLowerCase();
    if (closing) {
      const index = openIndex([name], []);
      if (index > 0) closeTo(index);
      continue;
    }
    if (top().nodeName === 'P' && CLOSES_PARAGRAPH.has(name)) stack.pop();
    const siblings = SIBLING_ENDS[name];
    if (siblings !== undefined) {
      const index = openIndex(siblings.ends, siblings.within);
      if (index > 0) closeTo(index);
    }
    const element = new TreeNode(ELEMENT_NODE, name.toUpperCase(), readAttributes(inside));
    top().childNodes.push(element);
    if (name === 'body') body ??= element;
    if (RAW_TEXT.has(name)) {
      // Everything up to the element's end tag is the page's machinery, not the plan.
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, last);
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      // A title names the document; a style sheet says which of a Docs export's classes are bold.
      if (name === 'title' || name === 'style')
        element.childNodes.push(
          new TreeNode(
            TEXT_NODE,
            '#text',
            undefined,
            decodeEntities(html.slice(last, close === -1 ? html.length : close)),
          ),
        );
      last = closeEnd === -1 ? html.length : closeEnd + 1;
      tagStart.lastIndex = last;
      continue;
    }
    if (!VOID.has(name) && !inside.trimEnd().endsWith('/') && stack.length < MAX_DEPTH) stack.push(element);
  }
  addText(html.slice(last));
  return { document, body: body ?? document };
}
