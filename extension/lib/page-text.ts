/**
 * A page's DOM as the lesson engine reads it. The converter itself is the core's
 * (shared/lesson/read/html-blocks.ts), the same one the command line uses on a saved page,
 * so a page reads the same in the browser and on the command line; this is the glue.
 */
import type { DraftBlock } from '../../shared/lesson/read/blocks';
import {
  boldClasses,
  docsContent,
  mainContent,
  nodeBlocks,
  type ReadOptions,
} from '../../shared/lesson/read/html-blocks';
import { FRAGMENT_NODE, type PageNode, TEXT_NODE } from '../../shared/lesson/read/page-node';

export type { PageNode };
export type TextOptions = ReadOptions;
export { boldClasses, docsContent, FRAGMENT_NODE, mainContent, TEXT_NODE };

/** The node's blocks: headings with their level, list items, table rows with their cells, paragraphs. */
export function planBlocks(root: PageNode, options: TextOptions): DraftBlock[] {
  return nodeBlocks(root, options);
}
