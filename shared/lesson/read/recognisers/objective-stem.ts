import { recogniser } from '../recogniser';
import { trimEndOf } from '../text';

const TIME_FRAME = /^by the end of (?:the|this|today's) (?:lesson|session|unit|week|topic|sequence),? /;
const WHO = '(?:students|pupils|children|learners|the class|you|we|i)';
const STEM = new RegExp(`^${WHO}(?: will| should| must| can| are going to| are)(?: be able to| able to)?$`);

/**
 * "Students will be able to...", "By the end of the lesson, students will be able to:",
 * "Students will:", "SWBAT:", "Students will be able to (SWBAT):": the stem of an objectives list, never an objective itself.
 * `strong` when it can only be about objectives ("be able to", "by the end of the lesson");
 * a bare "Students will:" is one only before the lesson's episodes begin.
 */
const OPENINGS = [
  'by ',
  'students',
  'pupils',
  'children',
  'learners',
  'the class',
  'you',
  'we',
  'i ',
  'swbat',
];

export const objectiveStem = recogniser('objective-stem', (text) => {
  if (text.length > 90) return undefined;
  // Most lines open some other way: a cheap look at the opening spares the patterns.
  const opening = text.slice(0, 9).toLowerCase();
  if (!OPENINGS.some((start) => opening.startsWith(start))) return undefined;
  let lower = trimEndOf(text.toLowerCase().replace(/[’‘]/g, "'"), ' :.…-–—').trim();
  // "Students will be able to (SWBAT):", "We are learning to (WALT)": the stem's own initials.
  const initials = /\s?\([a-z]{2,6}\)$/.exec(lower);
  if (initials !== null) lower = trimEndOf(lower.slice(0, initials.index), ' :.…-–—');
  const timeFrame = TIME_FRAME.exec(lower);
  if (timeFrame !== null) lower = lower.slice(timeFrame[0].length);
  // "We are learning…" over "that a mixture can be separated...": the list finishes the sentence.
  if (lower === 'swbat' || /^(?:we are|i am) learning(?: to| how to| about)?$/.test(lower))
    return { strong: true };
  if (!STEM.test(lower)) return undefined;
  return { strong: timeFrame !== null || lower.endsWith('able to') };
});
