import { clockStart } from '../../../shared/lesson/read/recognisers/clock-start';
import { recogniserTable } from './table';

recogniserTable(clockStart, {
  accept: ['9:05-9:20', '0:45 – 0:55 Data analysis', '(10.15 to 10.30)'],
  reject: ['10 mins', '9:05', 'Lesson 2.02: Booleans'],
});
