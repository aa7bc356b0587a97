import { parseMinutes } from '../../timing';
import { recogniser } from '../recogniser';
import { wordCount } from '../text';

/** Where a phase of a lesson told as prose opens: "I will start by...", "Next I will...", "Last 15 mins or so...". */
export type ProsePhase = 'opens' | 'goes on' | 'ends';

/** A paragraph of prose, not a note: a plan told as prose runs to sentences. */
const PROSE_WORDS = 20;
/** The last phase can be told in a sentence: "If there's time at the end get a couple to read out...". */
const ENDING_WORDS = 10;

const OPENS =
  /^(?:at the (?:start|beginning) of the lesson\b|I(?: will|'ll|’ll) (?:start|begin|open)|to (?:start|begin)(?: with)?,?|first(?:ly)?,?|we(?: will|'ll|’ll)? (?:start|begin|open)|the lesson (?:starts|opens|begins)|start(?:ing)? (?:by|with|the lesson)|open(?:ing)? (?:with|by)|kick off with|start (?:them|the class|pupils) (?:on|off with|with))\b/i;
const GOES_ON =
  /^(?:then|next(?! (?:lesson|week|time|term|session|half[- ]term)\b)|after (?:that|this|the|a|an|each)|afterwards|once|now|the main (?:bit|part|activity|task|teaching|chunk)|for the main|the practical\b|main (?:activity|task|bit|chunk)\b|second(?:ly)?,?|third(?:ly)?,?|[\p{L} ]{1,30} is the main (?:bit|part|activity|task|chunk)\b|(?:a )?(?:short|quick|brief) (?:bit of )?(?:teacher talk|input|explanation)\b|the (?:key|big|hinge) question (?:I(?:'m| am|’m) going to|I(?: will|'ll|’ll)) ask\b|for the (?:group|pair|paired|main|independent|practical|written) (?:task|activity|work)\b|independent (?:work|task|practice|activity)\b)/iu;
const ENDS =
  /^(?:finally|to (?:finish|end|close)|at the end|last(?: \d{1,2}(?:[-–]\d{1,2})? ?(?:mins?|minutes))?\b(?! (?:week|lesson|time|term|year|session|half[- ]term)\b)|we(?: will|'ll|’ll)? (?:finish|end)|I(?: will|'ll|’ll) (?:finish|end)|the plenary|plenary\b|to round off|if (?:there's|there is|there’s|we have) time (?:at the end|left)|exit (?:ticket|question)\b)/i;
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
  // "If there's time at the end get a couple of them to read out their judgements.": an ending is often brief.
  if (ENDS.test(text) && wordCount(text, ENDING_WORDS) >= ENDING_WORDS) return 'ends';
  if (wordCount(text, PROSE_WORDS) < PROSE_WORDS) return undefined;
  if (ENDS.test(text)) return 'ends';
  if (OPENS.test(text)) return 'opens';
  if (GOES_ON.test(text)) return 'goes on';
  return undefined;
});

/** An opening paragraph with no sequence word, that says it is the start: "...on the board as they come in". */
export const opensTheLesson = (text: string) =>
  wordCount(text, PROSE_WORDS) >= PROSE_WORDS && OPENING_CUE.test(text);

/** "Give it 15 mins max", "About 30 min then...": the time a teacher gives a phase inside its paragraph. */
const GIVEN_TIME =
  /\b(?:give it|about|roughly|around|allow|spend|budget|no more than) (\d{1,2}) ?(?:mins?|minutes)\b/i;

/** "...on the board as they come in (10 mins) – four boxes...": the phase's minutes in brackets in its words. */
const BRACKETED_TIME = /\((\d{1,2}) ?(?:mins?|minutes)\)/i;

/** "Last 15 mins or so...": the minutes a phase's opening words give it, or the time its paragraph allows it. */
export function phaseMinutes(text: string): number | undefined {
  const opening = parseMinutes(text.slice(0, 30));
  if (opening !== undefined) return opening;
  const given = GIVEN_TIME.exec(text) ?? BRACKETED_TIME.exec(text);
  return given === null ? undefined : Number(given[1]);
}
