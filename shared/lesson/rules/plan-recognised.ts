import { defineRule } from '../../rule';
import { hasText, isInterventionPlan, isLessonPlan, kindOf } from '../evidence';
import { trimEndOf } from '../read/text';
import type { LessonPlan, SchemeOutline } from '../types';

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
  else if (count === 0) holds = 'no lessons or topics set out one by one';
  else if (outline?.parts === 'topics') holds = `${plural(count, 'topic title')}${years}`;
  else {
    const withObjectives = plan.lessons?.filter((lesson) => lesson.objectives.length > 0).length ?? 0;
    holds = `${plural(count, 'lesson')}${years}, ${withObjectives === count ? 'each with its own objectives' : `${withObjectives} with objectives of their own`}`;
  }
  const missing = (outline?.lacks ?? []).map((gap) => LACKS[gap]);
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
  const written = plan.objectives.length - placeholders.length;
  // The ladders cover a long scheme's first objectives only (questions.ts): promise no more.
  if (written > 0 && written <= 8)
    after.push(`The question ladders are built from its ${plural(written, 'objective')}.`);
  else if (written > 8)
    after.push(
      `Question ladders are built for its first objectives only (it has ${written}); a single lesson's plan gets its own.`,
    );
  if (plan.cutOff !== undefined) {
    const words = plan.cutOff.text.split(' ');
    const end = words.length > 6 ? `…${words.slice(-6).join(' ')}` : plan.cutOff.text;
    after.push(
      `It stops part-way at line ${plan.cutOff.line} (“${end}”), so only what comes before that has been read.`,
    );
  }
  return { holds, lacks, after: after.length === 0 ? '' : ` ${after.join(' ')}` };
}

type MessageId = 'nothingToRead' | 'notAPlan' | 'scheme' | 'pupilFacing' | 'unrecognised';

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
    return isLessonPlan(plan) || isInterventionPlan(plan)
      ? []
      : [{ messageId: 'unrecognised', severity: 'warning', where: { kind: 'plan' } }];
  },
});
