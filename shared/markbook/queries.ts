import type { Grade } from './types';

/**
 * Entries a data lead would query before judging a pupil on them ("absent, or not entered?"):
 * a gap between entries, a 0 or U, and one extreme entry both its neighbours contradict
 * (70, 0, 68). They are kept out of status and waves and reported as "check this entry". A U
 * or 0 at the latest point after a fall is both: the fall is real enough to act on, and the
 * entry is still queried.
 */
export type DataQueryKind = 'gap' | 'zero' | 'outlier' | 'zeroAfterFall';

export interface DataQuery {
  kind: DataQueryKind;
  /** Index of the assessment point. */
  index: number;
  /** The entry as read (null for a gap). */
  grade: Grade | null;
}

export interface QueryOptions {
  /** Points with any grade in the class: a column nobody has filled yet is not a gap. */
  pointInUse: boolean[];
  /** How far from both agreeing neighbours an entry must be to be queried as a slip. */
  outlier: number;
  /** Neighbours agree when within this many points of each other. */
  agree: number;
  /** A fall of this many points from the peak before it makes a latest 0 or U a fall. */
  fall: number;
  /** A 0 on a test score, a U on a grade scale: more often absent than attained. */
  isZero: (grade: Grade) => boolean;
}

/** The pupil's queried entries, and which entries remain to be judged. */
export function dataQueries(
  grades: (Grade | null)[],
  options: QueryOptions,
): { queries: DataQuery[]; kept: boolean[] } {
  const queries: DataQuery[] = [];
  const kept = grades.map((g) => g !== null);
  const filled: number[] = [];
  for (let i = 0; i < grades.length; i++) if (grades[i] !== null) filled.push(i);
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (first === undefined || last === undefined) return { queries, kept };

  for (let i = first + 1; i < last; i++) {
    if (grades[i] === null && options.pointInUse[i]) queries.push({ kind: 'gap', index: i, grade: null });
  }
  for (const i of filled) {
    const grade = grades[i]!;
    if (!options.isZero(grade)) continue;
    if (i === last) {
      // After a fall: the entries before it had already come down from their peak (6, 5, 4, U).
      const before = filled.filter((j) => j < i).map((j) => grades[j]!.points);
      const peak = Math.max(...before);
      const lastBefore = before[before.length - 1];
      if (lastBefore !== undefined && lastBefore > 0 && peak - lastBefore >= options.fall) {
        queries.push({ kind: 'zeroAfterFall', index: i, grade });
        continue;
      }
    }
    queries.push({ kind: 'zero', index: i, grade });
    kept[i] = false;
  }
  // One extreme entry between two that agree: 70, 0, 68 is a slip or an absence, not a collapse.
  const judged = filled.filter((i) => kept[i]);
  for (let k = 1; k < judged.length - 1; k++) {
    const before = grades[judged[k - 1]!]!.points;
    const after = grades[judged[k + 1]!]!.points;
    const entry = grades[judged[k]!]!;
    if (Math.abs(before - after) > options.agree) continue;
    const apart = Math.min(Math.abs(entry.points - before), Math.abs(entry.points - after));
    const sameSide = (entry.points - before) * (entry.points - after) > 0;
    if (sameSide && apart >= options.outlier) {
      queries.push({ kind: 'outlier', index: judged[k]!, grade: entry });
      kept[judged[k]!] = false;
    }
  }
  queries.sort((a, b) => a.index - b.index);
  return { queries, kept };
}
