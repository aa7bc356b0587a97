import { a1 } from '../../sheet/address';
import { cellText } from '../../sheet/cell';
import type { CompiledScale } from '../scales';
import type { Grade } from '../types';
import { readAttendance } from './attendance';
import { ATTRIBUTE_ROLES, readAttributes } from './attributes';
import { gradeReader } from './grades';
import { readIntervention } from './intervention';
import {
  byRole,
  type PointsRead,
  type PupilRow,
  type ReadColumn,
  type ReadContext,
  type ReadPupil,
  type ScalesRead,
} from './model';

/**
 * A second target column (FFT and MEG side by side) is still read for bad cells, but only one
 * sets the targets: say which, at the other's header, rather than leave it out silently.
 */
export function reportOtherTargetColumns(
  context: ReadContext,
  columns: ReadColumn[],
  pupilRows: PupilRow[],
  targetColumn: ReadColumn | undefined,
): void {
  for (const column of byRole(columns, 'target')) {
    if (column === targetColumn || targetColumn === undefined) continue;
    if (!pupilRows.some(({ r }) => cellText(context.values[r]?.[column.index]) !== '')) continue;
    context.report({
      cell: a1(column.index, context.header.headerIndex + 1),
      value: column.header,
      reason: `is another target column; targets come from '${targetColumn.header}' (to use this one, set '${targetColumn.header}' to "ignore" in the settings' columns)`,
      severity: 'warning',
    });
  }
}

/**
 * Pupils pass: each pupil's row read on the columns and scales found, every cell that cannot
 * be used reported by its A1 address.
 */
export function readPupils(
  context: ReadContext,
  columns: ReadColumn[],
  pupilRows: PupilRow[],
  scales: ScalesRead,
  pointsRead: PointsRead,
): ReadPupil[] {
  const { values } = context;
  const { points } = pointsRead;
  const { mainFamily, priorColumn, targetColumn } = scales;
  const gradeIn = gradeReader(context);
  const attendanceColumns = {
    percentages: [...byRole(columns, 'attendance')].sort(
      (x, y) => (x.meaning.time ?? x.index / 1000) - (y.meaning.time ?? y.index / 1000),
    ),
    possible: byRole(columns, 'sessions-possible')[0],
    attended: byRole(columns, 'sessions-attended')[0],
  };
  const interventionColumns = {
    interventions: byRole(columns, 'intervention'),
    start: byRole(columns, 'intervention-start')[0],
  };
  const idColumn = byRole(columns, 'id')[0];
  const focusColumns = byRole(columns, 'focus');
  const priorColumns = byRole(columns, 'prior-attainment');
  const targetColumns = byRole(columns, 'target');
  const attributeColumns = columns.filter((column) => ATTRIBUTE_ROLES.has(column.meaning.role));

  return pupilRows.map(({ r, name, nameCell }) => {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    const attributes = readAttributes(context, attributeColumns, row, sheetRow);
    const attendance = readAttendance(context, attendanceColumns, row, sheetRow);

    const grades = points.map((point) => gradeIn(point.column, sheetRow, row[point.column.index]));

    let prior: Grade | null = null;
    for (const column of priorColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (column === priorColumn) prior = grade;
    }
    let target: Grade | null = null;
    for (const column of targetColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (column === targetColumn && column.scale?.family === mainFamily) target = grade;
    }

    // A focus assessed more than once keeps its latest grade.
    const latestFocus = new Map<
      string,
      { focus: string; grade: Grade; cell: string; scale: CompiledScale; time: number }
    >();
    for (const column of focusColumns) {
      const grade = gradeIn(column, sheetRow, row[column.index]);
      if (grade === null || column.scale === undefined) continue;
      const focus = column.meaning.focus ?? column.header;
      const time = column.meaning.time ?? column.meaning.order ?? column.index / 1000;
      const previous = latestFocus.get(focus.toLowerCase());
      if (previous === undefined || time >= previous.time) {
        latestFocus.set(focus.toLowerCase(), {
          focus,
          grade,
          cell: a1(column.index, sheetRow),
          scale: column.scale,
          time,
        });
      }
    }

    const intervention = readIntervention(context, interventionColumns, pointsRead, row, sheetRow);
    const pupil: ReadPupil = {
      row: sheetRow,
      name,
      nameCell,
      attributes,
      prior,
      target,
      grades,
      // Built when asked for: only pupils with a data query need them, and a cell address for
      // every entry of a 2,000 x 60 markbook doubled the time of the whole read.
      get entries() {
        const entries = points.map((point) => ({
          text: cellText(row[point.column.index]),
          cell: `${point.column.letter}${sheetRow}`,
        }));
        Object.defineProperty(this, 'entries', { value: entries });
        return entries;
      },
      foci: [...latestFocus.values()].map(({ focus, grade, cell, scale }) => ({ focus, grade, cell, scale })),
      attendance,
      intervention,
    };
    const id = idColumn ? cellText(row[idColumn.index]) : '';
    if (id !== '') pupil.id = id;
    return pupil;
  });
}
