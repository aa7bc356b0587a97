import { describe, expect, it } from 'vitest';
import {
  ANNEX_FEATURES,
  ANNEX_ITEMS,
  GRID_HEADER,
  parseSelfReview,
  readSelfReviewGrid,
  type SelfReview,
  selfReviewGrid,
  summariseSelfReview,
} from '../../shared/selfreview';

/** A department two reviews in: tracking got better, grouping got worse. */
const twoPhases: SelfReview = {
  phases: [{ date: '2026-09-14' }, { date: '2027-02-01' }],
  ratings: {
    'teaching.a': [2, 1],
    'targets.b': [4, 2],
    'targets.c': [3, 3],
    'grouping.c': [2, 4],
    'intervention.c': [3, 3],
    'wider-needs.c': [1, null],
  },
  notes: { 'targets.b': 'New tracker in place since January' },
};

describe('the Annex grid as data', () => {
  it('has the nine features of the guidance, in its order', () => {
    expect(ANNEX_FEATURES.map((feature) => feature.title)).toEqual([
      'High quality teaching and learning',
      'Target setting and tracking',
      'Focused assessment',
      'Intervention',
      'Pupil grouping',
      'The learning environment',
      'Curriculum organisation',
      'The extended curriculum',
      "Supporting children's wider needs",
    ]);
  });

  // Each item's wording is checked against the Annex itself by test/meta/guidance.test.ts.
  it('has as many items under each feature as the Annex, lettered from a', () => {
    expect(
      ANNEX_FEATURES.map((feature) => [feature.id, feature.items.map((item) => item.letter).join('')]),
    ).toEqual([
      ['teaching', 'abcde'],
      ['targets', 'abcd'],
      ['assessment', 'abc'],
      ['intervention', 'abc'],
      ['grouping', 'abc'],
      ['environment', 'abcd'],
      ['curriculum', 'abc'],
      ['extended', 'abcd'],
      ['wider-needs', 'abc'],
    ]);
    expect(ANNEX_ITEMS).toHaveLength(32);
  });
});

describe('validation', () => {
  it('accepts a well-formed review', () => {
    expect(parseSelfReview(twoPhases)).toEqual({ ok: true, review: twoPhases });
  });

  it.each<[string, unknown, string]>([
    [
      'a rating of 5',
      { phases: [{ date: null }], ratings: { 'teaching.a': [5] } },
      'ratings.teaching.a.0: A rating is a whole number from 1 (a strong feature) to 4 (needs significant development)',
    ],
    [
      'an unknown item',
      { phases: [{ date: null }], ratings: { 'teaching.z': [1] } },
      "ratings.teaching.z: 'teaching.z' is not an item of the Annex grid",
    ],
    [
      'four phases',
      { phases: [{ date: null }, { date: null }, { date: null }, { date: null }], ratings: {} },
      'phases: The Annex grid has at most 3 phases',
    ],
    [
      'more ratings than phases',
      { phases: [{ date: null }], ratings: { 'teaching.a': [1, 2] } },
      'ratings.teaching.a: teaching.a has 2 ratings but the review has 1 phase(s)',
    ],
    [
      'dates out of order',
      { phases: [{ date: '2027-01-01' }, { date: '2026-01-01' }], ratings: {} },
      'phases: Phase dates must follow one another: 2026-01-01 does not come after 2027-01-01',
    ],
    [
      'a date that is not ISO',
      { phases: [{ date: '14/09/2026' }], ratings: {} },
      'phases.0.date: A phase date is written as yyyy-mm-dd, e.g. 2026-09-14',
    ],
  ])('rejects %s with a message a leader understands', (_name, input, problem) => {
    expect(parseSelfReview(input)).toEqual({ ok: false, problems: [problem] });
  });
});

