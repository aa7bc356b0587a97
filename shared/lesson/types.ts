import type { Finding } from '../rule';
import type { DraftBlock } from './read/blocks';

/**
 * The lesson-plan engine's public shapes: what the extension panel and the command line render.
 * Keep these names stable; add fields rather than rename them.
 */

export type PlanFormat = 'text' | 'markdown' | 'html';

export interface LessonInput {
  text: string;
  /** Defaults to sniffing: HTML if it looks like markup, else plain text (Markdown is read as text with headings). */
  format?: PlanFormat;
  /**
   * The plan's blocks when the source has read them already (a web page's DOM, a Doc's HTML):
   * then `text` is not read again, and line numbers count the blocks.
   */
  blocks?: DraftBlock[];
}

export type SectionKind =
  | 'title'
  | 'context'
  | 'prior-learning'
  | 'objectives'
  | 'success-criteria'
  | 'keywords'
  | 'misconceptions'
  | 'resources'
  | 'starter'
  | 'main'
  | 'guided'
  | 'independent'
  | 'mini-plenary'
  | 'plenary'
  | 'differentiation'
  | 'sen'
  | 'eal'
  | 'most-able'
  | 'teaching-assistant'
  | 'assessment'
  | 'homework'
  | 'intervention'
  | 'other';

/** What the document is, so that a scheme page or a worksheet is not audited as a lesson plan. */
export type PlanKind = 'lesson' | 'scheme' | 'tuition' | 'pupil-facing' | 'not-a-plan';

export type Organisation = 'whole class' | 'groups' | 'pairs' | 'individual' | 'guided group';

/** A line of the plan the model took something from; `line` is 1-based in the plan's text. */
export interface PlanItem {
  text: string;
  line: number;
  /** A misconception's correction as the plan gives it ("Response: ..."), where it does. */
  correction?: PlanItem;
}

export interface PlanSection {
  kind: SectionKind;
  heading: string;
  /** The heading's line (1-based). */
  line: number;
  /** The last line of the section's body. */
  endLine: number;
  body: PlanItem[];
  minutes?: number;
  /**
   * The minutes the plan's pacing table gives this part, when it has one ("| 10 Minutes |
   * Lesson |"). `minutes` is the body's own timing where it states one, else this.
   */
  pacedMinutes?: number;
  organisation: Organisation[];
}

/** One row of a pacing table: the part it names, its minutes, and the body's heading for that part. */
export interface PacingEntry {
  label: string;
  minutes: number;
  line: number;
  /** The line of the body's heading for this part, when the body has one. */
  heading?: number;
}

/** One lesson of a scheme of work or unit overview. */
export interface SchemeLesson {
  title: string;
  line: number;
  objectives: PlanItem[];
  /** The lesson's enquiry, big or key questions, where the scheme gives them. */
  questions: PlanItem[];
}

export interface LessonPlan {
  title: string;
  /** What the document reads as; absent until the reader has decided. */
  kind?: PlanKind;
  subject?: string;
  yearGroup?: string;
  objectives: PlanItem[];
  successCriteria: PlanItem[];
  keywords: string[];
  misconceptions: PlanItem[];
  sections: PlanSection[];
  /** The plan's text split into lines, as the line numbers count them. */
  lines: string[];
  /** Total lesson length when the plan states it ("60 minute lesson"). */
  lessonMinutes?: number;
  /** How the plan was read; for HTML, `lines` are the lines of text read from the markup. */
  format?: PlanFormat;
  /**
   * The lesson's timings as a pacing table or summary sets them out apart from the body
   * ("Pacing Guide", "Teaching Summary"); the body's sections carry `pacedMinutes` from it.
   */
  pacing?: { line: number; entries: PacingEntry[] };
  /** For a scheme of work or unit overview: its lessons, each with its own objectives. */
  lessons?: SchemeLesson[];
}

export type QuestionLevel = 'inclusive' | 'understand' | 'apply' | 'analyse' | 'evaluate' | 'create';

export interface QuestionLadder {
  objective: string;
  ladder: { level: QuestionLevel; question: string }[];
}

export interface HingeQuestion {
  misconception: string;
  question: string;
  options: { answer: string; correct: boolean; reveals?: string }[];
}

export interface SessionStage {
  stage: string;
  minutes: number;
  what: string;
}

export interface GuidedSessionPlan {
  objective: string;
  focus: string;
  groupSize: number;
  minutes: number;
  stages: SessionStage[];
  restOfClass: string;
}

export interface InterventionSessionPlan {
  objective: string;
  stages: SessionStage[];
  linkToClassroom: string;
}

export interface LessonAnalysis {
  plan: LessonPlan;
  prompts: Finding[];
  strengths: Finding[];
  questions: QuestionLadder[];
  talkPrompts: string[];
  hingeQuestions: HingeQuestion[];
  plenaryQuestions: string[];
  guidedSession: GuidedSessionPlan | null;
  interventionSession: InterventionSessionPlan | null;
}
