import { a1 } from '../../sheet/address';
import { cellText } from '../../sheet/cell';
import {
  byRole,
  type PointsRead,
  type PupilRow,
  type ReadColumn,
  type ReadContext,
  type ScalesRead,
} from './model';

const placedInYear = (column: ReadColumn) =>
  column.meaning.time !== undefined || column.meaning.order !== undefined;

/**
 * Points pass: the assessment columns on the main scale, in time order: by term or date where
 * every header names one, else by number, else as laid out. A multi-year tracker's points are
 * placed in their own school year.
 */
export function readPoints(
  context: ReadContext,
  columns: ReadColumn[],
  scales: ScalesRead,
  pupilRows: PupilRow[],
): PointsRead {
  const { mainFamily } = scales;
  const filled = (column: ReadColumn) =>
    pupilRows.some(({ r }) => cellText(context.values[r]?.[column.index]) !== '');
  const inMainFamily = byRole(columns, 'assessment').filter(
    (column) => column.scale !== undefined && column.scale.family === mainFamily,
  );
  // A column for a later school year, still empty ("Y11 Summer" in a Y10 tracker), is not a
  // point yet: counting it would stretch the year and move every expected grade.
  const filledYears = inMainFamily.filter(filled).map((column) => column.meaning.yearGroup);
  const latestYear =
    filledYears.length > 0 && filledYears.every((year) => year !== undefined)
      ? Math.max(...(filledYears as number[]))
      : undefined;
  const onMainScale = inMainFamily.filter(
    (column) =>
      latestYear === undefined ||
      column.meaning.yearGroup === undefined ||
      column.meaning.yearGroup <= latestYear ||
      filled(column),
  );
  // A current judgement ("Current Working At") beside dated or numbered points is not another
  // point after them: counting it would make one judgement look like two.
  const usable = onMainScale.some(placedInYear)
    ? onMainScale.filter((column) => column.meaning.current !== true)
    : onMainScale;
  for (const column of onMainScale) {
    if (usable.includes(column)) continue;
    context.report({
      cell: a1(column.index, context.header.headerIndex + 1),
      value: column.header,
      reason:
        'is a current judgement with no date, so it is not counted as another assessment point; progress is judged on the dated or numbered points',
      severity: 'warning',
    });
  }
  const years = usable.map((column) => column.meaning.yearGroup).filter((y): y is number => y !== undefined);
  const firstYear = years.length === usable.length && years.length > 0 ? Math.min(...years) : undefined;
  // Dated points carry calendar years (2025), "Year 10" points year groups.
  const datedYears = firstYear !== undefined && firstYear > 1900;
  const timed = usable.every((column) => column.meaning.time !== undefined);
  const ordered = usable.every(placedInYear);
  const offset = (column: ReadColumn) =>
    firstYear !== undefined ? column.meaning.yearGroup! - firstYear : 0;
  const sortKey = (column: ReadColumn) =>
    timed
      ? offset(column) + column.meaning.time!
      : ordered
        ? offset(column) * 100 + (column.meaning.order ?? 0)
        : 0;
  const sorted = usable
    .map((column, position) => ({ column, position }))
    .sort((x, y) => sortKey(x.column) - sortKey(y.column) || x.position - y.position)
    .map(({ column }) => column);
  const span = firstYear !== undefined ? Math.max(...years) - firstYear + 1 : 1;
  const points = sorted.map((column, i) => ({
    label: column.header,
    column,
    // Numbered points without dates are spread through the year, leaving room for the target's date after the last.
    time: timed ? offset(column) + column.meaning.time! : ((i + 1) / (sorted.length + 1)) * span,
  }));
  return { points, firstYear, datedYears };
}
