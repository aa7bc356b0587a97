import type { CellValue } from './types';

/** Column letters for a 0-based column index: 0 -> "A", 26 -> "AA". */
export function columnLetters(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index for column letters, or -1 when they are not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address from a 0-based column and a 1-based row. */
export const a1 = (column: number, row: number) => `${columnLetters(column)}${row}`;

const pad = (n: number) => String(n).padStart(2, '0');

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** How a cell reads as text, for messages and for parsing. Dates become yyyy-mm-dd. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isValidDate(value))
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return '';
}

/** Lower case, punctuation to spaces, single spaces: "KS2 Scaled-Score (Maths)" -> "ks2 scaled score maths". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
