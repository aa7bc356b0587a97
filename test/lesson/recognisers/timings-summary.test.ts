import { describe, expect, it } from 'vitest';
import { timingsSummary } from '../../../shared/lesson/read/recognisers/timings-summary';
import { recogniserTable } from './table';

recogniserTable(timingsSummary, {
  accept: [
    '**Timings roughly:** retrieval 10, vocab 5, video + diagram 15, worksheet 15, recap 5?',
    'Timings: starter 5, input 15, task 25, plenary 10',
    'Rough timings: quiz 10, essay plan 20.',
  ],
  reject: [
    'Timings: see the slides',
    'Timings: starter 5, then whatever is left for the essay',
    'Retrieval 10, vocab 5, worksheet 15',
  ],
});

describe('a line that sums up the parts’ minutes', () => {
  it('gives each part’s words and minutes, in order', () => {
    expect(
      timingsSummary.read(
        '**Timings roughly:** retrieval 10, vocab 5, video + diagram 15, worksheet 15, recap 5?',
      ),
    ).toEqual([
      { name: 'retrieval', minutes: 10 },
      { name: 'vocab', minutes: 5 },
      { name: 'video + diagram', minutes: 15 },
      { name: 'worksheet', minutes: 15 },
      { name: 'recap', minutes: 5 },
    ]);
  });
});
