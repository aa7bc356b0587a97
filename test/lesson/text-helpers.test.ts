import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSpaced, indexOfSpaced, namesPupils, wordCount } from '../../shared/lesson/read/text';

/** Text made of the pieces the helpers look for, so spaces, marks and words meet in every order. */
const pieces = fc
  .array(fc.constantFrom(' ', '  ', '/', '|', '-', '–', 'is', 'is called', 'such as', 'a', 'É', '\t'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('text helpers', () => {
  it('wordCount counts what split(" ") gives, up to a limit when given one', () => {
    fc.assert(fc.property(pieces, (text) => wordCount(text) === text.split(' ').length));
    fc.assert(
      fc.property(
        pieces,
        fc.integer({ min: 0, max: 12 }),
        (text, limit) => wordCount(text, limit) <= limit === text.split(' ').length <= limit,
      ),
    );
    expect(wordCount('')).toBe(1);
    expect(wordCount(' a  b ')).toBe(5);
  });

  it('indexOfSpaced finds what indexOf finds with a space either side', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.constantFrom('/', '|', '-', 'is', 'is called', 'such as'),
        fc.integer({ min: -2, max: 40 }),
        (text, words, from) => indexOfSpaced(text, words, from) === text.indexOf(` ${words} `, from),
      ),
    );
    expect(indexOfSpaced('Main - modelling - talk', '-')).toBe(4);
    expect(hasSpaced('a/b / c', '/')).toBe(true);
    expect(hasSpaced('a/b /c', '/')).toBe(false);
  });

  it('namesPupils finds a list of pupils, not a sentence with capitals in it', () => {
    expect(namesPupils('Writing frame for Jayden, Amira, Leo')).toBe(true);
    expect(namesPupils('Word mat for Zoë, Kacper and Siân.')).toBe(true);
    expect(namesPupils('pre-printed grids (LSA has copies for Harvey + Sophie).')).toBe(true);
    expect(namesPupils('Amira & Leo share a sheet')).toBe(false);
    expect(namesPupils('Compare Paris, London and Rome')).toBe(true);
    expect(namesPupils('Read the text. Then Amira, then the class')).toBe(false);
    expect(namesPupils('Use the TA, Mrs Patel and the word bank')).toBe(false);
    expect(namesPupils('Leo. Amira, Sam')).toBe(false);
  });
});
