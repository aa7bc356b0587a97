import { capitalisedHeading } from '../../../shared/lesson/read/recognisers/capitalised-heading';
import { recogniserTable } from './table';

recogniserTable(capitalisedHeading, {
  accept: ['LEARNING OBJECTIVE', 'MAIN ACTIVITY 2', 'SEN / EAL', 'PLENARY (10 MINS)'],
  reject: [
    'Starter',
    'IT',
    'Main activity',
    'PUPILS WORK IN PAIRS TO SORT THE CARDS INTO THREE GROUPS AND THEN EXPLAIN',
  ],
});
