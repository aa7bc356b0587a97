/** A1 addresses, as a teacher reads them in a sheet: column letters and a 1-based row. */

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
