import { elapsedSpan } from '../../../shared/lesson/read/recognisers/elapsed-span';
import { recogniserTable } from './table';

recogniserTable(elapsedSpan, {
  accept: [
    ['0-10 Register, recap safety rules for the line bender', { timing: '0-10 ', from: 0, to: 10 }],
    ['10-20: Demo of marking out', { timing: '10-20: ', from: 10, to: 20 }],
    ['20–75 – Practical, rotate at the benders', { timing: '20–75 – ', from: 20, to: 75 }],
    ['50-60  Tidy up. Files counted back in', { timing: '50-60  ', from: 50, to: 60 }],
  ],
  reject: [
    '3-4 pupils per bender',
    '4-6 marks: explain two reasons',
    '10-5 Countdown',
    '2014-2015 results',
    '5-10 minutes – pairs',
  ],
});
