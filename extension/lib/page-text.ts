/**
 * Turns a page's DOM into plan text the lesson engine can read: one line per block, headings
 * kept as Markdown headings, list items as "- " or "1. ", table rows as "cell | cell".
 * Works on the narrow shape below so tests can use a hand-built tree and the content scripts
 * the real DOM (a DOM `Node` fits it).
 */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never plan text: code, media and page furniture. */
const ALWAYS_SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
]);
/** Site furniture around an article; skipped when reading a web page, kept inside a Doc. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);
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
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'UL',
  'OL',
  'HR',
  'BODY',
  'HTML',
]);
const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const PARAGRAPH_LIKE = new Set(['P', 'LI', 'PRE', 'BLOCKQUOTE', 'TD', 'DD', ...Object.keys(HEADINGS)]);

export interface TextOptions {
  /**
   * `web-page` skips nav, header, footer, aside and forms; `google-doc` keeps everything and
   * reads Docs' "Title" paragraph style (`p.title`) as the top heading.
   */
  source: 'web-page' | 'google-doc';
  /** Whether the page hides an element from view (CSS), so menus and dialogs are not read. */
  isHidden?(node: PageNode): boolean;
}

function tag(node: PageNode): string {
  return node.nodeName.toUpperCase();
}

function isSkipped(node: PageNode, options: TextOptions): boolean {
  const name = tag(node);
  if (ALWAYS_SKIPPED.has(name) || options.isHidden?.(node)) return true;
  if (node.getAttribute?.('aria-hidden') === 'true' || (node.getAttribute?.('hidden') ?? null) !== null) {
    return true;
  }
  if (options.source === 'google-doc') return false;
  return FURNITURE.has(name) || FURNITURE_ROLES.has(node.getAttribute?.('role') ?? '');
}

function classes(node: PageNode): string[] {
  return node.getAttribute?.('class')?.split(/\s+/) ?? [];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

class LineWriter {
  readonly lines: string[] = [];
  private pending = '';
  private marker = '';

  append(text: string): void {
    this.pending += text;
  }

  /** The next line written starts with this list marker (kept until a line is written). */
  startItem(marker: string): void {
    this.flush();
    this.marker = marker;
  }

  /** Ends a list item: an item with no text leaves no marker behind. */
  endItem(): void {
    this.flush();
    this.marker = '';
  }

  flush(): void {
    const line = collapse(this.pending);
    if (line) {
      this.lines.push(this.marker + line);
      this.marker = '';
    }
    this.pending = '';
  }
}

/** The text of a node's children on one line (table cells, headings). */
function inlineText(node: PageNode, options: TextOptions): string {
  const writer = new LineWriter();
  for (const child of Array.from(node.childNodes)) write(child, writer, options, 0);
  writer.flush();
  return writer.lines.join(' ');
}

function write(node: PageNode, out: LineWriter, options: TextOptions, listDepth: number): void {
  if (node.nodeType === TEXT) {
    out.append(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
  if (isSkipped(node, options)) return;
  const name = tag(node);
  const children = Array.from(node.childNodes);

  const docTitle = options.source === 'google-doc' && classes(node).includes('title');
  const level = HEADINGS[name] ?? (docTitle ? 1 : 0);
  if (level > 0) {
    out.flush();
    const text = inlineText(node, options);
    if (text) out.lines.push(`${'#'.repeat(level)} ${text}`);
    return;
  }
  if (name === 'TR') {
    out.flush();
    const cells = children
      .filter((child) => ['TD', 'TH'].includes(tag(child)))
      .map((cell) => inlineText(cell, options))
      .filter(Boolean);
    if (cells.length > 0) out.lines.push(cells.join(' | '));
    return;
  }
  if (name === 'UL' || name === 'OL') {
    out.flush();
    // Docs exports each numbered item as its own <ol start="n">, so honour `start`.
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10);
    let number = Number.isFinite(start) ? start - 1 : 0;
    // Docs exports nested items as flat lists whose class names the level (lst-kix_<id>-<level>).
    const docsLevel = options.source === 'google-doc' ? /^lst-kix_\w+-(\d+)$/ : null;
    const level = Number(
      classes(node)
        .map((name) => docsLevel?.exec(name)?.[1])
        .find(Boolean) ?? 0,
    );
    for (const child of children) {
      if (tag(child) === 'LI') {
        number += 1;
        const indent = '  '.repeat(listDepth + level);
        out.startItem(name === 'OL' ? `${indent}${number}. ` : `${indent}- `);
        for (const grandchild of Array.from(child.childNodes)) write(grandchild, out, options, listDepth + 1);
        out.endItem();
      } else {
        write(child, out, options, listDepth);
      }
    }
    return;
  }
  if (name === 'BR') {
    out.flush();
    return;
  }
  const block = BLOCKS.has(name) || name === 'LI';
  if (block) out.flush();
  for (const child of children) write(child, out, options, listDepth);
  if (block) out.flush();
}

/** The node's text as plan lines (see the module comment). */
export function planText(root: PageNode, options: TextOptions): string {
  const writer = new LineWriter();
  write(root, writer, options, 0);
  writer.flush();
  return writer.lines.join('\n');
}

function* elements(root: PageNode, options: TextOptions): Generator<PageNode> {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType !== ELEMENT || isSkipped(child, options)) continue;
    yield child;
    yield* elements(child, options);
  }
}

function textLength(node: PageNode): number {
  return collapse(node.textContent ?? '').length;
}

/**
 * Where a web page keeps its main text: its `main` (or role=main), else its longest
 * `article`, else the element whose paragraphs hold the most text (the way reader modes
 * find an article), never the navigation, header or footer.
 */
export function mainContent(body: PageNode, isHidden?: TextOptions['isHidden']): PageNode {
  const options: TextOptions = { source: 'web-page', isHidden };
  const candidates = [...elements(body, options)];
  const main = candidates.find((el) => tag(el) === 'MAIN' || el.getAttribute?.('role') === 'main');
  if (main && textLength(main) > 0) return main;
  const articles = candidates.filter((el) => tag(el) === 'ARTICLE');
  if (articles.length > 0) {
    return articles.reduce((best, el) => (textLength(el) > textLength(best) ? el : best));
  }
  const scores = new Map<PageNode, number>();
  const parents = new Map<PageNode, PageNode>();
  const visit = (node: PageNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT || isSkipped(child, options)) continue;
      parents.set(child, node);
      if (PARAGRAPH_LIKE.has(tag(child))) {
        const length = textLength(child);
        scores.set(node, (scores.get(node) ?? 0) + length);
        const grandparent = parents.get(node);
        if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
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
