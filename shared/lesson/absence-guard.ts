import type { Finding } from '../rule';
import { linesOutside, perPlan } from './evidence';
import { parseMinutes } from './timing';
import type { LessonPlan, SectionKind } from './types';

/**
 * What would show, in the plan's own words, that it has the thing a prompt says it lacks. The
 * reader can miss how a plan sets a part out (a flattened grid, a bilingual heading, a paragraph);
 * a prompt that then calls the part missing is wrong, and a mentor would rather it said nothing.
 * So before a prompt about an absence is shown, the plan's words are checked for what it asks for.
 */
const SHOWN_BY: Readonly<Record<string, RegExp>> = {
  // "LO:", "Learning intention", "Aims:", "WALT", "SWBAT", "I can...", "We are learning to".
  'lesson/objectives-stated:missing':
    /\b(?:LOs?|L\.O|learning (?:objectives?|intentions?|outcomes?|goals?)|objectives?|lesson aims?|aims?\s?:|WALT|SWBAT|we are learning|students will be able to|pupils will be able to|by the end of (?:the|this) lesson)\b/i,
  'lesson/starter-linked-to-objectives:noStarter':
    /\b(?:starter|do now|dnow|bell ?(?:work|ringer)|warm[- ]?up|flashback|retrieval|hook|entry (?:task|activity|quiz)|as (?:they|pupils|students|children) (?:come|arrive|walk) in)\b/i,
  // "...as I ran out of time for the plenary" tells of a lesson gone by.
  'lesson/plenary-reviews-learning:missing':
    /(?<!time for (?:the|a) )\b(?:plenary|exit (?:tickets?|tix|slips?|quiz|pass|cards?|questions?|task)|closure|wrap[- ]?up|debrief|3-2-1 (?:exit|plenary|review)|review of (?:the )?lesson|lesson review|to finish|at the end of the lesson)\b|^(?:[-*•] )?(?:finish|ending|to end|end)\s?[:–-]/i,
  'lesson/explaining-planned:missing':
    /\b(?:explain|explanation|explicit (?:teaching|instruction)|direct instruction|mini[- ]lesson|teacher input|input|I do|exposition|model(?:s|led|ling)?|demonstrat(?:e|es|ion))\b/i,

  'lesson/episodes-structured:fewEpisodes':
    /\b(?:starter|do now|warm[- ]?up|main (?:activity|task|teaching)|plenary|exit ticket|closure|I do|we do|you do|phase|step [1-9]|part [1-9])\b/i,
};

/** The parts that say what the lesson is for and is called, not what happens in it. */
const STATED_AIMS: readonly SectionKind[] = ['title', 'objectives', 'success-criteria'];

/** The plan's lines that say what happens in it, read once however many prompts are checked. */
const doingLines = perPlan((plan) => linesOutside(plan, STATED_AIMS));

/** A plan that times at least so many of its lines has timings, however its parts were read. */
const TIMED_LINES = 3;

/** Whether the plan times its lines: "(10)", "9:05-9:15", "10'", "0-10" and "5 mins" alike. */
function timesItsLines(plan: LessonPlan): boolean {
  let timed = 0;
  for (const line of plan.lines) {
    if (parseMinutes(line.slice(0, 200)) === undefined) continue;
    timed += 1;
    if (timed >= TIMED_LINES) return true;
  }
  return false;
}

/** A question that asks pupils to think: "Why...?", "How do you know...?", "What would happen if...?". */
const THINKING_CUE =
  /\b(?:why|how do (?:you|we) know|how would|what would happen|what if|explain why|justify|compare)\b/i;

/** Whether a line of the plan asks a thinking question: the cue and its question mark on one line. */
const asksToThink = (text: string) => text.includes('?') && THINKING_CUE.test(text);

/** Whether the plan's own words show it has what a prompt about an absence says it lacks. */
export function shownInPlan(plan: LessonPlan, finding: Finding): boolean {
  const key = `${finding.rule}:${finding.messageId}`;
  if (key === 'lesson/timings-add-up:noTimings') return timesItsLines(plan);
  if (key === 'lesson/questioning-planned:noHigherOrder')
    return doingLines(plan).some((entry) => asksToThink(entry.text));
  const shown = SHOWN_BY[key];
  // What the lesson is for ("To explain how temperature affects...") shows nothing it does.
  return shown !== undefined && doingLines(plan).some((entry) => shown.test(entry.text));
}
