import { boldLine, capitalisedHeading } from '../../../shared/lesson/read/recognisers/emphasis';
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

recogniserTable(boldLine, {
  accept: ['**Starter**', '**Directions:**', '__Plenary__:'],
  reject: ['**Note** that students will not see the text', 'Starter', '****', '**'],
});
