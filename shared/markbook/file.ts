import { decodeText } from '../sheet/decode';
import { sentence } from '../sheet/diagnostic';
import { analyseMarkbook } from './by-subject';
import { type Delimiter, readDelimited } from './delimited';
import type { MarkbookSettings } from './settings';
import type { CellValue, Diagnostic, MarkbookAnalysis } from './types';

/** A .tsv or .tab file is tab-separated; anything else is sniffed (a .csv may hold tabs). */
function delimiterFor(fileName: string): Delimiter | undefined {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.tsv') || lower.endsWith('.tab') ? '\t' : undefined;
}

/**
 * A markbook file's bytes as cell values: decoded (UTF-8, UTF-16 or Windows-1252), split on
 * its sniffed delimiter, with what the teacher should know about how it was read.
 */
export function readMarkbookFile(
  bytes: Uint8Array,
  fileName: string,
): { values: CellValue[][]; diagnostics: Diagnostic[] } {
  const { text, encoding } = decodeText(bytes);
  const read = readDelimited(text, delimiterFor(fileName));
  const diagnostics: Diagnostic[] = read.diagnostics.map((d) => ({
    cell: d.cell,
    value: d.value,
    message: sentence(d),
    severity: d.severity,
  }));
  if (encoding === 'windows-1252') {
    diagnostics.unshift({
      cell: 'file',
      value: fileName,
      message:
        'file: not saved as UTF-8, so it was read as Windows-1252 (how Excel saves plain "CSV" on Windows); check that names with accents or apostrophes (é, ñ, O’Brien) look right, or save it as "CSV UTF-8"',
      severity: 'warning',
    });
  }
  return { values: read.rows, diagnostics };
}

/** Analyses a markbook file as the command line reads it: bytes in, the analysis out, the file's own notes first. */
export function analyseMarkbookFile(
  bytes: Uint8Array,
  fileName: string,
  settings: MarkbookSettings = {},
): MarkbookAnalysis {
  return analyseReadMarkbookFile(readMarkbookFile(bytes, fileName), settings);
}

/** Analyses a file already read with readMarkbookFile (so a caller can check its size first). */
export function analyseReadMarkbookFile(
  file: ReturnType<typeof readMarkbookFile>,
  settings: MarkbookSettings = {},
): MarkbookAnalysis {
  const analysis = analyseMarkbook(file.values, settings);
  return { ...analysis, diagnostics: [...file.diagnostics, ...analysis.diagnostics] };
}
