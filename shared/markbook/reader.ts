import type { CellValue } from '../sheet/cell';
import { type SheetDiagnostic, sentence } from '../sheet/diagnostic';
import { readColumnScales } from './read/column-scales';
import { readColumns } from './read/columns';
import { readContext } from './read/context';
import { readHeader } from './read/header';
import { readKey } from './read/key';
import { readMaxMarks } from './read/max-marks';
import { GRADED_ROLES, type MarkbookRead, type ReadColumn } from './read/model';
import { readPercentForms } from './read/percent-forms';
import { readPoints } from './read/points';
import { readPupilRows } from './read/pupil-rows';
import { readPupils, reportOtherTargetColumns } from './read/pupils';
import type { MarkbookSettings } from './settings';
import type { ColumnInfo } from './types';

export { DEFAULT_ABSENT, scalesFor } from './read/context';
export type { AssessmentPoint, MarkbookRead, ReadColumn, ReadPupil } from './read/model';

function columnInfo(column: ReadColumn): ColumnInfo {
  const info: ColumnInfo = { column: column.letter, header: column.header, role: column.meaning.role };
  if (column.scale !== undefined && GRADED_ROLES.has(column.meaning.role)) info.scale = column.scale.def.id;
  if (column.meaning.role === 'focus') info.focus = column.meaning.focus ?? column.header;
  return info;
}

/**
 * Reads a markbook's values into columns and pupils, as a pipeline of passes over the read
 * model (see read/model.ts). Never throws on cell content: every cell it cannot use becomes a
 * diagnostic with its A1 address, and the rest is read.
 */
export function readMarkbook(values: CellValue[][], settings: MarkbookSettings): MarkbookRead {
  const found: SheetDiagnostic[] = [];
  const header = readHeader(values, settings);
  const context = readContext(values, settings, header, found, readKey(values));
  const columns = readColumns(context);
  const maxRow = readMaxMarks(context, columns);
  const pupilRows = readPupilRows(context, columns, maxRow);
  const scales = readColumnScales(context, columns, pupilRows);
  const points = readPoints(context, columns, scales, pupilRows);
  readPercentForms(context, columns, pupilRows);
  reportOtherTargetColumns(context, columns, pupilRows, scales.targetColumn);
  const pupils = readPupils(context, columns, pupilRows, scales, points);
  return {
    headerRow: header.headerIndex + 1,
    columns: columns.map(columnInfo),
    points: points.points,
    mainScale: scales.mainScale,
    priorScale: scales.priorColumn?.scale ?? null,
    scales: context.scales,
    pupils,
    diagnostics: found.map((d) => ({
      cell: d.cell,
      value: d.value,
      message: sentence(d),
      severity: d.severity,
    })),
  };
}
