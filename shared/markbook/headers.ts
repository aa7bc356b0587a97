import { normaliseHeader } from './cells';
import type { ColumnRole } from './settings';

/** What a header says about its column. `time` is in school years from 1 September. */
export interface HeaderMeaning {
  role: ColumnRole | 'unrecognised';
  focus?: string;
  /** A place in the school year, when the header names one (a term, a month, a date). */
  time?: number;
  /** A number that orders the column among its kind ("Assessment 3", "Mock 2", "Term 4"). */
  order?: number;
  /** "Year 8 Autumn 1": which school year a multi-year tracker's column belongs to. */
  yearGroup?: number;
  outOf?: number;
  /** "Current Working At", "Current WAG", "Latest": the teacher's judgement now, with no date of its own. */
  current?: boolean;
  /** "Predicted", "Spring 2 forecast": neither attainment nor a target, so not read. */
  prediction?: boolean;
}

const MONTHS = ['sep', 'oct', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug'];

/** A date's place in the school year: 1 September is 0, 31 August is nearly 1. */
export function schoolYearFraction(month: number, day = 15): number {
  const fromSeptember = (month - 9 + 12) % 12;
  return (fromSeptember + (day - 1) / 31) / 12;
}

const HALF_TERMS: Record<string, number> = {
  autumn: 0,
  aut: 0,
  au: 0,
  spring: 1,
  spr: 1,
  sp: 1,
  summer: 2,
  sum: 2,
  su: 2,
};

/** Finds a point in the school year in free text: "Autumn 2", "Spr1", "12/01/2026", "Jan", "2026-03-10". */
export function timeInText(raw: string): number | undefined {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(raw);
  if (iso) return schoolYearFraction(Number(iso[2]), Number(iso[3]));
  const uk = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})\b/.exec(raw);
  if (uk && Number(uk[3]) >= 1 && Number(uk[3]) <= 12)
    return schoolYearFraction(Number(uk[3]), Number(uk[1]));
  const text = normaliseHeader(raw);
  const season = /\b(autumn|aut|au|spring|spr|sp|summer|sum|su) ?(1|2|i|ii)?\b/.exec(text);
  if (season) {
    const term = HALF_TERMS[season[1]!]!;
    const half = season[2] === undefined ? 2 : season[2] === '1' || season[2] === 'i' ? 1 : 2;
    return (term * 2 + half) / 6;
  }
  const month = /\b(sep|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug)[a-z]*\b/.exec(text);
  if (month) return (MONTHS.indexOf(month[1]!.slice(0, 3)) + 0.5) / 12;
  return undefined;
}

const FOCUS_WORDS = [
  'reading',
  'writing',
  'speaking and listening',
  'speaking',
  'listening',
  'spelling',
  'punctuation',
  'grammar',
  'spag',
  'gps',
  'handwriting',
  'phonics',
  'comprehension',
  'composition',
  'inference',
  'vocabulary',
  'number',
  'place value',
  'calculation',
  'calculations',
  'fractions',
  'algebra',
  'geometry',
  'shape',
  'shape and space',
  'measures',
  'measurement',
  'statistics',
  'handling data',
  'ratio',
  'ratio and proportion',
  'probability',
  'using and applying',
  'problem solving',
  'reasoning',
  'fluency',
  'arithmetic',
  'working scientifically',
  'practical skills',
  // A science markbook's strands.
  'biology',
  'chemistry',
  'physics',
];

const FOCUS_PATTERN = new RegExp(
  `(^|\\s)(af ?[1-9]|ao ?[1-6]|q ?\\d{1,2}|strand ?\\d{1,2}|${[...FOCUS_WORDS].sort((a, b) => b.length - a.length).join('|')})(\\s|$)`,
);

const ASSESSMENT_ORDERED =
  /\b(assessment|assess|mock|test|quarter|semester|marking period|data drop|dd|ppe|unit|checkpoint|term|t|ht|half term|exam|paper|progress check|pc|cycle|round|review|check|quiz|topic)\s?(\d{1,2})\b/;
const ASSESSMENT_WORDS =
  /\b(autumn|aut|spring|spr|summer|sum|eoy|end of year|end of unit|working at|current|latest|cwa|wag|mock|ppe|exam|assessment|test|data drop|mid year)\b/;
