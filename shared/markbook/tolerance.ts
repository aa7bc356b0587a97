import type { CompiledScale } from './scales';
import type { Thresholds } from './settings';

/**
 * How far from the target (or the expected line) counts as below, in the scale's own units.
 * Two kinds of scale: a test score (a percentage, a mark) is a fresh measure of each unit, so
 * each point is compared with the target itself; a growth measure (levels, working-at grades,
 * WTS/EXS/GDS, a school's steps) rises through the course, so it is compared with an expected
 * line to the target at its due date.
 */
export interface Tolerance {
  kind: 'test-score' | 'growth';
  /** What one unit is called in messages: "grade", "band", "sub-level", "percentage point". */
  unit: string;
  /** Points in one unit (a whole GCSE grade is 3 fine grades). */
  unitPoints: number;
  /** Below from this many points under the expected attainment (a hair for a test score: any shortfall). */
  below: number;
  wellBelow: number;
  above: number;
  /** The tolerance in a data lead's words, for the report's one line on how status was reached. */
  words?: string;
  /** A fall of this many points from the recent peak is a fall. */
  fall: number;
  /** How far an entry must stand from both neighbours, which agree, to be queried as a likely slip. */
  outlier: number;
}

/** Any shortfall at all on a test score: 49% against 50% is under the target. */
const UNDER = 1e-6;

/**
 * The defaults a data lead accepts, per scale:
 * - GCSE 9-1 (fine grades 4-, 4, 4+): two fine grades under is below (so a whole grade under
 *   always is), two whole grades well below; one fine grade under is on ("close enough"), never
 *   urgent; a fall of a whole grade from the recent peak is a fall.
 * - A*-G, used for A level: a whole grade under is below, two well below.
 * - WTS/EXS/GDS (with + and -): one band under is below (one step, not three), two bands well below.
 * - NC levels: two sub-levels under is below, a whole level (three sub-levels) well below.
 * - Percentages and marks: any shortfall under the target is below; 10 percentage points or more
 *   well below (about a grade on most schools' boundaries).
 * - KS2 scaled scores: under the target is below; 5 or more under well below.
 * - A school's own scale: one step under is below, two well below; where its grades come in
 *   threes with + and - (Developing-, Developing, Developing+) a band of three is one step.
 */
export function toleranceFor(scale: CompiledScale, yearGroups: number[] = []): Tolerance {
  const def = scale.def;
  const testScore = scale.family === 'percentage' || (def.kind === 'numeric' && def.expectedPerYear === 0);
  if (testScore) {
    const unitPoints = scale.family === 'percentage' ? 10 : def.id === 'ks2-scaled' ? 5 : 2 * def.step;
    return {
      kind: 'test-score',
      unit: scale.family === 'percentage' ? 'percentage point' : 'point',
      unitPoints,
      below: UNDER,
      wellBelow: unitPoints,
      above: unitPoints,
      fall: unitPoints,
      outlier: 3 * unitPoints,
    };
  }
  const growth = (unit: string, unitPoints: number, below = unitPoints, wellBelow = 2 * unitPoints) => ({
    kind: 'growth' as const,
    unit,
    unitPoints,
    below,
    wellBelow,
    above: below,
    fall: below,
    outlier: 3 * unitPoints,
  });
  switch (def.id) {
    case 'gcse-9-1':
      // Two fine grades behind (5+ against 6-... or 4+ against a line at 5) is below; one is close enough.
      return {
        ...growth('grade', 3, 2, 6),
        above: 3,
        fall: 3,
        words:
          'one fine grade under (4- against 4) is close enough; two fine grades or more under is below; two whole grades or more under is well below; a whole grade over is above',
      };
    case 'gcse-legacy':
      return growth(isALevel(yearGroups) ? 'A-level grade' : 'grade', 1);
    case 'wts-exs-gds':
    case 'us-letter':
      return growth(def.id === 'us-letter' ? 'grade' : 'band', 3);
    case 'nc-levels':
      return growth('sub-level', 2, 4, 6);
    default:
      return growth('step', def.step * finePerBand(scale));
  }
}

/** Sixth-form year groups: A-level working-at grades are read against the final grade all course. */
export const isALevel = (yearGroups: number[]) => yearGroups.some((year) => year >= 12);

/** A school scale written in threes (Secure-, Secure, Secure+) counts a band of three as one step. */
function finePerBand(scale: CompiledScale): number {
  const bases = new Map<string, number>();
  for (const grade of scale.ladder) {
    const label = grade.label.trim();
    const base = label.endsWith('+') || label.endsWith('-') ? label.slice(0, -1).trim() : label;
    bases.set(base.toLowerCase(), (bases.get(base.toLowerCase()) ?? 0) + 1);
  }
  let most = 1;
  for (const count of bases.values()) most = Math.max(most, count);
  return most >= 3 && bases.size < scale.ladder.length ? 3 : 1;
}

/**
 * The settings' thresholds are in steps of the scale (a fine grade, 10 percentage points); a
 * threshold the school set replaces the default above, one it left alone keeps it.
 */
export function withThresholds(
  tolerance: Tolerance,
  step: number,
  set: Partial<Thresholds> | undefined,
): Tolerance {
  if (set === undefined) return tolerance;
  const result = { ...tolerance };
  if (set.onWithinSteps !== undefined) result.below = set.onWithinSteps * step + UNDER;
  if (set.wellBelowSteps !== undefined) result.wellBelow = set.wellBelowSteps * step;
  if (set.aboveSteps !== undefined) result.above = set.aboveSteps * step;
  return result;
}

/** The tolerance in a sentence a data lead can check. */
export function describeTolerance(tolerance: Tolerance, scaleName: string): string {
  if (tolerance.words !== undefined) return `On ${scaleName}: ${tolerance.words}.`;
  const amount = (points: number) => {
    const units = tolerance.kind === 'test-score' ? points : points / tolerance.unitPoints;
    const n = Math.round(units * 10) / 10;
    return `${n} ${tolerance.unit}${n === 1 ? '' : 's'}`;
  };
  const below =
    tolerance.below <= 2 * UNDER
      ? 'any shortfall under it is below'
      : `${amount(tolerance.below)} or more under it is below`;
  return `On ${scaleName}: ${below}; ${amount(tolerance.wellBelow)} or more under is well below; ${amount(tolerance.above)} or more over is above.`;
}
