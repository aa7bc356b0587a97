import { defineRule } from '../../rule';
import { hasText, isInterventionPlan, isLessonPlan, kindOf } from '../evidence';
import type { LessonPlan } from '../types';

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
      "This reads as a scheme of work or unit overview covering {lessons}, so it is not audited as one lesson (no starter, plenary or timing prompts). Open a single lesson's plan for those; the question ladders come from the objectives here.",
    pupilFacing:
      "This reads as a page written for pupils (a worksheet or task sheet) rather than a teacher's plan, so it is not audited as one: the plan that uses it is where the objectives, episodes and plenary belong.",
    unrecognised:
      "Trajectory found no learning objective and no lesson episodes here, so it has not checked this as a plan: the guide's planning flow expects, in order: learning objectives; success criteria pupils can check themselves against; the lesson as episodes (a start tied to the objectives, the teaching, practice) with rough timings; and a plenary that reviews learning and names next steps.",
  },
  check(plan) {
    if (!hasText(plan)) return [{ messageId: 'nothingToRead', where: { kind: 'plan' } }];
    const kind = kindOf(plan);
    if (kind === 'not-a-plan') return [{ messageId: 'notAPlan', where: { kind: 'plan' } }];
    if (kind === 'scheme') {
      const count = plan.lessons?.length ?? 0;
      return [
        {
          messageId: 'scheme',
          data: { lessons: count > 1 ? `${count} lessons` : 'several lessons' },
          where: { kind: 'plan' },
        },
      ];
    }
    if (kind === 'pupil-facing') return [{ messageId: 'pupilFacing', where: { kind: 'plan' } }];
    return isLessonPlan(plan) || isInterventionPlan(plan)
      ? []
      : [{ messageId: 'unrecognised', severity: 'warning', where: { kind: 'plan' } }];
  },
});
