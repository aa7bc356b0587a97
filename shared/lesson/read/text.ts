/** Small linear-time text helpers the reader uses instead of patterns that could backtrack. */

export const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0';

/** The text without its bracketed asides: "Adult-led group (6 children, 15 mins)" → "Adult-led group  ". */
export function withoutBrackets(text: string, open = '(', close = ')'): string {
  if (!text.includes(open)) return text;
  let out = '';
  let start = 0;
  for (let index = text.indexOf(open); index !== -1; index = text.indexOf(open, start)) {
    const end = text.indexOf(close, index + 1);
    // An unclosed bracket is kept as written, as the pattern it replaces did.
    if (end === -1) break;
    out += `${text.slice(start, index)} `;
    start = end + 1;
  }
  return out + text.slice(start);
}

/** The text without the characters in `chars` at its end: "Energy**." → "Energy". */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
