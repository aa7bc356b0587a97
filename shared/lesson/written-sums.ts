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

/** A row of a sum set out in columns: "      3 5 2", "   -  1 2 7", "      2 3 5     X". */
const COLUMN_ROW = /^(?:([-+×x]) *)?(\d(?: ?\d){0,5})(?: +(?:X|✗|✘))?$/;
/** The rule under a sum in columns: "--------". */
const RULE = /^\s*[-_=]{3,}\s*$/;
/** How far below a warning its sum in columns can start. */
const SUM_REACH = 3;

/**
 * A sum the plan sets out in columns, one number a line, as a pupil wrote it: "3 5 2" / "- 1 2 7" /
 * "--------" / "2 3 5 X" → "352 - 127 = 235". Read from the lines after `from` (1-based), blank lines
 * skipped; undefined where they are no such sum.
 */
export function sumInColumns(lines: readonly string[], from: number): string | undefined {
  const rows: { operator?: string; number: string }[] = [];
  let ruled = false;
  let gap = 0;
  for (let index = from; index < lines.length && rows.length < 3; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      if (rows.length === 0) gap += 1;
      if (gap > SUM_REACH) return undefined;
      continue;
    }
    if (RULE.test(line)) {
      if (rows.length !== 2) return undefined;
      ruled = true;
      continue;
    }
    const row = COLUMN_ROW.exec(line.trim());
    if (row === null) return undefined;
    rows.push({ ...(row[1] === undefined ? {} : { operator: row[1] }), number: row[2]!.replace(/ /g, '') });
  }
  const [top, bottom, answer] = rows;
  if (!ruled || answer === undefined || top!.operator !== undefined || bottom!.operator === undefined)
    return undefined;
  const operator = bottom!.operator === 'x' ? '×' : bottom!.operator;
  return `${top!.number} ${operator} ${bottom!.number} = ${answer.number}`;
}

/** A fraction of a whole number, as a plan asks it: "3/4 of 12", "2/5 of 20". */
export interface FractionOfAmount {
  /** As the plan writes it: "3/4 of 12". */
  asked: string;
  numerator: number;
  denominator: number;
  amount: number;
}

const FRACTION_OF = /\b(\d{1,2})\/(\d{1,2}) of (\d{1,5})\b/;

/** The first fraction of an amount the text asks: "for 3/4 of 12 they do..." → 3/4 of 12. */
export function fractionOfAmount(text: string): FractionOfAmount | undefined {
  const found = FRACTION_OF.exec(text);
  if (found === null) return undefined;
  const [numerator, denominator, amount] = [found[1], found[2], found[3]].map(Number) as [
    number,
    number,
    number,
  ];
  if (denominator < 2 || numerator < 1 || numerator >= denominator) return undefined;
  return { asked: found[0], numerator, denominator, amount };
}

/** The whole-number answer: 3/4 of 12 is 9. Undefined where the parts are not whole (2/3 of 25). */
export function fractionAnswer(fraction: FractionOfAmount): number | undefined {
  if (fraction.amount % fraction.denominator !== 0) return undefined;
  return (fraction.amount / fraction.denominator) * fraction.numerator;
}

/**
 * The answers pupils give when they slip on a fraction of an amount, each with what it shows: dividing
 * by the numerator (3/4 of 12 → 4), stopping at one part (→ 3), or swapping the two (→ 16). Only whole
 * numbers, and none that is the right answer.
 */
export function fractionSlips(fraction: FractionOfAmount): { answer: number; reveals: string }[] {
  const { numerator, denominator, amount } = fraction;
  const right = fractionAnswer(fraction);
  const slips = [
    { answer: amount / numerator, reveals: 'divided by the numerator, not the denominator' },
    { answer: amount / denominator, reveals: 'found one part and did not multiply by the numerator' },
    {
      answer: (amount / numerator) * denominator,
      reveals: 'divided by the numerator and multiplied by the denominator',
    },
  ];
  const seen = new Set<number>();
  return slips.filter(({ answer }) => {
    if (numerator === 1 || !Number.isInteger(answer) || answer === right || seen.has(answer)) return false;
    seen.add(answer);
    return true;
  });
}

