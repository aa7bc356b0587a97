import type { DraftBlock } from '../../shared/lesson/read/blocks';

/**
 * The plan as a source hands it to the lesson engine: the blocks the page or Doc laid it out in
 * (headings with their level, list items, table rows with their cells), read straight from its
 * HTML so no structure is lost to text and back. Only a source that has nothing but words (a
 * selection in a PDF, where Chrome hands over the menu's copy of the text) gives text.
 */
export type PlanContent = { blocks: DraftBlock[] } | { text: string };

/**
 * How much of a page is read, and the most a message may carry. Far beyond any plan (the
 * bench's 50,000-word plan is about 300,000 characters) and small enough that a hostile page
 * cannot flood the background or the panel. A source clips to these; a receiver refuses more.
 */
export const PLAN_LIMITS = {
  blocks: 10_000,
  /** One block's words: a long paragraph of prose is a few thousand characters. */
  blockChars: 20_000,
  cells: 40,
  /** Every block's words together. */
  totalChars: 1_000_000,
  /** A list marker with its indent ("      12. "). */
  markerChars: 40,
} as const;

/** A block cut to the limits: the first words of an overlong paragraph, the first cells of a wide row. */
function clippedBlock(block: DraftBlock): DraftBlock {
  const clipped: DraftBlock = { ...block, text: block.text.slice(0, PLAN_LIMITS.blockChars) };
  if (block.cells !== undefined) {
    clipped.cells = block.cells
      .slice(0, PLAN_LIMITS.cells)
      .map((cell) => cell.slice(0, PLAN_LIMITS.blockChars));
  }
  if (block.marker !== undefined) clipped.marker = block.marker.slice(0, PLAN_LIMITS.markerChars);
  return clipped;
}

/**
 * The blocks a source sends: the page's first blocks, up to the limits, and whether any were
 * left out (the panel then says that only the start of the page was read).
 */
export function withinLimits(blocks: readonly DraftBlock[]): { blocks: DraftBlock[]; clipped: boolean } {
  const kept: DraftBlock[] = [];
  let chars = 0;
  let clipped = false;
  for (const block of blocks) {
    const next = clippedBlock(block);
    const size = next.text.length + (next.cells?.reduce((sum, cell) => sum + cell.length, 0) ?? 0);
    if (kept.length === PLAN_LIMITS.blocks || chars + size > PLAN_LIMITS.totalChars) {
      clipped = true;
      break;
    }
    if (next.text.length < block.text.length || (next.cells?.length ?? 0) < (block.cells?.length ?? 0)) {
      clipped = true;
    }
    kept.push(next);
    chars += size;
  }
  return { blocks: kept, clipped };
}

/** Whether two reads hold the same plan: the Doc has changed when they do not. */
export function sameContent(a: PlanContent, b: PlanContent): boolean {
  if ('text' in a || 'text' in b) return 'text' in a && 'text' in b && a.text === b.text;
  return JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
}

/** The plan's words run together: a selection that is only an objective becomes that objective. */
export function contentWords(content: PlanContent): string {
  return 'text' in content ? content.text : content.blocks.map((block) => block.text).join(' ');
}

/** Whether the source gave anything to read. */
export function hasWords(content: PlanContent): boolean {
  return 'text' in content
    ? content.text.trim() !== ''
    : content.blocks.some((block) => block.text.trim() !== '');
}
