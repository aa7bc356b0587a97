import { recogniser } from '../recogniser';

/** "Success looks like: ...", "Success criteria: ...": criteria stated inside a line. */
export const statedSuccess = recogniser(
  'stated-success',
  (text) =>
    /\b(?:success (?:looks like|criteria(?: is| are)?)|what a good one looks like) ?[:–-] ?(.{4,})/i.exec(
      text,
    )?.[1],
);
