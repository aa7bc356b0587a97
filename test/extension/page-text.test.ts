import { describe, expect, it } from 'vitest';
import {
  docsContent,
  mainContent,
  type PageNode,
  planBlocks,
  type TextOptions,
} from '../../extension/lib/page-text';
import { htmlToText } from '../../shared/lesson/html';
import { blockLine } from '../../shared/lesson/read/blocks';
import { el } from './fake-dom';

const doc = { source: 'google-doc' } as const;
const web = { source: 'web-page' } as const;

/** The blocks one to a line, as the plan's lines hold them: compact to compare. */
function planText(root: PageNode, options: TextOptions): string {
  return planBlocks(root, options).map(blockLine).join('\n');
}

describe('planBlocks, one block to a line', () => {
  it('keeps headings as Markdown headings and paragraphs as lines', () => {
    const body = el(
      'body',
      {},
      el('h1', {}, 'Fractions ', el('span', {}, 'Year 5')),
      el('p', {}, 'Learning objective: ', el('b', {}, 'compare'), ' fractions'),
      el('h2', {}, 'Starter (10 mins)'),
      el('p', {}, 'Whiteboards:', el('br'), 'show me 1/2'),
    );
    expect(planText(body, doc)).toBe(
      [
        '# Fractions Year 5',
        'Learning objective: compare fractions',
        '## Starter (10 mins)',
        'Whiteboards:',
        'show me 1/2',
      ].join('\n'),
    );
  });

  it('writes bulleted, numbered and nested lists with markers', () => {
    const body = el(
      'body',
      {},
      el('ul', {}, el('li', {}, 'All: name the parts'), el('li', {}, 'Most: compare')),
      el('ol', {}, el('li', {}, 'Model', el('ul', {}, el('li', {}, 'think aloud'))), el('li', {}, 'Try')),
    );
    expect(planText(body, doc)).toBe(
      ['- All: name the parts', '- Most: compare', '1. Model', '  - think aloud', '2. Try'].join('\n'),
    );
  });

  it('keeps the marker when an item wraps its text in a paragraph, and drops it for an empty item', () => {
    const body = el(
      'body',
      {},
      el(
        'ul',
        {},
        el('li', {}, el('p', {}, 'Think')),
        el('li', {}),
        el('li', {}, el('p', {}, 'Pair'), el('p', {}, 'Share')),
      ),
      el('p', {}, 'After the list'),
    );
    expect(planText(body, doc)).toBe('- Think\n- Pair\nShare\nAfter the list');
  });

  it("continues numbering across Docs' one-item lists (<ol start>)", () => {
    const body = el(
      'body',
      {},
      el('ol', { class: 'lst-kix_a-0 start', start: '1' }, el('li', {}, 'Introduce')),
      el('ol', { class: 'lst-kix_a-0', start: '2' }, el('li', {}, 'Remember')),
    );
    expect(planText(body, doc)).toBe('1. Introduce\n2. Remember');
  });

  it("indents Docs' flat nested lists by the level in their class name", () => {
    const body = el(
      'body',
      {},
      el('ul', { class: 'c4 lst-kix_b-0 start' }, el('li', {}, 'Main')),
      el('ul', { class: 'c4 lst-kix_b-1 start' }, el('li', {}, 'Model on the wall')),
    );
    expect(planText(body, doc)).toBe('- Main\n  - Model on the wall');
    expect(planText(body, web)).toBe('- Main\n- Model on the wall');
  });

  it('flattens table rows to cells joined by bars', () => {
    const body = el(
      'body',
      {},
      el(
        'table',
        {},
        el(
          'tbody',
          {},
          el('tr', {}, el('td', {}, el('p', {}, 'Starter')), el('td', {}, '5 mins'), el('td', {})),
        ),
      ),
    );
    expect(planText(body, doc)).toBe('Starter | 5 mins');
  });

  it("reads Docs' Title paragraph style as the top heading, only in a Doc", () => {
    const body = el('body', {}, el('p', { class: 'c3 title' }, 'The water cycle'), el('p', {}, 'Text'));
    expect(planText(body, doc)).toBe('# The water cycle\nText');
    expect(planText(body, web)).toBe('The water cycle\nText');
  });

  it('drops scripts, styles, hidden content and (on web pages) site furniture', () => {
    const body = el(
      'body',
      {},
      el('script', {}, 'var x = 1;'),
      el('nav', {}, 'Home | About'),
      el('div', { 'aria-hidden': 'true' }, 'hidden'),
      el('div', { hidden: '' }, 'also hidden'),
      el('p', {}, 'Plenary: what did we learn?'),
      el('footer', {}, 'Copyright'),
    );
    expect(planText(body, web)).toBe('Plenary: what did we learn?');
    expect(planText(body, doc)).toBe('Home | About\nPlenary: what did we learn?\nCopyright');
  });

  it('skips what the page hides from view, as the page says', () => {
    const menu = el('div', { class: 'mobile-menu' }, el('p', {}, 'Menu'));
    const body = el('body', {}, menu, el('p', {}, 'Starter: recall quiz'));
    expect(planText(body, { source: 'web-page', isHidden: (node) => node === menu })).toBe(
      'Starter: recall quiz',
    );
  });
});

