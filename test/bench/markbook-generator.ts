import type { CellValue } from '../../shared/markbook/types';

/** A small deterministic random source, so every run times the same markbook. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUB_LEVELS = [
  '2c',
  '2b',
  '2a',
  '3c',
  '3b',
  '3a',
  '4c',
  '4b',
  '4a',
  '5c',
  '5b',
  '5a',
  '6c',
  '6b',
  '6a',
  '7c',
  '7b',
  '7a',
];
const FIRST = [
  'Amy',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Finn',
  'Grace',
  'Harun',
  'Isla',
  'Jack',
  'Kiran',
  'Lily',
];
const LAST = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Khan', 'Patel', 'Smith', 'Taylor', 'Wilson'];

/**
 * A big markbook like a large school's export: a title row, pupil attributes, KS2 level,
 * target, `assessmentColumns` columns in all (dated assessment points, then AF columns),
 * attendance and an intervention column, with blanks, ABS and the odd mistyped grade.
 */
export function bigMarkbook(pupils: number, assessmentColumns = 60, seed = 2008): CellValue[][] {
  const random = mulberry32(seed);
  const foci = Math.min(6, Math.max(0, assessmentColumns - 2));
  const points = assessmentColumns - foci;
  const headers: CellValue[] = ['Name', 'UPN', 'Gender', 'SEN', 'EAL', 'PP', 'G&T', 'KS2 Level', 'Target'];
  for (let i = 1; i <= points; i++) headers.push(`Assessment ${i}`);
  for (let i = 1; i <= foci; i++) headers.push(`AF${i}`);
  headers.push('Attendance %', 'Intervention');
  const rows: CellValue[][] = [[`Generated markbook: ${pupils} pupils`], [], headers];
  for (let p = 0; p < pupils; p++) {
    const start = Math.floor(random() * 8) + 2;
    const row: CellValue[] = [
      `${FIRST[p % FIRST.length]} ${LAST[Math.floor(p / FIRST.length) % LAST.length]} ${p}`,
      `U${100000 + p}`,
      random() < 0.5 ? 'F' : 'M',
      random() < 0.12 ? 'K' : random() < 0.03 ? 'E' : 'N',
      random() < 0.15 ? 'Y' : '',
      random() < 0.3 ? 'Y' : '',
      random() < 0.08 ? 'Y' : '',
      SUB_LEVELS[start]!,
      SUB_LEVELS[Math.min(start + 3, SUB_LEVELS.length - 1)]!,
    ];
    let level = start;
    for (let i = 0; i < points; i++) {
      const roll = random();
      if (roll < 0.12) level = Math.min(level + 1, SUB_LEVELS.length - 1);
      else if (roll < 0.16) level = Math.max(level - 1, 0);
      const cell = random();
      row.push(
        cell < 0.02 ? '' : cell < 0.025 ? 'ABS' : cell < 0.027 ? `${SUB_LEVELS[level]}x` : SUB_LEVELS[level]!,
      );
    }
    for (let i = 0; i < foci; i++) {
      row.push(
        SUB_LEVELS[Math.max(0, Math.min(SUB_LEVELS.length - 1, level + Math.floor(random() * 5) - 3))]!,
      );
    }
    row.push(
      Math.round((80 + random() * 20) * 10) / 10,
      random() < 0.1 ? 'Reading catch-up since Spring 1' : '',
    );
    rows.push(row);
  }
  return rows;
}