describe('summary', () => {
  const summary = summariseSelfReview(twoPhases);

  it('lists the latest phase’s priorities, 4s before 3s, in grid order', () => {
    expect(summary.latestPhase).toBe(2);
    expect(summary.priorities.map((item) => [item.item, item.rating])).toEqual([
      ['grouping.c', 4],
      ['targets.c', 3],
      ['intervention.c', 3],
    ]);
    expect(summary.strengths.map((item) => item.item)).toEqual(['teaching.a']);
  });

  it('reports what improved and what declined between phases', () => {
    expect(summary.changes).toEqual([
      {
        from: 1,
        to: 2,
        improved: [
          expect.objectContaining({ item: 'teaching.a', from: 2, to: 1 }),
          expect.objectContaining({ item: 'targets.b', from: 4, to: 2 }),
        ],
        declined: [expect.objectContaining({ item: 'grouping.c', from: 2, to: 4 })],
        unchanged: 2,
      },
    ]);
  });

  it('ranks features by need, unrated ones last', () => {
    expect(summary.features.slice(0, 4).map((feature) => [feature.title, feature.meanRating])).toEqual([
      ['Pupil grouping', 4],
      ['Intervention', 3],
      ['Target setting and tracking', 2.5],
      ['High quality teaching and learning', 1],
    ]);
    expect(summary.features.at(-1)).toMatchObject({
      title: "Supporting children's wider needs",
      meanRating: null,
    });
    expect(summary.unrated).toHaveLength(32 - 5);
  });

  it('says so honestly when nothing is rated yet', () => {
    const empty = summariseSelfReview({ phases: [{ date: null }], ratings: {}, notes: {} });
    expect(empty).toMatchObject({ latestPhase: null, priorities: [], strengths: [], changes: [] });
    expect(empty.unrated).toHaveLength(32);
  });
});

describe('the grid as a sheet', () => {
  it('lays out one row per item under its feature, all rows the same width', () => {
    const grid = selfReviewGrid();
    expect(grid[2]).toEqual(GRID_HEADER);
    expect(new Set(grid.map((row) => row.length))).toEqual(new Set([GRID_HEADER.length]));
    expect(grid.filter((row) => ANNEX_ITEMS.some((item) => item.id === row[0]))).toHaveLength(32);
  });

  it('reads back what it wrote', () => {
    const { review, diagnostics } = readSelfReviewGrid(selfReviewGrid(twoPhases));
    expect(diagnostics).toEqual([]);
    expect(review?.phases).toEqual(twoPhases.phases);
    expect(review?.ratings['targets.b']).toEqual([4, 2]);
    expect(review?.ratings['teaching.b']).toEqual([null, null]);
    expect(review?.notes).toEqual(twoPhases.notes);
    expect(summariseSelfReview(review!)).toEqual(summariseSelfReview(twoPhases));
  });

  it('reads dates typed the UK way or as sheet dates, and ratings typed as text', () => {
    const grid: (string | number | Date)[][] = selfReviewGrid();
    grid[3]![2] = '14/09/2026';
    grid[3]![3] = new Date(2027, 1, 1);
    const row = grid.findIndex((cells) => cells[0] === 'targets.b');
    grid[row]![2] = ' 3 ';
    grid[row]![3] = 2;
    const { review, diagnostics } = readSelfReviewGrid(grid);
    expect(diagnostics).toEqual([]);
    expect(review?.phases).toEqual([{ date: '2026-09-14' }, { date: '2027-02-01' }]);
    expect(review?.ratings['targets.b']).toEqual([3, 2]);
  });

  it('reports unreadable ratings and dates by cell and keeps the rest', () => {
    const grid: (string | number)[][] = selfReviewGrid();
    grid[3]![2] = '31/02/2026';
    const row = grid.findIndex((cells) => cells[0] === 'teaching.c');
    grid[row]![2] = 'good';
    grid[row]![3] = 5;
    grid[row + 1]![2] = 4;
    const { review, diagnostics } = readSelfReviewGrid(grid);
    expect(diagnostics.map((d) => [d.cell, d.value])).toEqual([
      ['C4', '31/02/2026'],
      [`C${row + 1}`, 'good'],
      [`D${row + 1}`, '5'],
    ]);
    expect(review?.ratings['teaching.d']).toEqual([4]);
  });

  it('finds no grid in a sheet that is not one', () => {
    expect(
      readSelfReviewGrid([
        ['Name', 'Autumn 1'],
        ['Ava', '4b'],
      ]),
    ).toEqual({ review: null, diagnostics: [] });
  });
});
