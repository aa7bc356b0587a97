import { isoDate, isValidDate } from './date';

/** What a sheet's getValues() returns in a cell, and what a CSV reader gives. */
export type CellValue = string | number | boolean | Date | null;

/** How a cell reads as text, for messages and for parsing. Dates become yyyy-mm-dd. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isValidDate(value)) return isoDate(value);
  return '';
}
