import { recogniser } from '../recogniser';

/**
 * The heading a site's page template shows: `<%= partial('doc_header', :title => 'Curriculum
 * Framework') %>`, `{% include header.html title="Unit 3" %}`. The page's own heading, where
 * its front matter (`title: Course 1 Overview`) may be left over from another page.
 */
export const templateTitle = recogniser('template-title', (line) => {
  const text = line.trim().slice(0, 400);
  if (!/^(?:<%|\{%|\{\{)/.test(text)) return undefined;
  const match = /[:\s(,]title ?(?:=>|=|:) ?(?:'([^']{1,120})'|"([^"]{1,120})")/.exec(text);
  return match === null ? undefined : (match[1] ?? match[2])!.trim();
});
