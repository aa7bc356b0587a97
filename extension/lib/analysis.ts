import { analyseLessonPlan, planGuidedSession, questionLadder } from '../../shared/lesson';
import type { GuidedSessionPlan, LessonAnalysis, QuestionLadder } from '../../shared/lesson/types';
import type { Settings } from './settings';

/**
 * The lesson engine as the panel and the Docs launcher use it: what the teacher's switched-off
 * checks report (prompts and strengths) is left out, and a selection that names an objective
 * but no plan still gets a ladder.
 */
export function analysePlanText(text: string, settings: Pick<Settings, 'hiddenRules'>): LessonAnalysis {
  const analysis = analyseLessonPlan({ text, format: 'markdown' }, { hiddenRules: settings.hiddenRules });
  const hidden = new Set(settings.hiddenRules);
  return {
    ...analysis,
    prompts: analysis.prompts.filter((prompt) => !hidden.has(prompt.rule)),
    strengths: analysis.strengths.filter((strength) => !hidden.has(strength.rule)),
  };
}

const LONGEST_OBJECTIVE = 240;

/**
 * Ladders for the panel. A selected sentence is often just an objective with no plan
 * structure around it; the engine then finds no objectives, so the selection itself is the
 * objective.
 */
export function laddersFor(analysis: LessonAnalysis, text: string, fromSelection: boolean): QuestionLadder[] {
  if (analysis.questions.length > 0 || !fromSelection) return analysis.questions;
  const objective = text.replace(/\s+/g, ' ').trim().slice(0, LONGEST_OBJECTIVE);
  return objective ? [questionLadder(objective, analysis.plan.keywords)] : [];
}

export interface GuidedChoice {
  objective: string;
  focus: string;
  minutes: number;
}

/** Null when there is no objective to guide towards. */
export function guidedSessionFor(analysis: LessonAnalysis, choice: GuidedChoice): GuidedSessionPlan | null {
  return planGuidedSession(analysis.plan, {
    objective: choice.objective.trim() || undefined,
    focus: choice.focus.trim() || undefined,
    minutes: choice.minutes,
  });
}
