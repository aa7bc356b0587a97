import { describe, expect, it } from 'vitest';
import { findQuote, withoutLineMarker } from '../../extension/lib/find-quote';

/** The page text a match covers, to read the result as a teacher would see it highlighted. */
function matched(texts: string[], quote: string): string | null {
  const match = findQuote(texts, quote);
  if (!match) return null;
  let out = '';
  for (let node = match.start.node; node <= match.end.node; node++) {
    const text = texts[node]!;
    out += text.slice(
      node === match.start.node ? match.start.offset : 0,
      node === match.end.node ? match.end.offset : text.length,
    );
  }
  return out;
}

describe('findQuote', () => {
  it.each([
    {
      name: 'a quote inside one text node',
      texts: ['Starter (5 mins)', 'Pairs: where does a puddle go on a sunny day?'],
      quote: 'where does a puddle go',
      found: 'where does a puddle go',
    },
    {
      name: 'a quote across inline elements (bold, links)',
      texts: ['Teacher ', 'explains', ' evaporation, condensation'],
      quote: 'Teacher explains evaporation',
      found: 'Teacher explains evaporation',
    },
    {
      name: 'a heading the reader wrote as Markdown',
      texts: ['Lesson 2', 'Main activity (30 mins)', 'Teacher explains'],
      quote: '## Main activity (30 mins)',
      found: 'Main activity (30 mins)',
    },
    {
      name: 'a list item the reader wrote with a bullet',
      texts: ['I can find a common denominator'],
      quote: '- I can find a common denominator',
      found: 'I can find a common denominator',
    },
    {
      name: 'a table row the reader joined with " | "',
      texts: ['Resources', 'Fraction walls, mini whiteboards'],
      quote: 'Resources | Fraction walls',
      found: 'ResourcesFraction walls',
    },
    {
      name: 'line breaks and doubled spaces in the page',
      texts: ['Groups label a\n      water cycle   diagram'],
      quote: 'Groups label a water cycle diagram',
      found: 'Groups label a\n      water cycle   diagram',
    },
    {
      name: 'curly quotes and dashes against straight ones, and letter case',
      texts: ['Pupils\u2019 ideas \u2013 shared with the class'],
      quote: "pupils' ideas - shared",
      found: 'Pupils\u2019 ideas \u2013 shared',
    },
  ])('finds $name', ({ texts, quote, found }) => {
    expect(matched(texts, quote)).toBe(found);
  });

  it.each([
    { name: 'words the page no longer has', texts: ['Starter (5 mins)'], quote: 'Plenary (10 mins)' },
    { name: 'an empty quote', texts: ['Starter'], quote: '   ' },
    { name: 'a page with no text', texts: [], quote: 'Starter' },
  ])('finds nothing for $name', ({ texts, quote }) => {
    expect(findQuote(texts, quote)).toBeNull();
  });

  it('matches a long quote on its opening words', () => {
    const sentence = `Pupils ${'discuss the evidence and '.repeat(20)}write a conclusion`;
    const match = findQuote(['Intro. ', sentence], sentence);
    expect(match?.start).toEqual({ node: 1, offset: 0 });
    expect(match!.end.offset).toBeLessThan(sentence.length);
  });

  it('stays fast on a long page', () => {
    const page = Array.from({ length: 20_000 }, (_, index) => `Paragraph ${index} of the scheme. `);
    const started = performance.now();
    expect(findQuote(page, 'Paragraph 19999 of the scheme')?.start.node).toBe(19_999);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('withoutLineMarker', () => {
  it.each([
    ['## Starter', 'Starter'],
    ['- To compare fractions', 'To compare fractions'],
    ['* To compare fractions', 'To compare fractions'],
    ['12. Pupils work in pairs', 'Pupils work in pairs'],
    ['2019 results', '2019 results'],
    ['-5 degrees', '-5 degrees'],
    ['#hashtag', '#hashtag'],
  ])('%s reads as %s', (line, expected) => {
    expect(withoutLineMarker(line)).toBe(expected);
  });
});
