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
  /** An objective still to be written: "Something about angles", "TBC", "TODO". */
  placeholder?: boolean;
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
  /**
   * The line of the timed part this one sits in: "**Explanation:**" and "**Practice task 1:**" under
   * "## Learning cycle 1 (approx 20 mins)" are steps of that cycle, not episodes of their own.
   */
  within?: number;
  /** The teacher's own note beside the lesson ("Note to self: last year the card sort overran"): no part of it. */
  teacherNote?: boolean;
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
  /** The lesson's key words, where the scheme's table gives them a column ("Key vocab"). */
  keywords?: string[];
}

/** What a scheme of work or unit overview holds, as a new teacher would describe it. */
export interface SchemeOutline {
  /**
   * What its parts are: `lessons` each with objectives of their own; `topics`, titles of topics
   * or units with nothing under them; `days`, the sessions of a weekly grid ("Mon Tue Thurs").
   */
  parts: 'lessons' | 'topics' | 'days';
  /** How many parts: lessons, topic titles or days. */
  count: number;
  /** What it does not give a reviewer: any of objectives, success criteria, assessment, progression. */
  lacks: ('objectives' | 'success criteria' | 'assessment' | 'progression')[];
}

/**
 * One session of a document that holds several (two pupils' tuition records, a week of daily
 * plans written out in full): the same run of headings, once for each session.
 */
export interface PlanSession {
  /** The session's own heading, or the line that names it ("Lesson Overview for Individual Year 5 English Tutoring Lesson - 30 Minutes"). */
  title: string;
  /** Its first and last lines (1-based, in the whole document's lines). */
  line: number;
  endLine: number;
  subject?: string;
  yearGroup?: string;
  lessonMinutes?: number;
  objectives: PlanItem[];
  successCriteria: PlanItem[];
  sections: PlanSection[];
  /** Written after the session was taught, in the past tense ("We began by...", "was introduced"). */
  record?: boolean;
  /** What it says the next session should work on ("Focus for Next Lesson: ..."). */
  nextFocus?: PlanItem[];
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
  /** For a scheme of work or unit overview: what its parts are and what it lacks. */
  scheme?: SchemeOutline;
  /** When the document holds several sessions, each written out in full: each with its own facts. */
  sessions?: PlanSession[];
  /**
   * A record of teaching already done, in the past tense ("We began by...", "Focus for Next
   * Lesson"), rather than a plan: true when every session it holds is one.
   */
  record?: boolean;
  /** What a record says the next session should work on ("Focus for Next Lesson: ..."). */
  nextFocus?: PlanItem[];
  /**
   * The last line, when the text stops part-way through it: mid-sentence, mid-code ("MLAN 2-0"),
   * mid-row or on an open item. Nothing after it can be called missing.
   */
  cutOff?: PlanItem;
  /**
   * A brief plan's notes of what happens, in its own words ("recap ch2 quiz – 10 q's on board",
   * "HW finish q's for Fri"), when it names no objective, criteria or episode: a lesson plan
   * still to be shaped, not something other than a plan.
   */
  activities?: PlanItem[];
}

export type QuestionLevel = 'inclusive' | 'understand' | 'apply' | 'analyse' | 'evaluate' | 'create';

/** One question of a ladder; `from` and `line` say which part of the plan it was built on. */
export interface LadderRung {
  level: QuestionLevel;
  question: string;
  /** The plan's own question, keyword, key point, task or misconception it uses; absent when built from the objective alone. */
  from?:
    | 'plan question'
    | 'success criterion'
    | 'keyword'
    | 'key point'
    | 'task'
    | 'example'
    | 'misconception'
    | 'objective';
  line?: number;
}

export interface QuestionLadder {
  objective: string;
  ladder: LadderRung[];
  /** What the plan could add so the ladder is about this lesson, when it gives too little to build on. */
  toAdd?: string;
}

