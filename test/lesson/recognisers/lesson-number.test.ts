import { lessonNumber } from '../../../shared/lesson/read/recognisers/lesson-number';
import { recogniserTable } from './table';

recogniserTable(lessonNumber, {
  accept: ['3 of 6 (Unit: Python programming)', '2/6', '4', 'Lesson 3 of 6', '5 – Unit 2 Forces'],
  reject: [
    'Fractions of amounts',
    'Persuasive writing: letters to the council',
    '3D shapes and their nets',
    '1066 and the Norman conquest',
    'Lesson 2: Friction',
  ],
});
