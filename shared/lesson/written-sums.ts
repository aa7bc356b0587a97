/**
 * Sums pupils work in columns, worked rightly and in the two ways pupils most often get them wrong,
 * so that a wrong answer the plan shows ("last wk he did 47+35=712") becomes a hinge question with
 * the right answer and another wrong answer pupils give.
 */

export interface WrittenSum {
  /** The sum as the plan writes it, without its answer: "47+35". */
  asked: string;
  first: number;
  operator: '+' | '-' | '×';
  second: number;
}

/** Two whole numbers added, taken away or multiplied: "47+35", "63 - 28", "26 x 3". */
const TWO_NUMBERS = /^(\d{1,6}) ?([-+×x*]) ?(\d{1,6})$/;

/** The sum before its "=", where it is two whole numbers and one operation. */
export function writtenSum(worked: string): WrittenSum | undefined {
  const equals = worked.indexOf('=');
  const asked = (equals === -1 ? worked : worked.slice(0, equals)).trim();
  const parts = TWO_NUMBERS.exec(asked);
  if (parts === null) return undefined;
  const operator = parts[2] === '+' ? '+' : parts[2] === '-' ? '-' : '×';
  return { asked, first: Number(parts[1]), operator, second: Number(parts[3]) };
}

export function answerOf(sum: WrittenSum): number {
  if (sum.operator === '+') return sum.first + sum.second;
  if (sum.operator === '-') return sum.first - sum.second;
  return sum.first * sum.second;
}

/** The digits of a number, ones first. */
const digitsOf = (value: number) => [...String(value)].reverse().map(Number);

/**
 * The answer a pupil gets by working each column on its own: adding without carrying the ten
 * (47 + 35 → 72), or taking the smaller digit from the larger (63 − 28 → 45). Undefined for a
 * product, and where the slip changes nothing.
 */
export function columnSlip(sum: WrittenSum): { answer: number; reveals: string } | undefined {
  if (sum.operator === '×') return undefined;
  const a = digitsOf(sum.first);
  const b = digitsOf(sum.second);
  if (sum.operator === '-' && sum.first < sum.second) return undefined;
  let digits = '';
  for (let column = 0; column < Math.max(a.length, b.length); column++) {
    const top = a[column] ?? 0;
    const bottom = b[column] ?? 0;
    digits = String(sum.operator === '+' ? (top + bottom) % 10 : Math.abs(top - bottom)) + digits;
  }
  const answer = Number(digits);
  if (answer === answerOf(sum)) return undefined;
  return sum.operator === '+'
    ? { answer, reveals: 'did not add the ten they exchanged' }
    : { answer, reveals: 'took the smaller digit from the larger' };
}
