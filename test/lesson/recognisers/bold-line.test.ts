import { boldLine } from '../../../shared/lesson/read/recognisers/bold-line';
import { recogniserTable } from './table';

recogniserTable(boldLine, {
  accept: ['**Starter**', '**Directions:**', '__Plenary__:'],
  reject: ['**Note** that students will not see the text', 'Starter', '****', '**'],
});
