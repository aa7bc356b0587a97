import { parseMinutes } from '../timing';
import type { LessonPlan, PlanItem, PlanSection, PlanSession, SectionKind } from '../types';
import type { PlanBlock } from './blocks';
import { findSubject, findYearGroup, lessonLength } from './facts';
import { nextFocus } from './recognisers/next-focus';
import { pastRecord } from './recognisers/past-record';

/** Kinds that make a run of headings a plan of its own: what it is for, and what happens. */
const FRAMING = new Set<SectionKind>(['objectives', 'success-criteria', 'prior-learning']);

/** A heading as a key to compare runs by: its words, without numbering, case or marks. */
function keyOf(heading: string): string {
  let key = '';
  for (const char of heading.slice(0, 60).toLowerCase()) {
    if ((char >= 'a' && char <= 'z') || char > '\u00bf') key += char;
    else if (key !== '' && !key.endsWith(' ')) key += ' ';
  }
  return key.trim();
}

/** A heading that opens a session by naming it ("Monday", "Lesson overview"): its words may differ from copy to copy. */
const opensSession = (section: PlanSection) => section.kind === 'other' || section.kind === 'title';

/**
 * Where the run of headings from `start`, `period` long, recurs whole: the start of each copy.
 * The first heading of a copy may name it differently ("Monday", "Tuesday") when it names no part of a lesson.
 */
function copiesOf(
  sections: readonly PlanSection[],
  keys: readonly string[],
  start: number,
  period: number,
): number[] {
  const starts = [start];
  for (let at = start + period; at + period <= keys.length + 1; at += period) {
    let same = true;
    for (let offset = 0; offset < period && same; offset++) {
      const index = at + offset;
      // The last copy may stop one heading short (a record without its last part).
      if (index >= keys.length) same = offset === period - 1 && starts.length >= 1;
      else if (offset === 0)
        same =
          keys[index] === keys[start] || (opensSession(sections[index]!) && opensSession(sections[start]!));
      else same = keys[index] === keys[start + offset];
    }
    if (!same) break;
    starts.push(at);
  }
  return starts;
}

/** "Evaluation", "Reflection on the lesson", "What went well": a plan's own look back once taught. */
const AFTERWARDS =
  /^(?:\d{1,2}[.)] ?)?(?:lesson )?(?:evaluation|reflection on|self[- ]evaluation|what went well|www|ebi|post[- ]lesson|teacher notes after)/i;
/** "Pupils will...", "We will...", "Students are going to...": a sentence of a plan, said before the teaching. */
const PLANNED = /\b(?:will|are going to|is going to)\b/i;

/** Sentences of a body line, at most a few, cut with a loop. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (
    let index = text.indexOf('. ', from);
    index !== -1 && sentences.length < 12;
    index = text.indexOf('. ', from)
  ) {
    sentences.push(text.slice(from, index + 1).trim());
    from = index + 2;
  }
  sentences.push(text.slice(from).trim());
  return sentences;
}

/**
 * Whether the sections were written after the teaching, in the past tense ("We began by
 * reviewing...", "was introduced to..."), with what they say comes next ("Focus for Next Lesson").
 */
export function readRecord(sections: readonly PlanSection[]): { record: boolean; nextFocus: PlanItem[] } {
  let told = 0;
  let planned = 0;
  const next: PlanItem[] = [];
  for (const section of sections) {
    if (nextFocus.read(section.heading) !== undefined) {
      next.push(...section.body.filter((entry) => /[\p{L}\d]/u.test(entry.text)));
      continue;
    }
    // What pupils already know is told in the past in a plan too ("Last lesson we looked at..."),
    // and so is a plan's evaluation written after teaching it.
    if (section.kind === 'prior-learning' || section.kind === 'context' || AFTERWARDS.test(section.heading))
      continue;
    for (const entry of section.body.slice(0, 20))
      for (const sentence of sentencesOf(entry.text)) {
        if (pastRecord.read(sentence) !== undefined) told += 1;
        else if (PLANNED.test(sentence)) planned += 1;
      }
  }
  const record = (told >= 2 || (told >= 1 && next.length > 0)) && told > planned;
  return { record, nextFocus: next };
}