/** "...and write 4 as the answer", "they get 3": the answer a pupil gave, in words. */
const GAVE_AS_ANSWER = /\b(?:writes?|gets?|gives?|puts?) (\d{1,6})(?: as (?:the|their) answer)?\b/i;
/** "= 3" at the end of a worked line: the answer given. */
const EQUALS_NUMBER = /= ?(\d{1,6})\b/g;

/**
 * A wrong answer the plan shows to a fraction of an amount: "for 3/4 of 12 they do 12 ÷ 3 = 4 and write 4
 * as the answer", "they write 3/4 of 12 = 3" → "3/4 of 12 = 4", "3/4 of 12 = 3". The answer is the one the
 * pupil writes, else the last worked out; undefined where it is the right answer or none is given.
 */
export function fractionMistake(text: string): { fraction: FractionOfAmount; given: number } | undefined {
  const fraction = fractionOfAmount(text);
  if (fraction === undefined) return undefined;
  const right = fractionAnswer(fraction);
  if (right === undefined) return undefined;
  const after = text.slice(text.indexOf(fraction.asked) + fraction.asked.length);
  const said = GAVE_AS_ANSWER.exec(after)?.[1] ?? [...after.matchAll(EQUALS_NUMBER)].pop()?.[1];
  if (said === undefined || Number(said) === right) return undefined;
  return { fraction, given: Number(said) };
}

/** A term of an equation as a plan writes it: "3x", "19", "x", "4y²"; an operator between two. */
const EQUATION_TERM = /^(?:\d{1,4}(?:\.\d{1,3})?[a-z]?|[a-z])²?$/;
const EQUATION_OPERATORS = new Set(['+', '-', '−', '–', '×', '÷', '*', '/']);
/** Terms either side of "=" read at most: an equation a pupil solves is short. */
const MOST_TERMS = 4;
/** Marks a sentence wraps an equation in: "(3x + 4 = 19)", "5x - 2 = 18,". */
const OPENING_MARKS = new Set(['(', '"', '“', "'"]);
const CLOSING_MARKS = new Set([')', '"', '”', "'", '.', ',', ';', ':']);

/** A word without the marks around it, walked from each end: no pattern to backtrack on a long word. */
function withoutMarks(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && OPENING_MARKS.has(word[start]!)) start += 1;
  while (end > start && CLOSING_MARKS.has(word[end - 1]!)) end -= 1;
  return word.slice(start, end);
}

/** Terms and operators leading away from the "=" at `at`, one word at a time, while they alternate. */
function side(words: readonly string[], at: number, step: 1 | -1): string[] {
  const taken: string[] = [];
  for (let index = at + step; index >= 0 && index < words.length; index += step) {
    const word = withoutMarks(words[index]!);
    const wantsTerm = taken.length % 2 === 0;
    if (wantsTerm ? !EQUATION_TERM.test(word) : !EQUATION_OPERATORS.has(word)) break;
    taken.push(word);
    if (taken.length >= MOST_TERMS * 2 - 1) break;
    // A word with marks after it ("18,", "= 19)") ends the equation there.
    if (step === 1 && word !== words[index]) break;
  }
  // An equation side ends on a term, not an operator: "x + 4 = 19 -" keeps "19".
  if (taken.length % 2 === 0) taken.pop();
  return step === 1 ? taken : taken.reverse();
}

/**
 * The equations with an unknown a plan writes out with spaces ("3x + 4 = 19", "7 = 3y - 8"), each as written:
 * a worked example or an exit question that a ladder can ask pupils to solve. One pass over the words.
 */
