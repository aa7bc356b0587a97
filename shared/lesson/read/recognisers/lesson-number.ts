import { recogniser } from '../recogniser';

/**
 * A "Lesson:" field that gives the lesson's place in its unit, not its name: "3 of 6 (Unit:
 * Python programming)", "2/6", "4", "Lesson 3 of 6". The plan's heading names the lesson.
 */
export const lessonNumber = recogniser('lesson-number', (value) =>
  /^(?:lesson )?\d{1,3}(?: ?(?:of|\/) ?\d{1,3})?(?:$|[ ,.;:–—-] ?\(|[ ,.;]? ?[–—-] ?(?:unit|week|term)\b| \((?:unit|week|term)\b)/i.test(
    value.trim(),
  )
    ? true
    : undefined,
);
