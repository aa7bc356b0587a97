import type { DraftBlock } from './blocks';
import { parseHtml } from './html-tree';
import { DOCUMENT_NODE, ELEMENT_NODE, FRAGMENT_NODE, type PageNode, TEXT_NODE } from './page-node';
import { isCapitalised } from './recognisers/capitalised-heading';

/**
 * The one HTML-to-blocks converter: a Docs export, a web page's DOM and a saved page on the
 * command line all go through it, so the same page reads the same everywhere. Headings keep
 * their level, list items their marker, table rows their cells; paragraphs and list items
 * inside a cell stay in that cell.
 */
export interface ReadOptions {
  /**
   * `web-page` skips site furniture (nav, header, footer, aside, forms); `google-doc` keeps
   * everything and reads Docs' "Title" paragraph style (`p.title`) as the top heading.
   */
  source: 'web-page' | 'google-doc';
  /** Whether the page hides an element from view (CSS), so menus and dialogs are not read. */
  isHidden?(node: PageNode): boolean;
  /** Class names the page's style sheets make bold (see `boldClasses`). */
  boldClasses?: ReadonlySet<string>;
}

/** Never plan text: the document's head, code, media and controls. */
const ALWAYS_SKIPPED = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
  'TEXTAREA',
  'SELECT',
]);
/** Site furniture around an article; skipped when reading a web page, kept inside a Doc. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE']);
/** A form with more text than this is the page itself, not a search box or a sign-up form. */
const WHOLE_PAGE_FORM = 1_000;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'CAPTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'UL',
  'OL',
  'LI',
  'HR',
  'BODY',
  'HTML',
  'ADDRESS',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
]);
const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const BOLD = new Set(['B', 'STRONG']);
const PARAGRAPH_LIKE = new Set(['P', 'LI', 'PRE', 'BLOCKQUOTE', 'TD', 'TH', 'DD', ...Object.keys(HEADINGS)]);
/** Parts of a table or list: reader-mode scoring credits the container around them instead. */
const STRUCTURE = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'UL', 'OL', 'DL']);

function tag(node: PageNode): string {
  return node.nodeName.toUpperCase();
}

function isSkipped(node: PageNode, options: ReadOptions): boolean {
  const name = tag(node);
  if (ALWAYS_SKIPPED.has(name) || options.isHidden?.(node)) return true;
  if (node.getAttribute?.('aria-hidden') === 'true' || (node.getAttribute?.('hidden') ?? null) !== null) {
    return true;
  }
  if (options.source === 'google-doc') return false;
  // ASP.NET and some school platforms wrap the whole page in one <form>: that one holds the page.
  if (name === 'FORM') return textLength(node) < WHOLE_PAGE_FORM;
  return FURNITURE.has(name) || FURNITURE_ROLES.has(node.getAttribute?.('role') ?? '');
}

function classes(node: PageNode): string[] {
  return node.getAttribute?.('class')?.split(' ') ?? [];
}

const BOLD_WEIGHTS = [
  'font-weight:bold',
  'font-weight:600',
  'font-weight:700',
  'font-weight:800',
  'font-weight:900',
];

/** Whether CSS declarations ("color:#000;font-weight:700") set a bold weight. */
function setsBold(declarations: string): boolean {
  const compact = declarations.toLowerCase().split(' ').join('');
  return BOLD_WEIGHTS.some((weight) => compact.includes(weight));
}

/** Whether an element is bold by its tag, a class a style sheet makes bold, or its own style. */
function isBold(node: PageNode, options: ReadOptions): boolean {
  if (BOLD.has(tag(node))) return true;
  const style = node.getAttribute?.('style');
  if (style != null && setsBold(style)) return true;
  const bold = options.boldClasses;
  return bold !== undefined && bold.size > 0 && classes(node).some((name) => bold.has(name));
}

/**
 * The class names a page's style sheets make bold. A Google Docs export marks bold text with a
 * class and a rule (`.c5{font-weight:700}`), never with <b>, so a line in bold alone is a heading
 * only once these are known. Rules are found with indexOf, so a long sheet is read in one pass.
 */
