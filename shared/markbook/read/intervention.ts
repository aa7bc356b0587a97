import { type CellValue, cellText } from '../../sheet/cell';
import { normaliseHeader } from '../cells';
import { schoolYearOf, timeInText } from '../headers';
import { NO } from './attributes';
import { reportCell } from './grades';
import type { AssessmentPoint, PointsRead, ReadColumn, ReadContext, ReadPupil } from './model';

/** The columns an intervention is read from: what it is, and when it started. */
export interface InterventionColumns {
  interventions: ReadColumn[];
  start: ReadColumn | undefined;
}

/** The assessment point whose header names this text as a whole word or words ("DD1" in "DD1 Working At"). */
function pointNamed(points: AssessmentPoint[], text: string): AssessmentPoint | undefined {
  const wanted = ` ${normaliseHeader(text)} `;
  if (wanted.trim() === '') return undefined;
  return points.find((point) => ` ${normaliseHeader(point.label)} `.includes(wanted));
}

/** A pupil's intervention and its start, placed on the points' time line; null when there is none. */
export function readIntervention(
  context: ReadContext,
  columns: InterventionColumns,
  read: PointsRead,
  row: CellValue[],
  sheetRow: number,
): ReadPupil['intervention'] {
  const { points, firstYear, datedYears } = read;
  const startColumn = columns.start;
  const interventionText = columns.interventions
    .map((column) => cellText(row[column.index]))
    .filter((text) => text !== '' && !NO.has(text.toUpperCase()))
    .join('; ');
  if (interventionText === '') return null;
  const startText = startColumn ? cellText(row[startColumn.index]) : '';
  const startSource = startText !== '' ? startText : interventionText;
  let start = timeInText(startSource);
  // "DD1" or "Mock 2": the start named by an assessment point is that point's time.
  const atPoint = start === undefined && startText !== '' ? pointNamed(points, startText) : undefined;
  if (atPoint !== undefined) {
    return { text: interventionText, start: atPoint.time, startLabel: startText };
  }
  if (startColumn && startText !== '' && start === undefined) {
    reportCell(
      context,
      startColumn,
      sheetRow,
      startText,
      'is not a date or a term (e.g. 12/01/2026, Spring 1)',
      'warning',
    );
  }
  // In a tracker spanning several school years, a start date falls in its own year when the
  // points are dated and it has a year too; otherwise it belongs to the latest year.
  const startYear = schoolYearOf(startSource);
  if (start !== undefined && startYear !== undefined && datedYears) start += startYear - firstYear!;
  else if (start !== undefined && points.length > 0 && firstYear !== undefined)
    start += points[points.length - 1]!.time - (points[points.length - 1]!.time % 1);
  return {
    text: interventionText,
    start: start ?? null,
    startLabel: start === undefined ? null : startText !== '' ? startText : interventionText,
  };
}
