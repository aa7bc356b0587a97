/**
 * A small, tolerant HTML-to-text reader for lesson plans (Google Docs exports, web pages).
 * No DOM: it runs in Apps Script and Node too. It keeps what the parser needs: headings (as
 * Markdown `#` lines), list items (as `- ` lines), table rows (cells joined by ` | `) and
 * paragraph breaks. Anything it does not understand is read as text, never dropped.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is the page's machinery, navigation or footer, not the plan. */
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'nav', 'footer']);

/** Inside a table cell these break the cell's text rather than the row. */
const CELL_BREAKS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol']);

// A Map, so that a name like "&constructor;" finds nothing rather than Object's own properties.
const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    pound: '£',
    bull: '•',
    middot: '·',
    rarr: '→',
    times: '×',
    divide: '÷',
    deg: '°',
    frac12: '½',
    frac14: '¼',
    frac34: '¾',
    oelig: 'œ',
    OElig: 'Œ',
    aelig: 'æ',
    AElig: 'Æ',
    szlig: 'ß',
    euro: '€',
    copy: '©',
    reg: '®',
    trade: '™',
    laquo: '«',
    raquo: '»',
    iquest: '¿',
    iexcl: '¡',
    sup2: '²',
    sup3: '³',
    minus: '−',
    plusmn: '±',
    le: '≤',
    ge: '≥',
    ne: '≠',
    sect: '§',
  }),
);

/** Accented letters by their entity names ("eacute", "ocirc", "ccedil"), as the letter plus its accent. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase());
    if (named !== undefined) return named;
    const accent = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    return accent === null ? whole : `${accent[1]}${ACCENTS[accent[2]!]}`.normalize('NFC');
  });
}
/** True when the text looks like markup rather than a plan that mentions a tag in passing. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /<!doctype html|<html[\s>]|<body[\s>]/i.test(head) ||
    (head.match(/<\/(p|div|li|h[1-6]|td|span)>/gi)?.length ?? 0) >= 2
  );
}

/** Converts HTML to lines of text with Markdown-style headings and list items. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = '';
  // Whether `current` holds any text yet, and whether its last piece is text (not a separator):
  // kept as flags so that no step rescans the line, which keeps long tables linear.
  let hasText = false;
  let endsInText = false;
  let cellsInRow = 0;
  let cellDepth = 0;

  const append = (piece: string) => {
    const text = decodeEntities(piece).replace(/\s+/g, ' ');
    current += text;
    if (text.trim() !== '') {
      hasText = true;
      endsInText = true;
    }
  };
  const separate = (separator: string) => {
    current += separator;
    endsInText = false;
  };
  const flush = () => {
    const text = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text !== '' && text !== '|') lines.push(text);
    current = '';
    hasText = false;
    endsInText = false;
  };

  // Tag starts are found by pattern and tag ends by indexOf, so that text full of stray "<"
  // cannot make the scan go back over the document.
  const tagStart = /<(!--|!|\?|\/?[a-zA-Z][a-zA-Z0-9]*)/g;
  let lower: string | undefined;
  let last = 0;
  for (let match = tagStart.exec(html); match !== null; match = tagStart.exec(html)) {
    const opener = match[1]!;
    const endMarker = opener === '!--' ? '-->' : '>';
    const end = html.indexOf(endMarker, tagStart.lastIndex);
    if (end === -1) {
      // No tag closes after this point: the rest is text, less an unfinished tag cut short ("<i").
      const tail = html.slice(match.index);
      append(html.slice(last, match.index) + (tail.length < 200 && !tail.includes('\n') ? '' : tail));
      last = html.length;
      break;
    }
    append(html.slice(last, match.index));
    last = end + endMarker.length;
    tagStart.lastIndex = last;
    if (opener === '!--' || opener === '!' || opener === '?') continue;
    const closing = opener[0] === '/';
    const name = (closing ? opener.slice(1) : opener).toLowerCase();
    if (!closing && SKIPPED.has(name)) {
      // Everything up to the element's end tag is the page's machinery, not the plan.
      if (lower === undefined) lower = html.toLowerCase();
      const close = lower.indexOf(`</${name}`, last);
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      last = closeEnd === -1 ? html.length : closeEnd + 1;
      tagStart.lastIndex = last;
      continue;
    }
    if (cellDepth > 0 && CELL_BREAKS.has(name)) {
      // A table row stays one line: paragraphs and list items inside a cell are joined.
      if (!closing && endsInText) separate(name === 'li' ? ' • ' : ' / ');
    } else if (name === 'br') {
      flush();
    } else if (/^h[1-6]$/.test(name)) {
      flush();
      if (!closing) current = `${'#'.repeat(Number(name[1]))} `;
    } else if (name === 'td' || name === 'th') {
      cellDepth = Math.max(0, cellDepth + (closing ? -1 : 1));
      if (!closing) {
        if (cellsInRow > 0 && hasText) separate(' | ');
        cellsInRow++;
      }
    } else if (name === 'li') {
      flush();
      if (!closing) current = '- ';
    } else if (BLOCK_TAGS.has(name)) {
      flush();
      if (name === 'tr' || name === 'table') {
        cellsInRow = 0;
        cellDepth = 0;
      }
    }
  }
  append(html.slice(last));
  flush();
  return lines.join('\n');
}
