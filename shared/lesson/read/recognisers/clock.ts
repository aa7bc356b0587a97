import { recogniser } from '../recogniser';

/** "9:05-9:20", "(0:10 – 0:25)": a timetable's clock times opening a line. */
export const clockStart = recogniser('clock-start', (text) =>
  /^\(?\d{1,2}[:.]\d{2} ?(?:-|–|—|to) ?\d{1,2}[:.]\d{2}/i.test(text) ? true : undefined,
);

/** Parts of a school day a timetable lists that are not part of the lesson. */
export const outsideTheLesson = recogniser('outside-the-lesson', (label) =>
  /^(?:break|breaktime|lunch|lunchtime|playtime|assembly|register|registration|tidy up|home time)\b/.test(
    label,
  )
    ? true
    : undefined,
);
