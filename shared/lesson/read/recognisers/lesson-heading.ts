import { recogniser } from '../recogniser';

/**
 * "## Lesson 3: Maze - Sequence", "Week 2 – Fractions", "Session 4:": a heading for one
 * lesson of several. Gives the lesson's title. "Lesson 2 of 6" in a sentence is not one.
 */
export const lessonHeading = recogniser('lesson-heading', (text) => {
  const match = /^(?:lesson|session|week|day) ?(\d{1,2})[a-z]?(?:(?: ?[:–—-] ?| )(.{0,120}))?$/i.exec(text);
  const title = match?.[2]?.trim() ?? '';
  if (match === null || /^of \d/i.test(title)) return undefined;
  return title === '' ? text : title;
});
