import type { Grade } from './types';

/**
 * Entries a data lead would query before judging a pupil on them ("absent, or not entered?"):
 * a gap between entries, a 0 or U, and one extreme entry both its neighbours contradict
 * (70, 0, 68). They are kept out of status and waves and reported as "check this entry". A U
 * or 0 at the latest point after a fall is both: the fall is real enough to act on, and the
 * entry is still queried.
 */
export type DataQueryKind = 'gap' | 'absent' | 'zero' | 'outlier' | 'zeroAfterFall';

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
  /**
   * On a test score: an entry under `under` (10%) when the last valid score was `after` (40%) or
   * more is far likelier a missed paper or a slip than attainment (65%, 58%, 42%, then 0%): it is
   * queried like a 0 and kept out, even at the latest point. Only after a pupil was already
   * scoring under `after` is a latest 0 read as the end of a real fall.
   */
  implausibleDrop?: { under: number; after: number };
  /** Each point's cell as written ('' when blank): an ABS or X before the first grade or after the last is queried too. */
  written?: readonly { text: string }[];
}

const NONE: DataQuery[] = [];

/**
 * The pupil's queried entries, and the indices of entries left out of judgement. Most pupils
 * have none, so nothing is allocated for them: this runs for every pupil of a large export.
 */
export function dataQueries(
  grades: (Grade | null)[],
  options: QueryOptions,
): { queries: DataQuery[]; excluded: Set<number> | null } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < grades.length; i++) {
    if (grades[i] === null) continue;
    if (first === -1) first = i;
    last = i;
  }
  const written = options.written;
  if (first === -1 && written === undefined) return { queries: NONE, excluded: null };
  // Cast so that the closure's assignments are not narrowed away.
  let queries = null as DataQuery[] | null;
  let excluded = null as Set<number> | null;
  const add = (query: DataQuery, exclude: boolean) => {
    if (queries === null) queries = [];
    queries.push(query);
    if (!exclude) return;
    if (excluded === null) excluded = new Set();
    excluded.add(query.index);
  };

  // ABS, X, TBC or N/A written where there is no grade yet, or none since: a missed test to check.
  if (written !== undefined) {
    for (let i = 0; i < grades.length; i++) {
      if ((first !== -1 && i >= first && i <= last) || grades[i] !== null) continue;
      if ((written[i]?.text ?? '') !== '') add({ kind: 'absent', index: i, grade: null }, false);
    }
  }
  if (first === -1) return queries === null ? { queries: NONE, excluded: null } : { queries, excluded };

  // Peak and the entry before the latest, for "a 0 or U after a fall" (6, 5, 4, U).
  let peak = Number.NEGATIVE_INFINITY;
  let lastBefore: number | undefined;
  // The last entry not itself queried: what an implausible drop is measured from.
  let lastValid: number | undefined;
  const drop = options.implausibleDrop;
  for (let i = first; i <= last; i++) {
    const grade = grades[i];
    if (grade === null || grade === undefined) {
      if (options.pointInUse[i]) add({ kind: 'gap', index: i, grade: null }, false);
      continue;
    }
    const implausible =
      drop !== undefined && lastValid !== undefined && lastValid >= drop.after && grade.points < drop.under;
    if (options.isZero(grade) || implausible) {
      const afterFall =
        !implausible &&
        i === last &&
        lastBefore !== undefined &&
        lastBefore > 0 &&
        peak - lastBefore >= options.fall;
      if (afterFall) add({ kind: 'zeroAfterFall', index: i, grade }, false);
      else add({ kind: 'zero', index: i, grade }, true);
    } else lastValid = grade.points;
    if (i < last) {
      peak = Math.max(peak, grade.points);
      lastBefore = grade.points;
    }
  }

  // One extreme entry between two that agree: 70, 0, 68 is a slip or an absence, not a collapse.
  let before = -1;
  let middle = -1;
  for (let i = first; i <= last; i++) {
    if (grades[i] === null || excluded?.has(i)) continue;
    if (middle !== -1 && before !== -1) {
      const a = grades[before]!.points;
      const b = grades[i]!.points;
      const entry = grades[middle]!;
      const apart = Math.min(Math.abs(entry.points - a), Math.abs(entry.points - b));
      const sameSide = (entry.points - a) * (entry.points - b) > 0;
      if (Math.abs(a - b) <= options.agree && sameSide && apart >= options.outlier) {
        add({ kind: 'outlier', index: middle, grade: entry }, true);
        // The slip is no neighbour of the next entry.
        middle = before;
      }
    }
    before = middle;
    middle = i;
  }
  if (queries === null) return { queries: NONE, excluded: null };
  return { queries: queries.sort((x, y) => x.index - y.index), excluded };
}
