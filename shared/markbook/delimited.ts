import type { CellValue } from './types';

/** Tab if the first line has more tabs than commas, else comma. */
function sniff(text: string): ',' | '\t' {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  let tabs = 0;
  let commas = 0;
  for (const ch of firstLine) {
    if (ch === '\t') tabs++;
    else if (ch === ',') commas++;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * Parses CSV or TSV (RFC 4180 quoting: fields in double quotes may hold the delimiter,
 * line breaks and "" for a quote). Cells stay text, as a teacher typed them; a byte-order
 * mark and a final line break are dropped. A stray quote inside an unquoted field is kept.
 */
export function parseDelimited(text: string, delimiter?: ',' | '\t'): CellValue[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? sniff(source);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let i = 0;
  const n = source.length;
  let quoted = false;
  while (i < n) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
