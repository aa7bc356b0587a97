import { recogniser } from '../recogniser';

/** "Mon Tue Thur", "Monday | Tuesday | Wednesday": a week's grid, one lesson a day. Gives how many days. */
export const weekdayColumns = recogniser('weekday-columns', (text) => {
  const days = text.match(/\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri)(?:day)?\b/gi);
  const distinct = new Set(days?.map((day) => day.slice(0, 2).toLowerCase())).size;
  return distinct >= 3 ? distinct : undefined;
});