/** One session's own facts, read from its first lines as the whole plan's are read from its top. */
function session(
  plan: LessonPlan,
  blocks: readonly PlanBlock[],
  sections: PlanSection[],
  endLine: number,
  above: string,
): PlanSession {
  const first = sections[0]!;
  const opening = blocks
    .filter((block) => block.line >= first.line && block.line <= endLine)
    .slice(0, 4)
    .map((block) => block.text)
    .join('\n');
  // "Sample Lesson Overview" heads both sessions: the line under it names this one.
  const naming = first.body[0]?.text;
  const title =
    naming !== undefined && naming.length <= 160 && findYearGroup(first.heading) === undefined
      ? naming
      : first.heading;
  const within = (item: PlanItem) => item.line >= first.line && item.line <= endLine;
  const found: PlanSession = {
    title: title.slice(0, 160),
    line: first.line,
    endLine,
    objectives: plan.objectives.filter(within),
    successCriteria: plan.successCriteria.filter(within),
    sections,
  };
  const subject = findSubject(opening) ?? findSubject(above);
  if (subject !== undefined) found.subject = subject;
  const yearGroup = findYearGroup(opening) ?? findYearGroup(above);
  if (yearGroup !== undefined) found.yearGroup = yearGroup;
  const minutes = lessonLength(opening) ?? parseMinutes(first.heading) ?? lessonLength(above);
  if (minutes !== undefined) found.lessonMinutes = minutes;
  const { record, nextFocus: next } = readRecord(sections);
  if (record) found.record = true;
  if (next.length > 0) found.nextFocus = next;
  return found;
}

/**
 * The sessions of a document that holds several written out in full: the same run of three or
 * more headings (opened by one naming the session, with an objective or focus among them) once for each session,
 * as two pupils' tuition records or a week of daily plans are laid out. Undefined for one session.
 */
export function readSessions(plan: LessonPlan, blocks: readonly PlanBlock[]): PlanSession[] | undefined {
  const { sections } = plan;
  const keys = sections.map((section) => keyOf(section.heading));
  const where = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const seen = where.get(key);
    if (seen === undefined) where.set(key, [index]);
    else if (seen.length < 4) seen.push(index);
  });
  for (let start = 0; start < Math.min(sections.length - 5, 8); start++) {
    // A second copy starts one before the next place this run's second heading comes again.
    for (const again of where.get(keys[start + 1]!) ?? []) {
      const period = again - (start + 1);
      if (period < 3) continue;
      // Each session opens with a heading that names it ("Monday", "Lesson overview") and says what it is for.
      if (!opensSession(sections[start]!)) continue;
      if (!sections.slice(start, start + period).some((section) => FRAMING.has(section.kind))) continue;
      const starts = copiesOf(sections, keys, start, period);
      if (starts.length < 2) continue;
      // What the document says above its first session ("Year 2 Maths: a week on money") holds for each.
      const above = blocks
        .filter((block) => block.line < sections[start]!.line)
        .slice(0, 6)
        .map((block) => block.text)
        .join('\n');
      return starts.map((at, index) => {
        const next = starts[index + 1];
        const own = sections.slice(at, next ?? sections.length);
        const endLine =
          next === undefined ? Math.max(...own.map((section) => section.endLine)) : sections[next]!.line - 1;
        return session(plan, blocks, own, endLine, above);
      });
    }
  }
  return undefined;
}

/**
 * One session of a document as a plan of its own, so that a generator builds for one pupil's
 * session only (a plenary about fractions, not fractions and narrative writing). Line numbers
 * stay the document's; the lines outside the session are blank.
 */
export function planOfSession(plan: LessonPlan, session: PlanSession): LessonPlan {
  const within = (item: PlanItem) => item.line >= session.line && item.line <= session.endLine;
  const own: LessonPlan = {
    ...plan,
    title: session.title,
    objectives: session.objectives,
    successCriteria: session.successCriteria,
    misconceptions: plan.misconceptions.filter(within),
    sections: session.sections,
    lines: plan.lines.map((line, index) => (within({ text: line, line: index + 1 }) ? line : '')),
  };
  // The document's own facts give way to the session's.
  for (const fact of ['sessions', 'subject', 'yearGroup', 'lessonMinutes', 'record', 'nextFocus'] as const)
    delete own[fact];
  if (session.subject !== undefined) own.subject = session.subject;
  if (session.yearGroup !== undefined) own.yearGroup = session.yearGroup;
  if (session.lessonMinutes !== undefined) own.lessonMinutes = session.lessonMinutes;
  if (session.record === true) own.record = true;
  if (session.nextFocus !== undefined) own.nextFocus = session.nextFocus;
  if (plan.cutOff !== undefined && !within(plan.cutOff)) delete own.cutOff;
  return own;
}
