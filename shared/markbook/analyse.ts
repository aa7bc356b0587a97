import { type Finding, runRules } from '../rule';
import { columnIndex } from '../sheet/address';
import { cellText } from '../sheet/cell';
import { type DueDate, type DueHint, dueInHeader, resolveDue, yearGroupInText } from './due-date';
import { DEFAULT_FLIGHT_PATHS, estimateFromPrior, type FlightPath } from './flight-path';
import { type GroupCandidate, guidedGroups } from './groups';
import { type ProgressContext, pupilProgress, readFixedTarget, standing, topGradeOf } from './progress';
import { type MarkbookRead, type ReadPupil, readMarkbook } from './reader';
import { withoutRepeats } from './repeats';
import { classRules, pupilRules } from './rules/index';
import { type CompiledScale, labelFor, readOnScale } from './scales';
import { DEFAULT_TARGETS, DEFAULT_THRESHOLDS, type MarkbookSettings, type Thresholds } from './settings';
import { mediansOfOthers } from './stats';
import type { ClassSubject, PupilSubject } from './subject';
import { cohortSummary } from './summary';
import { DEFAULT_TARGET_BANK, type TargetWording, wordingFor } from './target-bank';
import { describeTolerance, isALevel, type Tolerance, toleranceFor, withThresholds } from './tolerance';
import type {
  AssessmentResult,
  CellValue,
  ColumnInfo,
  CurricularTargets,
  DataQueryResult,
  Diagnostic,
  Grade,
  MarkbookAnalysis,
  ProgressBasis,
  PupilResult,
} from './types';
import { waveFor } from './waves';

/** Flags are listed most urgent first; the sort is stable, so rules of equal urgency keep registry order. */
const URGENCY: Record<Finding['severity'], number> = {
  urgent: 4,
  warning: 3,
  suggestion: 2,
  info: 1,
  strength: 0,
};

function curricularTargets(
  target: Grade | null,
  source: PupilResult['targetSource'],
  due: string,
  weakestFocus: string | null,
  latestAssessment: string | null,
  bank: Record<string, TargetWording>,
): CurricularTargets {
  const whose =
    source === 'teacher'
      ? ' (the target in the markbook)'
      : source === 'estimate' || source === 'computed'
        ? ' (an estimate: set a target with the pupil)'
        : '';
  const longTerm =
    target === null
      ? 'No long-term target yet: record a baseline or a target so one can be set.'
      : `Aim for ${target.label} by ${due}${whose}.`;
  if (weakestFocus !== null) {
    const wording = wordingFor(bank, weakestFocus);
    return { longTerm, mediumTerm: wording.mediumTerm, shortTerm: wording.shortTerm };
  }
  return {
    longTerm,
    mediumTerm: 'Secure the key ideas of the current unit of work.',
    shortTerm:
      latestAssessment === null
        ? 'In the next few lessons, show what you know in a short assessment so that a starting point can be set.'
        : `In the next few lessons, act on the feedback from ${latestAssessment}, checking your work against the success criteria.`,
  };
}

/** The target column whose targets are used: the one on the assessments' scale, else the first. */
function targetColumnOf(read: MarkbookRead): ColumnInfo | undefined {
  const targets = read.columns.filter((column) => column.role === 'target');
  const family = read.mainScale?.family;
  return (
    targets.find((column) => read.scales.find((s) => s.def.id === column.scale)?.family === family) ??
    targets[0]
  );
}

/** The year group of the markbook's first assessment: from year-grouped headers, else a title row. */
function firstYearGroup(read: MarkbookRead, values: CellValue[][]): number | undefined {
  const years = read.points
    .map((point) => point.column.meaning.yearGroup)
    .filter((year): year is number => year !== undefined && year >= 1 && year <= 13);
  if (years.length > 0) return Math.min(...years);
  for (let r = 0; r < Math.min(read.headerRow - 1, 30); r++) {
    for (const cell of values[r] ?? []) {
      const year = yearGroupInText(cellText(cell));
      if (year !== undefined) return year;
    }
  }
  return undefined;
}