export function boldClasses(document: PageNode): Set<string> {
  const found = new Set<string>();
  const stack: PageNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (tag(node) === 'STYLE') {
      const css = node.textContent ?? '';
      let from = 0;
      for (let open = css.indexOf('{', from); open !== -1; open = css.indexOf('{', from)) {
        const close = css.indexOf('}', open);
        const end = close === -1 ? css.length : close;
        if (setsBold(css.slice(open + 1, end))) {
          for (const selector of css.slice(from, open).split(',')) {
            const name = selector.trim();
            if (/^\.[\w-]{1,60}$/.test(name)) found.add(name.slice(1));
          }
        }
        from = end + 1;
      }
      continue;
    }
    const children = Array.from(node.childNodes);
    for (const child of children)
      if (child.nodeType === ELEMENT_NODE || child.nodeType === DOCUMENT_NODE) stack.push(child);
  }
  return found;
}

/** One space for every run of whitespace (a single quantifier, so linear however long the run). */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Gathers a block's text as the walk meets it, and whether all of it was bold. */
class BlockWriter {
  readonly blocks: DraftBlock[] = [];
  private pending = '';
  private plain = false;
  private bold = false;
  private marker = '';

  append(text: string, bold: boolean): void {
    this.pending += text;
    if (text.trim() === '') return;
    if (bold) this.bold = true;
    else this.plain = true;
  }

  /** The next block written is a list item with this marker (kept until one is written). */
  startItem(marker: string): void {
    this.flush();
    this.marker = marker;
  }

  /** Ends a list item: an item with no text leaves no marker behind. */
  endItem(): void {
    this.flush();
    this.marker = '';
  }

  push(block: DraftBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  flush(): void {
    const collapsed = collapse(this.pending);
    // "• I can use a fraction wall...": a Doc's bullet typed as a character is a list item all the same.
    const typed = this.marker === '' && TYPED_BULLET.has(collapsed.slice(0, 2)) ? `${collapsed[0]} ` : '';
    const text = typed === '' ? collapsed : collapsed.slice(2).trimStart();
    const marker = typed || this.marker;
    if (text !== '') {
      const block: DraftBlock = marker === '' ? { kind: 'paragraph', text } : { kind: 'item', text, marker };
      if ((this.bold && !this.plain) || (marker === '' && isCapitalised(text))) block.emphasised = true;
      this.blocks.push(block);
      this.marker = '';
    }
    this.pending = '';
    this.plain = false;
    this.bold = false;
  }
}

const TYPED_BULLET = new Set(['• ', '· ', '◦ ', '▪ ']);

/** A cell's or heading's blocks on one line: paragraphs joined by " / ", list items by " • ". */
function inlineText(node: PageNode, options: ReadOptions, bold: boolean): string {
  const writer = new BlockWriter();
  for (const child of Array.from(node.childNodes)) write(child, writer, options, 0, bold);
  writer.flush();
  let text = '';
  for (const block of writer.blocks) {
    const words = block.cells === undefined ? block.text : block.cells.join(' | ');
    text += text === '' ? words : `${block.kind === 'item' ? ' • ' : ' / '}${words}`;
  }
  return text;
}

function write(
  node: PageNode,
  out: BlockWriter,
  options: ReadOptions,
  listDepth: number,
  bold: boolean,
): void {
  if (node.nodeType === TEXT_NODE) {
    out.append(node.textContent ?? '', bold);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE)
    return;
  if (isSkipped(node, options)) return;
  const name = tag(node);
  const children = Array.from(node.childNodes);

  const docTitle = options.source === 'google-doc' && classes(node).includes('title');
  const level = HEADINGS[name] ?? (docTitle ? 1 : 0);
  if (level > 0) {
    const text = inlineText(node, options, bold);
    if (text !== '') out.push({ kind: 'heading', text, level });
    else out.flush();
    return;
  }
  if (name === 'TR') {
    const cells = children
      .filter((child) => tag(child) === 'TD' || tag(child) === 'TH')
      .map((cell) => inlineText(cell, options, bold))
      .filter((cell) => cell !== '');
    if (cells.length > 0) out.push({ kind: 'row', text: cells.join(' | '), cells });
    else out.flush();
    return;
  }
  if (name === 'UL' || name === 'OL') {
    out.flush();
    // Docs exports each numbered item as its own <ol start="n">, so honour `start`.
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10);
    let number = Number.isFinite(start) ? start - 1 : 0;
    // Docs exports nested items as flat lists whose class names the level (lst-kix_<id>-<level>).
    const docsLevel = options.source === 'google-doc' ? /^lst-kix_\w{1,40}-(\d{1,2})$/ : null;
    const nesting = Number(
      classes(node)
        .map((className) => docsLevel?.exec(className)?.[1])
        .find(Boolean) ?? 0,
    );
    for (const child of children) {
      if (tag(child) === 'LI') {
        number += 1;
        const indent = '  '.repeat(listDepth + nesting);
        out.startItem(name === 'OL' ? `${indent}${number}. ` : `${indent}- `);
        for (const grandchild of Array.from(child.childNodes))
          write(grandchild, out, options, listDepth + 1, bold);
        out.endItem();
      } else {
        write(child, out, options, listDepth, bold);
      }
    }
    return;
  }
  if (name === 'BR') {
    out.flush();
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.flush();
  const inBold = bold || isBold(node, options);
  for (const child of children) write(child, out, options, listDepth, inBold);
  if (block) out.flush();
}

/** A node's blocks (see the module comment). */
export function nodeBlocks(root: PageNode, options: ReadOptions): DraftBlock[] {
  const writer = new BlockWriter();
  write(root, writer, options, 0, false);
  writer.flush();
  return writer.blocks;
}

/** Every element under the root that is read, in document order; a stack, not recursion, so depth costs nothing. */
function elements(root: PageNode, options: ReadOptions): PageNode[] {
  const found: PageNode[] = [];
  const stack: PageNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root) found.push(node);
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      if (child.nodeType === ELEMENT_NODE && !isSkipped(child, options)) stack.push(child);
    }
  }
  return found;
}

