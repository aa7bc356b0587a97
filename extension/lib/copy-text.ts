import type {
  GuidedSessionPlan,
  HingeQuestion,
  InterventionSessionPlan,
  LessonPlan,
  QuestionLadder,
} from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';

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
 * The line of the plan a finding points at, when it points at one, without the Markdown
 * markers the page reader added ("## Starter" reads as "Starter").
 */
export function findingLine(plan: LessonPlan, finding: Finding): { line: number; text: string } | null {
  if (finding.where?.kind !== 'plan' || finding.where.line === undefined) return null;
  const text = plan.lines[finding.where.line - 1]?.trim().replace(/^(#{1,6}|[-*]|\d+\.)\s+/, '');
  return text ? { line: finding.where.line, text } : null;
}

export function promptsText(plan: LessonPlan, prompts: readonly Finding[]): string {
  return [
    `What "${plan.title}" might be missing`,
    ...prompts.map((prompt) => {
      const line = findingLine(plan, prompt);
      return `- ${prompt.message}${line ? ` (line ${line.line}: "${line.text}")` : ''} [${prompt.citation}]`;
    }),
  ].join('\n');
}
