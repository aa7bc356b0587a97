import { defineRule } from '../../rule';
import { at, hasText, isInterventionPlan, isLessonPlan, kindOf, shapeOf } from '../evidence';
import { trimEndOf } from '../read/text';
import { parseMinutes } from '../timing';
import type { LessonPlan, PlanItem, SchemeOutline } from '../types';
import { cutEnding } from './plan-cut-off';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "objectives, assessment or progression steps": the things named, as a sentence lists them. */
function listed(things: readonly string[], last: string): string {
  return things.length <= 1
    ? (things[0] ?? '')
    : `${things.slice(0, -1).join(', ')} ${last} ${things[things.length - 1]}`;
}

const LACKS: Record<SchemeOutline['lacks'][number], string> = {
  objectives: 'objectives',
  'success criteria': 'success criteria',
  assessment: 'assessment',
  progression: 'progression steps',
};

/**
 * What a scheme holds and lacks, in a new teacher's words: "126 topic titles for Years 7–11, with
 * no objectives, assessment or progression steps to review"; an objective still to be written;
 * where it stops, if cut; and ladders only where it has objectives to build them on.
 */
function schemeNotice(plan: LessonPlan): { holds: string; lacks: string; after: string } {
  const outline = plan.scheme;
  const years = plan.yearGroup?.startsWith('Years ') ? ` for ${plan.yearGroup}` : '';
  const count = outline?.count ?? plan.lessons?.length ?? 0;
  let holds: string;
  if (outline?.parts === 'days') holds = `a weekly grid of ${plural(count, 'session')}${years}`;
  // Lessons or topics the reader could not tell apart are not absent: say so, and claim nothing it lacks.
  else if (count === 0) holds = 'a layout whose lessons or topics could not be told apart here';
  else if (outline?.parts === 'topics') holds = `${plural(count, 'topic title')}${years}`;
  else {
    const withObjectives = plan.lessons?.filter((lesson) => lesson.objectives.length > 0).length ?? 0;
    holds = `${plural(count, 'lesson')}${years}, ${withObjectives === count ? 'each with its own objectives' : `${withObjectives} with objectives of their own`}`;
  }
  const missing = count === 0 ? [] : (outline?.lacks ?? []).map((gap) => LACKS[gap]);
  const joiner = count === 0 ? ', and' : outline?.parts === 'lessons' ? ', but' : ', with';
  const lacks = missing.length === 0 ? '' : `${joiner} no ${listed(missing, 'or')} to review`;
  const after: string[] = [];
  const placeholders = plan.objectives.filter((objective) => objective.placeholder === true);
  if (placeholders.length > 0) {
    const first = { ...placeholders[0]!, text: trimEndOf(placeholders[0]!.text, '.') };
    after.push(
      placeholders.length === 1
        ? `One objective is still a placeholder, at line ${first.line}: “${first.text}”.`
        : `${placeholders.length} objectives are still placeholders, the first at line ${first.line}: “${first.text}”.`,
    );
  }
  if (plan.cutOff !== undefined) {
    after.push(
      `It stops part-way, at “${cutEnding(plan.cutOff.text)}”, so only what comes before that has been read.`,
    );
  }
  return { holds, lacks, after: after.length === 0 ? '' : ` ${after.join(' ')}` };
}

/** A note's opening words, to six: “recap ch2 quiz – 10 q's…”. */
function opening(text: string): string {
  const words = text.split(' ').filter((word) => word !== '');
  return words.length > 6
    ? `${trimEndOf(words.slice(0, 6).join(' '), ',;:–—-').trimEnd()}…`
    : words.join(' ');
}

/** How a brief plan ends, if it says: "plenary", "exit ticket", "review what we learnt". */
const ENDING = /\b(?:plenary|exit ticket|exit quiz|review|reflect|recap what)\b/i;

/**
 * What a brief plan lists and lacks, in its own words: "a list of 6 activities (“recap ch2
 * quiz…”, “key words on board…”, “read ch3 aloud…” and 3 more), with no objective, success
 * criteria, timings or ending".
 */
function briefNotice(activities: readonly PlanItem[]): { count: number; listed: string; lacks: string } {
  const shown = activities.slice(0, 3).map((activity) => `“${opening(activity.text)}”`);
  const more = activities.length - shown.length;
  const lacks = ['objective', 'success criteria'];
  if (!activities.some((activity) => parseMinutes(activity.text) !== undefined)) lacks.push('timings');
  if (!activities.some((activity) => ENDING.test(activity.text))) lacks.push('ending');
  return {
    count: activities.length,
    listed: more > 0 ? `${shown.join(', ')} and ${more} more` : listed(shown, 'and'),
    lacks: listed(lacks, 'or'),
  };
}

