import { readFileSync } from 'node:fs';

/** Where the command writes, whether it may use colour, and how wide the terminal is. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** Columns to wrap reports at; DEFAULT_WIDTH (cli/wrap.ts) when unset. */
  width?: number;
}

export const EXIT = { done: 0, usage: 2, unreadable: 3 } as const;

/** A file the teacher named could not be read: the message names it and says why. */
export class InputError extends Error {}

export function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** A file's bytes, for the core to decode (a markbook may be UTF-16 or Windows-1252). */
export function readInputBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

function cannotRead(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message);
  return new InputError(`cannot read ${file}: ${why}`);
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
