import { recogniser } from '../recogniser';

/**
 * "## Starter", "### Plenary ###", and "##Plenary" without the space (as several published
 * plans have it): a Markdown heading and its level. A lone "#tag" is not one.
 */
export const markdownHeading = recogniser('markdown-heading', (text) => {
  let level = 0;
  while (level < text.length && text[level] === '#') level++;
  if (level === 0 || level > 6) return undefined;
  const next = text[level];
  const spaced = next === ' ' || next === '\t';
  // Without the space only a capital after two or more hashes: "##Plenary", never "#1" or "#tag".
  if (!spaced && !(level >= 2 && next !== undefined && next >= 'A' && next <= 'Z')) return undefined;
  let body = text.slice(level).trim();
  let end = body.length;
  while (end > 0 && body[end - 1] === '#') end--;
  if (end < body.length && end > 0 && body[end - 1] === ' ') body = body.slice(0, end).trimEnd();
  return body === '' ? undefined : { level, text: body };
});

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

/** "|---|:---:|" or "+----+": the rule under a Markdown or ASCII table's header. */
export const tableRule = recogniser('table-rule', (text) => {
  if (!text.includes('-') || !(text.includes('|') || text.startsWith('+'))) return undefined;
  for (const char of text) if (!' \t|:+-'.includes(char)) return undefined;
  return true;
});

/** "| 5 Minutes | Do Now |" or tab-separated cells: a table row and its cells, empty cells left out. */
export const tableRow = recogniser('table-row', (text) => {
  if (!text.includes('|') && !text.includes('\t')) return undefined;
  const cells = text
    .split(/[|\t]/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  return cells.length >= 2 ? cells : undefined;
});
