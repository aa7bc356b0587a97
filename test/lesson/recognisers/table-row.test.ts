import { tableRow } from '../../../shared/lesson/read/recognisers/table-row';
import { recogniserTable } from './table';

recogniserTable(tableRow, {
  accept: [
    ['5 Minutes | Do Now', ['5 Minutes', 'Do Now']],
    ['Starter\t10 mins\tQuiz', ['Starter', '10 mins', 'Quiz']],
    ['Time | Activity | Differentiation | AfL', ['Time', 'Activity', 'Differentiation', 'AfL']],
  ],
  reject: ['Starter: quiz', 'a | ', 'Use | to separate'.replace(' to separate', '')],
});
