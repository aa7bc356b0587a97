import type { CellValue } from '../../sheet/cell';
import type { SheetDiagnostic } from '../../sheet/diagnostic';
import {
  BUILT_IN_SCALES,
  type CompiledScale,
  compileScale,
  readOnScale,
  type ScaleDefinition,
} from '../scales';
import type { CustomScale, MarkbookSettings } from '../settings';
import { type KeyRead, keyScale } from './key';
import type { HeaderRead, ReadContext } from './model';

export const keyScaleReason = (grades: string[]) =>
  `is read as a scale of grades, lowest first: ${grades.join(', ')} (if it runs the other way, give the scale in the settings)`;

function readsCleanly(scale: CompiledScale, text: string): boolean {
  const reading = readOnScale(scale, text);
  return reading.kind === 'grade' && reading.warning === undefined;
}

/** Cell values that mean "not assessed": read as a gap, not reported as a bad grade. */
export const DEFAULT_ABSENT = [
  'ABS',
  'ABSENT',
  'AB',
  'X',
  'N/A',
  'NA',
  '-',
  '–',
  '—',
  'NS',
  'NOT SAT',
  'NE',
  'NOT ENTERED',
  'ILL',
  'EXEMPT',
  'DISAPPLIED',
  'NOT ASSESSED',
  'TBC',
];

function customToDefinition(custom: CustomScale): ScaleDefinition {
  const grades = custom.grades?.map((grade, index) =>
    typeof grade === 'string' ? { label: grade, points: index } : grade,
  );
  const numeric = grades === undefined;
  const definition: ScaleDefinition = {
    id: custom.id,
    name: custom.name,
    expects: numeric
      ? `a mark on ${custom.name} (${custom.min}-${custom.max})`
      : `a grade on ${custom.name} (${grades.map((g) => g.label).join(', ')})`,
    kind: numeric ? 'numeric' : 'ordinal',
    step: custom.step ?? 1,
    expectedPerYear: custom.expectedPerYear ?? 0,
    highFrom: custom.highFrom ?? (numeric ? custom.max! * 0.8 : grades[grades.length - 1]!.points),
  };
  if (grades !== undefined) definition.grades = grades;
  if (custom.min !== undefined) definition.min = custom.min;
  if (custom.max !== undefined) definition.max = custom.max;
  return definition;
}

/** The scales a markbook may use: the school's own first, then the built-in ones, with any overrides applied. */
export function scalesFor(settings: MarkbookSettings): CompiledScale[] {
  const overrides = settings.scaleOverrides ?? {};
  return [...(settings.scales ?? []).map(customToDefinition), ...BUILT_IN_SCALES].map((def) =>
    compileScale({ ...def, ...overrides[def.id] }),
  );
}

/** What the passes after the header share: the values, the scales, the absence markers and where to report. */
export function readContext(
  values: CellValue[][],
  settings: MarkbookSettings,
  header: HeaderRead,
  diagnostics: SheetDiagnostic[],
  key: KeyRead = { rows: new Map(), grades: [], absent: [] },
): ReadContext {
  let scales = scalesFor(settings);
  // A key's grades are a scale of their own only where no scale Trajectory knows reads them all.
  const known = scales.some((scale) => key.grades.every((grade) => readsCleanly(scale, grade)));
  const keyRow = [...key.rows.keys()][0];
  if (key.grades.length > 0 && !known && keyRow !== undefined) {
    const custom = (settings.scales ?? []).length;
    const fromKey = compileScale(keyScale(key.grades, keyRow + 1));
    scales = [...scales.slice(0, custom), fromKey, ...scales.slice(custom)];
    // A key under the table is said where the pupil rows are read; one above it, here.
    if (keyRow <= header.headerIndex) {
      const { cell, text } = key.rows.get(keyRow)!;
      diagnostics.push({ cell, value: text, reason: keyScaleReason(key.grades), severity: 'warning' });
    }
  }
  const absent = new Set([
    ...DEFAULT_ABSENT,
    ...key.absent.map((m) => m.toUpperCase().trim()),
    ...(settings.absentMarkers ?? []).map((m) => m.toUpperCase().trim()),
  ]);
  return {
    values,
    header,
    keyRows: new Set(key.rows.keys()),
    settings,
    scales,
    scaleById: new Map(scales.map((scale) => [scale.def.id, scale])),
    isAbsent: (text) => absent.has(text.toUpperCase().trim()),
    report: (diagnostic) => diagnostics.push(diagnostic),
  };
}
