import { describe, expect, it } from 'vitest';
import { subjectSplits } from '../../../shared/markbook/read/subjects';

const banners = [
  ['Pupil', 'KS1 Reading', 'KS1 Maths', 'Reading', '', 'Maths', ''],
  ['', '', '', 'Autumn', 'Spring', 'Autumn', 'Spring'],
  ['Ava', 'EXS', 'WTS', 'EXS', 'EXS', 'WTS', 'EXS'],
];

describe('subjects pass', () => {
  it('splits Reading and Maths banners over terms into one reading each, with its own KS1', () => {
    const splits = subjectSplits(banners, {});
    expect(splits.map((s) => [s.subject, s.settings.columns])).toEqual([
      ['Reading', { C: 'ignore', D: 'assessment', E: 'assessment', F: 'ignore', G: 'ignore' }],
      ['Maths', { B: 'ignore', D: 'ignore', E: 'ignore', F: 'assessment', G: 'assessment' }],
    ]);
  });

  it("keeps the teacher's own settings over its split", () => {
    const [reading] = subjectSplits(banners, { columns: { 'KS1 Maths': 'ignore', D: { outOf: 40 } } });
    expect(reading!.settings.columns).toEqual({
      D: { outOf: 40, role: 'assessment' },
      E: 'assessment',
      F: 'ignore',
      G: 'ignore',
      'KS1 Maths': 'ignore',
    });
  });

  it.each([
    [
      'strands beside an overall grade',
      [
        ['Name', 'Autumn', 'AF2 Reading Aut', 'AF2 Reading Spr', 'Writing Aut', 'Writing Spr'],
        ['Ava', '4b', '4b', '4a', '4c', '4b'],
      ],
    ],
    [
      'one subject',
      [
        ['Name', 'Maths Aut', 'Maths Spr'],
        ['Ava', '4', '5'],
      ],
    ],
    [
      'a secondary markbook',
      [
        ['Name', 'Target', 'Aut 1', 'Aut 2'],
        ['Ava', '6', '5', '5+'],
      ],
    ],
  ])('does not split %s', (_case, values) => {
    expect(subjectSplits(values, {})).toEqual([]);
  });
});
