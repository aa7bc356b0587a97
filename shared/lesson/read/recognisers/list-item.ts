import { recogniser } from '../recogniser';

const BULLETS = new Set([
  '-',
  '*',
  '•',
  '◦',
  '▪',
  '●',
  '·',
  '+',
  '–',
  '○',
  '■',
  '□',
  '▫',
  '◆',
  '➢',
  '✓',
  '✔',
]);

/**
 * A list item's marker: a bullet, "1." or "2)", "a)", or a checkbox, followed by a space.
 * Gives the marker and the item's text.
 */
export const listItem = recogniser('list-item', (text) => {
  let end = 0;
  const first = text[0];
  if (first === undefined) return undefined;
  if (BULLETS.has(first)) end = 1;
  else if (first >= '0' && first <= '9') {
    end = text[1] !== undefined && text[1] >= '0' && text[1] <= '9' ? 2 : 1;
    if (text[end] !== '.' && text[end] !== ')') return undefined;
    end++;
  } else if (first >= 'a' && first <= 'h' && (text[1] === '.' || text[1] === ')')) end = 2;
  else if (first === '[' && (text[1] === ' ' || text[1] === 'x' || text[1] === 'X') && text[2] === ']')
    end = 3;
  else return undefined;
  let start = end;
  while (text[start] === ' ' || text[start] === '\t') start++;
  if (start === end) return undefined;
  return { marker: text.slice(0, start), text: text.slice(start) };
});
