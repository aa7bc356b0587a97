import { recogniser } from '../recogniser';

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
  return capitals >= 3 && text.split(' ').length <= 8;
}

export const capitalisedHeading = recogniser('capitalised-heading', (text) =>
  isCapitalised(text) ? true : undefined,
);

/** "**Starter**", "__Plenary__:": a whole line in Markdown bold, read as a heading. */
export const boldLine = recogniser('bold-line', (text) => {
  const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
  if (mark === '' || text.length <= 4 || text[2] === '*' || text[2] === '_') return undefined;
  const body = text.endsWith(':') ? text.slice(0, -1) : text;
  return body.length > 4 && body.endsWith(mark) ? true : undefined;
});
