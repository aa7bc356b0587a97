import { recogniser } from '../recogniser';

/** "|---|:---:|" or "+----+": the rule under a Markdown or ASCII table's header. */
export const tableRule = recogniser('table-rule', (text) => {
  if (!text.includes('-') || !(text.includes('|') || text.startsWith('+'))) return undefined;
  for (const char of text) if (!' \t|:+-'.includes(char)) return undefined;
  return true;
});
