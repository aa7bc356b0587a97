import { recogniser } from '../recogniser';

/**
 * The timing a line opens with, as written: "10 mins: ", "(5') ", "0:10-0:25 ", "5-10 minutes – ".
 */
export const leadingTiming = recogniser(
  'leading-timing',
  (text) =>
    /^\(?(?:\d{1,2}[:.]\d{2} ?(?:-|–|—|to) ?\d{1,2}[:.]\d{2}|\d{1,3}(?: ?(?:-|–|to) ?\d{1,3})? ?(?:minutes?|mins?|['’′]))\)? ?(?:[:|–—-] ?)?/i.exec(
      text,
    )?.[0],
);
