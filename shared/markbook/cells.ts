/** Lower case, punctuation to spaces, single spaces: "KS2 Scaled-Score (Maths)" -> "ks2 scaled score maths". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
