/**
 * HTML as plan text, for callers that want lines rather than blocks: the same converter the
 * reader uses (read/html-blocks.ts), each block written as one line.
 */
import { blockLine } from './read/blocks';
import { htmlBlocks } from './read/html-blocks';

export { looksLikeHtml } from './read/document';
export { decodeEntities } from './read/entities';

/** Converts HTML to lines of text with Markdown-style headings, list items and table rows. */
export function htmlToText(html: string): string {
  return htmlBlocks(html).map(blockLine).join('\n');
}
