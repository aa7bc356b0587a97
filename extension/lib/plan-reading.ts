import { shapeOf } from '../../shared/lesson/evidence';
import type { LessonAnalysis, LessonPlan } from '../../shared/lesson/types';

/**
 * What Trajectory took the document for, said first in the panel so the teacher can see at a
 * glance whether it read their plan as they wrote it: the kind of document, its parts (or a
 * scheme's lessons) and anything that limits the check.
 */
export interface PlanReading {
  /** One line: "Read as a lesson plan", "Read as a scheme of work with 6 lessons"... */
  line: string;
  /** The parts as the plan names them ("Starter (10 mins)"), or a scheme's lessons in order. */
  parts: string[];
  /** What the parts are: shown as the fold's label. */
  partsLabel: string;
  /** A scheme's lessons come in order, so the panel numbers them. */
  numbered: boolean;
  /** What the teacher should know about the check itself: a plan cut off, a page read only in part. */
  notes: string[];
}

/** The part as the plan names it, with its minutes where the heading does not already give them. */
function partName(section: LessonPlan['sections'][number]): string {
  const { heading, minutes } = section;
  return minutes === undefined || heading.includes(String(minutes)) ? heading : `${heading} (${minutes} min)`;
}

function kindLine(plan: LessonPlan): string {
  switch (plan.kind) {
    case 'scheme': {
      const count = plan.lessons?.length ?? 0;
      return count === 0
        ? 'Read as a scheme of work or unit overview, not a single lesson.'
        : `Read as a scheme of work with ${count === 1 ? '1 lesson' : `${count} lessons`}, not a single lesson.`;
    }
    case 'tuition':
      return 'Read as a tuition or intervention session.';
    case 'pupil-facing':
      return "Read as work for pupils (a worksheet or task page), not a teacher's plan.";
    case 'not-a-plan':
      return 'Not read as a lesson plan.';
    default:
      return 'Read as a lesson plan.';
  }
}

/** Whether the plan has objectives, episodes and an ending: only then is "nothing obvious is missing" said. */
export function readsComplete(plan: LessonPlan): boolean {
  const shape = shapeOf(plan);
  return shape.objectives && shape.episodes && shape.ending;
}

export function planReading(analysis: LessonAnalysis, clipped: boolean): PlanReading {
  const { plan } = analysis;
  const scheme = plan.kind === 'scheme' && (plan.lessons?.length ?? 0) > 0;
  const parts = scheme
    ? (plan.lessons ?? []).map((lesson) => lesson.title)
    : plan.sections.filter((section) => section.kind !== 'title').map(partName);
  const notes: string[] = [];
  if (plan.kind === 'scheme') {
    notes.push(
      "It is not checked as one lesson (no starter, plenary or timing prompts): open a single lesson's plan for those. The question ladders come from its objectives.",
    );
  }
  if (analysis.prompts.some((prompt) => prompt.rule === 'lesson/plan-cut-off')) {
    notes.push('It appears to stop mid-sentence, so only what comes before the cut has been checked.');
  }
  if (clipped) {
    notes.push('Only the start was read: the document is longer than Trajectory reads at once.');
  }
  return {
    line: kindLine(plan),
    parts,
    partsLabel: scheme ? `Its lessons (${parts.length})` : `The parts Trajectory found (${parts.length})`,
    numbered: scheme,
    notes,
  };
}
