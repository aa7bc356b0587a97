import { type Finding, runRules } from '../rule';
import { type GroupCandidate, guidedGroups } from './groups';
import { type ProgressContext, pupilProgress, readFixedTarget } from './progress';
import { readMarkbook } from './reader';
import { classRules, pupilRules } from './rules/index';
import { DEFAULT_TARGETS, DEFAULT_THRESHOLDS, type MarkbookSettings, type Thresholds } from './settings';
import { mediansOfOthers } from './stats';
import type { ClassSubject, PupilSubject } from './subject';
import { cohortSummary } from './summary';
import { DEFAULT_TARGET_BANK, type TargetWording, wordingFor } from './target-bank';
import type {
  AssessmentResult,
  CellValue,
  CurricularTargets,
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

function describeTolerance(basis: { step: number; scaleName: string }, t: Thresholds): string {
  const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;
  return (
    `One step is ${basis.step} point${basis.step === 1 ? '' : 's'} on ${basis.scaleName}. ` +
    `Above: ${steps(t.aboveSteps)} or more above expected. On: no more than ${steps(t.onWithinSteps)} below. ` +
    `Well below: ${steps(t.wellBelowSteps)} or more below. Below: in between.`
  );
}

function curricularTargets(
  target: Grade | null,
  source: PupilResult['targetSource'],
  weakestFocus: string | null,
  latestAssessment: string | null,
  bank: Record<string, TargetWording>,
): CurricularTargets {
  const longTerm =
    target === null
      ? 'No long-term target yet: record a baseline or a target so one can be set.'
      : `Aim for ${target.label} by the end of the year${source === 'teacher' ? ' (the target in the markbook)' : ''}.`;
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

/**
 * Turns a markbook's cell values into targets, trajectory status, flags, waves, guided
 * groups and a cohort summary. Rows are 1-based sheet rows; unreadable cells become
 * diagnostics with A1 addresses, and the rest is still analysed.
 */
export function analyseMarkbook(values: CellValue[][], settings: MarkbookSettings = {}): MarkbookAnalysis {
  const read = readMarkbook(values, settings);
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...settings.thresholds };
  const bank = { ...DEFAULT_TARGET_BANK, ...settings.targetBank };
  const diagnostics = [...read.diagnostics];
  const scale = read.mainScale;
  const ambition = settings.targets?.ambition ?? DEFAULT_TARGETS.ambition;
  const model = settings.targets?.model ?? DEFAULT_TARGETS.model;
  const lastTime = read.points[read.points.length - 1]?.time ?? 1;

  let context: ProgressContext | null = null;
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
    context = {
      scale,
      points: read.points,
      targetTime: Math.max(1, Math.ceil(lastTime - 1e-9)),
      ambition,
      model,
      useTeacherTargets: settings.targets?.useTeacherTargets ?? DEFAULT_TARGETS.useTeacherTargets,
      fixedTarget,
      thresholds,
    };
  }

  const pupilCount = read.pupils.length;
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
    const subject: PupilSubject = {
      row: pupil.row,
      name: pupil.name,
      cell: pupil.nameCell,
      attributes: pupil.attributes,
      priorHigh,
      scale:
        scale === null
          ? null
          : { name: scale.def.name, step: scale.def.step, expectedPerYear: scale.def.expectedPerYear },
      readings: progress?.readings ?? [],
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
    const flags = runRules(pupilRules, subject).sort((x, y) => URGENCY[y.severity] - URGENCY[x.severity]);
    const { wave, reasons } = waveFor(flags, progress?.status ?? 'unknown', pupil.intervention?.text ?? null);
    // Assessment points exist only on a scale, so without one there are none to report.
    const assessments: AssessmentResult[] = progress?.assessments ?? [];
    const target = progress?.target ?? null;
    const targetSource = progress?.targetSource ?? 'none';
    const result: PupilResult = {
      row: pupil.row,
      name: pupil.name,
      attributes: pupil.attributes,
      priorAttainment: pupil.prior,
      targetSource,
      assessments,
      foci: pupil.foci.map(({ focus, cell, grade }) => ({ focus, cell, grade })),
      weakestFocus,
      baseline: progress?.baseline?.grade ?? null,
      latest: progress?.latest?.grade ?? null,
      target,
      expectedNow: progress?.expectedNow ?? null,
      progress: progress?.progress ?? null,
      status: progress?.status ?? 'unknown',
      trend: progress?.trend ?? 'unknown',
      attendance: pupil.attendance[pupil.attendance.length - 1] ?? null,
      intervention: pupil.intervention?.text ?? null,
      wave,
      waveReasons: reasons,
      flags,
      curricularTargets: curricularTargets(
        target,
        targetSource,
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
    scale === null
      ? null
      : {
          scale: scale.def.id,
          scaleName: scale.def.name,
          step: scale.def.step,
          expectedPerYear: scale.def.expectedPerYear,
          model,
          ambition,
          tolerance: describeTolerance({ step: scale.def.step, scaleName: scale.def.name }, thresholds),
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
    diagnostics,
  };
}
