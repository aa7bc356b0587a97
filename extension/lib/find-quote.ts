/**
 * Finds a prompt's quote among a page's text nodes, so the page can show the teacher the words
 * a prompt is about. The quote comes from the plan's lines, one a block as the engine writes
 * them (a heading's "## ", an item's marker, a row's cells joined with " | ", whitespace
 * tidied), so the match ignores whitespace, the cell separator, letter case and the kind of
 * quotation mark or dash. One pass over the page's characters and one `indexOf`: linear time.
 */

/** A position in the page's text nodes: which node, and the character offset inside it. */
export interface TextPoint {
  node: number;
  offset: number;
}

export interface QuoteMatch {
  start: TextPoint;
  /** Just after the quote's last character. */
  end: TextPoint;
}

/** A long quote is matched on its opening words: enough to find the place, bounded work. */
const LONGEST_MATCHED = 200;

const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '|': '',
};

/** The character as the match compares it, or '' when the match skips it. */
function folded(char: string): string {
  if (char.trim() === '') return '';
  const mapped = FOLDED[char] ?? char;
  // A few letters lower-case to two characters; keep those as they are, so each compared
  // character stays one character of the page.
  const lower = mapped.toLowerCase();
  return lower.length === mapped.length ? lower : mapped;
}

/** A plan line as the page shows it: without the reader's "## ", "- " or "1. " in front. */
export function withoutLineMarker(quote: string): string {
  const trimmed = quote.trimStart();
  let index = 0;
  while (trimmed[index] === '#' && index < 6) index++;
  if (index === 0 && (trimmed[0] === '-' || trimmed[0] === '*')) index = 1;
  if (index === 0) {
    while (index < trimmed.length && trimmed[index]! >= '0' && trimmed[index]! <= '9') index++;
    index = index > 0 && trimmed[index] === '.' ? index + 1 : 0;
  }
  return index > 0 && trimmed[index] === ' ' ? trimmed.slice(index + 1) : trimmed;
}

/** Where the quote's words are in the page's text nodes, or null when the page no longer has them. */
export function findQuote(texts: readonly string[], quote: string): QuoteMatch | null {
  let needle = '';
  for (const char of withoutLineMarker(quote)) {
    needle += folded(char);
    if (needle.length >= LONGEST_MATCHED) break;
  }
  if (needle === '') return null;

  const chars: string[] = [];
  // Where each compared character sits in the page: its node and offset, side by side.
  const nodes: number[] = [];
  const offsets: number[] = [];
  texts.forEach((text, node) => {
    for (let offset = 0; offset < text.length; offset++) {
      const char = folded(text[offset]!);
      if (char === '') continue;
      chars.push(char);
      nodes.push(node);
      offsets.push(offset);
    }
  });

  const at = chars.join('').indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  return {
    start: { node: nodes[at]!, offset: offsets[at]! },
    end: { node: nodes[last]!, offset: offsets[last]! + 1 },
  };
}
