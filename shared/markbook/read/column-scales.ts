import { a1 } from '../../sheet/address';
import { cellText } from '../../sheet/cell';
import { normaliseHeader } from '../cells';
import { type CompiledScale, readOnScale } from '../scales';
import {
  byRole,
  GRADED_ROLES,
  type PupilRow,
  type ReadColumn,
  type ReadContext,
  type ScalesRead,
} from './model';

interface Ranked {
  scale: CompiledScale;
  clean: number;
  reads: number;
  hint: boolean;
}

/** The header names the scale ("KS2 SS", "Grade", "%"), or gives a maximum mark for marks. */
export function hinted(scale: CompiledScale, column: ReadColumn): boolean {
  if (scale.def.id === 'marks') return column.outOf !== undefined;
  // A whole word of the normalised header (single spaces), found without building a pattern.
  const header = ` ${normaliseHeader(column.header)} `;
  return (scale.def.headerWords ?? []).some((word) => header.includes(` ${word} `));
}

const better = (x: Ranked, y: Ranked) =>
  x.clean !== y.clean ? x.clean > y.clean : x.reads !== y.reads ? x.reads > y.reads : x.hint && !y.hint;

/**
 * The scale that reads most of a column's values without a near-miss warning, then most
 * values at all; a header hint, then the scale's place in the list, breaks ties.
 */
export function detectScale(
  column: ReadColumn,
  samples: Map<string, number>,
  scales: CompiledScale[],
): CompiledScale | null {
  let best: Ranked | null = null;
  for (const scale of scales) {
    let reads = 0;
    let clean = 0;
    for (const [text, count] of samples) {
      const reading = readOnScale(scale, text, column.outOf);
      if (reading.kind === 'grade') {
        reads += count;
        if (reading.warning === undefined) clean += count;
      }
    }
    if (reads === 0) continue;
    const ranked = { scale, clean, reads, hint: hinted(scale, column) };
    if (best === null || better(ranked, best)) best = ranked;
  }
  return best?.scale ?? null;
}

/**
 * Scales pass: each graded column's own scale from its values, then the scale most assessments
 * share; an assessment or target column that reads as well on that scale joins it, and one on
 * another scale is said to be left out of progress.
 */
export function readColumnScales(
  context: ReadContext,
  columns: ReadColumn[],
  pupilRows: PupilRow[],
): ScalesRead {
  const { values, scales, scaleById, isAbsent, report } = context;
  for (const column of columns) {
    if (!GRADED_ROLES.has(column.meaning.role) || column.scale !== undefined) continue;
    // Up to 60 values, each distinct text tried once and weighted by how often it occurs.
    const samples = new Map<string, number>();
    let sampled = 0;
    for (const { r } of pupilRows) {
      const text = cellText(values[r]?.[column.index]);
      if (text === '' || isAbsent(text)) continue;
      samples.set(text, (samples.get(text) ?? 0) + 1);
      if (++sampled >= 60) break;
    }
    const detected = detectScale(column, samples, scales);
    // A column that says what it is out of holds marks: one mark over the maximum is an error
    // to report, not a reason to read the column as percentages.
    if (detected?.def.id === 'percentage' && column.outOf !== undefined)
      column.scale = scaleById.get('marks') ?? detected;
    else if (detected !== null) column.scale = detected;
  }
  const assessmentColumns = byRole(columns, 'assessment');
  const familyCount = new Map<string, number>();
  for (const column of assessmentColumns) {
    if (column.scale) familyCount.set(column.scale.family, (familyCount.get(column.scale.family) ?? 0) + 1);
  }
  let mainFamily: string | null = null;
  for (const [family, count] of familyCount)
    if (mainFamily === null || count > familyCount.get(mainFamily)!) mainFamily = family;
  const mainScale = assessmentColumns.find((column) => column.scale?.family === mainFamily)?.scale ?? null;

  const gradedAgainstMain = (column: ReadColumn) => {
    if (mainScale === null || column.scale?.family === mainFamily) return;
    const own = column.scale;
    let ownReads = 0;
    let mainReads = 0;
    for (const { r } of pupilRows) {
      const text = cellText(values[r]?.[column.index]);
      if (text === '' || isAbsent(text)) continue;
      if (own && readOnScale(own, text, column.outOf).kind === 'grade') ownReads++;
      if (readOnScale(mainScale, text, column.outOf).kind === 'grade') mainReads++;
    }
    if (mainReads >= ownReads) column.scale = mainScale;
  };
  const targetColumns = byRole(columns, 'target');
  for (const column of assessmentColumns) gradedAgainstMain(column);
  for (const column of targetColumns) gradedAgainstMain(column);

  const headerRow = context.header.headerIndex + 1;
  reportUnscaled(context, assessmentColumns, pupilRows);
  for (const column of [...assessmentColumns, ...targetColumns]) {
    if (mainScale !== null && column.scale !== undefined && column.scale.family !== mainFamily) {
      report({
        cell: a1(column.index, headerRow),
        value: column.header,
        reason: `is on ${column.scale.def.name} but the other assessments are on ${mainScale.def.name}, so it is left out of progress`,
        severity: 'warning',
      });
    }
  }
  const priorColumns = byRole(columns, 'prior-attainment');
  const priorColumn =
    priorColumns.find((column) => column.scale?.family === mainFamily) ?? priorColumns.find((c) => c.scale);
  const targetColumn =
    targetColumns.find((column) => column.scale?.family === mainFamily) ?? targetColumns[0];
  return { mainFamily, mainScale, priorColumn, targetColumn };
}

/**
 * Assessment columns no scale reads are said once, with the fix, not cell by cell: a school's
 * own scale is one missing definition, not seventy typos.
 */
function reportUnscaled(context: ReadContext, assessmentColumns: ReadColumn[], pupilRows: PupilRow[]): void {
  const unscaled = assessmentColumns.filter((column) => column.scale === undefined);
  const seen: string[] = [];
  let entries = 0;
  for (const column of unscaled) {
    for (const { r } of pupilRows) {
      const text = cellText(context.values[r]?.[column.index]);
      if (text === '' || context.isAbsent(text)) continue;
      entries++;
      if (seen.length < 6 && !seen.includes(text)) seen.push(text);
    }
  }
  if (entries === 0) return;
  const first = unscaled[0]!;
  const headers = unscaled.map((column) => `'${column.header}'`);
  const listed =
    headers.length <= 4
      ? headers.join(', ')
      : `${headers.slice(0, 3).join(', ')} and ${headers.length - 3} more`;
  const examples = seen
    .slice(0, 5)
    .map((text) => `'${text}'`)
    .join(', ');
  context.report({
    cell: a1(first.index, context.header.headerIndex + 1),
    value: first.header,
    reason: `${listed}: no scale Trajectory knows reads ${examples}, so these ${entries} ${entries === 1 ? 'entry is' : 'entries are'} not assessment points and no status can be judged from them; to fix it, add a key row under the table listing the grades lowest first (Key: lowest, ..., highest), or give the scale in the settings ("scales": [{ "id": "school", "name": "School scale", "grades": ["lowest", "...", "highest"] }])`,
    severity: 'error',
    quoted: false,
  });
}
