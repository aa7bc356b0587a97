import type { Finding } from '../rule';
import { analyseMarkbook as analyseOneSubject } from './analyse';
import { subjectSplits } from './read/subjects';
import type { MarkbookSettings } from './settings';
import { cohortSummary } from './summary';
import type {
  CellValue,
  ColumnInfo,
  Diagnostic,
  MarkbookAnalysis,
  PupilResult,
  TargetStanding,
  TrajectoryStatus,
  Wave,
} from './types';

// Attendance is the pupil's, not a subject's: its flags are not put under one.
const ABOUT_ATTENDANCE = new Set(['markbook/persistent-absence', 'markbook/severe-absence']);

const named = (subject: string, finding: Finding): Finding =>
  ABOUT_ATTENDANCE.has(finding.rule) ? finding : { ...finding, message: `${subject}: ${finding.message}` };

// Flags about the pupil rather than the subject: said once, on the pupil's first subject.
const ONCE_PER_PUPIL = new Set([...ABOUT_ATTENDANCE, 'markbook/wider-needs']);

/**
 * Attendance (and a drop with attendance falling, which cites it) is the pupil's: one flag per
 * pupil, on the first subject it fires for, not one per subject. Where wider needs fire in any
 * subject, the persistent-absence flag repeats the same attendance and is left out.
 */
function oncePerPupil(pupils: PupilResult[]): PupilResult[] {
  const widerNeeds = new Set<number>();
  for (const pupil of pupils)
    if (pupil.flags.some((flag) => flag.rule === 'markbook/wider-needs')) widerNeeds.add(pupil.row);
  const said = new Set<string>();
  return pupils.map((pupil) => {
    const flags = pupil.flags.filter((flag) => {
      if (!ONCE_PER_PUPIL.has(flag.rule)) return true;
      if (flag.rule === 'markbook/persistent-absence' && widerNeeds.has(pupil.row)) return false;
      const key = `${pupil.row}\u0000${flag.rule}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    return flags.length === pupil.flags.length ? pupil : { ...pupil, flags };
  });
}

const STATUS_RANK: Record<TrajectoryStatus, number> = {
  'well-below': 0,
  below: 1,
  on: 2,
  above: 3,
  unknown: 4,
};
const STANDING_RANK: Record<TargetStanding, number> = {
  'well-below': 0,
  below: 1,
  at: 2,
  above: 3,
  unknown: 4,
};

/**
 * One result per pupil for the summary: the lowest status, the lowest standing against the
 * target and the weakest forecast of their subjects, and the highest wave. "At or above target"
 * then means in every subject.
 */
function rolledUp(pupils: PupilResult[]): PupilResult[] {
  const byRow = new Map<number, PupilResult[]>();
  for (const pupil of pupils) {
    const entries = byRow.get(pupil.row);
    if (entries === undefined) byRow.set(pupil.row, [pupil]);
    else entries.push(pupil);
  }
  return [...byRow.values()].map((entries) => {
    const lowest = (rank: (p: PupilResult) => number) =>
      entries.reduce((worst, p) => (rank(p) < rank(worst) ? p : worst));
    const byStatus = lowest((p) => STATUS_RANK[p.status]);
    const byTarget = lowest((p) => STANDING_RANK[p.againstTarget.standing]);
    const byForecast = lowest(
      (p) => STANDING_RANK[p.forecast === null ? p.againstTarget.standing : p.forecast.standing],
    );
    const waves = entries.map((p) => p.wave).filter((wave): wave is Wave => wave !== null);
    const progress = entries.map((p) => p.progress).filter((value): value is number => value !== null);
    return {
      ...byStatus,
      againstTarget: byTarget.againstTarget,
      forecast: byForecast.forecast,
      wave: waves.length === 0 ? null : (Math.max(...waves) as Wave),
      progress: progress.length === 0 ? null : progress.reduce((sum, v) => sum + v, 0) / progress.length,
    };
  });
}

/**
 * Analyses a markbook. A primary tracker with Reading, Writing and Maths side by side gets one
 * analysis per subject: each pupil appears once per subject, their status and flags naming
 * it, each against their own baseline in that subject; `subjects` keeps each subject's own
 * summary. Any other markbook is analysed as one.
 */
export function analyseMarkbook(values: CellValue[][], settings: MarkbookSettings = {}): MarkbookAnalysis {
  const splits = subjectSplits(values, settings);
  if (splits.length === 0) return analyseOneSubject(values, settings);
  const analyses = splits.map(({ subject, settings: own }) => ({
    subject,
    analysis: analyseOneSubject(values, own),
  }));
  const first = analyses[0]!.analysis;
  // A column belongs to the subject whose analysis read it; the rest as the first read them.
  const columns: ColumnInfo[] = first.columns.map((column) => {
    for (const { analysis } of analyses) {
      const own = analysis.columns.find((c) => c.column === column.column);
      if (own !== undefined && own.role !== 'ignore') return own;
    }
    return column;
  });
  const pupils = oncePerPupil(
    analyses.flatMap(({ subject, analysis }) =>
      analysis.pupils.map((pupil) => ({
        ...pupil,
        subject,
        flags: pupil.flags.map((flag) => named(subject, flag)),
        waveReasons: pupil.waveReasons.map((reason) => `${subject}: ${reason}`),
      })),
    ),
  );
  const assessments = analyses.flatMap(({ analysis }) => analysis.assessments);
  // A cell every subject's reading reports (a bad SEN code) is said once.
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const { analysis } of analyses) {
    for (const diagnostic of analysis.diagnostics) {
      const key = `${diagnostic.cell}\u0000${diagnostic.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diagnostic);
    }
  }
  return {
    headerRow: first.headerRow,
    columns,
    assessments,
    basis: first.basis,
    pupils,
    groups: analyses.flatMap(({ subject, analysis }) =>
      analysis.groups.map((group) => ({ ...group, name: `${subject}: ${group.name}` })),
    ),
    classFindings: analyses.flatMap(({ subject, analysis }) =>
      analysis.classFindings.map((finding) => named(subject, finding)),
    ),
    // Each pupil once, as their weakest subject (the highest wave, the lowest status): a class
    // of 12 is 12 pupils, not 36 pupil-subjects. Each subject's points counted by its pupils.
    summary: {
      ...cohortSummary(rolledUp(pupils), []),
      byAssessment: analyses.flatMap(({ analysis }) => analysis.summary.byAssessment),
    },
    problems: [...new Set(analyses.flatMap(({ analysis }) => analysis.problems))],
    subjects: analyses.map(({ subject, analysis }) => ({
      subject,
      assessments: analysis.assessments,
      basis: analysis.basis,
      summary: analysis.summary,
    })),
    diagnostics,
  };
}
