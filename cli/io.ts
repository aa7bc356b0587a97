import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** Where the command writes, whether it may use colour, and how wide the terminal is. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /**
   * Resolves once what `out` was given has gone to the terminal or pipe: a long document waits
   * for it between pieces, so it never piles up in memory. Absent when output is kept in memory.
   */
  drained?(): Promise<void>;
  /** Columns to wrap reports at; DEFAULT_WIDTH (cli/wrap.ts) when unset. */
  width?: number;
}

export const EXIT = { done: 0, usage: 2, unreadable: 3 } as const;

/** A file the teacher named could not be read: the message names it and says why. */
export class InputError extends Error {}

/**
 * The largest file read: a markbook of a whole school is a few tens of megabytes, and a file
 * much larger (or one that never ends, like /dev/zero) would only exhaust memory.
 */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/**
 * The most cells a markbook may have. Analysing takes memory in proportion to its cells (about
 * 300 bytes each); past this, Node would run out of memory with a stack trace instead of a
 * message. A whole school's markbook (2,000 pupils, 100 columns) is 200,000 cells.
 */
export const MAX_MARKBOOK_CELLS = 4_000_000;

/** Refuses a markbook too big to analyse, with a one-line message saying what to do. */
export function assertAnalysable(rows: readonly (readonly unknown[])[], file: string): void {
  let cells = 0;
  let columns = 0;
  for (const row of rows) {
    cells += row.length;
    columns = Math.max(columns, row.length);
  }
  if (cells <= MAX_MARKBOOK_CELLS) return;
  const figure = (n: number) => n.toLocaleString('en-GB');
  throw new InputError(
    `cannot analyse ${file}: it has ${figure(cells)} cells (${figure(rows.length)} rows, up to ${figure(columns)} columns), and Trajectory analyses up to ${figure(MAX_MARKBOOK_CELLS)}; split it by year group or class`,
  );
}

export function readInput(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // Checked on the open file, so what is read is what was checked.
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read ${file}: it is a folder, not a file`);
    if (!stat.isFile()) {
      throw new InputError(`cannot read ${file}: it is not a regular file (a device, a pipe or a socket)`);
    }
    if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError(
        `cannot read ${file}: it is ${Math.round(stat.size / 1024 / 1024)} MB, and Trajectory reads files of up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
      );
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new InputError(`cannot read ${file}: ${why}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;
export type Style = keyof typeof codes;

/** Colours text for a terminal; plain when output is piped or NO_COLOR is set. */
export function stylist(color: boolean) {
  return (style: Style, text: string) =>
    color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text;
}
