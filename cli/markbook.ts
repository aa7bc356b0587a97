import {
  analyseMarkbook,
  type MarkbookAnalysis,
  type MarkbookSettings,
  markbookToJson,
  type PupilResult,
  parseDelimited,
  parseSettings,
  type TrajectoryStatus,
} from '../shared/markbook/index';
import type { Finding } from '../shared/rule';
import { assertAnalysable, type CliIO, EXIT, InputError, readInput, type Style, stylist } from './io';
import { writeJson } from './output';
import { DEFAULT_WIDTH, wrapReport } from './wrap';

function loadSettings(config: string | undefined): MarkbookSettings {
  if (config === undefined) return {};
  const text = readInput(config);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${config} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseSettings(json);
  if (!parsed.ok) {
    throw new InputError(
      `${config} has settings Trajectory cannot use:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`,
    );
  }
  return parsed.settings;
}

const STATUS_WORDS: Record<TrajectoryStatus, string> = {
  above: 'above trajectory',
  on: 'on trajectory',
  below: 'below trajectory',
  'well-below': 'well below trajectory',
  unknown: 'status unknown',
};

const SEVERITY_STYLE: Record<Finding['severity'], Style> = {
  urgent: 'red',
  warning: 'yellow',
  suggestion: 'cyan',
  info: 'dim',
  strength: 'green',
};

const signed = (n: number | null, unit = '') => (n === null ? 'n/a' : `${n > 0 ? '+' : ''}${n}${unit}`);

