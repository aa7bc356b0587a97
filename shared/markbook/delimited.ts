import { a1 } from '../sheet/address';
import type { CellValue } from '../sheet/cell';
import type { SheetDiagnostic } from '../sheet/diagnostic';

/**
 * CSV as schools export it, read by hand rather than with a parser library: RFC 4180 quoting
 * is a few lines, and what matters here is what a library does not give, each said at its
 * cell: the delimiter sniffed (commas; semicolons with decimal commas, as Excel writes CSV in
 * much of Europe; tabs, even in a .csv), and an unterminated quote reported at the row it
 * opened on, with the rest of the file still read.
 */

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRead {
  rows: CellValue[][];
  delimiter: Delimiter;
  diagnostics: SheetDiagnostic[];
}

const CANDIDATES: Delimiter[] = [',', ';', '\t'];
const SNIFFED_LINES = 20;

/**
 * The delimiter that splits the first lines most consistently: the most lines with the same
 * number of delimiters, then the most delimiters a line; commas when nothing splits.
 * Quoted text ("Smith, Jo") is skipped.
 */
function sniff(text: string): Delimiter {
  const counts = new Map<Delimiter, number[]>(CANDIDATES.map((d) => [d, [0]]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SNIFFED_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (ch === ',' || ch === ';' || ch === '\t') {
      const list = counts.get(ch)!;
      list[list.length - 1]!++;
    }
  }
  let best: Delimiter = ',';
  let bestScore = [0, 0];
  for (const [delimiter, perLine] of counts) {
    const filled = perLine.filter((n) => n > 0);
    const tally = new Map<number, number>();
    for (const n of filled) tally.set(n, (tally.get(n) ?? 0) + 1);
    let modal = 0;
    let agreeing = 0;
    for (const [n, lines] of tally) {
      if (lines > agreeing || (lines === agreeing && n > modal)) {
        modal = n;
        agreeing = lines;
      }
    }
    const score = [agreeing, modal];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

// "5,5" or "72,5 %": a decimal comma, read as the number it is in a file that writes its
// decimals so: every semicolon file, and a tab file with such numbers and no decimal points.
const DECIMAL_COMMA = /^[+-]?\d+,\d+\s*%?$/;
const DECIMAL_POINT = /^[+-]?\d+\.\d+\s*%?$/;

function withDecimalPoints(rows: CellValue[][], sep: Delimiter): void {
  if (sep === ',') return;
  let commas = 0;
  let points = 0;
  for (const row of rows) {
    for (const cell of row) {
      const text = String(cell).trim();
      if (DECIMAL_COMMA.test(text)) commas++;
      else if (DECIMAL_POINT.test(text)) points++;
    }
  }
  if (sep === '\t' && (commas < 2 || points > 0)) return;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const text = String(row[c]);
      if (DECIMAL_COMMA.test(text.trim())) row[c] = text.replace(',', '.');
    }
  }
}

interface Opened {
  at: number;
  row: number;
  column: number;
}

/** One pass over the text; `literal` holds quotes that opened and never closed, read as text. */
function parse(source: string, sep: Delimiter, literal: Set<number>) {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let opened: Opened | null = null;
  const n = source.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  let i = 0;
  while (i < n) {
    const ch = source[i]!;
    if (opened !== null) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        opened = null;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '' && !literal.has(i)) {
      opened = { at: i, row: rows.length, column: row.length };
      i++;
    } else if (ch === sep) {
      endField();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endField();
      rows.push(row);
      row = [];
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || opened !== null) {
    endField();
    rows.push(row);
  }
  return { rows, unclosed: opened };
}

/**
 * Parses CSV or TSV. Cells stay text, as a teacher typed them (decimal commas in a file that
 * writes its decimals so are read as points); a byte-order mark and a final line break are dropped; a stray
 * quote inside an unquoted field is kept.
 */
export function readDelimited(text: string, delimiter?: Delimiter): DelimitedRead {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? sniff(source);
  const diagnostics: SheetDiagnostic[] = [];
  const literal = new Set<number>();
  let result = parse(source, sep, literal);
  // A quote that never closes would swallow the rest of the file: read it as text instead,
  // and say where it opened. A few passes at most, so the time stays linear.
  for (let pass = 0; result.unclosed !== null && pass < 3; pass++) {
    const { at, row, column } = result.unclosed;
    const line = source.slice(at, Math.min(source.length, at + 40)).split(/[\r\n]/)[0]!;
    diagnostics.push({
      cell: a1(column, row + 1),
      value: line,
      reason: `opens a quote (") on row ${row + 1} that is never closed, so it was read as text; close the quote or delete it, and check the cells after it`,
      severity: 'warning',
    });
    literal.add(at);
    result = parse(source, sep, literal);
  }
  withDecimalPoints(result.rows, sep);
  return { rows: result.rows, delimiter: sep, diagnostics };
}

/** The rows of a CSV or TSV text; see readDelimited. */
export function parseDelimited(text: string, delimiter?: Delimiter): CellValue[][] {
  return readDelimited(text, delimiter).rows;
}
