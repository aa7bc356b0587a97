import { clockSpan } from '../timing';
import type { PlanSection, SectionKind } from '../types';
import type { PlanBlock } from './blocks';
import { partName, partsAt } from './parts-at';
import { columnName, timeColumn } from './recognisers/time-column';
import { timingOnly } from './recognisers/timing-only';

/** A grid has its time column and two others at least. */
const FEWEST_COLUMNS = 3;
const MOST_COLUMNS = 8;

/** "0-8", "8-20": a span of minutes into the lesson, from and to. */
const SPAN = /^(\d{1,2}) ?[-–] ?(\d{1,2})$/;

const ENDING = /^(?:plenary|review|reflection|exit|closure|wrap[- ]up|cool[- ]down)\b/i;
const PACKING_AWAY =
  /\b(?:equipment away|kit away|pack(?:ing)? away|tidy(?:ing)? up|get changed|changing|dismiss)\b/i;

/** The minutes of each span; where the spans run on from row to row, the difference. */
function spanMinutes(spans: string[]): (number | undefined)[] {
  return spans.map((span) => {
    // "9:05-9:15": the clock's span, as the timetables' passes read it.
    const clock = clockSpan(span.trim());
    if (clock !== undefined) return clock.to - clock.from;
    const match = SPAN.exec(span.trim());
    if (match === null) return undefined;
    const [from, to] = [Number(match[1]), Number(match[2])];
    return to > from ? to - from : undefined;
  });
}

/** "Changing + register. Pulse raiser – shuttle runs...": the row's part, by its activity's opening words. */
function rowName(activity: string): string {
  return partName(activity.split(/[.:;!?]| – | - /, 1)[0]!.trim());
}

/**
 * A lesson grid a Doc flattened a cell to a line: "Time" / "Activity" / "Teaching Points" /
 * "Differentiation" / "Organisation", a column's name a line, then each row as its cells, a line
 * each, opening with its time ("0-8", "Changing + register. Pulse raiser...", "Tall, controlled...",
 * "Cai – does register"). Each row is a timed part of the lesson named by its activity: the first
 * opens it, "Plenary" ends it, "Equipment away, change" after it is no part. Before, the column names
 * read as headings ("Differentiation / STEP" took the whole grid as the plan's differentiation).
 */
export function rowsOfFlattenedGrid(sections: PlanSection[], blocks: readonly PlanBlock[]): void {
  const start = blocks.findIndex((block) => timeColumn.read(block.text) !== undefined);
  if (start < 0) return;
  let columns = 1;
  while (
    start + columns < blocks.length &&
    columns < MOST_COLUMNS &&
    timingOnly.read(blocks[start + columns]!.text) === undefined &&
    columnName.read(blocks[start + columns]!.text) !== undefined
  )
    columns += 1;
  const first = start + columns;
  if (
    columns < FEWEST_COLUMNS ||
    first >= blocks.length ||
    timingOnly.read(blocks[first]!.text) === undefined
  )
    return;
  // Each row opens with a time; the last runs to its last cell.
  const rows: number[] = [];
  for (let index = first; index < blocks.length; index++) {
    const block = blocks[index]!;
    const previous = rows[rows.length - 1];
    if (timingOnly.read(block.text) !== undefined && /\d/.test(block.text)) rows.push(index);
    else if (previous !== undefined && index - previous >= columns) break;
  }
  if (rows.length < FEWEST_COLUMNS) return;
  // The last row's cells end at its last column, or where a part of the plan below the grid begins.
  const starts = new Set(sections.map((section) => section.line));
  const lastRow = rows[rows.length - 1]!;
  let last = lastRow + 1;
  while (last + 1 < blocks.length && last + 1 < lastRow + columns && !starts.has(blocks[last + 1]!.line))
    last += 1;
  const from = blocks[start]!.line;
  const to = blocks[Math.min(last, blocks.length - 1)]!.line;
  // The column names are no part's words.
  const names = new Set(blocks.slice(start, first).map((block) => block.line));
  for (const section of sections) {
    if (!section.body.some((item) => names.has(item.line))) continue;
    section.body = section.body.filter((item) => !names.has(item.line));
    section.endLine = Math.max(section.line, ...section.body.map((item) => item.line));
  }
  // The column names and the labels read inside the rows ("Plenary", "Conditioned game") are cells, not parts.
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]!;
    if (section.line >= from && section.line <= to && section.endLine <= to) sections.splice(index, 1);
  }
  const minutes = spanMinutes(rows.map((index) => blocks[index]!.text));
  let ended = false;
  partsAt(
    sections,
    blocks.filter((block) => block.line <= to && block.line >= blocks[first]!.line),
    rows.map((index, row) => {
      const activity = blocks[index + 1]?.text.trim() ?? '';
      const kind: SectionKind = ended
        ? PACKING_AWAY.test(activity)
          ? 'context'
          : 'main'
        : ENDING.test(activity)
          ? 'plenary'
          : row === 0
            ? 'starter'
            : row === rows.length - 1 && PACKING_AWAY.test(activity)
              ? 'context'
              : 'main';
      ended ||= kind === 'plenary';
      const time = minutes[row];
      return {
        block: blocks[index]!,
        kind,
        heading: `${blocks[index]!.text.trim()} ${rowName(activity)}`,
        ...(time === undefined ? {} : { minutes: time }),
      };
    }),
  );
}
