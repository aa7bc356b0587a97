import { recogniser } from '../recogniser';

/**
 * A line's opening span of minutes into the lesson, with no unit, and the words it times:
 * "0-10 Register, recap safety rules", "20–75: Practical". A count of pupils or marks ("3-4 pupils
 * per bender", "4-6 marks") is no span of the lesson.
 */
export const elapsedSpan = recogniser('elapsed-span', (text) => {
  const match =
    /^(\d{1,3}) ?[-–] ?(\d{1,3})(?: {0,3}[:|–—-] {0,3}| {1,4})(?!(?:pupils?|students?|children|mins?|minutes?|marks?|years?|yrs?|pages?|people|per)\b)(?=[\p{L}"'“‘])/iu.exec(
      text,
    );
  if (match === null) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from < to ? { timing: match[0], from, to } : undefined;
});
