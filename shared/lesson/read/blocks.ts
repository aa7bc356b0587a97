/**
 * The plan document model every source produces: the blocks a teacher laid the plan out in,
 * each with its line and its exact words. Markdown, plain text, a Docs export and a web page
 * all become this, so the reader after it sees one shape whatever the plan was written in.
 */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

export interface PlanBlock {
  kind: BlockKind;
  /** The block's words without its markup: no `#`, list marker, outer bars or bold marks. */
  text: string;
  /** 1-based, in the plan's `lines`. */
  line: number;
  /** A heading's level, 1 for the top. */
  level?: number;
  /** A table row's cells, empty cells left out. */
  cells?: string[];
  /** The whole block in bold or in capitals: how many plans mark a heading without markup. */
  emphasised?: boolean;
  /** A list item's marker as written ("- ", "2. "), with its indent. */
  marker?: string;
  /**
   * A typed line that wraps the one above: indented, straight under a long line that does not
   * end in a colon ("- 2 mark qs: gives a correct feeling but no evidence, or copies a whole" /
   * "  paragraph as evidence instead of a short quote.").
   */
  runsOn?: boolean;
  /** The cell that holds a table row's minutes, as the table's "Mins" or "Time" column says: "10 | Introduce...". */
  timeCell?: number;
  /** A row of column names too short to be known by itself ("Time | Activity"), known by the timed rows under it. */
  header?: boolean;
}

/** A block before it has a place in the lines: what a converter emits. */
export type DraftBlock = Omit<PlanBlock, 'line'>;

/** A block as one line of text, the way the plan's `lines` hold it for a source with no lines of its own. */
export function blockLine(block: DraftBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level ?? 1)} ${block.text}`;
    case 'item':
      return `${block.marker ?? '- '}${block.text}`;
    case 'row':
      return (block.cells ?? [block.text]).join(' | ');
    default:
      return block.text;
  }
}

/** Numbers drafted blocks one to a line, and gives the lines the plan's line numbers count. */
export function placeBlocks(drafts: readonly DraftBlock[]): { blocks: PlanBlock[]; lines: string[] } {
  const lines = drafts.map(blockLine);
  return { blocks: drafts.map((draft, index) => ({ ...draft, line: index + 1 })), lines };
}
