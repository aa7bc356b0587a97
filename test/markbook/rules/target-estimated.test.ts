import { targetEstimated } from '../../../shared/markbook/rules/target-estimated';
import { testRule } from '../../support/rule-tester';
import { pupilSubject } from '../support';

const grade = { label: '4', points: 12, scale: 'gcse-9-1' };

testRule(targetEstimated, pupilSubject, {
  valid: [
    { name: "the teacher's own target", input: { target: grade, targetSource: 'teacher' } },
    {
      name: 'no target column at all: said once for the class, not per pupil',
      input: { target: grade, targetSource: 'computed', targetMissing: false },
    },
    { name: 'no target and nothing to estimate from', input: { target: null, targetMissing: true } },
  ],
  invalid: [
    {
      name: 'a TBC target estimated from KS2 through the flight path',
      input: {
        target: grade,
        targetSource: 'estimate',
        targetNote: 'KS2 scaled score to GCSE, from 97',
        targetMissing: true,
        targetCell: 'K23',
      },
      messages: [{ messageId: 'estimate', cell: 'K23' }],
    },
    {
      name: 'a blank target with nothing but the baseline to go on',
      input: { target: grade, targetSource: 'computed', targetMissing: true },
      messages: ['computed'],
    },
  ],
});