const CURRENT = /\b(current|latest|working at|cwa|wag)\b/;
const MONTH_WORD =
  /\b(sep|sept|september|oct|october|nov|november|dec|december|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august)\b/;
const MONTH_YEAR = new RegExp(`${MONTH_WORD.source} (\\d{4})\\b`);
const DATE_TEXT = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\2\d{2,4})$/;
const DATE_IN_TEXT = /\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b/g;

const ATTRIBUTE_ROLES = new Set<ColumnRole>(['sen', 'eal', 'disadvantaged', 'most-able', 'looked-after']);

const SIMPLE: [ColumnRole, RegExp][] = [
  // MIS exports qualify names: "Legal Forename", "Preferred Forename", "Preferred Surname".
  ['first-name', /^((legal|preferred) )?(first|given|fore) ?names?$|^(preferred names?|first)$/],
  ['last-name', /^((legal|preferred) )?(last|sur|family) ?names?$|^last$/],
  [
    'name',
    /^(((pupil|student|child|learner|candidate)( full)? names?|names?|pupils?|students?|full name|learner|child)( surname forename| forename surname| last first| first last)?|surname forename|forename surname|last first|name surname)$/,
  ],
  [
    'id',
    /^(upn|uln|id|pupil id|student id|adno|adm no|admission (no|number)|candidate (no|number)|cand no|exam (no|number)|mis id|sims id)$/,
  ],
  ['gender', /^(gender|sex|m ?\/ ?f|boy ?\/ ?girl|b ?\/ ?g)$/],
  [
    'sen',
    /^(sen|send|sen status|sen support|sen code|sen k ?\/ ?e|sen ?\/ ?ehcp|sen type|sen stage|ehcp|ehc plan|send status|additional needs|sen flag)$/,
  ],
  ['eal', /^(eal|eal status|english as an additional language|esl|ell|eal flag)$/],
  [
    'disadvantaged',
    /^(disadvantaged|dis|disadv|pp|pupil premium|pp status|pp eligible|fsm|fsm ?6|ever ?6|ever ?6 fsm|free school meals|pp ?\/ ?fsm|pp fsm|dis ?\/ ?pp)$/,
  ],
  [
    'most-able',
    /^(most able|more able|ma|g and t|gt|g ?\/ ?t|gifted|gifted and talented|hpa|high prior attainment|hpa ?\/ ?ma|able|most able ?\/ ?g and t)$/,
  ],
  [
    'looked-after',
    /^(looked after|lac|cla|cic|child looked after|children looked after|pla|in care|cla ?\/ ?lac|lac ?\/ ?cla)$/,
  ],
  ['sessions-possible', /\b(sessions? possible|possible sessions?|possible)\b/],
  ['sessions-attended', /\b(sessions? (attended|present)|attended|present)\b/],
  ['attendance', /\b(attendance|att|attend)\b/],
  [
    'ignore',
    /^(class|form|form class|tutor|tutor group|tutor grp|form group|reg|reg group|reg grp|registration group|set|group|teacher|notes|comments?|dob|date of birth|year|year group|house|ethnicity|reading age|spelling age|ks4 options)$/,
  ],
];

const INTERVENTION =
  /\b(intervention|interventions|provision|catch up|tuition|booster|wave 2|wave 3|support programme|support group|support)\b/;
const START = /\b(start|started|since|from|began|date)\b/;
// "WAG" (working at grade) is what the pupil is working at, an assessment, not a target.
const TARGET =
  /\b(target|targets|tg|mtg|meg|minimum expected grade|fft ?\d*|aspirational|aspiration|challenge grade)\b/;
const PRIOR =
  /\b(ks2|ks1|key stage ?[12]|baseline|prior attainment|prior|cat ?4?|y6|sats|entry|pa band|pa group)\b/;

const isSpace = (ch: string | undefined) => ch !== undefined && ch.trim() === '' && ch !== '';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** The index after a run of spaces from `i` (forwards) or before it (backwards). */
function skipSpaces(text: string, i: number, direction: 1 | -1): number {
  let j = i;
  while (isSpace(text[direction === 1 ? j : j - 1])) j += direction;
  return j;
}

