import { recogniser } from '../recogniser';
import { wordCount } from '../text';

/**
 * A short line in capitals ("LEARNING OBJECTIVE", "MAIN ACTIVITY 2") marks a heading in many
 * plans typed without styles. Three capitals at least and no lower case; a few words only.
 */
export function isCapitalised(text: string): boolean {
  if (text.length > 80) return false;
  let capitals = 0;
  for (const char of text) {
    if (char >= 'a' && char <= 'z') return false;
    if (char >= 'A' && char <= 'Z') capitals++;
  }
  return capitals >= 3 && wordCount(text) <= 8;
}

export const capitalisedHeading = recogniser('capitalised-heading', (text) =>
  isCapitalised(text) ? true : undefined,
);
