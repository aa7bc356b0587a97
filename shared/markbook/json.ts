import type { Finding } from '../rule';
import { oneDecimal } from './stats';
import type { Grade, MarkbookAnalysis } from './types';

const label = (grade: Grade | null) => grade?.label ?? null;

const flagJson = (flag: Finding) => ({
  rule: flag.rule,
  messageId: flag.messageId,
  severity: flag.severity,
  title: flag.title,
  message: flag.message,
  response: flag.response ?? null,
  guidance: flag.guidance,
  citation: flag.citation,
  cell: flag.where?.kind === 'markbook' ? (flag.where.cell ?? null) : null,
});

/**
 * The stable JSON document of an analysis: what `trajectory markbook --json` prints and the
 * add-on may reuse. Grades appear as the teacher's labels; fields are always present (null
 * when unknown) so a consumer never has to test for a missing key.
 */
export function markbookToJson(analysis: MarkbookAnalysis) {
  return {
    format: 'trajectory-markbook',
    version: 1,
    headerRow: analysis.headerRow,
    basis: analysis.basis,
    columns: analysis.columns.map((column) => ({
      column: column.column,
      header: column.header,
      role: column.role,
      scale: column.scale ?? null,
      focus: column.focus ?? null,
    })),
    assessments: analysis.assessments,
    pupils: analysis.pupils.map((pupil) => ({
      row: pupil.row,
      name: pupil.name,
      subject: pupil.subject ?? null,
      id: pupil.id ?? null,
      attributes: { ...pupil.attributes, gender: pupil.attributes.gender ?? null },
      priorAttainment: label(pupil.priorAttainment),
      baseline: label(pupil.baseline),
      latest: label(pupil.latest),
      target: label(pupil.target),
      targetSource: pupil.targetSource,
      targetNote: pupil.targetNote,
      expectedNow: label(pupil.expectedNow),
      progress: pupil.progress,
      status: pupil.status,
      againstTarget: {
        standing: pupil.againstTarget.standing,
        gap: pupil.againstTarget.gap === null ? null : oneDecimal(pupil.againstTarget.gap),
      },
      forecast:
        pupil.forecast === null
          ? null
          : {
              grade: pupil.forecast.grade.label,
              by: pupil.forecast.by,
              standing: pupil.forecast.standing,
              ratePerYear: pupil.forecast.ratePerYear,
              words: `at this rate: ${pupil.forecast.grade.label} by ${pupil.forecast.by}${pupil.target === null ? '' : ` against a target of ${pupil.target.label}`}`,
            },
      dataQueries: pupil.dataQueries,
      trend: pupil.trend,
      attendance: pupil.attendance === null ? null : oneDecimal(pupil.attendance),
      intervention: pupil.intervention,
      wave: pupil.wave,
      waveReasons: pupil.waveReasons,
      pastoralReferral: pupil.pastoralReferral,
      weakestFocus: pupil.weakestFocus,
      flags: pupil.flags.map(flagJson),
      curricularTargets: pupil.curricularTargets,
      assessments: pupil.assessments.map((a) => ({
        assessment: a.assessment,
        cell: `${a.column}${pupil.row}`,
        grade: label(a.grade),
        expected: label(a.expected),
        status: a.status,
      })),
    })),
    groups: analysis.groups.map((group) => ({ focus: group.focus, name: group.name, pupils: group.pupils })),
    classFindings: analysis.classFindings.map(flagJson),
    summary: analysis.summary,
    problems: analysis.problems,
    subjects: analysis.subjects ?? null,
    diagnostics: analysis.diagnostics.map(({ cell, value, message, severity }) => ({
      cell,
      value,
      message,
      severity,
    })),
  };
}

export type MarkbookJson = ReturnType<typeof markbookToJson>;