export interface HingeQuestion {
  misconception: string;
  /** The misconception's line in the plan. */
  line?: number;
  question: string;
  options: { answer: string; correct: boolean; reveals?: string }[];
  /** The plan wrote this hinge itself: its stem, options and marked answer, as written. */
  fromPlan?: true;
}

export interface SessionStage {
  stage: string;
  minutes: number;
  what: string;
}

export interface GuidedSessionPlan {
  objective: string;
  focus: string;
  /** The lesson's task the session is built on, with its line. */
  task?: { text: string; line: number };
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

/** A term the plan uses, with its definition when the plan gives one. */
export interface PlanTerm {
  term: string;
  definition?: string;
  line: number;
  /** Listed among the plan's keywords. */
  keyword: boolean;
  /** What makes something this, where the plan lists it under the term ("A “green” website is: ..."). */
  criteria?: string[];
}

/** A sentence of the plan (a key point, an example, a task pupils do), with where it is. */
export interface PlanStatement {
  text: string;
  line: number;
  /** The heading of the section it is in. */
  section: string;
  /** A task the plan sets pupils in so many words ("Students will...", "Groups: ..."), not a bare instruction. */
  forPupils?: boolean;
}

/** Examples the plan lists under a name: "the elements of a narrative, such as engaging introductions and dialogue". */
export interface PlanList {
  /** What the items are examples of: "the elements of a well-developed narrative". */
  head: string;
  items: string[];
  line: number;
  section: string;
}

/** A question the plan asks, with the level of thinking it asks for. */
export interface PlanQuestion extends PlanStatement {
  level: QuestionLevel;
  /** The teacher's instruction it was read from ("Ask students about the difference between = and =="). */
  asked?: string;
}

export interface PlanMisconception {
  text: string;
  line: number;
  /** What pupils wrongly believe, in their words; absent when the plan names a mistake without saying it. */
  claim?: string;
  confused?: [string, string];
  /** The plan's own correction ("Response: ..."), which a hinge question offers as the right answer. */
  correction?: { text: string; line: number };
  /** The plan lists steps that put it right ("How I'll address it: - Estimate first every time..."). */
  addressed?: boolean;
  /** The code or worked example the mistake is shown in ("`animal == 'cat' or 'dog'`"), for a hinge to ask about. */
  example?: string;
  /** The example is code that runs, so pupils can be asked what it gives. */
  code?: boolean;
  /** The plan's reason, where it gives one beside the example ("A Boolean value or a string value is most often a mistake"). */
  why?: string;
  /** The plan names what pupils do wrong ("chn sound out a-y as two sounds"), not an idea they hold: no true-or-false claim. */
  conduct?: true;
}

/** A sentence the plan gives pupils to read or to write ("Writing sentences: I can see the queen."). */
export interface ModelSentence extends PlanStatement {
  purpose: 'read' | 'write';
}

/** The plan's own content the generators build on (see content.ts). */
export interface PlanContent {
  terms: PlanTerm[];
  keyPoints: PlanStatement[];
  examples: PlanStatement[];
  tasks: PlanStatement[];
  misconceptions: PlanMisconception[];
  questions: PlanQuestion[];
  lists: PlanList[];
  /** Words the plan lists for pupils to read or spell ("Segmenting for spelling: wait, pain, bait"), under their label. */
  wordLists: PlanList[];
  /** Sentences the plan gives pupils to read or to write. */
  models: ModelSentence[];
}

/** Where the plan lacks what a generator needs, what to add: said instead of filling a template. */
export interface WhatToAdd {
  for: 'questions' | 'hinge' | 'plenary' | 'guided';
  message: string;
  /** The line it is about, when there is one. */
  line?: number;
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
  /** The plan's own content, as the generators read it. */
  content: PlanContent;
  /** The levels of the plan's own questions and what would stretch them ("5 recall and 1 explain..."); null when it asks none. */
  questionReview: string | null;
  /** What the plan could add for the generators to build on. */
  toAdd: WhatToAdd[];
}
