import type { Location, RuleReport } from '../rule';
import type { LessonPlan, PlanSection, SectionKind } from './types';
import { EPISODE_KINDS } from './vocabulary';

interface PlanText {
  text: string;
  /** Offset in `text` where each line starts, for turning a match into a line number. */
  starts: number[];
}

// Rules search the same plan many times; one joined text per plan keeps a search to one regex pass.
const joined = new WeakMap<LessonPlan, PlanText>();

function planText(plan: LessonPlan): PlanText {
  let cached = joined.get(plan);
  if (cached === undefined) {
    const starts: number[] = [];
    let offset = 0;
    for (const line of plan.lines) {
      starts.push(offset);
      offset += line.length + 1;
    }
    cached = { text: plan.lines.join('\n'), starts };
    joined.set(plan, cached);
  }
  return cached;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The first line of the plan the pattern matches, or undefined. Patterns must not be global. */
export function findLine(plan: LessonPlan, pattern: RegExp): number | undefined {
  const { text, starts } = planText(plan);
  const match = pattern.exec(text);
  return match === null ? undefined : lineAt(starts, match.index);
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** Every line of the plan the pattern matches, in order, each once. */
export function findLines(plan: LessonPlan, pattern: RegExp): number[] {
  const { text, starts } = planText(plan);
  let everywhere = globalVersions.get(pattern);
  if (everywhere === undefined) {
    everywhere = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globalVersions.set(pattern, everywhere);
  }
  const lines: number[] = [];
  for (const match of text.matchAll(everywhere)) {
    const line = lineAt(starts, match.index);
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** The first line within the given sections (heading or body) that the pattern matches. */
export function findLineIn(sections: readonly PlanSection[], pattern: RegExp): number | undefined {
  for (const section of sections) {
    if (pattern.test(section.heading)) return section.line;
    const hit = section.body.find((entry) => pattern.test(entry.text));
    if (hit !== undefined) return hit.line;
  }
  return undefined;
}

export function sectionsOf(plan: LessonPlan, ...kinds: SectionKind[]): PlanSection[] {
  return plan.sections.filter((section) => kinds.includes(section.kind));
}

/** The parts of the lesson pupils live through, in plan order. */
export function episodesOf(plan: LessonPlan): PlanSection[] {
  return plan.sections.filter((section) => EPISODE_KINDS.includes(section.kind));
}

/**
 * Whether the text is recognisably a lesson plan: it states an objective or has at least one
 * episode. Rules about the lesson's shape stay silent on anything else.
 */
export function isLessonPlan(plan: LessonPlan): boolean {
  return plan.objectives.length > 0 || episodesOf(plan).length > 0;
}

const INTERVENTION_TITLE =
  /\b(?:intervention|tuition|tutoring|tutorial|catch[- ]up|one[- ]to[- ]one|1:1|1-1|wave [23]|small[- ]group support|booster)\b/i;

/**
 * Whether this is a plan for an intervention or tuition session rather than a class lesson:
 * its title or a heading says so, or it is built from the tuition sequence's stages.
 */
export function isInterventionPlan(plan: LessonPlan): boolean {
  let answer = interventionPlans.get(plan);
  if (answer === undefined) {
    answer = readsAsInterventionPlan(plan);
    interventionPlans.set(plan, answer);
  }
  return answer;
}

// Most rules ask this of the same plan.
const interventionPlans = new WeakMap<LessonPlan, boolean>();

function readsAsInterventionPlan(plan: LessonPlan): boolean {
  if (INTERVENTION_TITLE.test(plan.title)) return true;
  const headings = plan.sections.filter(
    (section) => section.kind !== 'teaching-assistant' && section.kind !== 'sen',
  );
  if (headings.some((section) => INTERVENTION_TITLE.test(section.heading))) return true;
  return sectionsOf(plan, 'intervention').length >= 3;
}

/**
 * Where a prompt about something missing should point: the first section, in order of
 * preference, where the teacher would add it; the whole plan when there is none.
 */
export function placeFor(plan: LessonPlan, ...kinds: SectionKind[]): Location {
  for (const kind of kinds) {
    const section = plan.sections.find((candidate) => candidate.kind === kind);
    if (section !== undefined) return { kind: 'plan', line: section.line, section: section.heading };
  }
  return { kind: 'plan' };
}

/** Parts of the plan that say what happens in the lesson, rather than its title, aims or vocabulary. */
const FRAMING_KINDS: readonly SectionKind[] = [
  'title',
  'context',
  'prior-learning',
  'objectives',
  'success-criteria',
  'keywords',
  'misconceptions',
  'resources',
];

export function teachingSections(plan: LessonPlan): PlanSection[] {
  return plan.sections.filter((section) => !FRAMING_KINDS.includes(section.kind));
}

/** '"Starter"', '"Starter" and "Main"', '"Starter", "Main" and "Plenary"': sections named in a prompt. */
export function namesOf(sections: readonly PlanSection[]): string {
  const names = sections.map((section) => `"${section.heading}"`);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The heading and body text of the given sections. */
export function textOf(sections: readonly PlanSection[]): string {
  return sections
    .map((section) => `${section.heading}\n${section.body.map((entry) => entry.text).join('\n')}`)
    .join('\n');
}

/** How a group of pupils with particular needs (SEN, EAL) is catered for in a plan. */
export interface NeedsPatterns {
  /** The plan's own section for this group. */
  section: SectionKind;
  /** Where a prompt for a missing section belongs, after the group's own section. */
  nearby: SectionKind[];
  /** Words that mention the group or its provision. */
  mentions: RegExp[];
  /** A line that only counts the group ("2 EAL") says who is in the class, not what is planned. */
  headcount: RegExp;
}

/**
 * Provision for a group of pupils: designed in (a section, or a mention that is more than a
 * headcount), noticed but not designed (only a headcount), or not mentioned at all. Tuition
 * and intervention sessions are already shaped around their pupils, so they are left alone.
 */
export function needsProvision(
  plan: LessonPlan,
  patterns: NeedsPatterns,
): RuleReport<'missing' | 'notDesigned' | 'planned'>[] {
  if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
  const mentions = patterns.mentions.flatMap((pattern) => findLines(plan, pattern)).sort((a, b) => a - b);
  const designed =
    sectionsOf(plan, patterns.section)[0]?.line ??
    mentions.find((line) => !patterns.headcount.test(plan.lines[line - 1]!));
  if (designed !== undefined)
    return [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line: designed } }];
  return mentions[0] === undefined
    ? [{ messageId: 'missing', where: placeFor(plan, patterns.section, ...patterns.nearby) }]
    : [{ messageId: 'notDesigned', where: { kind: 'plan', line: mentions[0] } }];
}
