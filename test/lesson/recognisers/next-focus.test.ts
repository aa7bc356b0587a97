import { nextFocus } from '../../../shared/lesson/read/recognisers/next-focus';
import { recogniserTable } from './table';

recogniserTable(nextFocus, {
  accept: [
    'Focus for Next Lesson',
    '4. Focus for next session',
    'Next session',
    'Targets for next time:',
    'Next steps for the next lesson',
  ],
  reject: [
    'Next steps',
    'Next lesson: air resistance, building on today’s results.',
    'Lesson Focus',
    'Plenary and next steps',
  ],
});
