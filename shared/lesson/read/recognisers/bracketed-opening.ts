import { recogniser } from '../recogniser';

/**
 * A prose paragraph that opens with its part's name and minutes in brackets: "Context recap (10). The big
 * one here...", "Start with the Do Now (5) — five retrieval questions". The name is a few words, the
 * minutes a lesson's.
 */
export const bracketedOpening = recogniser('bracketed-opening', (text) => {
  const match = /^(\p{Lu}[^.()\n]{1,40}) \((\d{1,2})(?: ?mins?)?\)(?:[.:]| [–—-])? ?/u.exec(text);
  if (match === null) return undefined;
  const minutes = Number(match[2]);
  return minutes >= 1 && minutes <= 90 ? { name: match[1]!, minutes, opening: match[0] } : undefined;
});
