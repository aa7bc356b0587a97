import { type MetaField, metaForLabel, normaliseLabel } from '../vocabulary';
import { trimEndOf } from './text';

/** Splits a form's header line into its fields: at " · ", " • ", " | ", three spaces or a tab. */
function segments(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    let end = index;
    if (char === '\t') {
      while (text[end] === '\t') end++;
    } else if (char === ' ') {
      while (text[end] === ' ') end++;
      const spaces = end - index;
      const dot = text[end];
      if ((dot === '·' || dot === '•' || dot === '|') && text[end + 1] === ' ') {
        end += 1;
        while (text[end] === ' ') end++;
      } else if (spaces < 3) end = index;
    }
    if (end > index) {
      parts.push(text.slice(start, index));
      start = end;
      index = end;
    } else index++;
  }
  parts.push(text.slice(start));
  return parts;
}

/** "Subject: French · Year: 7 · Lesson length: 60 minutes": several labelled facts on one line. */
export function metaFields(text: string): [MetaField, string][] {
  // "Subject: English. Key stage: Key Stage 3.": fields run on in sentences too.
  const typed = text
    .replace(/\*\*|__|`/g, '')
    .trim()
    .replace(/\. (?=[A-Z][A-Za-z ]{0,25}: )/g, '   ');
  return segments(typed).flatMap((segment): [MetaField, string][] => {
    const trimmed = segment.trim().replace(/^[-*•] /, '');
    const colon = trimmed.indexOf(':');
    if (colon < 1 || colon > 30) return [];
    // "Topic: / Welsh taster": a crawl's cell separator is not part of the value.
    // "Subject: Geography." in a sentence: the full stop ends the sentence, not the subject's name.
    const value = trimEndOf(
      trimmed
        .slice(colon + 1)
        .trim()
        .replace(/^[/|] /, ''),
      '.',
    );
    const field = metaForLabel(normaliseLabel(trimmed.slice(0, colon)));
    return field === undefined || value === '' ? [] : [[field, value]];
  });
}

const SUBJECTS: [RegExp, string][] = [
  [/\b(?:maths|mathematics|math|numeracy)\b/i, 'Mathematics'],
  [
    /\b(?:modern (?:foreign )?languages|language learning|target language|MLAN)\b/i,
    'Modern foreign languages',
  ],
  [
    /\b(?:english|eng|ela|literacy|phonics|guided reading|guided writing|spag|gps|reading (?:lesson|session|tutoring|tuition|intervention))\b/i,
    'English',
  ],
  [/\b(?:biology)\b/i, 'Biology'],
  [/\b(?:chemistry)\b/i, 'Chemistry'],
  [/\b(?:physics)\b/i, 'Physics'],
  [/\b(?:science)\b/i, 'Science'],
  [/\bhistory\b/i, 'History'],
  [/\bgeography\b/i, 'Geography'],
  [
    /\b(?:computing|computer science|ict|computers? (?:think|programs?|programming)|programming|coding|python|raspberry pi|booleans?|digital citizenship|digital footprints?|online safety|e-safety)\b|\bCS\b/i,
    'Computing',
  ],
  [/\bwelsh\b/i, 'Welsh'],
  [/\b(?:french|spanish|german|mfl)\b/i, 'Modern foreign languages'],
  [
    /\bR\.?E\b(?![-'’])|\bRS\b|\bR[VM]E\b|\bRERC\b|[Rr]eligious (?:[Ee]ducation|[Ss]tudies)|[Rr]eligion,? [Vv]alues (?:&|and) [Ee]thics|[Rr]eligious and [Mm]oral/,
    'Religious education',
  ],
  [/\bP\.?E\b(?![-'’])|[Pp]hysical [Ee]ducation/, 'Physical education'],
  [/\b(?:pshe|rshe|citizenship)\b/i, 'PSHE'],
  // Wales's Area of Learning and Experience, named first where it leads the lesson.
  [/\bhealth and well-?being\b/i, 'Health and well-being'],
  [/\bsocial studies\b/i, 'Social studies'],
  [/\b(?:music)\b/i, 'Music'],
  [/\b(?:art|art and design)\b/i, 'Art and design'],
  [/\b(?:design and technology|d&t|dt|food technology)\b/i, 'Design and technology'],
  [/\bdrama\b/i, 'Drama'],
  [/\bbusiness(?: studies)?\b/i, 'Business'],
  [/\b(?:economics|econ)\b/i, 'Economics'],
  [/\bpsychology\b/i, 'Psychology'],
  [/\bsociology\b/i, 'Sociology'],
];

const SCIENCES = new Set(['Biology', 'Chemistry', 'Physics']);

/**
 * The subject of a lesson whose title names its topic, not its subject: the topic's ("simult eqns"
 * is Mathematics, though the notes below say "Sam + Priya out 2nd half for music"), unless the
 * plan's opening names a branch of it ("Rates of reaction" is Science; the page says Chemistry).
 */
export function subjectOfTopic(topic: string | undefined, named: string | undefined): string | undefined {
  if (topic === undefined) return named;
  return topic === 'Science' && named !== undefined && SCIENCES.has(named) ? named : topic;
}

/**
 * Scotland's secondary years as a title states them: "S2 Science – Topic 3". The class code
 * below it ("Class: 2S3") starts with the same year, which elsewhere would read as Year 2.
 */
export function scottishSecondary(title: string, head = ''): string | undefined {
  const year = /^S([1-6]) /.exec(title);
  if (year !== null) return `S${year[1]}`;
  // "BGE – Third/Fourth Level", "Es & Os: MNU 3-08a" over "Class: 3M3": a Scottish secondary's class code
  // starts with its S year, as a page title ("S3 Proportion L2") may say outright.
  // A primary's "Class: P5B" or "Primary 5" is no secondary year, whatever its Es and Os.
  if (!SCOTTISH_SECONDARY.test(head) || /\b(?:primary|P[1-7])\b/i.test(head)) return undefined;
  const named = /\bS([1-6])\b/.exec(head) ?? /\bClass:? ?([1-6])[A-Z]{1,2}\d?\b/.exec(head);
  return named === null ? undefined : `S${named[1]}`;
}
const SCOTTISH_SECONDARY =
  /\b(?:BGE|broad general education|Es ?(?:&|and) ?Os|experiences and outcomes|(?:third|fourth) level|curriculum for excellence|SEEMiS)\b/i;

/** A secondary class code opening a line: "13E1 Econ — LM lesson 4", "9X2 Science", "# 10X2 Biology". */
const CLASS_CODE = /(?:^|\n)[#*\s]{0,6}(1[0-3]|[7-9])[A-Z]{1,2}\d{0,2}\b/;

export function findYearGroup(text: string): string | undefined {
  // A mixed-age class or a span of years: "Year 5/6", "Years 7-9", "Y3 and 4".
  const span = /\b(?:Years?|Yrs?|Y) ?(\d{1,2}) ?(?:[-–—/&]|to|and) ?(?:Years? |Y)?(\d{1,2})(?![\d:.])/i.exec(
    text,
  );
  if (span !== null) {
    const [first, last] = [Number(span[1]), Number(span[2])];
    if (last > first && last <= 13) return `Years ${first}–${last}`;
  }
  // "Year 7s", a form's "Year: 6", Welsh "Bl 6", and a class code that starts with its year: "Class: 9X2".
  const year = /\b(?:Year:?|Yr|Y|Blwyddyn|Bl) ?(\d{1,2})(?!\d)/i.exec(text);
  // "# 10X2 Biology" heads the plan; "(Y9 — see who remembers)" further down recalls an earlier year.
  const code = CLASS_CODE.exec(text);
  if (code !== null && (year === null || code.index < year.index)) return `Year ${code[1]}`;
  if (year !== null) return `Year ${year[1]}`;
  const grade =
    /\b(?:Grade|Gr\.?) ?(\d{1,2}|K)\b/i.exec(text) ?? /\b(\d{1,2})(?:st|nd|rd|th) [Gg]rade\b/.exec(text);
  if (grade !== null) return `Grade ${grade[1]}`;
  const stage = /\b(?:KS|Key Stage) ?([1-5])\b/i.exec(text);
  if (stage !== null) return `Key Stage ${stage[1]}`;
  // Scotland's primary years: "Primary 5".
  const primary = /\bPrimary ([1-7])\b|(?:^|\bClass:?\s*)P([1-7])\b/m.exec(text);
  if (primary !== null) return `Primary ${primary[1] ?? primary[2]}`;
  if (/\bReception\b/i.test(text)) return 'Reception';
  if (/\bNursery\b/i.test(text)) return 'Nursery';
  return undefined;
}

/**
 * The subject the text names first: "Y9 French ... translate into English" is a French lesson. Each
 * pattern is tried once; the earliest match wins, and the list's order breaks a tie.
 */
export function findSubject(text: string): string | undefined {
  let found: { subject: string; at: number } | undefined;
  for (const [pattern, subject] of SUBJECTS) {
    const at = text.search(pattern);
    if (at >= 0 && (found === undefined || at < found.at)) found = { subject, at };
  }
  // Wales's Humanities Area of Learning and Experience, in either language, where no subject of it is named
  // (a Religion, Values and Ethics lesson is RE), or where it is named before another Area it links to
  // ("Humanities (links to Languages, Literacy and Communication)" is no English lesson).
  const humanities = text.search(HUMANITIES);
  if (humanities < 0) return found?.subject;
  return found === undefined || (humanities < found.at && !HUMANITIES_SUBJECTS.has(found.subject))
    ? 'Humanities'
    : found.subject;
}
const HUMANITIES = /\b(?:humanities|dyniaethau)\b/i;

/**
 * "Westfield Academy - Humanities Faculty" over "HISTORY KS3 SCHEME OF WORK": a title that names only the
 * Area (or faculty) gives way to the subject of it the opening names.
 */
export function withinArea(
  fromTitle: string | undefined,
  fromOpening: string | undefined,
): string | undefined {
  return fromTitle === 'Humanities' && fromOpening !== undefined && HUMANITIES_SUBJECTS.has(fromOpening)
    ? fromOpening
    : fromTitle;
}
const HUMANITIES_SUBJECTS = new Set([
  'History',
  'Geography',
  'Religious education',
  'Social studies',
  'Business',
  'Economics',
]);

const LESSON_LENGTH =
  /\b(\d{2,3})[- ]?min(?:ute)?s?\.?[- ](?:lesson|session|period|double)\b|\b(an|one|1(?:\.5)?|two|2) hours? (?:lesson|session|period)\b|\b(?:lesson|session|period|class (?=length|duration|time))(?: ?length| ?duration| ?time)? ?[-–—:](?:\*\*)? ?(\d{2,3}) ?min(?:ute)?s?\b|\bdouble\b[^|\n\d]{0,16}(?:P\d\/\d,? )?(\d{2,3}) ?min(?:ute)?s?\b|\b(?:P|period ?)\d\b[^|\n\d]{0,16}?\(?(\d{2,3}) ?min(?:ute)?s?\b|\b(?:length|duration) ?:(?:\*\*)? ?(\d{2,3}) ?min(?:ute)?s?\b|\bsingle,? (\d{2,3}) ?min(?:ute)?s?\b/i;

/** A cell of a lesson's length alone: "60 mins". */
const MINUTES_CELL = /^(\d{2,3}) ?min(?:ute)?s?$/i;
const SHORTEST_LESSON = 25;
const LONGEST_LESSON = 150;

/**
 * "Mr Adeyemi | Mon P4 | 60 mins | Lab S4 | 14 students": a header line of cells, one of them the lesson's
 * minutes. A timings row opens with its time ("30 mins | Main task"), and a table row with its bar: neither is one.
 */
function headerCellMinutes(text: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('|') || !line.includes(' | ')) continue;
    const cells = line.split('|').map((cell) => cell.trim());
    for (const cell of cells.slice(1)) {
      const minutes = Number(MINUTES_CELL.exec(cell)?.[1] ?? 0);
      if (minutes >= SHORTEST_LESSON && minutes <= LONGEST_LESSON) return minutes;
    }
  }
  return undefined;
}

/** "60 minute lesson", "a one hour session", "Double – P3/4, 100 mins": the length of the lesson, stated in passing. */
export function lessonLength(text: string): number | undefined {
  const match = LESSON_LENGTH.exec(text);
  if (match === null) return headerCellMinutes(text);
  if (match[1] !== undefined) return Number(match[1]);
  // "Tutoring Lesson - 30 Minutes".
  if (match[3] !== undefined) return Number(match[3]);
  // "Double – P3/4, 100 mins".
  if (match[4] !== undefined) return Number(match[4]);
  // "Thurs P4 (60 min)".
  if (match[5] !== undefined) return Number(match[5]);
  // "**Group:** 12PSY-B   **Length:** 60 mins   **Date:** Thurs": a field among the header's others.
  if (match[6] !== undefined) return Number(match[6]);
  // "Lesson: Mon P1–2? – no, single, 60 mins".
  if (match[7] !== undefined) return Number(match[7]);
  const hours = match[2]!.toLowerCase();
  return hours === 'two' || hours === '2' ? 120 : hours === '1.5' ? 90 : 60;
}

/** Labels that open a flattened grid's next cell: a title taken from such a paragraph stops before them. */
const NEXT_CELL = [
  ' Objectives',
  ' Learning objective',
  ' Learning intention',
  ' Success criteria',
  ' Context ',
  ' Starter',
  ' Aims',
];

/**
 * A title from the plan's first line of text, kept to its first part when that line is a whole
 * flattened grid ("Phase 3 - Week 5 Objectives and criteria for success: ...").
 */
export function titleFrom(text: string): string {
  if (text.length <= 100) return text;
  const cuts = NEXT_CELL.map((label) => text.indexOf(label, 8)).filter((at) => at !== -1);
  if (cuts.length > 0) return text.slice(0, Math.min(...cuts)).trim();
  const sentence = text.indexOf('. ');
  if (sentence > 8 && sentence < 120) return text.slice(0, sentence);
  const space = text.lastIndexOf(' ', 100);
  return `${text.slice(0, space > 40 ? space : 100)}…`;
}

/**
 * The years a scheme's own headings span ("### Year 7" ... "### Year 11"): "Years 7–11", or
 * "Years 7, 9 and 11" when it skips some. Undefined unless they name two years or more.
 */
export function yearRange(headings: readonly string[]): string | undefined {
  const years = new Set<number>();
  for (const heading of headings) {
    if (heading.length > 30) continue;
    const year = /^(?:Year|Yr|Y) ?(\d{1,2})\b/i.exec(heading.trim());
    if (year !== null) years.add(Number(year[1]));
  }
  if (years.size < 2) return undefined;
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (last - first + 1 === sorted.length) return `Years ${first}–${last}`;
  return `Years ${sorted.slice(0, -1).join(', ')} and ${last}`;
}

/**
 * The subject a list of topic or unit titles is plainly about: most of the titles that name a
 * subject's topic name this one ("Expanding brackets", "Ratio", "Angle problems": Mathematics).
 */
export function subjectOfTopics(
  titles: readonly string[],
  read: (title: string) => string | undefined,
): string | undefined {
  const counts = new Map<string, number>();
  let named = 0;
  for (const title of titles.slice(0, 300)) {
    const subject = read(title);
    if (subject === undefined) continue;
    named += 1;
    counts.set(subject, (counts.get(subject) ?? 0) + 1);
  }
  const [subject, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return subject !== undefined && named >= 3 && named * 5 >= titles.length * 2 && count * 10 >= named * 7
    ? subject
    : undefined;
}
