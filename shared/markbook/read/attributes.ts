import { type CellValue, cellText } from '../../sheet/cell';
import type { ColumnRole } from '../settings';
import type { PupilAttributes } from '../types';
import { reportCell } from './grades';
import type { ReadColumn, ReadContext } from './model';

const YES = new Set(['Y', 'YES', 'TRUE', '1', 'X', '✓', '✔', '*', 'ELIGIBLE']);
/** What a flag, SEN or intervention cell writes for "no". */
export const NO = new Set(['', 'N', 'NO', 'FALSE', '0', '-', 'NONE', 'N/A', 'NA', 'NOT ELIGIBLE']);
const FLAG_WORDS: Partial<Record<ColumnRole, string[]>> = {
  eal: ['EAL', 'ESL'],
  disadvantaged: ['PP', 'FSM', 'FSM6', 'DIS', 'DISADVANTAGED', 'EVER6', 'PUPILPREMIUM'],
  'most-able': ['MA', 'G&T', 'GT', 'G/T', 'HPA', 'MOSTABLE', 'MOREABLE', 'GIFTED'],
  'looked-after': ['LAC', 'CLA', 'CIC', 'PLA', 'LOOKEDAFTER'],
};

export const ATTRIBUTE_ROLES = new Set<string>([
  'sen',
  'eal',
  'disadvantaged',
  'most-able',
  'looked-after',
  'gender',
]);

export function readFlag(role: ColumnRole, text: string): boolean | undefined {
  const upper = text.toUpperCase().trim();
  if (YES.has(upper)) return true;
  if (NO.has(upper)) return false;
  if (FLAG_WORDS[role]?.includes(upper.replace(/\s+/g, ''))) return true;
  return undefined;
}

export function readSen(text: string): PupilAttributes['sen'] | undefined {
  // MIS exports write the code with its meaning: "K - SEN Support", "E - EHC Plan".
  const coded = /^([NKE])\s*[-–:]\s*\S/i.exec(text.trim());
  const upper = (coded ? coded[1]! : text).toUpperCase().replace(/[\s.]+/g, '');
  if (NO.has(upper) || upper === 'NOSEN') return 'none';
  if (['E', 'EHCP', 'EHC', 'EHCPLAN', 'S', 'STATEMENT', 'STATEMENTED'].includes(upper)) return 'ehcp';
  if (
    [
      'K',
      'SENSUPPORT',
      'SUPPORT',
      'SEN',
      'Y',
      'YES',
      'A',
      'P',
      'SA',
      'SA+',
      'SCHOOLACTION',
      'SCHOOLACTIONPLUS',
      'TRUE',
      '1',
      'X',
    ].includes(upper)
  ) {
    return 'support';
  }
  return undefined;
}

export function readGender(text: string): string {
  const upper = text.toUpperCase().trim();
  if (['M', 'MALE', 'BOY', 'B'].includes(upper)) return 'M';
  if (['F', 'FEMALE', 'GIRL', 'G'].includes(upper)) return 'F';
  return text.trim();
}

/** A pupil's SEN, EAL, disadvantage, most-able, looked-after and gender from their row. */
export function readAttributes(
  context: ReadContext,
  attributeColumns: ReadColumn[],
  row: CellValue[],
  sheetRow: number,
): PupilAttributes {
  const attributes: PupilAttributes = {
    sen: 'none',
    eal: false,
    disadvantaged: false,
    mostAble: false,
    lookedAfter: false,
  };
  for (const column of attributeColumns) {
    const role = column.meaning.role;
    const text = cellText(row[column.index]);
    if (role === 'sen') {
      const sen = readSen(text);
      if (sen === undefined)
        reportCell(
          context,
          column,
          sheetRow,
          text,
          'is not a SEN code (N, K for SEN support, E for an EHCP)',
          'warning',
        );
      else if (sen !== 'none') attributes.sen = sen;
    } else if (
      role === 'eal' ||
      role === 'disadvantaged' ||
      role === 'most-able' ||
      role === 'looked-after'
    ) {
      const flag = readFlag(role, text);
      if (flag === undefined)
        reportCell(context, column, sheetRow, text, `is not a yes/no value for ${column.header}`, 'warning');
      else if (flag) {
        if (role === 'eal') attributes.eal = true;
        else if (role === 'disadvantaged') attributes.disadvantaged = true;
        else if (role === 'most-able') attributes.mostAble = true;
        else attributes.lookedAfter = true;
      }
    } else if (role === 'gender' && text !== '') attributes.gender = readGender(text);
  }
  return attributes;
}
