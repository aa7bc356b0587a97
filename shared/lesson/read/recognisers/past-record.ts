import { recogniser } from '../recogniser';

/** What a teacher did or covered, said afterwards: "began", "reviewed", "practised". */
const DONE =
  '(?:began|started|reviewed|revisited|recapped|practi[sc]ed|worked|looked|discussed|analy[sz]ed|read|wrote|covered|focused|focussed|explored|completed|finished|introduced|went over|moved on|spent|used|talked|modelled|modeled|identified|compared)';

/** What a pupil did, said afterwards: "completed", "showed", "struggled with". */
const DID =
  '(?:completed|showed|demonstrated|managed|struggled|needed|found|made|exhibited|engaged|participated|answered|solved|applied|improved|achieved|successfully [a-z]{2,20}ed|actively [a-z]{2,20}ed|effectively [a-z]{2,20}ed|was able|were able)';

/** Who a record says it of: a name, a template's "{Student's name}", "(She/He)", "They". */
const WHO = "(?:\\{[^{}]{1,30}\\}(?:'s)?|\\(?(?:she|he|they)\\)?(?:/\\(?(?:she|he)\\)?)?|[A-Z][a-z]{1,20})";

const WE_DID = new RegExp(
  `^(?:(?:next|then|first|finally|after that|afterwards|together),? )?we (?:then |also |first )?${DONE}\\b`,
  'i',
);
const DID_THE = new RegExp(`^${DONE} (?:the|a|an|some|his|her|their|how|what|key|previous)\\b`, 'i');
const WAS_TAUGHT =
  /\b(?:was|were) (?:introduced|taught|shown|given|set|asked) (?:to|the|a|how|some|several)\b/i;
const PUPIL_DID = new RegExp(`^${WHO} ${DID}\\b`, 'i');

/**
 * A sentence of a record written after the session was taught: "We began by reviewing...",
 * "Next, we analysed a sample text", "Reviewed the concept of fractions", "She was introduced
 * to equivalent fractions", "{Student's name} completed two examples with prompts". A plan
 * says what pupils will do; a record says what they did. "Last lesson we looked at..." is a
 * plan recalling prior learning, not a record of this one.
 */
export const pastRecord = recogniser('past-record', (sentence) => {
  const text = sentence.slice(0, 160);
  if (/^(?:last|in the last|previously|in previous)\b/i.test(text)) return undefined;
  return WE_DID.test(text) || DID_THE.test(text) || WAS_TAUGHT.test(text) || PUPIL_DID.test(text)
    ? true
    : undefined;
});