function textLength(node: PageNode): number {
  return collapse(node.textContent ?? '').length;
}

/**
 * Where a web page keeps its main text: its `main` (or role=main), else its longest
 * `article`, else the element whose paragraphs hold the most text (the way reader modes
 * find an article), never the navigation, header or footer, and never part of a table or
 * list without the headings around it.
 */
export function mainContent(body: PageNode, isHidden?: ReadOptions['isHidden']): PageNode {
  const options: ReadOptions = { source: 'web-page', isHidden };
  const candidates = elements(body, options);
  const main = candidates.find((el) => tag(el) === 'MAIN' || el.getAttribute?.('role') === 'main');
  if (main && textLength(main) > 0) return main;
  const articles = candidates.filter((el) => tag(el) === 'ARTICLE');
  if (articles.length > 0) {
    return articles.reduce((best, el) => (textLength(el) > textLength(best) ? el : best));
  }
  const scores = new Map<PageNode, number>();
  const parents = new Map<PageNode, PageNode>();
  const container = (node: PageNode): PageNode => {
    let at = node;
    while (STRUCTURE.has(tag(at)) && parents.has(at)) at = parents.get(at)!;
    return at;
  };
  const credit = (node: PageNode, score: number) => scores.set(node, (scores.get(node) ?? 0) + score);
  const visit = (node: PageNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE || isSkipped(child, options)) continue;
      parents.set(child, node);
      if (PARAGRAPH_LIKE.has(tag(child))) {
        const length = textLength(child);
        const parent = container(node);
        credit(parent, length);
        const grandparent = parents.get(parent);
        if (grandparent) credit(container(grandparent), length / 2);
      } else {
        visit(child);
      }
    }
  };
  visit(body);
  let best: PageNode = body;
  let bestScore = 0;
  for (const [node, score] of scores) {
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The body of a Google Doc in the HTML Docs serves: the export's `body`, or the mobilebasic
 * page's document container (`.doc-content`, older pages `#contents`).
 */
export function docsContent(body: PageNode): PageNode {
  for (const el of elements(body, { source: 'google-doc' })) {
    if (classes(el).includes('doc-content') || el.getAttribute?.('id') === 'contents') return el;
  }
  return body;
}

/** Whether markup is a Google Docs page (an export or mobilebasic) rather than a web page. */
function isDocsHtml(html: string): boolean {
  const head = html.slice(0, 20_000);
  return head.includes('doc-content') || head.includes('lst-kix_') || head.includes('docs-internal-guid');
}

/** Markup read as the extension reads the same page: a Doc whole, a web page from its main content. */
export function htmlBlocks(html: string): DraftBlock[] {
  const { document, body } = parseHtml(html);
  if (isDocsHtml(html))
    return nodeBlocks(docsContent(body), { source: 'google-doc', boldClasses: boldClasses(document) });
  return nodeBlocks(mainContent(body), { source: 'web-page' });
}
