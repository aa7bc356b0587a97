import { type CellValue, cellText } from '../../sheet/cell';
import { withoutPercentSign } from '../../sheet/text';
import { oneDecimal } from '../stats';
import { reportCell } from './grades';
import type { ReadColumn, ReadContext } from './model';
import { FRACTION } from './percent-forms';

export function percentFrom(text: string, fractional: boolean): number | undefined {
  const bare = withoutPercentSign(text);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(bare)) return undefined;
  const value = Number(bare) * (fractional && !text.endsWith('%') ? 100 : 1);
  return value >= 0 && value <= 100 ? value : undefined;
}

/** The columns attendance is read from: percentages in time order, or sessions possible and attended. */
export interface AttendanceColumns {
  percentages: ReadColumn[];
  possible: ReadColumn | undefined;
  attended: ReadColumn | undefined;
}

/** A pupil's attendance percentages in time order, the current figure (from sessions) last. */
export function readAttendance(
  context: ReadContext,
  columns: AttendanceColumns,
  row: CellValue[],
  sheetRow: number,
): number[] {
  const attendance: number[] = [];
  for (const column of columns.percentages) {
    const text = cellText(row[column.index]);
    if (text === '') continue;
    const fraction = column.someFractions === true && FRACTION.test(text);
    const percent = percentFrom(text, column.fractional === true || fraction);
    if (percent === undefined)
      reportCell(context, column, sheetRow, text, 'is not an attendance percentage (0-100)');
    else {
      if (fraction)
        reportCell(
          context,
          column,
          sheetRow,
          text,
          `read as ${oneDecimal(percent)}% (a fraction of 1 among percentages)`,
          'warning',
        );
      attendance.push(percent);
    }
  }
  const { possible: possibleColumn, attended: attendedColumn } = columns;
  if (possibleColumn && attendedColumn) {
    const possibleText = cellText(row[possibleColumn.index]);
    const attendedText = cellText(row[attendedColumn.index]);
    const possible = Number(possibleText);
    const attended = Number(attendedText);
    if (possibleText !== '' && attendedText !== '') {
      if (Number.isNaN(possible) || possible <= 0)
        reportCell(context, possibleColumn, sheetRow, possibleText, 'is not a number of sessions');
      else if (Number.isNaN(attended) || attended < 0 || attended > possible) {
        reportCell(
          context,
          attendedColumn,
          sheetRow,
          attendedText,
          `is not a number of sessions between 0 and ${possible}`,
        );
      } else attendance.push((100 * attended) / possible);
    }
  }
  return attendance;
}
