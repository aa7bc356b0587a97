import { recogniser } from '../recogniser';

/** "Mon Tue Thur", "Monday | Tuesday | Wednesday": a week's grid, one lesson a day. */
export const weekdayColumns = recogniser('weekday-columns', (text) => {
  const days = text.match(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:day)?\b/gi);
  return days !== null && new Set(days.map((day) => day.slice(0, 2).toLowerCase())).size >= 3
    ? true
    : undefined;
});
