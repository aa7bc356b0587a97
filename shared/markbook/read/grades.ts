import { a1 } from '../../sheet/address';
import { type CellValue, cellText } from '../../sheet/cell';
import { type CompiledScale, readOnScale } from '../scales';
import type { Grade } from '../types';
import type { ReadColumn, ReadContext } from './model';
import { FRACTION, isFraction } from './percent-forms';

type CellReading = { grade: Grade | null; reason?: string; severity?: 'error' | 'warning' };

function readsCleanly(scale: CompiledScale, text: string): boolean {
  const reading = readOnScale(scale, text);
  return reading.kind === 'grade' && reading.warning === undefined;
}

/** Reports a cell that could not be used, by its A1 address. */
export function reportCell(
  context: ReadContext,
  column: ReadColumn,
  row: number,
  text: string,
  reason: string,
  severity: 'error' | 'warning' = 'error',
): void {
  context.report({ cell: a1(column.index, row), value: text, reason, severity });
}

/**
 * Reads grade cells on their column's scale and reports the ones it cannot read. A column
 * holds the same few grades over and over: each distinct text is read once.
 */
export function gradeReader(context: ReadContext) {
  const { scales, isAbsent } = context;
  const memos = new Map<ReadColumn, Map<string, CellReading>>();

  const readCell = (column: ReadColumn, text: string): CellReading => {
    const scale = column.scale;
    if (scale === undefined)
      return { grade: null, reason: 'is not a grade Trajectory recognises (e.g. 4b, 6+, B, EXS, 72%)' };
    const reading = readOnScale(scale, text, column.outOf);
    if (reading.kind === 'unreadable') {
      // A grade from another scale (a P-scale in a levels column) is named as such, not called a typo.
      const other = scales.find((s) => s !== scale && s.def.kind === 'ordinal' && readsCleanly(s, text));
      const reason =
        other === undefined
          ? reading.reason
          : `is on ${other.def.name}, not ${scale.def.name}, so it is left out of progress`;
      return { grade: null, reason, severity: 'error' };
    }
    const grade = { label: reading.label, points: reading.points, scale: scale.def.id };
    return reading.warning === undefined
      ? { grade }
      : { grade, reason: reading.warning, severity: 'warning' };
  };

  /** The grade in one cell (null when blank, absent or unreadable); `row` is the sheet's 1-based row. */
  return (column: ReadColumn, row: number, value: CellValue | undefined): Grade | null => {
    const raw = cellText(value);
    if (raw === '') return null;
    const fraction = column.fractional ? isFraction(value, raw) : column.someFractions && FRACTION.test(raw);
    const text = fraction ? String(Number((Number(raw) * 100).toFixed(6))) : raw;
    let memo = memos.get(column);
    if (memo === undefined) {
      memo = new Map();
      memos.set(column, memo);
    }
    let reading = memo.get(text);
    if (reading === undefined) {
      reading = isAbsent(raw) ? { grade: null } : readCell(column, text);
      if (memo.size < 5_000) memo.set(text, reading);
    }
    if (reading.reason !== undefined) reportCell(context, column, row, raw, reading.reason, reading.severity);
    else if (fraction && column.someFractions && reading.grade !== null) {
      reportCell(
        context,
        column,
        row,
        raw,
        `read as ${reading.grade.label} (a fraction of 1 among percentages)`,
        'warning',
      );
    }
    return reading.grade;
  };
}

export type GradeIn = ReturnType<typeof gradeReader>;
