import { criterionLine } from '../../../shared/lesson/read/recognisers/criterion-line';
import { recogniserTable } from './table';

recogniserTable(criterionLine, {
  accept: [
    'I can explain why ice melts',
    'All pupils will label the diagram',
    'Most students should compare',
  ],
  reject: ['All students are able to', 'Most students are able to:', 'Students will be able to:', 'Ican'],
});
