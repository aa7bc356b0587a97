import { nextSteps } from './demo';
import { type CliIO, EXIT, InputError } from './io';
import { lessonCommand } from './lesson';
import { markbookCommand } from './markbook';
import { safeIO } from './output';
import { DEFAULT_WIDTH, outputWidth } from './wrap';

export const USAGE = `Usage:
  trajectory lesson <plan.txt|.md|.html> [--json]
      Prompts for a lesson plan: what it is missing, its strengths, question ladders
      for each objective and a guided-group session plan.
  trajectory markbook <markbook.csv|.tsv> [--config <settings.json>] [--json]
      Targets, trajectory status, intervention flags (waves 1-3), guided groups and
      a cohort summary for a markbook.
  trajectory demo
      Both, on the bundled sample plan and markbook, then what to do next.

Exit codes: 0 done, 2 usage error, 3 input could not be read (this includes a device
or pipe, a file over 100 MB and a markbook of more than 4,000,000 cells).`;

interface ParsedArgs {
  command: string | undefined;
  file: string | undefined;
  json: boolean;
  config: string | undefined;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: undefined, file: undefined, json: false, config: undefined };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--config') {
      parsed.config = argv[++i];
      if (parsed.config === undefined) throw new UsageError('--config needs a settings file');
    } else if (arg.startsWith('--config=')) parsed.config = arg.slice('--config='.length);
    else if (arg === '--help' || arg === '-h') positional.unshift('help');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  [parsed.command, parsed.file] = positional;
  if (positional.length > 2) throw new UsageError(`unexpected argument ${positional[2]}`);
  return parsed;
}

const SAMPLES = new URL('../samples/', import.meta.url);

/** Runs the command; everything it prints goes through `safeIO`, which takes out terminal controls. */
export async function run(argv: string[], terminal: CliIO): Promise<number> {
  const io = safeIO(terminal);
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`trajectory: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const needFile = (name: string) => {
    if (args.file !== undefined) return args.file;
    throw new UsageError(`${name} needs a file to read`);
  };
  try {
    switch (args.command) {
      case 'help':
        io.out(`${USAGE}\n`);
        return EXIT.done;
      case 'lesson':
        if (args.config !== undefined) throw new UsageError('--config applies to markbook only');
        return await lessonCommand({ file: needFile('lesson'), json: args.json }, io);
      case 'markbook':
        return await markbookCommand(
          { file: needFile('markbook'), json: args.json, config: args.config },
          io,
        );
      case 'demo': {
        const lesson = await lessonCommand(
          { file: new URL('lesson-plan.md', SAMPLES).pathname, json: args.json },
          io,
        );
        const markbook = await markbookCommand(
          { file: new URL('markbook.csv', SAMPLES).pathname, json: args.json, config: undefined },
          io,
        );
        if (!args.json) io.out(nextSteps(io.width ?? DEFAULT_WIDTH, io.color));
        return Math.max(lesson, markbook);
      }
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command '${args.command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`trajectory: ${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`trajectory: ${error.message}\n`);
      return EXIT.unreadable;
    }
    throw error;
  }
}

/** Entry point used by bin/trajectory.js. */
export function main(argv: string[], proc: NodeJS.Process): Promise<number> {
  const color = Boolean(proc.stdout.isTTY) && !proc.env.NO_COLOR;
  return run(argv, {
    out: (text) => proc.stdout.write(text),
    err: (text) => proc.stderr.write(text),
    color,
    // A pipe takes writes without blocking and queues what its reader has not taken yet.
    drained: () =>
      proc.stdout.writableNeedDrain
        ? new Promise((done) => proc.stdout.once('drain', done))
        : Promise.resolve(),
    // A terminal says how wide it is; a file or pipe gets DEFAULT_WIDTH.
    width: outputWidth(proc.stdout.isTTY ? proc.stdout.columns : undefined),
  });
}
