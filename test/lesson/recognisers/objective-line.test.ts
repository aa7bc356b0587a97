import { objectiveLine } from '../../../shared/lesson/read/recognisers/objective-line';
import { recogniserTable } from './table';

recogniserTable(objectiveLine, {
  accept: [
    'SWBAT add two fractions with unlike denominators.',
    'Students will be able to compare two sources',
    'WALT use fronted adverbials',
    'LO: To describe the water cycle',
    'LO2 - To explain evaporation',
  ],
  reject: ['Students will be able to...', 'Students will be able to:', 'SWBAT', 'LOL', 'Lots of practice'],
});
