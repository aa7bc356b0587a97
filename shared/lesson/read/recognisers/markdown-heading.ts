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
