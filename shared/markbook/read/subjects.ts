import type { CellValue } from '../../sheet/cell';
import { subjectOf } from '../headers';
import type { MarkbookSettings } from '../settings';
import { readColumns } from './columns';
import { readContext } from './context';
import { readHeader } from './header';
import type { ReadColumn } from './model';

type ColumnOverride = NonNullable<MarkbookSettings['columns']>[string];

/** One subject of a tracker that keeps several side by side, as settings that read only it. */
export interface SubjectSplit {
  subject: string;
  settings: MarkbookSettings;
}

const placedInYear = (column: ReadColumn) =>
  column.meaning.time !== undefined || column.meaning.order !== undefined;
const isPoint = (column: ReadColumn) =>
  (column.meaning.role === 'assessment' || column.meaning.role === 'focus') && placedInYear(column);
const SUBJECT_ROLES = new Set(['assessment', 'focus', 'prior-attainment', 'target']);

/**
 * Subjects pass: a primary tracker with Reading, Writing and Maths banners over its terms
 * keeps one markbook per subject side by side. Each subject is read on its own: its points
 * are its assessments and its own prior attainment (KS1 Maths for maths) its baseline; the
 * other subjects' columns are left out. Empty when the sheet holds one subject (strands such
 * as "AF2 Reading" beside an overall grade are foci, not subjects).
 */
export function subjectSplits(values: CellValue[][], settings: MarkbookSettings): SubjectSplit[] {
  const header = readHeader(values, settings);
  const columns = readColumns(readContext(values, settings, header, []));
  const bySubject = new Map<string, ReadColumn[]>();
  let unsubjectedPoints = 0;
  for (const column of columns) {
    if (!SUBJECT_ROLES.has(column.meaning.role)) continue;
    const subject = subjectOf(column.header);
    if (subject === undefined) {
      if (isPoint(column) && column.meaning.role === 'assessment') unsubjectedPoints++;
      continue;
    }
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), column]);
  }
  const subjects = [...bySubject].filter(([, list]) => list.filter(isPoint).length >= 2);
  if (subjects.length < 2 || unsubjectedPoints > 0) return [];
  return subjects.map(([subject, own]) => {
    const overrides: Record<string, ColumnOverride> = {};
    for (const [other, list] of bySubject) {
      for (const column of list) {
        if (other !== subject) overrides[column.letter] = 'ignore';
        else if (isPoint(column)) overrides[column.letter] = 'assessment';
      }
    }
    for (const column of own) if (!isPoint(column)) delete overrides[column.letter];
    // The teacher's own settings still win, column by column; one that gives only a maximum
    // or a scale keeps the role this split gives the column.
    const columns: Record<string, ColumnOverride> = { ...overrides };
    for (const [key, own] of Object.entries(settings.columns ?? {})) {
      const split = overrides[key];
      columns[key] =
        typeof own === 'object' &&
        own.role === undefined &&
        own.focus === undefined &&
        typeof split === 'string'
          ? { ...own, role: split }
          : own;
    }
    return { subject, settings: { ...settings, columns } };
  });
}
