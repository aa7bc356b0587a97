import { parseMinutes } from '../../timing';
import { recogniser } from '../recogniser';
import { wordCount } from '../text';

/** Where a phase of a lesson told as prose opens: "I will start by...", "Next I will...", "Last 15 mins or so...". */
export type ProsePhase = 'opens' | 'goes on' | 'ends';

/** A paragraph of prose, not a note: a plan told as prose runs to sentences. */
const PROSE_WORDS = 20;

const OPENS =
  /^(?:I(?: will|'ll|’ll) (?:start|begin|open)|to (?:start|begin)(?: with)?,?|first(?:ly)?,?|we(?: will|'ll|’ll)? (?:start|begin)|the lesson (?:starts|opens|begins)|start(?:ing)? (?:by|with|the lesson))\b/i;
const GOES_ON =
  /^(?:then|next|after (?:that|this|the|a|an|each)|afterwards|once|now|the main (?:bit|part|activity|task|teaching)|for the main|the practical\b|main (?:activity|task|bit)\b|second(?:ly)?,?|third(?:ly)?,?)/i;
const ENDS =
  /^(?:finally|to (?:finish|end|close)|at the end|last(?: \d{1,2}(?:[-–]\d{1,2})? ?(?:mins?|minutes))?\b|we(?: will|'ll|’ll)? (?:finish|end)|I(?: will|'ll|’ll) (?:finish|end)|the plenary|plenary\b|to round off)/i;
/** An opening paragraph that says so without a sequence word: "The big question on the board as they come in...". */
const OPENING_CUE =
  /\bas (?:they|pupils|students|children) (?:come|arrive|walk)|\b(?:starter|do now|warm[- ]up|hook)\b/i;

/**
 * The phase a paragraph of a lesson told in the teacher's prose opens: "I will start by getting the
 * children on the carpet..." opens the lesson, "Next I will introduce the question..." or "The
 * practical: there are six tables..." goes on with it, "Last 15 mins or so we do a proper
 * whole-class discussion..." ends it. A short note, or a paragraph about pupils ("Ella and Kai
 * have targets..."), opens no phase.
 */
export const prosePhase = recogniser('prose-phase', (text): ProsePhase | undefined => {
  if (wordCount(text, PROSE_WORDS) < PROSE_WORDS) return undefined;
  if (ENDS.test(text)) return 'ends';
  if (OPENS.test(text)) return 'opens';
  if (GOES_ON.test(text)) return 'goes on';
  return undefined;
});

/** An opening paragraph with no sequence word, that says it is the start: "...on the board as they come in". */
export const opensTheLesson = (text: string) =>
  wordCount(text, PROSE_WORDS) >= PROSE_WORDS && OPENING_CUE.test(text);

/** "Last 15 mins or so...": the minutes a phase's opening words give it. */
export const phaseMinutes = (text: string) => parseMinutes(text.slice(0, 30));