/** "… /40", "… out of 25", "… max 20", "… marks 30)" at the end of a header: the number, or undefined. */
function trailingOutOf(header: string): number | undefined {
  let end = skipSpaces(header, header.length, -1);
  if (header[end - 1] === ')') end = skipSpaces(header, end - 1, -1);
  let start = end;
  while (isDigit(header[start - 1])) start--;
  if (start === end || end - start > 4) return undefined;
  const before = header.slice(0, skipSpaces(header, start, -1)).toLowerCase();
  const named = ['/', 'out of', 'max', 'mark', 'marks'].some((word) => before.endsWith(word));
  return named ? Number(header.slice(start, end)) : undefined;
}

/** The first "(40)", "(/40)", "[ / 40 ]" in a header: the number, or undefined. */
function bracketedOutOf(header: string): number | undefined {
  for (let open = 0; open < header.length; open++) {
    if (header[open] !== '(' && header[open] !== '[') continue;
    let i = skipSpaces(header, open + 1, 1);
    if (header[i] === '/') i = skipSpaces(header, i + 1, 1);
    const start = i;
    while (isDigit(header[i])) i++;
    if (i === start || i - start > 4) continue;
    const close = header[skipSpaces(header, i, 1)];
    if (close === ')' || close === ']') return Number(header.slice(start, i));
  }
  return undefined;
}

// Scanned by hand, not by a regular expression: runs of spaces must not cost quadratic time.
function outOf(header: string): number | undefined {
  return trailingOutOf(header) ?? bracketedOutOf(header);
}

/** The calendar year a dated header's school year starts in: 12/10/2026 and 25/01/2027 are both 2026. */
export function schoolYearOf(raw: string): number | undefined {
  const startYear = (year: number, month: number) =>
    month >= 1 && month <= 12 ? (month >= 9 ? year : year - 1) : undefined;
  const iso = /\b(\d{4})-(\d{1,2})-\d{1,2}\b/.exec(raw);
  if (iso) return startYear(Number(iso[1]), Number(iso[2]));
  const uk = /\b\d{1,2}([/.-])(\d{1,2})\1(\d{4}|\d{2})\b/.exec(raw);
  if (uk) return startYear(Number(uk[3]) + (uk[3]!.length === 2 ? 2000 : 0), Number(uk[2]));
  const text = normaliseHeader(raw);
  const named = MONTH_YEAR.exec(text);
  if (named) return startYear(Number(named[2]), ((MONTHS.indexOf(named[1]!.slice(0, 3)) + 8) % 12) + 1);
  // "Autumn 2025" starts the school year 2025; "Spring 2026" and "Summer 2026" end it.
  const term = /\b(autumn|aut|spring|spr|summer|sum)\b(?: ?[12])? (\d{4})\b/.exec(text);
  if (term) return Number(term[2]) - (term[1]!.startsWith('aut') ? 0 : 1);
  return undefined;
}

function yearGroupOf(text: string): number | undefined {
  const match = /\b(?:y|yr|year) ?(\d{1,2})\b/.exec(text);
  return match ? Number(match[1]) : undefined;
}

// A primary tracker's subjects: a banner over terms ("Reading" over Autumn, Spring, Summer),
// or a word in a header ("KS1 Maths", "Writing Aut").
const SUBJECTS: [RegExp, string][] = [
  [/\b(reading|read)\b/, 'Reading'],
  [/\b(writing|write)\b/, 'Writing'],
  [/\b(maths|math|mathematics|numeracy)\b/, 'Maths'],
  [/\b(gps|spag|egps|grammar punctuation and spelling)\b/, 'GPS'],
  [/\bscience\b/, 'Science'],
];

/** The primary subject a header names, if any: "KS1 Reading" and "Reading Autumn" are both Reading. */
export function subjectOf(raw: string): string | undefined {
  const text = normaliseHeader(raw);
  if (text.length > MAX_HEADER_LENGTH) return undefined;
  let found: string | undefined;
  for (const [words, subject] of SUBJECTS) {
    if (!words.test(text)) continue;
    // "Reading and writing" names two: no one subject.
    if (found !== undefined) return undefined;
    found = subject;
  }
  return found;
}

/** The longest header, once its spaces and punctuation are folded, that is read as one. */
export const MAX_HEADER_LENGTH = 200;