/** GCSE grades in Y10 and A-level grades in Y12 aim at the end of a two-year course. */
function twoYearCourse(scale: CompiledScale | null, firstYear: number | undefined): DueHint | null {
  if (scale?.def.id === 'gcse-9-1' && firstYear === 10) return { kind: 'key-stage', keyStage: 4 };
  if (scale?.def.id === 'gcse-legacy' && firstYear === 12) return { kind: 'key-stage', keyStage: 5 };
  return null;
}

/** Subjects as markbooks name them, with the prior-attainment header words that match each. */
const SUBJECTS: [RegExp, RegExp][] = [
  [/\b(maths?|mathematics|numeracy)\b/i, /\b(maths?|mathematics|mat)\b/i],
  [/\b(english|reading|literacy|literature)\b/i, /\b(reading|read|english|eng)\b/i],
  [/\b(writing)\b/i, /\b(writing|writ)\b/i],
  [/\b(gps|spag|grammar)\b/i, /\b(gps|spag|grammar)\b/i],
];

/**
 * Of several prior-attainment columns (KS2 Reading and KS2 Maths side by side), the one of the
 * markbook's own subject, named in a title row or the assessments' headers; none when the
 * subject is not named or matches none of them.
 */
function subjectPriorColumn(
  read: MarkbookRead,
  values: CellValue[][],
  priors: ColumnInfo[],
): ColumnInfo | undefined {
  if (priors.length < 2) return undefined;
  const words: string[] = [];
  for (let r = 0; r < Math.min(read.headerRow - 1, 30); r++)
    for (const cell of values[r] ?? []) words.push(cellText(cell).slice(0, 200));
  for (const point of read.points) words.push(point.column.header);
  const named = words.join(' ');
  for (const [subject, header] of SUBJECTS) {
    if (!subject.test(named)) continue;
    const match = priors.find((column) => column.scale !== undefined && header.test(column.header));
    if (match !== undefined) return match;
  }
  return undefined;
}

/** A target cell that holds no target: blank, or a placeholder ("TBC"). */
const NO_TARGET = /^(|tbc|tba|tbd|n\/?a|-|\?|none|awaiting)$/i;

/** A prior-attainment column written as a GCSE average point score (5.9, 7.8) reads as that, not a percentage. */
const APS_HEADER = /\b(aps|average point score|avg point score|gcse average)\b/i;

/** Target grades in a marks markbook: grade 6 is read as 60% (10% a grade), an editable estimate. */
const GRADE_TO_PERCENT: FlightPath = {
  from: 'gcse-9-1',
  to: 'percentage',
  name: 'target grade as a percentage, 10% a grade',
  rows: Array.from({ length: 10 }, (_, grade) => ({ from: 3 * grade - 1, grade: `${grade * 10}` })),
};

function describeMethod(
  tolerance: Tolerance,
  scale: CompiledScale,
  due: DueDate,
  rate: number,
  targetHeader: string | undefined,
  gradesAsPercent: boolean,
): string {
  const targets =
    targetHeader === undefined
      ? 'targets estimated (no target column)'
      : gradesAsPercent
        ? `targets from '${targetHeader}', each grade read as a percentage, 10% a grade (grade 6 as 60%): an estimate`
        : `targets from '${targetHeader}'`;
  const when = `due ${due.label} (${due.source})`;
  const tol = describeTolerance(tolerance, scale.def.name);
  if (rate === 0) {
    const what =
      tolerance.kind === 'test-score'
        ? `these are test scores (${scale.def.name}), so each point is compared with the target itself`
        : `each point on ${scale.def.name} is compared with the target itself (a target-based pathway)`;
    return `Status: ${what}; ${targets}, ${when}. ${tol} A rising trend never makes a pupil under the target "on"; the forecast adds a concern, never a pass.`;
  }
  return `Status: grades on ${scale.def.name} grow through the course, so each point is compared with an expected line to the target, ${when}: the target less ${rate / tolerance.unitPoints} ${tolerance.unit} a year for the time left, or the line from the baseline where that is higher; it never slopes down. ${targets[0]!.toUpperCase()}${targets.slice(1)}. ${tol}`;
}