type MessageId =
  | 'nothingToRead'
  | 'notAPlan'
  | 'scheme'
  | 'pupilFacing'
  | 'brief'
  | 'unrecognised'
  | 'incomplete';

/**
 * What the document is, said once and honestly, so that nothing is called complete when it was not
 * read as a lesson: a scheme of work, a pupils' page or a note is not audited as a lesson plan.
 */
export const planRecognised = defineRule<LessonPlan, MessageId>({
  id: 'lesson/plan-recognised',
  title: 'Read as a lesson plan',
  guidance: 'hqtl/planning-flow',
  severity: 'info',
  messages: {
    nothingToRead: 'There is no text here to read as a lesson plan.',
    notAPlan:
      "This does not read as a lesson plan (no objective, no episodes, no ending), so it has not been audited as one. If it is the start of a plan, the guide's planning flow expects, in order: learning objectives; success criteria pupils can check themselves against; the lesson as episodes (a start tied to the objectives, the teaching, practice) with rough timings; and a plenary that reviews learning and names next steps.",
    scheme:
      "This reads as a scheme of work or unit overview: {holds}{lacks}. It is not audited as one lesson (no starter, plenary or timing prompts): open a single lesson's plan for those.{after}",
    pupilFacing:
      "This reads as a page written for pupils (a worksheet or task sheet) rather than a teacher's plan, so it is not audited as one: the plan that uses it is where the objectives, episodes and plenary belong.",
    brief:
      "This reads as a brief lesson plan: a list of {count} activities ({listed}), with no {lacks} yet. To shape it, the guide's planning flow expects, in order: 1. a learning objective; 2. success criteria pupils can check themselves against; 3. the lesson as episodes (a start tied to the objective, the teaching, practice), each with a rough timing; 4. an ending: a plenary that reviews learning and names next steps.",
    incomplete:
      "Trajectory read this as a lesson plan but found no {lacks} in it, so it cannot yet say the lesson is complete: the guide's planning flow expects, in order: learning objectives; success criteria pupils can check themselves against; the lesson as episodes (a start tied to the objectives, the teaching, practice) with rough timings; and a plenary that reviews learning and names next steps.",
    unrecognised:
      "Trajectory found no learning objective and no lesson episodes here, so it has not checked this as a plan: the guide's planning flow expects, in order: learning objectives; success criteria pupils can check themselves against; the lesson as episodes (a start tied to the objectives, the teaching, practice) with rough timings; and a plenary that reviews learning and names next steps.",
  },
  check(plan) {
    if (!hasText(plan)) return [{ messageId: 'nothingToRead', where: { kind: 'plan' } }];
    const kind = kindOf(plan);
    if (kind === 'not-a-plan') return [{ messageId: 'notAPlan', where: { kind: 'plan' } }];
    if (kind === 'scheme')
      return [{ messageId: 'scheme', data: schemeNotice(plan), where: { kind: 'plan' } }];
    if (kind === 'pupil-facing') return [{ messageId: 'pupilFacing', where: { kind: 'plan' } }];
    if (isInterventionPlan(plan)) return [];
    if (isLessonPlan(plan)) {
      // Said only where no other prompt is left (lesson/analyse keeps it last): a plan without its
      // objectives, episodes or ending is never told "nothing obvious is missing".
      const shape = shapeOf(plan);
      const lacks = [
        shape.objectives ? undefined : 'learning objective',
        shape.episodes ? undefined : 'lesson episodes',
        shape.ending ? undefined : 'ending',
      ].filter((part): part is string => part !== undefined);
      return lacks.length === 0
        ? []
        : [{ messageId: 'incomplete', data: { lacks: listed(lacks, 'or') }, where: { kind: 'plan' } }];
    }
    const first = plan.activities?.[0];
    // A brief plan is told, in one list, what turns its notes into a lesson's plan.
    if (first !== undefined)
      return [{ messageId: 'brief', severity: 'warning', data: briefNotice(plan.activities!), ...at(first) }];
    return [{ messageId: 'unrecognised', severity: 'warning', where: { kind: 'plan' } }];
  },
});
