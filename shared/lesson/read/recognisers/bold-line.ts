import { recogniser } from '../recogniser';

/** "**Starter**", "__Plenary__:": a whole line in Markdown bold, read as a heading. */
export const boldLine = recogniser('bold-line', (text) => {
  const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
  if (mark === '' || text.length <= 4 || text[2] === '*' || text[2] === '_') return undefined;
  const body = text.endsWith(':') ? text.slice(0, -1) : text;
  return body.length > 4 && body.endsWith(mark) ? true : undefined;
});