/**
 * Turns a markbook's cell values into targets, status against the target, forecasts, flags,
 * waves, guided groups and a cohort summary. Rows are 1-based sheet rows; unreadable cells
 * become diagnostics with A1 addresses, and the rest is still analysed.
 */
export function analyseMarkbook(values: CellValue[][], settings: MarkbookSettings = {}): MarkbookAnalysis {
  const read = readMarkbook(values, settings);
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...settings.thresholds };
  const bank = { ...DEFAULT_TARGET_BANK, ...settings.targetBank };
  const problems: string[] = [];
  const diagnostics = collapseUnreadScale(read, problems);
  const scale = read.mainScale;
  const ambition = settings.targets?.ambition ?? DEFAULT_TARGETS.ambition;
  const model = settings.targets?.model ?? DEFAULT_TARGETS.model;
  const lastTime = read.points[read.points.length - 1]?.time ?? 1;
  const targetColumn = targetColumnOf(read);
  const firstYear = firstYearGroup(read, values);
  const headerHint =
    settings.targets?.due !== undefined
      ? dueInHeader(settings.targets.due)
      : targetColumn
        ? dueInHeader(targetColumn.header)
        : null;
  // A plain "Target" over GCSE grades in Y10, or A-level grades in Y12, is the final grade of a
  // two-year course, not a July one.
  const courseHint =
    headerHint === null && targetColumn !== undefined ? twoYearCourse(scale, firstYear) : null;
  const dueHint = headerHint ?? courseHint;
  const dueSource =
    settings.targets?.due !== undefined
      ? `settings targets.due "${settings.targets.due}"`
      : headerHint !== null && targetColumn !== undefined
        ? `the header '${targetColumn.header}'`
        : courseHint !== null
          ? `a Y${firstYear} class on ${scale?.def.name}: a two-year course`
          : 'the last school year the markbook covers';
  const due = resolveDue(dueHint, dueSource, firstYear, lastTime);
  const yearGroups = [
    ...read.points.map((p) => p.column.meaning.yearGroup ?? 0),
    firstYear ?? 0,
    /\balps\b|\ba ?level\b/i.test(targetColumn?.header ?? '') ? 12 : 0,
  ];
  const flightPaths = [...(settings.flightPaths ?? []), ...DEFAULT_FLIGHT_PATHS];
  // A bare 50 in the target column of a markbook whose assessments say "%" is a percentage by
  // its place: a clean file gets no warning for it.
  if (
    scale?.def.id === 'percentage' &&
    targetColumn !== undefined &&
    read.points.length > 0 &&
    read.points.every((point) => point.column.header.includes('%'))
  ) {
    const cell = `${targetColumn.column}${read.headerRow}`;
    const at = diagnostics.findIndex(
      (d) =>
        d.cell === cell &&
        d.severity === 'warning' &&
        d.message.startsWith(`${cell}: '${targetColumn.header}' holds bare numbers`),
    );
    if (at !== -1) diagnostics.splice(at, 1);
  }
  // A target grade over marks is no longer left out: say how it is read instead.
  let gradesAsPercent = false;
  if (scale?.family === 'percentage' && targetColumn !== undefined && targetColumn.scale !== undefined) {
    const cell = `${targetColumn.column}${read.headerRow}`;
    const at = diagnostics.findIndex((d) => d.cell === cell && d.severity === 'warning');
    const own = read.scales.find((s) => s.def.id === targetColumn.scale);
    if (own !== undefined && own.family !== scale.family) gradesAsPercent = true;
    if (at !== -1 && own !== undefined && own.family !== scale.family) {
      diagnostics[at] = {
        ...diagnostics[at]!,
        message: `${cell}: '${targetColumn.header}' is on ${own.def.name} and the assessments are marks, so each target grade is read as a percentage (grade 6 as 60%): an estimate; a school's own table can be set in the settings' flightPaths`,
      };
    }
  }
  const pupilCount = read.pupils.length;
  const pointInUse = read.points.map((_, i) => read.pupils.some((pupil) => pupil.grades[i] !== null));

  let context: ProgressContext | null = null;
  let tolerance: Tolerance | null = null;
  if (scale !== null) {
    let fixedTarget: Grade | null = null;
    if (settings.targets?.fixed !== undefined) {
      fixedTarget = readFixedTarget(scale, settings.targets.fixed);
      if (fixedTarget === null) {
        diagnostics.push({
          cell: 'settings',
          value: settings.targets.fixed,
          message: `settings targets.fixed: '${settings.targets.fixed}' is not a grade on ${scale.def.name}, so targets were computed instead`,
          severity: 'error',
        });
      }
    }
    tolerance = withThresholds(toleranceFor(scale, yearGroups), scale.def.step, settings.thresholds);
    // A-level working-at grades, test scores and age-related standards are read against the target itself.
    const rate =
      tolerance.kind === 'test-score' || (scale.def.id === 'gcse-legacy' && isALevel(yearGroups))
        ? 0
        : scale.def.expectedPerYear;
    context = {
      scale,
      points: read.points,
      tolerance,
      due,
      rate,
      ambition,
      model,
      useTeacherTargets: settings.targets?.useTeacherTargets ?? DEFAULT_TARGETS.useTeacherTargets,
      fixedTarget,
      pointInUse,
      estimate: estimator(read, values, scale, targetColumn, flightPaths),
    };
  }
  // A test the whole class did far worse on is set aside for everyone, and said once.
  const dips = tolerance?.kind === 'test-score' ? classWideDips(read) : [];
  if (context !== null && dips.length > 0)
    context.setAside = read.points.map((_, i) => dips.some((dip) => dip.index === i));

  const gradedAt = read.points.map(() => 0);
  let withAnyGrade = 0;
  for (const pupil of read.pupils) {
    let any = false;
    for (let i = 0; i < gradedAt.length; i++) {
      if (pupil.grades[i] !== null) {
        gradedAt[i]!++;
        any = true;
      }
    }
    if (any) withAnyGrade++;
  }
  // The latest point at least half the graded pupils have: a point still being entered does not count yet.
  let latestClassIndex = -1;
  for (let i = 0; i < gradedAt.length; i++)
    if (gradedAt[i]! > 0 && gradedAt[i]! >= withAnyGrade / 2) latestClassIndex = i;

  const focusOrder: string[] = [];
  for (const column of read.columns)
    if (column.focus !== undefined && !focusOrder.includes(column.focus)) focusOrder.push(column.focus);
  const focusTally = new Map<string, { assessed: number; weak: number }>();
  const candidates: GroupCandidate[] = [];
  const scaleInfo =
    scale === null
      ? null
      : {
          name: scale.def.name,
          step: scale.def.step,
          expectedPerYear: context?.rate ?? scale.def.expectedPerYear,
          top: topGradeOf(scale),
          topLabel: labelFor(scale, topGradeOf(scale)),
        };
  const targetIndex = targetColumn === undefined ? -1 : columnIndex(targetColumn.column);
  // The national expected standard on a primary scale (EXS): reaching it is not "behind".
  const standardReading = scale?.def.id === 'wts-exs-gds' ? readOnScale(scale, 'EXS') : null;
  const expectedStandard = standardReading?.kind === 'grade' ? standardReading.points : null;

  const pupils: PupilResult[] = read.pupils.map((pupil) => {
    const progress = context === null ? null : pupilProgress(pupil, context);
    const foci = pupil.foci.map((f) => ({
      focus: f.focus,
      label: f.grade.label,
      cell: f.cell,
      steps: f.grade.points / f.scale.def.step,
    }));
    let weakestFocus: string | null = null;
    if (foci.length >= 2) {
      let weakest = foci[0]!;
      for (const focus of foci) if (focus.steps < weakest.steps) weakest = focus;
      weakestFocus = weakest.focus;
      candidates.push({ row: pupil.row, name: pupil.name, weakestFocus, steps: weakest.steps });
      const others = mediansOfOthers(foci.map((focus) => focus.steps));
      for (const [i, focus] of foci.entries()) {
        const tally = focusTally.get(focus.focus) ?? { assessed: 0, weak: 0 };
        tally.assessed++;
        if (focus.steps <= others[i]! - 1) tally.weak++;
        focusTally.set(focus.focus, tally);
      }
    }
    const priorHigh =
      pupil.prior !== null && read.priorScale !== null && pupil.prior.points >= read.priorScale.def.highFrom;
    const dataQueries: DataQueryResult[] = (progress?.queries ?? []).map((query) => {
      const point = read.points[query.index]!;
      // The entry as the teacher wrote it (ABS, X, U, 0), kept by the reader beside each grade.
      const raw = pupil.entries[query.index]?.text ?? '';
      return {
        kind: query.kind,
        assessment: point.label,
        cell: pupil.entries[query.index]?.cell ?? `${point.column.letter}${pupil.row}`,
        value: raw === '' ? null : raw,
      };
    });
    const targetSource = progress?.targetSource ?? 'none';
    const subject: PupilSubject = {
      row: pupil.row,
      name: pupil.name,
      cell: pupil.nameCell,
      attributes: pupil.attributes,
      priorHigh,
      scale: scaleInfo,
      tolerance,
      readings: progress?.readings ?? [],
      target: progress?.target ?? null,
      targetSource,
      targetNote: progress?.targetNote ?? null,
      targetMissing:
        targetColumn !== undefined &&
        targetSource !== 'teacher' &&
        targetSource !== 'fixed' &&
        NO_TARGET.test(cellText(values[pupil.row - 1]?.[targetIndex])),
      targetCell: targetIndex === -1 ? null : `${targetColumn!.column}${pupil.row}`,
      due: due.label,
      againstTarget: progress?.againstTarget ?? { standing: 'unknown', gap: null },
      forecast: progress?.forecast ?? null,
      dataQueries,
      latestClassPoint:
        latestClassIndex === -1
          ? null
          : {
              assessment: read.points[latestClassIndex]!.label,
              assessed: pupil.grades[latestClassIndex] !== null,
            },
      progress: progress?.progress ?? null,
      expectedProgress: progress?.expectedProgress ?? null,
      attendance: pupil.attendance,
      intervention: pupil.intervention,
      foci,
      thresholds,
    };
    const flags = withoutRepeats(runRules(pupilRules, subject)).sort(
      (x, y) => URGENCY[y.severity] - URGENCY[x.severity],
    );
    const status = progress?.status ?? 'unknown';
    const { wave, reasons } = waveFor({
      flags,
      status,
      againstTarget: subject.againstTarget,
      forecast: subject.forecast,
      statuses: subject.readings,
      halfStep: (scale?.def.step ?? 1) / 2,
      growth: tolerance?.kind === 'growth',
      trend: progress?.trend ?? 'unknown',
      intervention: pupil.intervention?.text ?? null,
      judged: scale !== null,
      heldAtTarget: heldAtTarget(subject),
      atExpectedStandard:
        expectedStandard !== null &&
        subject.target !== null &&
        (progress?.latest?.grade.points ?? Number.NEGATIVE_INFINITY) >= expectedStandard &&
        subject.target.points > expectedStandard,
      targetSource,
      nearTarget:
        subject.againstTarget.gap !== null &&
        tolerance !== null &&
        Math.abs(subject.againstTarget.gap) < tolerance.unitPoints / 2 - 1e-9,
    });
    // Assessment points exist only on a scale, so without one there are none to report.
    const assessments: AssessmentResult[] = progress?.assessments ?? [];
    const target = progress?.target ?? null;
    const result: PupilResult = {
      row: pupil.row,
      name: pupil.name,
      attributes: pupil.attributes,
      priorAttainment: pupil.prior,
      targetSource,
      targetNote: progress?.targetNote ?? null,
      assessments,
      foci: pupil.foci.map(({ focus, cell, grade }) => ({ focus, cell, grade })),
      weakestFocus,
      baseline: progress?.baseline?.grade ?? null,
      latest: progress?.latest?.grade ?? null,
      target,
      expectedNow: progress?.expectedNow ?? null,
      progress: progress?.progress ?? null,
      status,
      againstTarget: subject.againstTarget,
      forecast: subject.forecast,
      dataQueries,
      trend: progress?.trend ?? 'unknown',
      attendance: pupil.attendance[pupil.attendance.length - 1] ?? null,
      intervention: pupil.intervention?.text ?? null,
      wave,
      waveReasons: reasons,
      pastoralReferral: flags.some((flag) => flag.rule === 'markbook/severe-absence'),
      flags,
      curricularTargets: curricularTargets(
        target,
        targetSource,
        due.label,
        weakestFocus,
        progress?.latest?.assessment ?? null,
        bank,
      ),
    };
    if (pupil.id !== undefined) result.id = pupil.id;
    return result;
  });

  const classSubject: ClassSubject = {
    headerRow: read.headerRow,
    pupils: pupilCount,
    dips: dips.map(({ index, mean, others }) => ({
      assessment: read.points[index]!.label,
      cell: `${read.points[index]!.column.letter}${read.headerRow}`,
      mean,
      others,
    })),
    foci: focusOrder
      .filter((focus) => focusTally.has(focus))
      .map((focus) => {
        const column = read.columns.find((c) => c.focus === focus)!;
        return { focus, cell: `${column.column}${read.headerRow}`, ...focusTally.get(focus)! };
      }),
    thresholds,
  };

  const assessments = read.points.map((point) => point.label);
  const basis: ProgressBasis | null =
    scale === null || tolerance === null || context === null
      ? null
      : {
          scale: scale.def.id,
          scaleName: scale.def.name,
          step: scale.def.step,
          expectedPerYear: context.rate,
          model,
          ambition,
          tolerance: describeTolerance(tolerance, scale.def.name),
          kind: tolerance.kind,
          due: due.label,
          dueSource: due.source,
          method: describeMethod(
            tolerance,
            scale,
            due,
            model === 'flat' ? 0 : context.rate,
            targetColumn?.header,
            gradesAsPercent,
          ),
        };

  return {
    headerRow: read.headerRow,
    columns: read.columns,
    assessments,
    basis,
    pupils,
    groups: guidedGroups(candidates, focusOrder, thresholds.groupSize),
    classFindings: runRules(classRules, classSubject),
    summary: cohortSummary(pupils, assessments),
    problems,
    diagnostics,
  };
}

