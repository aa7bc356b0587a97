import { recogniser } from '../recogniser';

/** "9:05-9:20", "(0:10 – 0:25)": a timetable's clock times opening a line. */
export const clockStart = recogniser('clock-start', (text) =>
  /^\(?\d{1,2}[:.]\d{2} ?(?:-|–|—|to) ?\d{1,2}[:.]\d{2}/i.test(text) ? true : undefined,
);
