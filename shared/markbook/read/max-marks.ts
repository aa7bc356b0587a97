import { a1 } from '../../sheet/address';
import { type CellValue, cellText } from '../../sheet/cell';
import type { ReadColumn, ReadContext } from './model';

// A bare "Max" is a pupil's name; "Max:" or "Max marks" is a label.
const MAX_MARKS =
  /^(out of|maximum|max marks?|maximum marks?|total marks?|marks? available|available marks?|possible marks?)\s*:?$|^max\s*:$/;

/** A maximum mark as written in that row: 40 or /40. */
const MAX_MARK = /^\/?\s*(\d+(?:\.\d+)?)$/;

/** The row just under the headers that gives each column's maximum mark, or -1. */
function findMaxMarksRow(values: CellValue[][], headerIndex: number): number {
  for (let r = headerIndex + 1; r < Math.min(values.length, headerIndex + 3); r++) {
    const texts = (values[r] ?? []).map((cell) => cellText(cell).toLowerCase());
    if (texts.some((text) => MAX_MARKS.test(text)) && texts.some((text) => MAX_MARK.test(text))) return r;
  }
  return -1;
}

/**
 * Max-marks pass: a row of maximum marks under the headers ("Out of:", 40, 35, 50) says what
 * each column is out of. Returns that row's 0-based index (no pupil's), or -1.
 */
export function readMaxMarks(context: ReadContext, columns: ReadColumn[]): number {
  const { values, report } = context;
  const { headerIndex } = context.header;
  const maxRow = findMaxMarksRow(values, headerIndex);
  if (maxRow === -1) return -1;
  const label = (values[maxRow] ?? []).findIndex((cell) => MAX_MARKS.test(cellText(cell).toLowerCase()));
  report({
    cell: a1(label, maxRow + 1),
    value: cellText(values[maxRow]?.[label]),
    reason: `gives each column's maximum mark, so row ${maxRow + 1} was read as that, not as a pupil`,
    severity: 'warning',
  });
  for (const column of columns) {
    const max = MAX_MARK.exec(cellText(values[maxRow]?.[column.index]));
    if (max === null || Number(max[1]) <= 0 || column.outOf !== undefined) continue;
    column.outOf = Number(max[1]);
    // A column the teacher gives a maximum mark is a marked assessment.
    if (column.meaning.role === 'unrecognised') column.meaning = { ...column.meaning, role: 'assessment' };
  }
  return maxRow;
}
