import { headerRow } from '../../../shared/lesson/read/recognisers/header-row';
import { recogniserTable } from './table';

recogniserTable(headerRow, {
  accept: [
    ['Time | Activity | Differentiation | AfL', ['Time', 'Activity', 'Differentiation', 'AfL']],
    'Lesson part | Teacher | Children',
    'Mins / Tutor Activity / Trainee Activity / Extension activity / Resources',
  ],
  reject: [
    'Duration | Description',
    '10 / Introduce the session / Groups: make lists',
    'Starter | 5 mins | Quiz',
  ],
});
