import { recogniser } from '../recogniser';

/**
 * A clock time alone opening a line, and the words it times: "9:00  Revisit & review - flashcards",
 * "10.05 Teach - sh". A time within the text ("Keep-up group 2:40") or a span ("9:05-9:20") is not one.
 */
export const clockTimeStart = recogniser('clock-time-start', (text) => {
  const match = /^(\d{1,2})[:.](\d{2})(?: ?(?:am|pm))? {1,4}(?:[:|–—-] {0,3})?(?=[\p{L}"'“‘])/iu.exec(text);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? { timing: match[0], at: hours * 60 + minutes } : undefined;
});
