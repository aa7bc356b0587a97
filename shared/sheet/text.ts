/**
 * Text helpers for cells, written as loops rather than regular expressions where a pattern
 * would backtrack on a long run of spaces (`\s*%$` is quadratic on "5" and a million spaces).
 */

/** A cell's text without a final "%" and the spaces before it: "72 %" -> "72". */
export function withoutPercentSign(text: string): string {
  return text.endsWith('%') ? text.slice(0, -1).trimEnd() : text;
}
