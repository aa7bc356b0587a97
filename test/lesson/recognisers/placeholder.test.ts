import { placeholder } from '../../../shared/lesson/read/recognisers/placeholder';
import { recogniserTable } from './table';

recogniserTable(placeholder, {
  accept: [
    'Something about calculating angles / measuring distance.',
    'TBC',
    'TODO: write the LO',
    'To be confirmed',
    '[Insert objective here]',
    'Objective to follow',
    '???',
  ],
  reject: [
    'To calculate the angles in a triangle',
    'Something that floats: predict, then test, which objects float.',
    'Explain what a TODO list is for in project planning',
    'Todo lists: pupils plan a week of revision',
  ],
});
