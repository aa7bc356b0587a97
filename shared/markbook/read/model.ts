import type { CellValue } from '../../sheet/cell';
import type { SheetDiagnostic } from '../../sheet/diagnostic';
import type { HeaderMeaning } from '../headers';
import type { CompiledScale } from '../scales';
import type { MarkbookSettings } from '../settings';
import type { ColumnInfo, Diagnostic, Grade, PupilAttributes } from '../types';

/**
 * The markbook's read model: what each pass of the reader adds, in order. The header pass
 * finds the header row; the columns pass says what each column holds; the pupil-rows pass
 * finds the pupils; the scales pass puts each graded column on a scale; the points pass
 * orders the assessment points in the year; the pupils pass reads each pupil's row.
 */

/** What every pass after the header pass reads from and reports to. */
export interface ReadContext {
  values: CellValue[][];
  header: HeaderRead;
  /** Rows that hold a key to the grades: no pupil's. */
  keyRows: Set<number>;
  settings: MarkbookSettings;
  scales: CompiledScale[];
  scaleById: Map<string, CompiledScale>;
  /** ABS, X, N/A, TBC and the settings' own markers: a gap, not a bad grade. */
  isAbsent: (text: string) => boolean;
  /** Records a cell that could not be used; the sentence is made when the read is done. */
  report: (diagnostic: SheetDiagnostic) => void;
}

/** Where the headers are: their 0-based row, each column's header (banners joined) and the table's width. */
export interface HeaderRead {
  headerIndex: number;
  headerTexts: string[];
  width: number;
}

export interface ReadColumn {
  index: number;
  letter: string;
  header: string;
  meaning: HeaderMeaning;
  scale?: CompiledScale;
  outOf?: number;
  /** Attendance or percentages kept as fractions (0.94 for 94%), as Sheets stores a % format. */
  fractional?: boolean;
  /** A percentage or attendance column with some cells written as fractions of 1 among the percentages. */
  someFractions?: boolean;
}

/** A row that holds a pupil: its 0-based index, the name as read and the name's cell. */
export interface PupilRow {
  r: number;
  name: string;
  nameCell: string;
}

/** The scale assessments are judged on (the family most assessment columns share), and the columns read against it. */
export interface ScalesRead {
  mainFamily: string | null;
  mainScale: CompiledScale | null;
  /** The prior attainment that is the baseline: on the main scale where there is one. */
  priorColumn: ReadColumn | undefined;
  /** The target column that sets targets: on the main scale where there is one. */
  targetColumn: ReadColumn | undefined;
}

export interface AssessmentPoint {
  label: string;
  column: ReadColumn;
  /** School years from 1 September of the first year. */
  time: number;
}

/** The assessment points in time order, and the school years they span. */
export interface PointsRead {
  points: AssessmentPoint[];
  /** The first school year of a multi-year tracker (a year group or a calendar year). */
  firstYear: number | undefined;
  /** True when the points carry calendar years (2025), not year groups (Year 10). */
  datedYears: boolean;
}

export interface ReadPupil {
  row: number;
  name: string;
  nameCell: string;
  id?: string;
  attributes: PupilAttributes;
  prior: Grade | null;
  target: Grade | null;
  /** One entry per assessment point, in time order; null where there is no grade. */
  grades: (Grade | null)[];
  /**
   * Parallel to `grades`: each point's cell as the teacher wrote it (trimmed; '' when blank) and
   * its A1 address, so ABS, X, TBC, N/A or 0 can be reported as a data query, not lost as a gap.
   */
  entries: { text: string; cell: string }[];
  foci: { focus: string; grade: Grade; cell: string; scale: CompiledScale }[];
  /** Attendance percentages in time order, the current figure last. */
  attendance: number[];
  intervention: { text: string; start: number | null; startLabel: string | null } | null;
}

export interface MarkbookRead {
  headerRow: number;
  columns: ColumnInfo[];
  points: AssessmentPoint[];
  mainScale: CompiledScale | null;
  priorScale: CompiledScale | null;
  scales: CompiledScale[];
  pupils: ReadPupil[];
  diagnostics: Diagnostic[];
}

/** Columns of one role, in sheet order. */
export const byRole = (columns: ReadColumn[], role: string) =>
  columns.filter((column) => column.meaning.role === role);

/** Roles whose cells are grades on a scale. */
export const GRADED_ROLES = new Set<string>(['assessment', 'focus', 'prior-attainment', 'target']);
