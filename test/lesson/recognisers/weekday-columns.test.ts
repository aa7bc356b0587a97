import { weekdayColumns } from '../../../shared/lesson/read/recognisers/weekday-columns';
import { recogniserTable } from './table';

recogniserTable(weekdayColumns, {
  accept: [
    ['Mon Tue Thur s Revisit and Review', 3],
    ['Monday | Tuesday | Wednesday | Thursday', 4],
  ],
  reject: ['Homework due Monday', 'Mon and Tue only'],
});
