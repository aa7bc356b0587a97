/**
 * A page's DOM as the lesson engine reads it. The converter itself is the core's
 * (shared/lesson/read/html-blocks.ts), the same one the command line uses on a saved page,
 * so a page reads the same in the browser and on the command line; this is the glue.
 */
import { blockLine, type DraftBlock } from '../../shared/lesson/read/blocks';
import { docsContent, mainContent, nodeBlocks, type ReadOptions } from '../../shared/lesson/read/html-blocks';
import type { PageNode } from '../../shared/lesson/read/page-node';

export type { PageNode };
export type TextOptions = ReadOptions;
export { docsContent, mainContent };

/** The node's blocks: headings with their level, list items, table rows with their cells, paragraphs. */
export function planBlocks(root: PageNode, options: TextOptions): DraftBlock[] {
  return nodeBlocks(root, options);
}

/** The node's text as plan lines: headings as Markdown headings, list items with markers, rows as "cell | cell". */
export function planText(root: PageNode, options: TextOptions): string {
  return nodeBlocks(root, options).map(blockLine).join('\n');
}
