import type {
  GuidedSessionPlan,
  HingeQuestion,
  InterventionSessionPlan,
  LessonPlan,
  QuestionLadder,
} from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import { withoutLineMarker } from './find-quote';

/** Plain text for the panel's copy buttons: pasted into a plan, it reads as the teacher's own notes. */

const LEVEL_NAMES: Record<QuestionLadder['ladder'][number]['level'], string> = {
  inclusive: 'Inclusive',
  understand: 'Understand',
  apply: 'Apply',
  analyse: 'Analyse',
  evaluate: 'Evaluate',
  create: 'Create',
};

export function levelName(level: QuestionLadder['ladder'][number]['level']): string {
  return LEVEL_NAMES[level];
}

export function ladderText(ladder: QuestionLadder): string {
  return [
    `Questions for: ${ladder.objective}`,
    ...ladder.ladder.map((step, index) => `${index + 1}. (${levelName(step.level)}) ${step.question}`),
  ].join('\n');
}

export function listText(heading: string, items: readonly string[]): string {
  return [heading, ...items.map((item) => `- ${item}`)].join('\n');
}

export function hingeText(hinge: HingeQuestion): string {
  return [
    hinge.question,
    ...hinge.options.map(
      (option, index) =>
        `${String.fromCharCode(65 + index)}. ${option.answer}${option.correct ? ' (correct)' : option.reveals ? ` (reveals: ${option.reveals})` : ''}`,
    ),
  ].join('\n');
}

export function guidedSessionText(session: GuidedSessionPlan): string {
  return [
    `Guided group (${session.groupSize} pupils, ${session.minutes} minutes)`,
    `Objective: ${session.objective}`,
    `Focus: ${session.focus}`,
    ...session.stages.map((stage) => `- ${stage.stage} (${stage.minutes} min): ${stage.what}`),
    `Rest of the class: ${session.restOfClass}`,
  ].join('\n');
}

export function interventionSessionText(session: InterventionSessionPlan): string {
  return [
    `Intervention session: ${session.objective}`,
    ...session.stages.map((stage) => `- ${stage.stage} (${stage.minutes} min): ${stage.what}`),
    `Back in class: ${session.linkToClassroom}`,
  ].join('\n');
}

/**
 * The plan's own words a finding is about, as the page shows them (Docs shows no line
 * numbers): the finding's quote, else the line it points at, without the Markdown markers the
 * page reader added ("## Starter" reads as "Starter").
 */
export function findingQuote(plan: LessonPlan, finding: Finding): string | null {
  const line = finding.where?.kind === 'plan' && finding.where.line !== undefined ? finding.where.line : null;
  const words = finding.quote ?? (line === null ? undefined : plan.lines[line - 1]);
  const text = words === undefined ? '' : withoutLineMarker(words).trim();
  return text === '' ? null : text;
}

export function promptsText(plan: LessonPlan, prompts: readonly Finding[]): string {
  return [
    `What "${plan.title}" might be missing`,
    ...prompts.map((prompt) => {
      const quote = findingQuote(plan, prompt);
      return `- ${prompt.message}${quote ? ` (about: "${quote}")` : ''} [${prompt.citation}]`;
    }),
  ].join('\n');
}
