import { outsideTheLesson } from '../../../shared/lesson/read/recognisers/outside-the-lesson';
import { recogniserTable } from './table';

recogniserTable(outsideTheLesson, {
  accept: ['break', 'lunch', 'registration', 'tidy up', 'changing register kit check jewellery'],
  reject: ['starter', 'breaking news', 'main', 'changing states of matter', 'break-even chart', 'break even'],
});
