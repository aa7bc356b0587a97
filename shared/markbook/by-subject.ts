import type { Finding } from '../rule';
import { analyseMarkbook as analyseOneSubject } from './analyse';
import { subjectSplits } from './read/subjects';
import type { MarkbookSettings } from './settings';
import { cohortSummary } from './summary';
import type { CellValue, ColumnInfo, Diagnostic, MarkbookAnalysis } from './types';

// Attendance is the pupil's, not a subject's: its flags are not put under one.
const ABOUT_ATTENDANCE = new Set(['markbook/persistent-absence', 'markbook/severe-absence']);

const named = (subject: string, finding: Finding): Finding =>
  ABOUT_ATTENDANCE.has(finding.rule) ? finding : { ...finding, message: `${subject}: ${finding.message}` };

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
  const pupils = analyses.flatMap(({ subject, analysis }) =>
    analysis.pupils.map((pupil) => ({
      ...pupil,
      subject,
      flags: pupil.flags.map((flag) => named(subject, flag)),
      waveReasons: pupil.waveReasons.map((reason) => `${subject}: ${reason}`),
    })),
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
    // Every pupil in every subject; each subject's points counted by that subject's pupils.
    summary: {
      ...cohortSummary(pupils, []),
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
