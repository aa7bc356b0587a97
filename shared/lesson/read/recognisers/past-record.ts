import { recogniser } from '../recogniser';

/** What a teacher did or covered, said afterwards: "began", "reviewed", "practised". */
const DONE =
  '(?:began|started|reviewed|revisited|recapped|practi[sc]ed|worked|looked|discussed|analy[sz]ed|read|wrote|covered|focused|focussed|explored|completed|finished|introduced|went over|moved on|spent|used|talked|modelled|modeled|identified|compared)';

/**
 * A sentence of a record written after the session was taught: "We began by reviewing...",
 * "Next, we analysed a sample text", "Reviewed the concept of fractions", "She was introduced
 * to equivalent fractions". A plan says what pupils will do; a record says what they did.
 * "Last lesson we looked at..." is a plan recalling prior learning, not a record of this one.
 */
export const pastRecord = recogniser('past-record', (sentence) => {
  const text = sentence.slice(0, 160);
  if (/^(?:last|in the last|previously|in previous)\b/i.test(text)) return undefined;
  if (
    new RegExp(
      `^(?:(?:next|then|first|finally|after that|afterwards|together),? )?we (?:then |also |first )?${DONE}\\b`,
      'i',
    ).test(text) ||
    new RegExp(`^${DONE} (?:the|a|an|some|his|her|their|how|what|key|previous)\\b`, 'i').test(text) ||
    /\b(?:was|were) (?:introduced|taught|shown|given|set|asked) (?:to|the|a|how|some|several)\b/i.test(text)
  )
    return true;
  return undefined;
});