/** A class mean this many percentage points under the mean of the other assessments is a class-wide dip. */
const CLASS_DIP = 15;

/**
 * Test-score assessments the whole class did far worse on than on the others (a class mean of
 * 42% against about 65% elsewhere): the paper or the marking, not each pupil. Needs three
 * points and five pupils at each; a 0 counts as no score, and at most one point in three is
 * set aside.
 */
function classWideDips(read: MarkbookRead): { index: number; mean: number; others: number }[] {
  const means: (number | null)[] = read.points.map((_, i) => {
    let sum = 0;
    let count = 0;
    for (const pupil of read.pupils) {
      const points = pupil.grades[i]?.points;
      if (points === undefined || points <= 0) continue;
      sum += points;
      count++;
    }
    return count >= 5 ? sum / count : null;
  });
  const known = means.filter((mean): mean is number => mean !== null);
  if (known.length < 3) return [];
  const total = known.reduce((sum, mean) => sum + mean, 0);
  const dips: { index: number; mean: number; others: number }[] = [];
  means.forEach((mean, index) => {
    if (mean === null) return;
    const others = (total - mean) / (known.length - 1);
    if (mean <= others - CLASS_DIP) dips.push({ index, mean: Math.round(mean), others: Math.round(others) });
  });
  return dips.length * 3 <= known.length ? dips : [];
}

