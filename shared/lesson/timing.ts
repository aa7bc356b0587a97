/**
 * Reads the timings teachers write: "10 mins", "(5')", "5–10 minutes", "0:10-0:25",
 * "9:05 – 9:20", "1 hour", "1 hr 15 min". A range of minutes counts as its upper end, the
 * time the teacher has set aside.
 */

// Digits and spaces are bounded ({1,3}, {0,3}) so that no run of either can make a pattern
// try every split of it: each stays linear in the text it reads.
const CLOCK_RANGE = /\b(\d{1,2})[:.](\d{2}) {0,3}(?:-|–|—|to) {0,3}(\d{1,2})[:.](\d{2})\b/;
const HOURS =
  /\b(\d{1,2}(?:\.\d{1,2})?|an|one|half an) {0,3}(?:hours?|hrs?)\b(?: {0,3}(?:and {0,3})?(\d{1,2}) {0,3}(?:mins?|minutes?)\b)?/i;
const MINUTE_RANGE = /\b(\d{1,3}) {0,3}(?:-|–|—|to) {0,3}(\d{1,3}) {0,3}(?:mins?|minutes?|mns?)\b/i;
const MINUTES = /\b(\d{1,3}) {0,3}(?:mins?|minutes?|mns?)\b/i;
const PRIME_MINUTES = /\b(\d{1,3}) {0,3}['’′](?![a-z])/i;

function clockMinutes(hours: string, minutes: string): number {
  return Number(hours) * 60 + Number(minutes);
}

/** The number of minutes a piece of text states, or undefined when it states none. */
export function parseMinutes(text: string): number | undefined {
  // Every timing has a digit or names an hour; most lines of a plan have neither.
  if (text === '' || !/\d|hour|hr/i.test(text)) return undefined;
  const clock = CLOCK_RANGE.exec(text);
  if (clock !== null) {
    let span = clockMinutes(clock[3]!, clock[4]!) - clockMinutes(clock[1]!, clock[2]!);
    if (span < 0) span += 12 * 60;
    if (span > 0 && span <= 240) return span;
  }
  const range = MINUTE_RANGE.exec(text);
  if (range !== null) return Math.max(Number(range[1]), Number(range[2]));
  const minutes = MINUTES.exec(text);
  const hours = HOURS.exec(text);
  if (hours !== null && (minutes === null || hours.index < minutes.index)) {
    const amount = hours[1]!.toLowerCase();
    const base = amount === 'half an' ? 0.5 : amount === 'an' || amount === 'one' ? 1 : Number(amount);
    return Math.round(base * 60) + (hours[2] === undefined ? 0 : Number(hours[2]));
  }
  if (minutes !== null) return Number(minutes[1]);
  const prime = PRIME_MINUTES.exec(text);
  if (prime !== null) return Number(prime[1]);
  return undefined;
}

/** "9:35–9:55": the clock times a text spans, as minutes of the day, or undefined when it gives none. */
export function clockSpan(text: string): { from: number; to: number } | undefined {
  const clock = CLOCK_RANGE.exec(text);
  if (clock === null) return undefined;
  const from = clockMinutes(clock[1]!, clock[2]!);
  let to = clockMinutes(clock[3]!, clock[4]!);
  if (to < from) to += 12 * 60;
  return to > from ? { from, to } : undefined;
}
