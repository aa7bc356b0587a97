import { objectiveStem } from '../../../shared/lesson/read/recognisers/objective-stem';
import { recogniserTable } from './table';

recogniserTable(objectiveStem, {
  accept: [
    ['Students will be able to...', { strong: true }],
    ['By the end of the lesson, students will be able to:', { strong: true }],
    ['By the end of this lesson you will be able to', { strong: true }],
    ['Pupils should be able to:', { strong: true }],
    ['Students will:', { strong: false }],
    ['SWBAT:', { strong: true }],
    ['We are learning to:', { strong: true }],
    ['We are learning…', { strong: true }],
    ['Students will be able to (SWBAT):', { strong: true }],
    ['We are learning to (WALT):', { strong: true }],
    ['Pupils will be able to (PWBAT)', { strong: true }],
  ],
  reject: [
    'Students will be able to add fractions with unlike denominators',
    'Students will investigate the reaction',
    'All students are able to',
    'By the end of the lesson, pupils will have written a paragraph',
    'Students',
    'We are learning fractions',
    'Students will be able to (a) add fractions',
    'Students will be able to (SWBAT): add fractions',
  ],
});
