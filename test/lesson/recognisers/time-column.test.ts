import { columnName, timeColumn } from '../../../shared/lesson/read/recognisers/time-column';
import { recogniserTable } from './table';

recogniserTable(timeColumn, {
  accept: ['Time', 'Timing', 'Mins', 'Duration'],
  reject: ['Time to tidy up', '10 mins', 'Timings add up to 60'],
});

recogniserTable(columnName, {
  accept: ['Activity', 'Teaching Points', 'Differentiation / STEP', 'Organisation'],
  reject: ['0-8', 'Changing + register. Pulse raiser', 'Pairs, 3 pairs per court, feed from net', ''],
});