describe('mainContent', () => {
  it('prefers <main>', () => {
    const main = el('main', {}, el('p', {}, 'Objective: explain photosynthesis'));
    const body = el('body', {}, el('nav', {}, el('p', {}, 'a long navigation '.repeat(20))), main);
    expect(mainContent(body)).toBe(main);
  });

  it('takes the longest article when there is no main', () => {
    const short = el('article', {}, el('p', {}, 'Teaser'));
    const long = el('article', {}, el('p', {}, 'The full scheme of work, lesson by lesson.'));
    expect(mainContent(el('body', {}, short, long))).toBe(long);
  });

  it('otherwise finds the block whose paragraphs hold the most text, not the footer', () => {
    const content = el(
      'div',
      { class: 'content' },
      el('h2', {}, 'Lesson 3'),
      el('p', {}, 'Learning objective: to write a persuasive letter.'),
      el('p', {}, 'Starter: pairs list persuasive phrases they know.'),
    );
    const sidebar = el('div', { class: 'links' }, el('p', {}, 'Related'));
    const footer = el(
      'footer',
      {},
      el('p', {}, 'A footer with a great deal of legal text in it. '.repeat(10)),
    );
    const body = el('body', {}, el('div', {}, sidebar, content), footer);
    expect(mainContent(body)).toBe(content);
    expect(planText(mainContent(body), web)).toContain('Learning objective: to write a persuasive letter.');
  });

  it('ignores a hidden block however much text it holds', () => {
    const hidden = el('div', {}, el('p', {}, 'A cookie notice with a great deal of text. '.repeat(10)));
    const content = el('div', {}, el('p', {}, 'Learning objective: to add fractions.'));
    expect(mainContent(el('body', {}, hidden, content), (node) => node === hidden)).toBe(content);
  });

  it('falls back to the body when nothing stands out', () => {
    const body = el('body', {}, 'Just text');
    expect(mainContent(body)).toBe(body);
  });
});

describe('docsContent', () => {
  it("finds mobilebasic's document container", () => {
    const content = el('div', { class: 'doc-content' }, el('p', {}, 'Plan'));
    expect(docsContent(el('body', {}, el('div', { class: 'header' }, 'Docs'), content))).toBe(content);
  });

  it('uses the whole body of an export', () => {
    const body = el('body', {}, el('p', {}, 'Plan'));
    expect(docsContent(body)).toBe(body);
  });
});

