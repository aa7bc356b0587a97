import { recogniser } from '../recogniser';
import { wordCount } from '../text';

/** Words a teacher's note of what happens in a lesson uses: the activity, the material, the homework. */
const ACTIVITY =
  /\b(?:recap|quiz|starter|do now|bell work|retrieval|read(?:ing)?|aloud|write|writing|q's|qs|questions?|key ?words?|vocab(?:ulary)?|worksheet|sheets?|discuss(?:ion)?|debate|model(?:ling)?|demo|practical|experiment|mark(?:ing)?|plenary|exit ticket|hw|homework|video|clip|textbook|annotate|feedback|test|slides?|(?:mini )?whiteboards?|think[- ]pair[- ]share|on (?:the )?board|in books|p\. ?\d{1,3}|pages? \d{1,3}|ch(?:apter)?\.? ?\d{1,2}|card sort|role[- ]play|peer[- ]assess)\b/i;

/**
 * A line of a brief plan that notes an activity of the lesson: "recap ch2 quiz – 10 q's on
 * board, swap + mark", "read ch3 aloud (me + volunteers)", "HW finish q's for Fri". A short line
 * (a note, not prose) naming what pupils do or use; a price ("Exercise books £2.40") is not one.
 */
export const activityLine = recogniser('activity-line', (text) => {
  if (text.length > 200 || wordCount(text) > 20) return undefined;
  if (/[£$€] ?\d/.test(text)) return undefined;
  return ACTIVITY.test(text) ? true : undefined;
});
