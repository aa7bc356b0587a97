import { lessonHeading } from '../../../shared/lesson/read/recognisers/lesson-heading';
import { recogniserTable } from './table';

recogniserTable(lessonHeading, {
  accept: [
    ['Lesson 3: Maze - Sequence', 'Maze - Sequence'],
    ['Week 2 – Fractions', 'Fractions'],
    ['Session 4', 'Session 4'],
    ['Lesson 12 Conditionals (unplugged)', 'Conditionals (unplugged)'],
  ],
  reject: ['Lesson 2 of 6 in the Forces unit', 'Lesson summary', 'Lessons', 'Lesson 2.02: Booleans'],
});