export function equationsIn(text: string): string[] {
  const words = text.split(' ');
  const found: string[] = [];
  for (let at = 0; at < words.length; at++) {
    if (words[at] !== '=') continue;
    const left = side(words, at, -1);
    const right = side(words, at, 1);
    const equation = [...left, '=', ...right].join(' ');
    const terms = left.length + right.length;
    // Two steps at least ("3x + 4 = 19"), an unknown and a number: "x = 4" is an answer, "a = b" a rule.
    if (left.length === 0 || right.length === 0 || terms < 4) continue;
    if (!/[a-z]/.test(equation) || !/\d/.test(equation)) continue;
    found.push(equation);
  }
  return found;
}

/** Two fractions added or taken away: "1/2 + 1/4", "5/8 - 1/4". */
export interface FractionSum {
  asked: string;
  numerators: [number, number];
  denominators: [number, number];
  operator: '+' | '−';
}

const FRACTION_SUM = /^(\d{1,3})\/(\d{1,3}) ?([+−–-]) ?(\d{1,3})\/(\d{1,3})$/;

/** The fraction sum before its "=": "1/2 + 1/4 = 2/6" → 1/2 + 1/4. */
export function fractionSum(worked: string): FractionSum | undefined {
  const equals = worked.indexOf('=');
  const asked = (equals === -1 ? worked : worked.slice(0, equals)).trim();
  const parts = FRACTION_SUM.exec(asked);
  if (parts === null || Number(parts[2]) === 0 || Number(parts[5]) === 0) return undefined;
  return {
    asked,
    numerators: [Number(parts[1]), Number(parts[4])],
    denominators: [Number(parts[2]), Number(parts[5])],
    operator: parts[3] === '+' ? '+' : '−',
  };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A fraction in its lowest terms: "6/8" → "3/4". */
function lowest(numerator: number, denominator: number): string {
  const common = gcd(Math.abs(numerator), denominator) || 1;
  return `${numerator / common}/${denominator / common}`;
}

/** The sum's answer over the lowest common denominator, in lowest terms: 1/2 + 1/4 → 3/4. */
export function fractionSumAnswer(sum: FractionSum): string {
  const [a, c] = sum.numerators;
  const [b, d] = sum.denominators;
  const denominator = (b * d) / gcd(b, d);
  const numerator = (a * denominator) / b + (sum.operator === '+' ? 1 : -1) * ((c * denominator) / d);
  return lowest(numerator, denominator);
}

/** Whether a written fraction ("2/6") has the value of another ("1/3"). */
export function sameFraction(first: string, second: string): boolean {
  const [p, q] = first.split('/').map(Number);
  const [r, s] = second.split('/').map(Number);
  return q !== undefined && s !== undefined && q > 0 && s > 0 && p! * s === r! * q;
}

/**
 * The wrong answers pupils most often give to a fraction sum: the numerators and the denominators each
 * added (1/2 + 1/4 → 2/6), and the numerators added over the larger denominator without making the parts
 * the same size (1/2 + 1/4 → 2/4).
 */
export function fractionSumSlips(sum: FractionSum): { answer: string; reveals: string }[] {
  const [a, c] = sum.numerators;
  const [b, d] = sum.denominators;
  const right = fractionSumAnswer(sum);
  const slips: { answer: string; reveals: string }[] = [];
  const across = sum.operator === '+' ? [a + c, b + d] : [a - c, b - d];
  if (across[0]! >= 0 && across[1]! > 0)
    slips.push({
      answer: `${across[0]}/${across[1]}`,
      reveals: `${sum.operator === '+' ? 'added' : 'took away'} the numerators and the denominators`,
    });
  const top = sum.operator === '+' ? a + c : a - c;
  if (b !== d && top >= 0)
    slips.push({ answer: `${top}/${Math.max(b, d)}`, reveals: 'did not make the parts the same size first' });
  return slips.filter((slip) => !sameFraction(slip.answer, right));
}
