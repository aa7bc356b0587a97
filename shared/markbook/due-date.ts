import { normaliseHeader } from './cells';

/**
 * When a target falls due, read from words a school writes: "FFT20 (Y11)", "End of KS4
 * target", "End of Y8 Target", "MEG", "ALPS Target". FFT, MEG and ALPS estimates are for the
 * end of the key stage (FFT Aspire: "estimates for the end of Key Stage 4"), so a Y10 class's
 * FFT target is due at the end of Y11, two years away, not in July.
 */
export type DueHint =
  | { kind: 'year'; yearGroup: number }
  | { kind: 'key-stage'; keyStage: number }
  /** End of whatever key stage the class is in. */
  | { kind: 'key-stage-now' }
  | { kind: 'end-of-year' };

/** The last year group of each key stage. */
const KEY_STAGE_END: Record<number, number> = { 1: 2, 2: 6, 3: 9, 4: 11, 5: 13 };

/** The key stage a year group belongs to; FFT's secondary estimates are for KS4, so KS3 looks to KS4 too. */
function keyStageOf(yearGroup: number): number {
  if (yearGroup <= 2) return 1;
  if (yearGroup <= 6) return 2;
  if (yearGroup <= 11) return 4;
  return 5;
}

const YEAR = /\b(?:y|yr|year) ?(\d{1,2})\b/;
const KEY_STAGE = /\bks ?([1-5])\b|\bkey stage ([1-5])\b/;
const KEY_STAGE_ESTIMATE =
  /\b(fft\d*|fft aspire|meg|minimum expected grade|alps|alis|cat4|estimate|end of key stage)\b/;
const END_OF_YEAR = /\b(eoy|end of year|year end|summer target)\b/;

/** What a target column's header says about its due date, if anything. */
export function dueInHeader(header: string): DueHint | null {
  const text = normaliseHeader(header.slice(0, 200));
  const year = YEAR.exec(text);
  if (year) {
    const yearGroup = Number(year[1]);
    if (yearGroup >= 1 && yearGroup <= 13) return { kind: 'year', yearGroup };
  }
  const stage = KEY_STAGE.exec(text);
  if (stage) return { kind: 'key-stage', keyStage: Number(stage[1] ?? stage[2]) };
  if (/\b(a level|alevel)\b/.test(text)) return { kind: 'key-stage', keyStage: 5 };
  if (KEY_STAGE_ESTIMATE.test(text)) return { kind: 'key-stage-now' };
  if (END_OF_YEAR.test(text)) return { kind: 'end-of-year' };
  return null;
}

/** A year group named in free text: a title row ("Year 10 Tracker", "Y4 class"). */
export function yearGroupInText(text: string): number | undefined {
  const match = YEAR.exec(normaliseHeader(text.slice(0, 300)));
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1 && year <= 13 ? year : undefined;
}

export interface DueDate {
  /** School years after 1 September of the markbook's first year: 1 is the end of that year. */
  time: number;
  /** In a data lead's words: "the end of Y11", "the end of the year". */
  label: string;
  /** Where it was read from, for the one line that says how status was reached. */
  source: string;
}

/**
 * The target's due date. `firstYear` is the year group of the markbook's first assessment
 * (from year-grouped headers or a title row); `lastTime` is when its last point falls. A hint
 * the markbook cannot place (no year group known) falls back to the end of the last school
 * year the markbook covers.
 */
export function resolveDue(
  hint: DueHint | null,
  hintSource: string,
  firstYear: number | undefined,
  lastTime: number,
): DueDate {
  const coveredYears = Math.max(1, Math.ceil(lastTime - 1e-9));
  const fallback = (why: string): DueDate => {
    const yearGroup = firstYear === undefined ? undefined : firstYear + coveredYears - 1;
    return {
      time: coveredYears,
      label: yearGroup === undefined ? 'the end of the year' : `the end of Y${yearGroup}`,
      source: why,
    };
  };
  if (hint === null || hint.kind === 'end-of-year')
    return fallback(hint === null ? 'the markbook' : hintSource);
  if (firstYear === undefined) {
    if (hint.kind === 'year' || hint.kind === 'key-stage') {
      const yearGroup = hint.kind === 'year' ? hint.yearGroup : KEY_STAGE_END[hint.keyStage]!;
      return { ...fallback(hintSource), label: `the end of Y${yearGroup}` };
    }
    return fallback(`${hintSource} (no year group found, so the end of the year is assumed)`);
  }
  const yearGroup =
    hint.kind === 'year'
      ? hint.yearGroup
      : hint.kind === 'key-stage'
        ? KEY_STAGE_END[hint.keyStage]!
        : KEY_STAGE_END[keyStageOf(firstYear)]!;
  // A due year before the markbook's own is a typo or an old column: the markbook's span wins.
  if (yearGroup < firstYear) return fallback(hintSource);
  return {
    time: Math.max(yearGroup - firstYear + 1, coveredYears),
    label: `the end of Y${yearGroup}`,
    source: hintSource,
  };
}
