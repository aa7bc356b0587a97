import { parseMinutes } from '../timing';
import type { PacingEntry, SectionKind } from '../types';
import { normaliseLabel, sectionForLabel } from '../vocabulary';
import type { PlanBlock } from './blocks';
import { cellMinutes, matchKey, splitBlockLabel } from './labels';
import { pacingHeading } from './recognisers/pacing-heading';

/**
 * A pacing table or summary ("| 5 Minutes | Do Now |", "### Getting Started - 20 minutes"
 * under "## Teaching Summary") that times the parts the body then sets out under their own
 * headings. Read apart from the body, so that the body's parts are the episodes and get the
 * table's timings, and a disagreement between the two can be named once.
 */
export interface PacingRead {
  /** The pacing heading's line, when the table has one. */
  line: number;
  entries: PacingEntry[];
  /** The lines of the table's blocks, after its heading: not parts of the lesson of their own. */
  region: Set<number>;
  /** The body's headings the table names, by their line, and the kind of part each is. */
  episodes: Map<number, SectionKind>;
}

function entryOf(block: PlanBlock): PacingEntry | undefined {
  const { label, rest, timing } = splitBlockLabel(block);
  // "| 0–8 | Do Now |" under a "Time" column: the cell is minutes though it does not say so.
  const minutes =
    (block.timeCell === undefined ? undefined : cellMinutes(block.cells![block.timeCell]!)) ??
    parseMinutes(timing) ??
    parseMinutes(label) ??
    (rest.length <= 40 ? parseMinutes(rest) : undefined) ??
    // "| 0–10 | retrieval quiz |" with no column names: a span of the lesson's minutes.
    spanMinutes(block.cells?.[0]);
  if (minutes === undefined) return undefined;
  const name = label.length <= 80 ? label : label.slice(0, 80);
  return { label: name, minutes, line: block.line };
}

/** "7–20 min": a span of minutes into the lesson, from and to. */
const SPAN = /^(\d{1,3}) ?[-–] ?(\d{1,3})\b/;

/** A cell that is only a span of minutes ("0–10", "85–100"): how long it lasts. */
function spanMinutes(cell: string | undefined): number | undefined {
  const match = cell === undefined ? null : /^(\d{1,3}) ?[-–] ?(\d{1,3})$/.exec(cell.trim());
  if (match === null) return undefined;
  const length = Number(match[2]) - Number(match[1]);
  return length > 0 ? length : undefined;
}

/**
 * A pacing table whose times run on from row to row ("0–7 min", "7–20 min", "20–42 min") gives minutes
 * into the lesson, not each part's length: "Work time", 20–42, lasts 22 minutes, not 42.
 */
function elapsedSpans(entries: PacingEntry[], region: readonly PlanBlock[]): PacingEntry[] {
  const spans = entries.map((entry) => {
    const block = region.find((candidate) => candidate.line === entry.line);
    const match = SPAN.exec(block?.cells?.[0] ?? block?.text ?? '');
    return match === null ? undefined : { from: Number(match[1]), to: Number(match[2]) };
  });
  const runsOn = spans.every(
    (span, index) =>
      span !== undefined &&
      span.to > span.from &&
      (index === 0 ? span.from <= 10 : span.from === spans[index - 1]!.to),
  );
  if (entries.length < 3 || !runsOn) return entries;
  return entries.map((entry, index) => ({ ...entry, minutes: spans[index]!.to - spans[index]!.from }));
}

/** The blocks after a pacing heading, up to the next heading as high as it (or the table's end). */
function regionAfter(blocks: readonly PlanBlock[], start: number): PlanBlock[] {
  const heading = blocks[start]!;
  const region: PlanBlock[] = [];
  for (let index = start + 1; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'heading' && heading.kind === 'heading' && block.level! <= heading.level!) break;
    if (heading.kind !== 'heading' && block.kind !== 'row' && block.kind !== 'item') break;
    region.push(block);
  }
  return region;
}

/** A run of three table rows or more, each timed in its first cell: a timetable without a heading. */
function timedRun(blocks: readonly PlanBlock[], start: number): PlanBlock[] {
  const run: PlanBlock[] = [];
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'row') break;
    run.push(block);
  }
  return run.filter((block) => entryOf(block) !== undefined).length >= 3 ? run : [];
}

/**
 * Finds the plan's pacing table, when the body names at least half its parts (two at least) in
 * headings of its own. A lesson grid whose rows are the only account of the lesson is not one:
 * its rows are the episodes.
 */
export function readPacing(blocks: readonly PlanBlock[]): PacingRead | undefined {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    let region: PlanBlock[] = [];
    let line = block.line;
    if (block.kind === 'heading' || block.emphasised === true) {
      if (block.text.length <= 40 && pacingHeading.read(normaliseLabel(block.text)) !== undefined)
        region = regionAfter(blocks, index);
    } else if (block.kind === 'row' && (index === 0 || blocks[index - 1]!.kind !== 'row')) {
      region = timedRun(blocks, index);
      line = block.line;
    }
    const entries = elapsedSpans(
      region.flatMap((entry) => entryOf(entry) ?? []),
      region,
    );
    if (entries.length < 2) continue;
    const regionLines = new Set(region.map((entry) => entry.line));
    // The body sets its parts out after the table; a heading before it only if none follows.
    const headings = new Map<string, number>();
    const after = (other: PlanBlock) => other.line > (region[region.length - 1]?.line ?? block.line);
    for (const other of [...blocks.filter(after), ...blocks.filter((other) => !after(other))]) {
      if (other.kind === 'heading' && !regionLines.has(other.line) && other.line !== block.line) {
        const key = matchKey(splitBlockLabel(other).label);
        if (!headings.has(key)) headings.set(key, other.line);
      }
    }
    const episodes = new Map<number, SectionKind>();
    for (const entry of entries) {
      const heading = headings.get(matchKey(entry.label));
      if (heading === undefined) continue;
      const kind = sectionForLabel(normaliseLabel(entry.label))?.kind;
      episodes.set(heading, kind !== undefined && kind !== 'other' && kind !== 'title' ? kind : 'main');
      entry.heading = heading;
    }
    if (episodes.size < Math.max(2, entries.length / 2)) continue;
    return { line, entries, region: regionLines, episodes };
  }
  return undefined;
}
