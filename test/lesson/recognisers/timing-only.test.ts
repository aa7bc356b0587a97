import { timingOnly } from '../../../shared/lesson/read/recognisers/timing-only';
import { recogniserTable } from './table';

recogniserTable(timingOnly, {
  accept: ['10 mins', "(5')", '0:10-0:25', '9.10 / (10 min)', '5–10 minutes', '35 Minutes', '1 hour'],
  reject: ['Do Now', '10 mins: quiz', 'Lesson 2'],
});
