import {
  analyseReadMarkbookFile,
  FORECAST_MIN_POINTS,
  type MarkbookAnalysis,
  type MarkbookSettings,
  markbookToJson,
  type PupilResult,
  parseSettings,
  readMarkbookFile,
  type TrajectoryStatus,
} from '../shared/markbook/index';
import type { Finding } from '../shared/rule';
import {
  assertAnalysable,
  type CliIO,
  EXIT,
  InputError,
  readInput,
  readInputBytes,
  type Style,
  stylist,
} from './io';
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

/** On a test score, status is the latest point against the target itself. */
const TARGET_WORDS: Record<TrajectoryStatus, string> = {
  above: 'above target',
  on: 'at target',
  below: 'below target',
  'well-below': 'well below target',
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
  if (analysis.subjects !== undefined) {
    lines.push(
      `  One analysis per subject (${analysis.subjects.map((x) => x.subject).join(', ')}): each pupil is counted once in each subject.`,
    );
    for (const { subject, summary: own } of analysis.subjects) {
      lines.push(
        `    ${subject}: on trajectory or above ${own.onTrackRate === null ? 'n/a' : `${own.onTrackRate}%`}; waves 1 / 2 / 3: ${own.byWave[1]} / ${own.byWave[2]} / ${own.byWave[3]}`,
      );
    }
  }
  if (basis === null) {
    lines.push(
      s(
        'yellow',
        '  No assessment columns could be read, so there is no status to judge and no wave is given.',
      ),
    );
    for (const problem of analysis.problems) lines.push(s('yellow', `  ${problem}`));
  } else {
    lines.push(`  ${basis.method}`);
  }
  lines.push(s('dim', '  A target is an aim, not a prediction.'));

  lines.push('', s('bold', 'Summary'));
  const st = summary.byStatus;
  const rate = (n: number | null) => (n === null ? 'n/a' : `${n}%`);
  lines.push(
    `  At or above target now: ${rate(summary.atOrAboveTargetRate)}; on track by forecast: ${rate(summary.onTrackByForecastRate)}`,
  );
  lines.push(
    `  On trajectory or above: ${rate(summary.onTrackRate)}  ` +
      `(above ${st.above}, on ${st.on}, below ${st.below}, well below ${st['well-below']}, unknown ${st.unknown})`,
  );
  lines.push(`  Mean progress since baseline: ${signed(summary.meanProgress, ' points')}`);
  lines.push(
    `  Waves: 1 quality-first ${summary.byWave[1]}, 2 small group ${summary.byWave[2]}, 3 one-to-one ${summary.byWave[3]}` +
      (summary.noWave > 0 ? `, no wave (no status) ${summary.noWave}` : ''),
  );
  for (const group of summary.groups) {
    const who = `${group.group.padEnd(13)} ${String(group.pupils).padStart(3)} ${group.pupils === 1 ? 'pupil ' : 'pupils'}`;
    // A group of fewer than five: counts only; a percentage of two is meaningless and can identify a child.
    lines.push(
      group.small
        ? `  ${who}  ${group.atOrAboveTarget} at or above target, ${group.onTrack} on trajectory or above (too few for a rate or gap)`
        : `  ${who}  on track ${rate(group.onTrackRate)} (gap ${signed(group.onTrackGap, ' pts')})  progress ${signed(group.meanProgress)} (gap ${signed(group.progressGap)})`,
    );
  }
  if (summary.byAssessment.length > 0) {
    lines.push('  By assessment point (above / on / below / well below):');
    for (const point of summary.byAssessment) {
      const b = point.byStatus;
      // A future column nobody has a grade in yet (Summer in a Spring report) says nothing.
      if (b.above + b.on + b.below + b['well-below'] === 0) continue;
      lines.push(`    ${point.assessment.padEnd(16)} ${b.above} / ${b.on} / ${b.below} / ${b['well-below']}`);
    }
  }

  const flagLines = (flag: Finding, indent: string) => [
    `${indent}${s(SEVERITY_STYLE[flag.severity], `[${flag.severity}]`)} ${flag.message} ${s('dim', `(${flag.rule})`)}`,
    ...(flag.response === undefined ? [] : [`${indent}  ${s('green', '→')} ${flag.response}`]),
    `${indent}  ${s('dim', flag.citation)}`,
  ];

  const testScore = basis?.kind === 'test-score';
  const pupilLine = (pupil: PupilResult) => {
    const target =
      pupil.target === null
        ? 'no target'
        : `target ${pupil.target.label}${pupil.targetSource === 'estimate' || pupil.targetSource === 'computed' ? ' (estimate)' : ''}`;
    const grades = testScore
      ? `latest ${pupil.latest?.label ?? '–'}, ${target}`
      : `latest ${pupil.latest?.label ?? '–'}, expected now ${pupil.expectedNow?.label ?? '–'}, ${target}`;
    const words = testScore ? TARGET_WORDS[pupil.status] : STATUS_WORDS[pupil.status];
    const status = pupil.status === 'well-below' || pupil.status === 'below' ? s('yellow', words) : words;
    const graded = pupil.assessments.filter((a) => a.status !== 'unknown').length;
    const forecast =
      pupil.target === null
        ? ''
        : pupil.forecast !== null
          ? `; at this rate: ${pupil.forecast.grade.label} by ${pupil.forecast.by} against a target of ${pupil.target.label}`
          : graded > 0 && graded < FORECAST_MIN_POINTS
            ? `; no forecast yet (too few points: ${graded} of the ${FORECAST_MIN_POINTS} a rate needs)`
            : '';
    const who = pupil.subject === undefined ? pupil.name : `${pupil.name} (${pupil.subject})`;
    return `  Row ${String(pupil.row).padEnd(4)} ${s('bold', who)}: ${status}, ${grades}, trend ${pupil.trend}${forecast}`;
  };

  // In a tracker of several subjects, a pupil in wave 2 for two subjects is one pupil.
  const countOf = (results: PupilResult[]) => {
    const pupils = new Set(results.map((p) => p.row)).size;
    return pupils === results.length
      ? `${pupils}`
      : `${pupils} ${pupils === 1 ? 'pupil' : 'pupils'}, ${results.length} pupil-subjects`;
  };
  const waveTitles = {
    3: 'Wave 3: one-to-one support',
    2: 'Wave 2: time-limited small-group support',
    1: 'Wave 1: quality-first teaching',
  } as const;
  const noWave = analysis.pupils.filter((p) => p.wave === null);
  if (noWave.length > 0) {
    lines.push('', s('bold', `No wave: no status could be judged (${noWave.length})`));
    for (const pupil of noWave) {
      lines.push(pupilLine(pupil));
      lines.push(`    ${pupil.waveReasons.join('. ')}`);
      for (const flag of pupil.flags) lines.push(...flagLines(flag, '    '));
    }
  }
  for (const wave of [3, 2] as const) {
    const inWave = analysis.pupils.filter((p) => p.wave === wave);
    if (inWave.length === 0) continue;
    lines.push('', s('bold', `${waveTitles[wave]} (${countOf(inWave)})`));
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
    lines.push('', s('bold', `${waveTitles[1]} (${countOf(waveOne)})`));
    for (const pupil of waveOne) {
      lines.push(pupilLine(pupil));
      lines.push(`    Wave 1: ${pupil.waveReasons.join('. ')}.`);
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
  let bytes: Uint8Array;
  try {
    settings = loadSettings(options.config);
    bytes = readInputBytes(options.file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`trajectory: ${error.message}\n`);
    return EXIT.unreadable;
  }
  // The core decodes the bytes (UTF-8, UTF-16, Windows-1252) and sniffs the delimiter.
  const file = readMarkbookFile(bytes, options.file);
  assertAnalysable(file.values, options.file);
  const analysis = analyseReadMarkbookFile(file, settings);
  if (options.json) await writeJson(markbookToJson(analysis), io);
  else io.out(wrapReport(report(options.file, analysis, io.color), io.width ?? DEFAULT_WIDTH));
  return EXIT.done;
}