/** Reads one header cell. `raw` is the header as written (dates as yyyy-mm-dd). */
export function recogniseHeader(written: string): HeaderMeaning {
  const text = normaliseHeader(written);
  // A header is a few words: a paragraph (a note pasted over the table) is none, and is not scanned.
  if (text === '' || text.length > MAX_HEADER_LENGTH) return { role: 'unrecognised' };
  // Long runs of spaces say nothing a single space does not, and would be scanned by every pattern below.
  const raw = written.length > 4 * MAX_HEADER_LENGTH ? written.replace(/\s+/g, ' ') : written;
  // MIS exports qualify a flag: "Pupil Premium Indicator", "EAL (Y/N)", "FSM Eligible".
  const bare = text.replace(/ (indicator|flag|eligible|eligibility|y ?\/ ?n|yes ?\/ ?no)$/, '');
  for (const [role, pattern] of SIMPLE) {
    if (!pattern.test(text) && !(ATTRIBUTE_ROLES.has(role) && pattern.test(bare))) continue;
    // Attendance by term ("Attendance Aut", "Att Spr") gives a trend, so keep its place in the year.
    return role === 'attendance' ? { role, ...assessmentTime(raw, text) } : { role };
  }

  if (INTERVENTION.test(text) && !TARGET.test(text)) {
    return { role: START.test(text) ? 'intervention-start' : 'intervention' };
  }
  if (/^(since|start date|date started)$/.test(text)) return { role: 'intervention-start' };
  // The year of a date ("12/10/26") is not a maximum mark.
  const marksOutOf = outOf(raw.replace(DATE_IN_TEXT, ' '));
  const withOutOf = (meaning: HeaderMeaning): HeaderMeaning =>
    marksOutOf === undefined ? meaning : { ...meaning, outOf: marksOutOf };
  if (TARGET.test(text)) return { role: 'target' };
  if (/\b(predicted|prediction|predictions|forecast|projected)\b/.test(text))
    return { role: 'unrecognised', prediction: true };
  if (PRIOR.test(text)) return withOutOf({ role: 'prior-attainment' });

  const when = assessmentTime(raw, text);
  const focus = FOCUS_PATTERN.exec(text);
  if (focus) {
    const name = focus[2]!.replace(
      /^(af|ao|q|strand) ?(\d+)$/,
      (_m, kind: string, n: string) => `${kind.toUpperCase()}${n}`,
    );
    return withOutOf({
      role: 'focus',
      focus: name === name.toLowerCase() ? capitalise(name) : name,
      ...when,
    });
  }
  if (
    when.time !== undefined ||
    when.order !== undefined ||
    ASSESSMENT_WORDS.test(text) ||
    marksOutOf !== undefined ||
    text.endsWith('%')
  ) {
    const current = when.time === undefined && when.order === undefined && CURRENT.test(text);
    return withOutOf({ role: 'assessment', ...when, ...(current ? { current } : {}) });
  }
  return { role: 'unrecognised' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function assessmentTime(raw: string, text: string): Pick<HeaderMeaning, 'time' | 'order' | 'yearGroup'> {
  const result: Pick<HeaderMeaning, 'time' | 'order' | 'yearGroup'> = {};
  const trimmed = raw.trim();
  // "Year 10 Autumn" names the school year; a dated header (12/10/2026) falls in one.
  const yearGroup = yearGroupOf(text) ?? schoolYearOf(trimmed);
  if (yearGroup !== undefined) result.yearGroup = yearGroup;
  if (
    DATE_TEXT.test(trimmed) ||
    MONTH_WORD.test(text) ||
    /\b(autumn|aut|spring|spr|summer|sum)\b|\b(aut|spr|sum)[12]\b/.test(text)
  ) {
    const time = timeInText(trimmed.replace(/\b(aut|spr|sum)([12])\b/gi, '$1 $2'));
    if (time !== undefined) result.time = time;
  }
  if (/\b(eoy|end of year)\b/.test(text)) result.time = 1;
  if (/\bmid year\b/.test(text)) result.time = 0.5;
  const ordered = ASSESSMENT_ORDERED.exec(text.replace(/\b(t|ht|dd|pc)(\d)/g, '$1 $2'));
  if (ordered && result.time === undefined) result.order = Number(ordered[2]);
  return result;
}
