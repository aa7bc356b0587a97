import { weekdayColumns } from '../../../shared/lesson/read/recognisers/weekday-columns';
import { recogniserTable } from './table';

recogniserTable(weekdayColumns, {
  accept: [
    ['Mon Tue Thur s Revisit and Review', 3],
    ['Monday | Tuesday | Wednesday | Thursday', 4],
    ['Monday – phonics | Tuesday – phonics | Wednesday – reading', 3],
  ],
  reject: [
    'Homework due Monday',
    'Mon and Tue only',
    'Chn did the debate on Mon and the ideas bank on Tues so they should have reasons already in books. Final write is Fri.',
  ],
});
