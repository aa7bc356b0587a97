import { outcomeBand } from '../../../shared/lesson/read/recognisers/outcome-band';
import { recogniserTable } from './table';

recogniserTable(outcomeBand, {
  accept: [
    ['All students are able to', 'all'],
    ['Most students are able to:', 'most'],
    ['Some pupils will be able to:', 'some'],
    ['Must:', 'must'],
    ['Could:', 'could'],
  ],
  reject: [
    'All students will describe what friction is',
    'Some',
    'Most of the class finished early',
    'Students will be able to:',
  ],
});
