import { recogniser } from '../recogniser';

/**
 * A cell or label that is only a timing: "10 mins", "(5')", "0:10-0:25", "5–10 minutes".
 * Anchored at both ends, each character class met once, so a long run cannot backtrack.
 */
export const timingOnly = recogniser('timing-only', (text) =>
  /^[\d\s:./'’′()–—-]*(?:(?:mins?|minutes?|hrs?|hours?)[\s).]*)?$/i.test(text) ? true : undefined,
);
