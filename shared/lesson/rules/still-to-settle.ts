import { defineRule } from '../../rule';
import { at, isLessonPlan, teachingSections } from '../evidence';
import type { LessonPlan, PlanItem, SectionKind } from '../types';
import { ADAPTING_KINDS } from '../vocabulary';

/**
 * The teacher's own marks for what is not settled: "TBC", "CHECK before 2nd per", written in capitals.
 * "MWB CHECK 1" names a part of the lesson, a check pupils do: only "CHECK" with what to check is a note.
 */
const UNSETTLED_WORD =
  /\b(?:TBC|TBD|TBA)\b|\bCHECK(?: (?:before|with|if|that|this|it|the|what|whether|which|pages?)\b|[!?)]|$)/;

/** A line the teacher has marked as not settled: "we ignore the sign mostly??", "(all 2 cm? or 1 in? CHECK...)". */
const unsettled = (text: string) => text.includes('??') || UNSETTLED_WORD.test(text);

/** A line that is only the mark ("TBC", "??") empties its part, which lesson/empty-sections asks about. */
const isOnlyAMark = (text: string) => /^(?:|TBC|TBD|TBA)$/i.test(text.replace(/\P{L}/gu, ''));

/** Parts other rules ask about when unsettled: adaptations (lesson/inclusion-gaps), an "if time" plenary. */
const ASKED_ELSEWHERE: ReadonlySet<SectionKind> = new Set([...ADAPTING_KINDS, 'plenary']);

/** The most lines quoted: the rest are the teacher's to find. */
const MOST_QUOTED = 3;
/** How much of a line is quoted around its mark. */
const QUOTE_ROOM = 70;

/** The words of a line up to its mark, shortened from the front: "…we ignore the sign mostly??". */
function upToMark(text: string): string {
  const mark = text.includes('??') ? text.indexOf('??') + 2 : (UNSETTLED_WORD.exec(text)?.index ?? 0) + 5;
  const end = Math.min(text.length, Math.max(mark, 1));
  const start = Math.max(0, end - QUOTE_ROOM);
  const cut = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  return `${cut > 0 ? '…' : ''}${text.slice(cut, end).trim()}`;
}

/**
 * What the teacher has marked as still to check or decide, in the lesson itself: a question to
 * themselves ("we ignore the sign mostly??") or a note in capitals ("CHECK before 2nd per"). Said
 * once, with the plan's own words, so it is settled before the lesson rather than in front of the class.
 */
export const stillToSettle = defineRule<LessonPlan, 'unsettled'>({
  id: 'lesson/still-to-settle',
  title: 'Nothing left to settle in front of the class',
  guidance: 'hqtl/planning-flow',
  severity: 'suggestion',
  messages: {
    unsettled:
      'The plan marks {count} still to settle: {lines}. Could you settle {them} before the lesson (with your mentor or the department where it is the subject itself), so nothing is decided in front of the class?',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const marked: PlanItem[] = teachingSections(plan)
      .filter((section) => !ASKED_ELSEWHERE.has(section.kind))
      .flatMap((section) =>
        section.body.flatMap((entry) => {
          if (!unsettled(entry.text)) return [];
          if (!isOnlyAMark(entry.text)) return [entry];
          // "| Apply | TBC | Write a sentence... |": the class's cell of a grid's row, beside the groups' cells.
          return section.body.length > 1
            ? [{ text: `${section.heading}: ${entry.text}`, line: entry.line }]
            : [];
        }),
      );
    const [first] = marked;
    if (first === undefined) return [];
    const lines = marked
      .slice(0, MOST_QUOTED)
      .map((entry) => `"${upToMark(entry.text)}"`)
      .join(', ');
    return [
      {
        messageId: 'unsettled',
        data: {
          count: marked.length === 1 ? 'one thing' : `${marked.length} things`,
          lines,
          them: marked.length === 1 ? 'it' : 'them',
        },
        ...at(first),
      },
    ];
  },
});
