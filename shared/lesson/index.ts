/** The lesson-plan engine: read a plan, prompt from the guidance, generate questions and sessions. */
export {
  type AuditOptions,
  analyseLessonPlan,
  type LessonJson,
  lessonToJson,
  PROMPT_ORDER,
  type PromptArea,
  rulesInPromptOrder,
} from './analyse';
export { parseLessonPlan } from './parse';
export { objectiveLadder, planLadders } from './questions';
export { planOfSession } from './read/split';
export { rules } from './rules';
export { planGuidedSession, planInterventionSession } from './sessions';
export * from './types';
