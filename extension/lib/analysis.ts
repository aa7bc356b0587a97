import { analyseLessonPlan, objectiveLadder, planGuidedSession } from '../../shared/lesson';
import type {
  GuidedSessionPlan,
  LessonAnalysis,
  LessonPlan,
  PlanKind,
  QuestionLadder,
} from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import { findingQuote } from './copy-text';
import { contentWords, type PlanContent } from './plan-blocks';
import { readsComplete } from './plan-reading';
import type { Settings } from './settings';

/**
 * The lesson engine as the panel and the Docs launcher use it: a source's blocks go to the
 * engine as they were read, never written out as text and read again; what the teacher's
 * switched-off checks report (prompts and strengths) is left out.
 */
export function analysePlan(content: PlanContent, settings: Pick<Settings, 'hiddenRules'>): LessonAnalysis {
  const input =
    'blocks' in content
      ? { text: '', blocks: content.blocks }
      : { text: content.text, format: 'markdown' as const };
  const analysis = analyseLessonPlan(input, { hiddenRules: settings.hiddenRules });
  const hidden = new Set(settings.hiddenRules);
  return {
    ...analysis,
    prompts: analysis.prompts.filter((prompt) => !hidden.has(prompt.rule)),
    strengths: analysis.strengths.filter((strength) => !hidden.has(strength.rule)),
  };
}

/** Sections that say nothing about a lesson: a document's title and headings the reader did not recognise. */
const NOT_LESSON_SECTIONS = new Set(['title', 'other']);

/**
 * Whether the document reads as something to plan teaching from (a lesson, a scheme, a tuition
 * session). Meeting minutes or a worksheet for pupils do not, and get no count on Docs. Until
 * the reader says what kind of document it is, a document with no objectives and no lesson
 * sections (starter, main, plenary...) is not a plan.
 */
export function readsAsPlan(plan: LessonPlan): boolean {
  if (plan.kind !== undefined) return plan.kind !== 'not-a-plan' && plan.kind !== 'pupil-facing';
  return (
    plan.objectives.length > 0 || plan.sections.some((section) => !NOT_LESSON_SECTIONS.has(section.kind))
  );
}

/** One prompt as the Docs card shows it. */
export type SummaryPrompt = Pick<Finding, 'rule' | 'messageId' | 'message' | 'severity' | 'quote'>;

/** What the Docs card shows: small enough to pass by message from the background. */
export interface DocSummary {
  readsAsPlan: boolean;
  /** What the reader took the document for, when it says. */
  kind?: PlanKind;
  /** A scheme's lesson count, when the reader found its lessons. */
  lessons?: number;
  /** Whether the plan has objectives, episodes and an ending: only then is "nothing obvious is missing" said. */
  complete: boolean;
  promptCount: number;
  /** The first prompts in the engine's order (most important first). */
  topPrompts: SummaryPrompt[];
}

const CARD_PROMPTS = 3;

export function docSummary(analysis: LessonAnalysis): DocSummary {
  const { plan } = analysis;
  const kind = plan.kind === undefined ? {} : { kind: plan.kind };
  const complete = readsComplete(plan);
  if (!readsAsPlan(plan)) return { readsAsPlan: false, ...kind, complete, promptCount: 0, topPrompts: [] };
  // A scheme's card says what it is in its heading, as the panel does, so the reader's line saying
  // the same is not counted as a prompt.
  const scheme = plan.kind === 'scheme';
  const prompts = scheme
    ? analysis.prompts.filter((finding) => finding.rule !== 'lesson/plan-recognised')
    : analysis.prompts;
  return {
    readsAsPlan: true,
    ...kind,
    ...(scheme && plan.lessons?.length ? { lessons: plan.lessons.length } : {}),
    complete,
    promptCount: prompts.length,
    topPrompts: prompts.slice(0, CARD_PROMPTS).map((finding) => {
      const { rule, messageId, message, severity } = finding;
      const quote = findingQuote(plan, finding);
      return quote === null
        ? { rule, messageId, message, severity }
        : { rule, messageId, message, severity, quote };
    }),
  };
}

const LONGEST_OBJECTIVE = 240;

/**
 * Ladders for the panel. A selected sentence is often just an objective with no plan
 * structure around it; the engine then finds no objectives, so the selection itself is the
 * objective. A selection of several blocks (a heading and its activities) is part of a plan,
 * not an objective, and gets no ladder of its own.
 */
export function laddersFor(
  analysis: LessonAnalysis,
  content: PlanContent,
  fromSelection: boolean,
): QuestionLadder[] {
  if (analysis.questions.length > 0 || !fromSelection) return analysis.questions;
  if ('blocks' in content && content.blocks.length > 1) return [];
  const objective = contentWords(content).replace(/\s+/g, ' ').trim().slice(0, LONGEST_OBJECTIVE);
  return objective ? [objectiveLadder(objective, analysis.plan, analysis.content)] : [];
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
