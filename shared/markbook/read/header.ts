import { type CellValue, cellText } from '../../sheet/cell';
import { recogniseHeader, subjectOf } from '../headers';
import type { MarkbookSettings } from '../settings';
import type { HeaderRead } from './model';

const NAME_ROLES = new Set(['name', 'first-name', 'last-name']);

function headerScore(row: CellValue[]): { score: number; named: boolean } {
  let score = 0;
  let named = false;
  for (const cell of row) {
    const text = cellText(cell);
    if (text === '') continue;
    const role = recogniseHeader(text).role;
    if (role === 'unrecognised') continue;
    score += 1;
    if (NAME_ROLES.has(role)) named = true;
  }
  return { score, named };
}

/** The header row: the row among the first thirty that most looks like headers, preferring one that names pupils. */
function findHeaderRow(values: CellValue[][]): number {
  let best = 0;
  let bestScore = -1;
  const limit = Math.min(values.length, 30);
  for (let r = 0; r < limit; r++) {
    const { score, named } = headerScore(values[r] ?? []);
    const weighted = score + (named ? 100 : 0);
    if (score >= 2 && weighted > bestScore) {
      best = r;
      bestScore = weighted;
    }
  }
  return best;
}

/** A banner names a point, a focus or a subject ("Autumn", "Paper 2", "Maths"). */
function isBanner(header: string): boolean {
  const role = recogniseHeader(header).role;
  return role === 'assessment' || role === 'focus' || subjectOf(header) !== undefined;
}

/** A banner joins the headers under it: assessments and foci, not names or attendance. */
function joinsBanner(header: string): boolean {
  const role = recogniseHeader(header).role;
  return role === 'assessment' || role === 'focus' || role === 'unrecognised';
}

/**
 * Headers under a banner row ("Autumn" spanning "Test 1 | Test 2"): each header under a banner
 * is read with it ("Autumn Test 2"). Null when no banner spans two or more headers.
 */
export function underBanners(upper: CellValue[], lower: CellValue[], width: number): string[] | null {
  const headers: string[] = [];
  let banner = '';
  let spans = false;
  for (let c = 0; c < width; c++) {
    const top = cellText(upper[c]);
    const below = cellText(lower[c]);
    // A title above the table is no banner.
    if (top !== '') banner = isBanner(top) ? top : '';
    if (below === '') {
      headers.push(top);
      if (top === '') banner = '';
    } else if (banner !== '' && joinsBanner(below)) {
      headers.push(`${banner} ${below}`);
      if (top === '') spans = true;
    } else {
      headers.push(below);
      banner = '';
    }
  }
  return spans ? headers : null;
}

/** The row under a header row is a second header row when it names no pupil and sits under banners. */
function isSubHeaderRow(values: CellValue[][], headerIndex: number): boolean {
  const upper = values[headerIndex] ?? [];
  const lower = values[headerIndex + 1];
  if (lower === undefined || headerScore(lower).score < 2) return false;
  const namesPupil = upper.some(
    (cell, c) => NAME_ROLES.has(recogniseHeader(cellText(cell)).role) && cellText(lower[c]) !== '',
  );
  return !namesPupil && underBanners(upper, lower, Math.max(upper.length, lower.length)) !== null;
}

/**
 * Header pass: finds the header row (or takes the settings' one), steps down from a banner row
 * to the headers under it, and reads each column's header with its banner.
 */
export function readHeader(values: CellValue[][], settings: MarkbookSettings): HeaderRead {
  let headerIndex =
    settings.headerRow !== undefined
      ? Math.min(settings.headerRow - 1, Math.max(values.length - 1, 0))
      : findHeaderRow(values);
  // Headers on two rows: the row found may be a banner ("Autumn | Spring") over the real one.
  if (settings.headerRow === undefined && isSubHeaderRow(values, headerIndex)) headerIndex++;
  const headerCells = values[headerIndex] ?? [];
  const width = values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const headerTexts =
    (headerIndex > 0 ? underBanners(values[headerIndex - 1] ?? [], headerCells, width) : null) ??
    headerCells.map((cell) => cellText(cell));
  return { headerIndex, headerTexts, width };
}
