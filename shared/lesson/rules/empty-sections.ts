import { defineRule } from '../../rule';
import { at } from '../evidence';
import type { LessonPlan, PlanSection, SectionKind } from '../types';
import { EPISODE_KINDS } from '../vocabulary';

/** Parts a plan cannot leave blank: a heading for one of these with nothing under it is unfinished. */
const MUST_HAVE_CONTENT: readonly SectionKind[] = [
  'objectives',
  'success-criteria',
  'starter',
  'main',
  'guided',
  'independent',
  'mini-plenary',
  'plenary',
  'differentiation',
  'sen',
  'eal',
  'most-able',
  'assessment',
  'teaching-assistant',
];

/** A Markdown heading's level ("### Starter" is 3); 0 for a line that is not one. */
function headingLevel(line: string): number {
  const text = line.trimStart();
  let level = 0;
  while (level < text.length && text[level] === '#') level += 1;
  return level;
}

/**
 * Whether the heading's content may sit under the headings after it: "## Getting Started" over
 * "### 1) Review", or a "# See this in action" box straight after "## Lesson starter". Without
 * Markdown levels, a heading straight after it of the same kind, or of no known kind, is taken as
 * its part ("Main" then "Activity 1").
 */
function contentFollows(plan: LessonPlan, section: PlanSection, next: PlanSection | undefined): boolean {
  if (next === undefined) return false;
  // "## Teaching Summary" over "1) Review", "2) Vocabulary": the list is its content.
  if (isListEntry(plan.lines[next.line - 1] ?? '')) return true;
  const level = headingLevel(plan.lines[section.line - 1] ?? '');
  const nextLevel = headingLevel(plan.lines[next.line - 1] ?? '');
  if (level > 0 && nextLevel > 0) return nextLevel !== level;
  // "CARPET (20 mins)" straight over "Warm up (3 mins)", "Teaching", "Talk partners (5 mins)": a timed block
  // of the lesson, its parts written as their own headings below it.
  // A timings table's empty row ("| 30 minutes | Animation activity |") is still empty.
  if (
    section.minutes !== undefined &&
    !(plan.lines[section.line - 1] ?? '').trimStart().startsWith('|') &&
    EPISODE_KINDS.includes(next.kind) &&
    next.line <= section.line + 2 &&
    (next.minutes === undefined || next.minutes < section.minutes)
  )
    return true;
  return (
    next.kind === section.kind || next.kind === 'other' || (PARTS_OF[section.kind] ?? []).includes(next.kind)
  );
}

/** Parts that a heading often groups: "Adaptations" over "SEND:" and "EAL:", "Main" over "Guided group". */
const PARTS_OF: Partial<Record<SectionKind, readonly SectionKind[]>> = {
  differentiation: ['sen', 'eal', 'most-able', 'teaching-assistant'],
  main: ['guided', 'independent', 'mini-plenary'],
};

/** A numbered or bulleted line: one entry in a list of the lesson's parts, not a heading to fill in. */
function isListEntry(line: string): boolean {
  const text = line.trimStart();
  if ('-*•+'.includes(text[0] ?? '#')) return true;
  let digits = 0;
  while (digits < text.length && text[digits]! >= '0' && text[digits]! <= '9') digits += 1;
  return digits > 0 && (text[digits] === ')' || text[digits] === '.');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A heading that sends the reader to where the part is written: "(see below)", "see slides", "see sheet". */
const POINTS_ELSEWHERE =
  /\bsee (?:below|above|over|attached|overleaf|slides?|sheet|ppt|powerpoint|appendix|resources?)\b/i;
/** A template's box for after the lesson: "Evaluation", "Evaluation / next steps", "Reflection". */
const AFTER_TEACHING =
  /^(?:lesson )?(?:evaluation|reflection|review of (?:the )?lesson)(?: ?(?:\/|and|&) ?next steps)?$/i;

/** What a template holds until the teacher writes the part: "TBC", "...", "-". */
const PLACEHOLDER = /^(?:tbc|tbd|tba|to follow|to be confirmed|to do|todo|n\/a|x+|\?+|\.+|-+|–|—|_+)$/i;
const isPlaceholder = (entry: { text: string }) => PLACEHOLDER.test(entry.text.trim());

/** Parts that say what some pupils will have: empty, they leave those pupils unplanned for. */
const PROVISION: readonly SectionKind[] = ['differentiation', 'sen', 'eal', 'most-able'];

const messageFor = (kind: SectionKind) =>
  kind === 'plenary'
    ? ('emptyPlenary' as const)
    : PROVISION.includes(kind)
      ? ('emptyProvision' as const)
      : ('empty' as const);

export const emptySections = defineRule<LessonPlan, 'emptyPlenary' | 'emptyProvision' | 'empty'>({
  id: 'lesson/empty-sections',
  title: 'Every part of the plan filled in',
  guidance: 'hqtl/episodes',
  severity: 'suggestion',
  messages: {
    emptyPlenary:
      'The "{heading}" part has nothing written under it yet: how will the lesson end? A plenary that returns to the objective and names next steps lets pupils see their progress.',
    empty: 'The "{heading}" part has nothing written under it yet: what will happen here?',
    emptyProvision:
      'The "{heading}" part has nothing written under it yet: which pupils in this class need something different in this lesson, and what will they have?',
  },
  check(plan) {
    return plan.sections.flatMap((section, index) => {
      if (!MUST_HAVE_CONTENT.includes(section.kind) || !section.body.every(isPlaceholder)) return [];
      if (contentFollows(plan, section, plan.sections[index + 1])) return [];
      if (isListEntry(plan.lines[section.line - 1] ?? '')) return [];
      // "Activity in groups (see below)": the part is written out elsewhere, as its heading says.
      if (POINTS_ELSEWHERE.test(section.heading)) return [];
      // "Evaluation / next steps" at the foot of a template is filled in once the lesson is taught.
      if (
        AFTER_TEACHING.test(section.heading.trim()) &&
        plan.sections.slice(index + 1).every((later) => later.body.length === 0)
      )
        return [];
      // A part named in an overview and written out further down is not empty.
      const writtenElsewhere = plan.sections.some(
        (other) => other !== section && other.body.length > 0 && sameName(other.heading, section.heading),
      );
      if (writtenElsewhere) return [];
      // Objectives or criteria read from elsewhere in the plan fill the part, wherever they are written.
      if (section.kind === 'objectives' && plan.objectives.length > 0) return [];
      if (section.kind === 'success-criteria' && plan.successCriteria.length > 0) return [];
      return [
        {
          messageId: messageFor(section.kind),
          data: { heading: section.heading },
          ...at({ text: section.heading, line: section.line }),
        },
      ];
    });
  },
});
