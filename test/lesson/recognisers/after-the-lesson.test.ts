import { afterTheLesson } from '../../../shared/lesson/read/recognisers/after-the-lesson';
import { recogniserTable } from './table';

recogniserTable(afterTheLesson, {
  accept: [
    'Reflection (after lesson)',
    'Notes after the lesson',
    'Post-lesson evaluation',
    'Lesson evaluation',
    'Teacher reflection',
    'Evaluation of the lesson',
    'Reflection on my teaching',
  ],
  reject: [
    'Reflection',
    'Reflection (5 mins)',
    'Review and reflect',
    'Evaluate',
    'Plenary and reflection',
    'Self-evaluation against the success criteria',
  ],
});
