import { recogniser } from '../recogniser';

/**
 * A part for the teacher to fill in once the lesson is over: "Reflection (after lesson)",
 * "Post-lesson evaluation", "Lesson evaluation", "Teacher reflection". It is no part of the
 * lesson, so it is not its ending, and left blank it is simply not written yet.
 */
export const afterTheLesson = recogniser('after-the-lesson', (label) => {
  if (label.length > 60) return undefined;
  const lower = label.toLowerCase().replace(/[’‘]/g, "'").trim();
  // Most labels name no reflection at all: a look for the words spares the pattern.
  if (
    !lower.includes('reflect') &&
    !lower.includes('evaluat') &&
    !lower.includes('after') &&
    !lower.includes('post')
  )
    return undefined;
  return /^(?:(?:reflection|evaluation|review|notes?|comments?)s? ?\(?(?:after|following) (?:the )?(?:lesson|teaching)\)?|post[- ]?lesson (?:reflection|evaluation|review|notes?)|(?:teacher|teacher's|my) (?:reflection|evaluation|self[- ]evaluation)|lesson evaluation|evaluation of (?:the |this |my )?(?:lesson|teaching)|reflection on (?:the |this |my )?(?:lesson|teaching))\b/.test(
    lower,
  )
    ? true
    : undefined;
});
