import { describe, expect, it } from 'vitest';
import { numberedRun } from '../../../shared/lesson/read/recognisers/numbered-run';
import { recogniserTable } from './table';

recogniserTable(numberedRun, {
  accept: [
    '(1) Outline the original and revised dopamine hypotheses, (2) Evaluate the dopamine hypothesis using research evidence, (3) Plan a 16-mark essay.',
    '1) Name the parts of a flower 2) Explain what each part does',
    '(1) Read the poem aloud; and (2) annotate its imagery.',
  ],
  reject: [
    '(1) Outline the original and revised dopamine hypotheses.',
    'Outline the hypotheses (1) and evaluate them (2).',
    '1. Name the parts of a flower 2. Explain what each part does',
    '(2) Evaluate the hypothesis, (3) Plan an essay.',
  ],
});

describe('the items of a list typed on one line', () => {
  it('gives each numbered item without its number, joining comma or "and"', () => {
    expect(
      numberedRun.read(
        '(1) Outline the original and revised dopamine hypotheses, (2) Evaluate the dopamine hypothesis using research evidence and with reference to alternative explanations, and (3) Plan a 16-mark essay with an appropriate balance of AO1 and AO3.',
      ),
    ).toEqual([
      'Outline the original and revised dopamine hypotheses',
      'Evaluate the dopamine hypothesis using research evidence and with reference to alternative explanations',
      'Plan a 16-mark essay with an appropriate balance of AO1 and AO3',
    ]);
  });

  it('stops at a number out of turn, leaving the rest with the item before', () => {
    expect(numberedRun.read('(1) Label the axes, (2) plot the points, (4) draw the line')).toEqual([
      'Label the axes',
      'plot the points, (4) draw the line',
    ]);
  });
});
