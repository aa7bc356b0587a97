import type { PlanBlock } from './blocks';
import { wordCount } from './text';

/** "Page 1 of 2" opening or closing a short line: a page's header or footer in a pasted PDF. */
const PAGE_MARKER = /^Page \d+ (?:of|\/) \d+\b|(?:^|\s)Page \d+ (?:of|\/) \d+$/;

/** A heading that says the page goes on from the last: "(cont.)", "(continued)", "cont'd". */
const CONTINUED = /\((?:cont|cont\.|contd|cont'd|cont’d|continued)\)$|\bcont(?:'d|’d|inued)\.?$/i;

/** A header or footer line as it repeats on every page, whatever the spacing and dashes between its parts. */
const furnitureKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Drops a pasted PDF's page headers and footers: a short line with a page number, and a line
 * that repeats (the school's name) where it only ever stands at the start or end of the
 * document or beside a page number. No other block moves or changes its line.
 */
export function withoutPageFurniture(blocks: readonly PlanBlock[]): PlanBlock[] {
  const furniture = new Set<number>();
  blocks.forEach((block, index) => {
    // Every marker has "Page " in it: a plain search spares the pattern on the other lines.
    const marked = block.text.includes('Page ') && PAGE_MARKER.test(block.text);
    if (marked && wordCount(block.text) <= 16) furniture.add(index);
  });
  if (furniture.size === 0) return [...blocks];
  // "Bramley HS Science – Lesson Plan Proforma (cont.)": the next page's running header, just after a page marker.
  const markers = [...furniture];
  for (const marker of markers)
    for (let next = marker + 1; next <= marker + 2 && next < blocks.length; next += 1)
      if (CONTINUED.test(blocks[next]!.text) && wordCount(blocks[next]!.text) <= 12) furniture.add(next);
  const occurrences = new Map<string, number[]>();
  blocks.forEach(({ text }, index) => {
    if (furniture.has(index) || wordCount(text) > 10) return;
    const key = furnitureKey(text);
    const seen = occurrences.get(key);
    if (seen === undefined) occurrences.set(key, [index]);
    else seen.push(index);
  });
  const byPageEdge = (index: number) =>
    index === 0 || index === blocks.length - 1 || furniture.has(index - 1) || furniture.has(index + 1);
  for (const [key, indexes] of occurrences) {
    if (indexes.length < 2 || key === '' || !indexes.every(byPageEdge)) continue;
    for (const index of indexes) furniture.add(index);
  }
  return blocks.filter((_, index) => !furniture.has(index));
}
