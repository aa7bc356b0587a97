import { lookFor } from '../../../shared/lesson/read/recognisers/look-for';
import { recogniserTable } from './table';

recogniserTable(lookFor, {
  accept: [
    ['Observe for: subitising small amounts', 'subitising small amounts'],
    ['Look for - counting on', 'counting on'],
    ['Assessment opportunities:', ''],
  ],
  reject: ['Looking forward to the trip', 'Observe the class'],
});
