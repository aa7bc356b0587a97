import { recogniser } from '../recogniser';

/**
 * Parts of a school day a timetable lists that are not part of the lesson. "Break-even chart" is a
 * business lesson's part, not break time.
 */
export const outsideTheLesson = recogniser('outside-the-lesson', (label) =>
  /^(?:break(?![- ]even)|breaktime|lunch|lunchtime|playtime|assembly|register|registration|tidy up|tidy away|pack away|packing away|clear up|home time|changing (?:register|room|and|kit)|get(?:ting)? changed|kit check)\b/.test(
    label,
  )
    ? true
    : undefined,
);
