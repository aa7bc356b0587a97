import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDANCE, SOURCES } from '../../shared/guidance';
import { rules as lessonRules } from '../../shared/lesson/rules';
import { rules as markbookRules } from '../../shared/markbook/rules';
import { ANNEX_ITEMS } from '../../shared/selfreview';
import { type GuidanceRecord, RECORD_FILE, recordProblems, sha256, verifyGuidance } from './guidance-record';

const record: GuidanceRecord = JSON.parse(
  readFileSync(join(import.meta.dirname, '../..', RECORD_FILE), 'utf8'),
);

describe('the guidance the rules quote', () => {
  it('has every quote, chapter name and Annex item exactly as it was checked against the guidance', () => {
    expect(recordProblems(SOURCES, GUIDANCE, ANNEX_ITEMS, record)).toEqual([]);
  });

  it.each([...lessonRules, ...markbookRules].map((rule) => [rule.id, rule.guidance]))(
    '%s cites a section whose quote was verified',
    (_id, ref) => {
      expect(record.sections[ref], `${ref} has no verified quote`).toBeDefined();
    },
  );
});

/** A made-up source, in the guide's layout: a table of contents, then the chapters and the Annex. */
const source = [
  'Contents',
  'Pupil grouping',
  'Annex: Identification of development priorities',
  'Pupil grouping',
  'Pupils’ learning is organised in',
  'flexible groups.',
  'Annex: Identification of development priorities',
  'a) grouping pupils flexibly',
  'b) reviewing groups often',
].join('\n');
const sources = { '004': { file: 'guide.txt' } };
const grouping = {
  source: '004',
  feature: 'Pupil grouping',
  quote: "pupils' learning is organised in flexible groups",
};
const items = [
  { id: 'grouping.a', letter: 'a', text: 'grouping pupils flexibly' },
  { id: 'grouping.b', letter: 'b', text: 'reviewing groups often' },
];
const read = (file: string) => (file === 'guide.txt' ? source : undefined);

describe('verifying against the guidance (npm run verify:guidance)', () => {
  it('finds a quote across line breaks and curly apostrophes, and records where', () => {
    const { record: made, problems } = verifyGuidance(
      sources,
      { 'grouping/flexible': grouping },
      items,
      read,
    );
    expect(problems).toEqual([]);
    expect(made.sources['004']).toEqual({ file: 'guide.txt', sha256: sha256(source) });
    expect(made.sections['grouping/flexible']).toEqual({
      source: '004',
      quote: sha256(grouping.quote),
      feature: sha256('Pupil grouping'),
      offset: source.toLowerCase().replace(/\s+/g, ' ').replace('’', "'").indexOf("pupils' learning"),
    });
    // The Annex items are looked for after the last Annex heading, not in the contents.
    expect(made.annex['grouping.a']?.offset).toBeGreaterThan(0);
  });

  it.each<[string, Parameters<typeof verifyGuidance>[1], typeof items, string]>([
    [
      'a quote the guidance does not have',
      { 'grouping/flexible': { ...grouping, quote: 'pupils are set by ability' } },
      items,
      'grouping/flexible: the quote is not in guide.txt: "pupils are set by ability"',
    ],
    [
      'a chapter the guidance does not have',
      { 'grouping/flexible': { ...grouping, feature: 'Setting' } },
      items,
      'grouping/flexible: the chapter "Setting" is not in guide.txt',
    ],
    [
      'an Annex item worded differently',
      {},
      [{ id: 'grouping.b', letter: 'b', text: 'reviewing groups termly' }],
      'grouping.b: "b) reviewing groups termly" is not in the Annex',
    ],
  ])('refuses %s', (_name, sections, annexItems, problem) => {
    expect(verifyGuidance(sources, sections, annexItems, read).problems).toEqual([problem]);
  });

  it('says which source file is missing from the folder', () => {
    expect(verifyGuidance({ '004': { file: 'other.txt' } }, {}, [], read).problems).toEqual([
      'source 004: other.txt is not in the folder given',
    ]);
  });
});

describe('holding the core to the record (every clone, no guidance texts needed)', () => {
  const made = verifyGuidance(sources, { 'grouping/flexible': grouping }, items, read).record;
  const problemsOf = (sections: Parameters<typeof recordProblems>[1], annexItems = items) =>
    recordProblems(sources, sections, annexItems, made);

  it('passes what was verified', () => {
    expect(problemsOf({ 'grouping/flexible': grouping })).toEqual([]);
  });

  it.each<[string, Parameters<typeof recordProblems>[1], typeof items, RegExp]>([
    [
      'a quote edited after it was verified',
      { 'grouping/flexible': { ...grouping, quote: "pupils' learning is organised in groups" } },
      items,
      /^grouping\/flexible: its quote has changed since it was checked against the guidance: check it against the guidance with npm run verify:guidance -- /,
    ],
    [
      'a renamed chapter',
      { 'grouping/flexible': { ...grouping, feature: 'Grouping' } },
      items,
      /^grouping\/flexible: its chapter "Grouping" has changed since it was checked/,
    ],
    [
      'a new section never verified',
      { 'grouping/flexible': grouping, 'grouping/new': grouping },
      items,
      /^grouping\/new was never checked against the guidance/,
    ],
    [
      'a section removed from the core but still in the record',
      {},
      items,
      /lists grouping\/flexible, which is no longer in shared\/guidance\.ts/,
    ],
    [
      'an Annex item reworded',
      { 'grouping/flexible': grouping },
      [items[0]!, { ...items[1]!, text: 'reviewing groups termly' }],
      /^grouping\.b: its wording has changed since it was checked against the Annex/,
    ],
  ])('catches %s', (_name, sections, annexItems, problem) => {
    const problems = problemsOf(sections, annexItems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});