/** How many of the pupil's latest points in a row are at or over the target itself. */
function heldAtTarget(pupil: PupilSubject): number {
  const { target, tolerance, readings } = pupil;
  if (target === null || tolerance === null) return 0;
  let held = 0;
  for (let i = readings.length - 1; i >= 0; i--) {
    const reached = standing(readings[i]!.grade.points, target.points, tolerance);
    if (reached !== 'at' && reached !== 'above') break;
    held++;
  }
  return held;
}

/**
 * A target for a pupil with none on the assessments' scale: the teacher's target on another
 * scale (a target grade in a marks markbook), else prior attainment on another scale (a KS2
 * scaled score, a GCSE average point score), through a flight path. Labelled an estimate.
 */
function estimator(
  read: MarkbookRead,
  values: CellValue[][],
  scale: CompiledScale,
  targetColumn: ColumnInfo | undefined,
  flightPaths: FlightPath[],
): ProgressContext['estimate'] {
  // A target grade in a marks markbook (Target Grade 6 over tests out of 40) is on another
  // scale: the column's own, or the first built-in grade scale its cells read on.
  const targetScales = read.scales.filter(
    (s) => s.family !== scale.family && (s.def.id === targetColumn?.scale || s.def.kind === 'ordinal'),
  );
  const crossTarget =
    targetColumn !== undefined && targetScales.length > 0
      ? { index: columnIndex(targetColumn.column), header: targetColumn.header }
      : null;
  const priorColumns = read.columns.filter((column) => column.role === 'prior-attainment');
  const aps = priorColumns.some((column) => APS_HEADER.test(column.header));
  // KS2 Maths for a maths markbook, KS2 Reading for English: the subject's own prior attainment.
  const subjectPrior = subjectPriorColumn(read, values, priorColumns);
  const subjectScale = read.scales.find((s) => s.def.id === subjectPrior?.scale);
  const paths = [GRADE_TO_PERCENT, ...flightPaths];
  const asGrade = (text: string): Grade | null => {
    // Marks are compared as percentages, so a percentage estimate needs no maximum mark.
    if (scale.family === 'percentage' && Number.isFinite(Number(text)))
      return { label: `${Number(text)}%`, points: Number(text), scale: scale.def.id };
    const reading = readOnScale(scale, text);
    return reading.kind === 'grade'
      ? { label: reading.label, points: reading.points, scale: scale.def.id }
      : null;
  };
  return (pupil: ReadPupil) => {
    if (crossTarget !== null && pupil.target === null) {
      const text = cellText(values[pupil.row - 1]?.[crossTarget.index]);
      for (const own of text === '' ? [] : targetScales) {
        const reading = readOnScale(own, text);
        if (reading.kind !== 'grade') continue;
        const found = estimateFromPrior(paths, own.def.id, reading.points, scale.family);
        const grade = found === null ? null : asGrade(found.grade);
        if (found !== null && grade !== null)
          return {
            grade,
            source: `'${crossTarget.header}' ${text} read as ${grade.label}: ${found.path.name}`,
          };
      }
    }
    let prior = pupil.prior;
    if (subjectPrior !== undefined && subjectScale !== undefined) {
      const text = cellText(values[pupil.row - 1]?.[columnIndex(subjectPrior.column)]);
      const reading = text === '' ? null : readOnScale(subjectScale, text);
      prior =
        reading?.kind === 'grade'
          ? { label: reading.label, points: reading.points, scale: subjectScale.def.id }
          : null;
    }
    if (prior === null || prior.scale === scale.def.id) return null;
    const from = aps && prior.points <= 9 ? 'gcse-aps' : prior.scale;
    const found = estimateFromPrior(paths, from, prior.points, scale.def.id);
    const grade = found === null ? null : asGrade(found.grade);
    return found === null || grade === null
      ? null
      : { grade, source: `${found.path.name}, from ${prior.label}` };
  };
}

/**
 * When no scale reads the assessments, the reader says so in one line with the fix (not a
 * line per cell); that line, or the first error when there is nothing to judge, leads the
 * report, since no status or wave can be given.
 */
function collapseUnreadScale(read: MarkbookRead, problems: string[]): Diagnostic[] {
  if (read.mainScale === null) {
    // The reason there is nothing to judge: a scale nothing reads, or failing that the first
    // error (a sheet that looks transposed, no name column).
    const oneLine =
      read.diagnostics.find((d) => d.message.includes(': no scale Trajectory knows reads ')) ??
      read.diagnostics.find((d) => d.severity === 'error');
    if (oneLine !== undefined) problems.push(oneLine.message);
  }
  return [...read.diagnostics];
}
