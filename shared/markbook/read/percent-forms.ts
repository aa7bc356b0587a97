import { a1 } from '../../sheet/address';
import { type CellValue, cellText } from '../../sheet/cell';
import { hinted } from './column-scales';
import { byRole, GRADED_ROLES, type PupilRow, type ReadColumn, type ReadContext } from './model';

/** A fraction of 1 written as a decimal: 0.67, .5, 1.0 (a bare 0 or 1 is read as written). */
export const FRACTION = /^(0?\.\d+|1\.0+)$/;

/** A sheet's number from 0 to 1 (a % format), or a fraction written as text. */
export const isFraction = (value: CellValue | undefined, text: string) =>
  typeof value === 'number' ? value >= 0 && value <= 1 : FRACTION.test(text);

/**
 * Percent-forms pass: how each percentage and attendance column writes its numbers. A whole
 * column of fractions of 1 (0.67 for 67%) is how Sheets stores a % format; a few among "67%"
 * and 72 are read as percentages too, with a warning. Bare numbers in a column that says
 * neither % nor what it is out of may be marks: say how they are read.
 */
export function readPercentForms(context: ReadContext, columns: ReadColumn[], pupilRows: PupilRow[]): void {
  const { values, report } = context;
  for (const column of byRole(columns, 'attendance')) {
    let numeric = 0;
    let fractions = 0;
    for (const { r } of pupilRows) {
      const text = cellText(values[r]?.[column.index]);
      if (text === '' || text.endsWith('%')) continue;
      const n = Number(text);
      if (!Number.isNaN(n)) {
        numeric++;
        if (n <= 1) fractions++;
      }
    }
    column.fractional = numeric > 0 && fractions === numeric;
    // 0.93 among 96s: a fraction of 1 written among percentages, not 0.93% attendance.
    column.someFractions = fractions > 0 && fractions < numeric;
  }
  const bareNumbers: ReadColumn[] = [];
  for (const column of columns) {
    if (column.scale?.def.id !== 'percentage' || !GRADED_ROLES.has(column.meaning.role)) continue;
    let fractions = 0;
    let percents = 0;
    let signed = false;
    for (const { r } of pupilRows) {
      const value = values[r]?.[column.index];
      const text = cellText(value);
      if (isFraction(value, text)) fractions++;
      else if (/^\d+(\.\d+)?\s*%?$/.test(text)) percents++;
      if (text.endsWith('%')) signed = true;
    }
    if (fractions > 1 && percents === 0) column.fractional = true;
    else if (fractions > 0 && percents > 0) column.someFractions = true;
    if (percents > 0 && !signed && !column.fractional && !hinted(column.scale, column))
      bareNumbers.push(column);
  }
  if (bareNumbers.length > 0) {
    const first = bareNumbers[0]!;
    const one = bareNumbers.length === 1;
    const names = bareNumbers.map((column) => `'${column.header}'`);
    const listed = one ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    report({
      cell: a1(first.index, context.header.headerIndex + 1),
      value: first.header,
      reason: `${listed} ${one ? 'holds' : 'hold'} bare numbers and ${one ? 'does' : 'do'} not say what ${one ? 'it is' : 'they are'} out of, so the numbers are read as percentages; if they are marks, give the maximum (e.g. "${first.header} (/40)", or an "Out of" row under the headers)`,
      severity: 'warning',
      quoted: false,
    });
  }
}