function report(file: string, analysis: MarkbookAnalysis, color: boolean): string {
  const s = stylist(color);
  const lines: string[] = [];
  const { summary, basis } = analysis;
  lines.push(s('bold', `Markbook: ${file}`));
  lines.push(
    `  ${summary.pupils} pupils, headers in row ${analysis.headerRow}, ${analysis.assessments.length} assessment points` +
      (analysis.assessments.length > 0 ? ` (${analysis.assessments.join(', ')})` : ''),
  );
  if (basis === null) {
    lines.push(s('yellow', '  No assessment columns could be read, so there is no trajectory to judge.'));
  } else {
    lines.push(
      `  Scale: ${basis.scaleName}; expected progress ${basis.expectedPerYear} points a year; ${basis.model === 'linear' ? 'expected attainment rises in a straight line from baseline to target' : 'judged against the target all year'}; ambition: ${basis.ambition}.`,
    );
    lines.push(`  ${basis.tolerance}`);
  }
  lines.push(s('dim', '  A target is an aim, not a prediction.'));

  lines.push('', s('bold', 'Summary'));
  const st = summary.byStatus;
  lines.push(
    `  On trajectory or above: ${summary.onTrackRate === null ? 'n/a' : `${summary.onTrackRate}%`}  ` +
      `(above ${st.above}, on ${st.on}, below ${st.below}, well below ${st['well-below']}, unknown ${st.unknown})`,
  );
  lines.push(`  Mean progress since baseline: ${signed(summary.meanProgress, ' points')}`);
  lines.push(
    `  Waves: 1 quality-first ${summary.byWave[1]}, 2 small group ${summary.byWave[2]}, 3 one-to-one ${summary.byWave[3]}`,
  );
  for (const group of summary.groups) {
    lines.push(
      `  ${group.group.padEnd(13)} ${String(group.pupils).padStart(3)} ${group.pupils === 1 ? 'pupil ' : 'pupils'}  on track ${group.onTrackRate === null ? 'n/a' : `${group.onTrackRate}%`} (gap ${signed(group.onTrackGap, ' pts')})  progress ${signed(group.meanProgress)} (gap ${signed(group.progressGap)})`,
    );
  }
  if (summary.byAssessment.length > 0) {
    lines.push('  By assessment point (above / on / below / well below):');
    for (const point of summary.byAssessment) {
      const b = point.byStatus;
      lines.push(`    ${point.assessment.padEnd(16)} ${b.above} / ${b.on} / ${b.below} / ${b['well-below']}`);
    }
  }

  const flagLines = (flag: Finding, indent: string) => [
    `${indent}${s(SEVERITY_STYLE[flag.severity], `[${flag.severity}]`)} ${flag.message} ${s('dim', `(${flag.rule})`)}`,
    ...(flag.response === undefined ? [] : [`${indent}  ${s('green', '→')} ${flag.response}`]),
    `${indent}  ${s('dim', flag.citation)}`,
  ];

  const pupilLine = (pupil: PupilResult) => {
    const grades = `latest ${pupil.latest?.label ?? '–'}, expected now ${pupil.expectedNow?.label ?? '–'}, target ${pupil.target?.label ?? '–'}`;
    const status =
      pupil.status === 'well-below' || pupil.status === 'below'
        ? s('yellow', STATUS_WORDS[pupil.status])
        : STATUS_WORDS[pupil.status];
    return `  Row ${String(pupil.row).padEnd(4)} ${s('bold', pupil.name)}: ${status}, ${grades}, trend ${pupil.trend}`;
  };

  const waveTitles = {
    3: 'Wave 3: one-to-one support',
    2: 'Wave 2: time-limited small-group support',
    1: 'Wave 1: quality-first teaching',
  } as const;
  for (const wave of [3, 2] as const) {
    const inWave = analysis.pupils.filter((p) => p.wave === wave);
    if (inWave.length === 0) continue;
    lines.push('', s('bold', `${waveTitles[wave]} (${inWave.length})`));
    for (const pupil of inWave) {
      lines.push(pupilLine(pupil));
      lines.push(`    Why wave ${wave}: ${pupil.waveReasons.join('. ')}.`);
      for (const flag of pupil.flags) lines.push(...flagLines(flag, '    '));
      lines.push(
        `    Targets: ${pupil.curricularTargets.mediumTerm} Next: ${pupil.curricularTargets.shortTerm}`,
      );
    }
  }
  const waveOne = analysis.pupils.filter((p) => p.wave === 1);
  if (waveOne.length > 0) {
    lines.push('', s('bold', `${waveTitles[1]} (${waveOne.length})`));
    for (const pupil of waveOne) {
      lines.push(pupilLine(pupil));
      for (const flag of pupil.flags) lines.push(...flagLines(flag, '    '));
    }
  }

  if (analysis.classFindings.length > 0) {
    lines.push('', s('bold', 'The class as a whole'));
    for (const flag of analysis.classFindings) lines.push(...flagLines(flag, '  '));
  }

  lines.push('', s('bold', 'Guided groups (about six pupils sharing a weakest focus)'));
  if (analysis.groups.length === 0)
    lines.push('  None: the markbook has no assessment-focus or strand columns to group by.');
  for (const group of analysis.groups) {
    lines.push(`  ${s('cyan', group.name)}: ${group.pupils.map((p) => p.name).join(', ')}`);
  }

  // Errors are cells left out; warnings are cells read in a way the teacher should check.
  const unread = analysis.diagnostics.filter((d) => d.severity === 'error');
  const toCheck = analysis.diagnostics.filter((d) => d.severity === 'warning');
  lines.push('', s('bold', `Cells not read (${unread.length})`));
  if (unread.length === 0) lines.push('  None: every cell was read.');
  for (const d of unread) lines.push(`  ${s('red', d.message)}`);
  if (toCheck.length > 0) {
    lines.push('', s('bold', `Read, but worth a check (${toCheck.length})`));
    for (const d of toCheck) lines.push(`  ${s('yellow', d.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `trajectory markbook <file> [--config settings.json] [--json]`. */
export async function markbookCommand(
  options: { file: string; json: boolean; config: string | undefined },
  io: CliIO,
): Promise<number> {
  let settings: MarkbookSettings;
  let text: string;
  try {
    settings = loadSettings(options.config);
    text = readInput(options.file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`trajectory: ${error.message}\n`);
    return EXIT.unreadable;
  }
  const lower = options.file.toLowerCase();
  const delimiter =
    lower.endsWith('.tsv') || lower.endsWith('.tab') ? '\t' : lower.endsWith('.csv') ? ',' : undefined;
  const values = parseDelimited(text, delimiter);
  assertAnalysable(values, options.file);
  const analysis = analyseMarkbook(values, settings);
  if (options.json) await writeJson(markbookToJson(analysis), io);
  else io.out(wrapReport(report(options.file, analysis, io.color), io.width ?? DEFAULT_WIDTH));
  return EXIT.done;
}
