import { a1, columnIndex, columnLetters } from '../../sheet/address';
import { normaliseHeader } from '../cells';
import { recogniseHeader } from '../headers';
import type { MarkbookSettings } from '../settings';
import type { ReadColumn, ReadContext } from './model';

/** The settings' word on a column, by its letter ("D") or by its header ("Autumn 2"). */
function overrideFor(settings: MarkbookSettings, letter: string, header: string) {
  const columns = settings.columns ?? {};
  if (columns[letter] !== undefined) return columns[letter];
  const wanted = normaliseHeader(header);
  for (const [key, value] of Object.entries(columns)) {
    if (columnIndex(key) === -1 && normaliseHeader(key) === wanted) return value;
  }
  return undefined;
}

/**
 * Two columns with one header ("Autumn" twice) are both read, but a setting keyed by that
 * header would set both: say which columns, and how to tell them apart.
 */
function reportDuplicateHeaders(context: ReadContext, columns: ReadColumn[]): void {
  const byHeader = new Map<string, ReadColumn[]>();
  for (const column of columns) {
    const key = normaliseHeader(column.header);
    if (key === '') continue;
    byHeader.set(key, [...(byHeader.get(key) ?? []), column]);
  }
  for (const same of byHeader.values()) {
    if (same.length < 2) continue;
    const letters = same.map((column) => column.letter);
    const listed = `${letters.slice(0, -1).join(', ')} and ${letters[letters.length - 1]}`;
    const first = same[0]!;
    context.report({
      cell: a1(first.index, context.header.headerIndex + 1),
      value: first.header,
      reason: `is the header of columns ${listed}; each is read, but a setting keyed by this header sets them all: rename one, or key the settings by column letter (e.g. "columns": { "${letters[1]}": "ignore" })`,
      severity: 'warning',
    });
  }
}

/**
 * Columns pass: what each column holds, from its header and then the settings. A column with
 * neither a header nor a role is no column.
 */
export function readColumns(context: ReadContext): ReadColumn[] {
  const { settings, scales, scaleById, report, header } = context;
  const columns: ReadColumn[] = [];
  for (let c = 0; c < header.width; c++) {
    const text = header.headerTexts[c] ?? '';
    const letter = columnLetters(c);
    const meaning = recogniseHeader(text);
    const column: ReadColumn = { index: c, letter, header: text, meaning };
    if (meaning.outOf !== undefined) column.outOf = meaning.outOf;
    const override = overrideFor(settings, letter, text);
    if (typeof override === 'string') column.meaning = { ...meaning, role: override };
    else if (override !== undefined) {
      if (override.role !== undefined) column.meaning = { ...meaning, role: override.role };
      if (override.focus !== undefined)
        column.meaning = { ...column.meaning, role: override.role ?? 'focus', focus: override.focus };
      if (override.outOf !== undefined) column.outOf = override.outOf;
      if (override.scale !== undefined) {
        const scale = scaleById.get(override.scale);
        if (scale === undefined) {
          report({
            cell: a1(c, header.headerIndex + 1),
            value: text,
            reason: `the settings give column ${letter} the scale '${override.scale}', which is not a known scale (known: ${scales.map((s) => s.def.id).join(', ')})`,
            severity: 'error',
            quoted: false,
          });
        } else column.scale = scale;
      }
    }
    if (text !== '' || column.meaning.role !== 'unrecognised') columns.push(column);
  }
  reportDuplicateHeaders(context, columns);
  return columns;
}