describe('planBlocks', () => {
  it('gives each block its kind, a heading its level, a row its cells, and marks a bold line', () => {
    const body = el(
      'body',
      {},
      el('h2', {}, 'Starter'),
      el('p', {}, el('strong', {}, 'Directions:')),
      el('p', {}, el('b', {}, 'Subject:'), ' French'),
      el('ul', {}, el('li', {}, 'IDLE3')),
      el('table', {}, el('tr', {}, el('td', {}, '5 Minutes'), el('td', {}, 'Do Now'))),
    );
    expect(planBlocks(body, web)).toEqual([
      { kind: 'heading', text: 'Starter', level: 2 },
      { kind: 'paragraph', text: 'Directions:', emphasised: true },
      { kind: 'paragraph', text: 'Subject: French' },
      { kind: 'item', text: 'IDLE3', marker: '- ' },
      { kind: 'row', text: '5 Minutes | Do Now', cells: ['5 Minutes', 'Do Now'] },
    ]);
  });
});

describe('one reading of a page, in the browser and on the command line', () => {
  it('reads a saved page as the extension reads the same page, furniture and all', () => {
    const html =
      '<html><head><title>Plan</title></head><body><header><nav><a>Home</a></nav></header>' +
      '<aside>Related plans</aside><main><h1>Volcanoes</h1><p>Learning objective: to explain eruptions</p>' +
      '<table><tr><td>10 mins</td><td>Starter: <p>recap</p><p>quiz</p></td></tr></table>' +
      '<form><p>Search</p></form></main><footer>© school</footer></body></html>';
    const body = el(
      'body',
      {},
      el('header', {}, el('nav', {}, el('a', {}, 'Home'))),
      el('aside', {}, 'Related plans'),
      el(
        'main',
        {},
        el('h1', {}, 'Volcanoes'),
        el('p', {}, 'Learning objective: to explain eruptions'),
        el(
          'table',
          {},
          el(
            'tr',
            {},
            el('td', {}, '10 mins'),
            el('td', {}, 'Starter: ', el('p', {}, 'recap'), el('p', {}, 'quiz')),
          ),
        ),
        el('form', {}, el('p', {}, 'Search')),
      ),
      el('footer', {}, '© school'),
    );
    const inBrowser = planText(mainContent(body), web);
    expect(inBrowser).toBe(
      '# Volcanoes\nLearning objective: to explain eruptions\n10 mins | Starter: / recap / quiz',
    );
    expect(htmlToText(html)).toBe(inBrowser);
  });

  it("finds a lesson set out as a table with the headings around it, not the table's body alone", () => {
    const row = (...cells: string[]) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell)));
    const content = el(
      'div',
      {},
      el('h1', {}, 'Year 4 Science: Sound'),
      el('p', {}, 'Learning objective: to explain how sounds are made'),
      el(
        'table',
        {},
        el(
          'tbody',
          {},
          row('10 mins', 'Starter: what makes a sound? Pupils list ideas with a partner and share them.'),
          row(
            '25 mins',
            'Main: pupils pluck, bang and blow instruments and record the vibrations they feel.',
          ),
          row('10 mins', 'Plenary: pupils explain, using vibrate, how their instrument makes a sound.'),
        ),
      ),
    );
    const body = el('body', {}, el('div', { class: 'links' }, el('p', {}, 'Other plans')), content);
    expect(mainContent(body)).toBe(content);
  });
});

describe('a Google Docs export read on the command line', () => {
  it("reads Docs' Title style and list levels as the extension does in a Doc", () => {
    const html =
      '<html><head><style>.c1{font-weight:700}</style></head><body class="c5 doc-content">' +
      '<p class="c2 title">Forces</p><ul class="c4 lst-kix_abc-0 start"><li>Main</li></ul>' +
      '<ul class="c4 lst-kix_abc-1 start"><li>Model on the wall</li></ul></body></html>';
    const body = el(
      'body',
      { class: 'c5 doc-content' },
      el('p', { class: 'c2 title' }, 'Forces'),
      el('ul', { class: 'c4 lst-kix_abc-0 start' }, el('li', {}, 'Main')),
      el('ul', { class: 'c4 lst-kix_abc-1 start' }, el('li', {}, 'Model on the wall')),
    );
    expect(htmlToText(html)).toBe('# Forces\n- Main\n  - Model on the wall');
    expect(htmlToText(html)).toBe(planText(docsContent(body), doc));
  });
});
