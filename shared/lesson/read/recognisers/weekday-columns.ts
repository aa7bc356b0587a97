import { recogniser } from '../recogniser';

const DAY = /\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri)(?:day)?\b/gi;
/** The most words between two days of one grid's header: "Mon Tue Thur", "Monday – phonics | Tuesday". */
const MOST_BETWEEN = 3;

/**
 * "Mon Tue Thur", "Monday | Tuesday | Wednesday": a week's grid, one lesson a day. Gives how many days.
 * The days stand together, as a header's columns do: "did the debate on Mon and the ideas bank on Tues
 * ... Final write is Fri" is a lesson's context, told in a sentence.
 */
export const weekdayColumns = recogniser('weekday-columns', (text) => {
  let best = 0;
  let run = new Set<string>();
  let lastEnd = -1;
  for (const day of text.matchAll(DAY)) {
    const between = lastEnd < 0 ? '' : text.slice(lastEnd, day.index);
    const words = between.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
    if (lastEnd >= 0 && words > MOST_BETWEEN) run = new Set();
    run.add(day[0].slice(0, 2).toLowerCase());
    best = Math.max(best, run.size);
    lastEnd = day.index + day[0].length;
  }
  return best >= 3 ? best : undefined;
});
