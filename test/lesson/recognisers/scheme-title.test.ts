import { schemeTitle } from '../../../shared/lesson/read/recognisers/scheme-title';
import { recogniserTable } from './table';

recogniserTable(schemeTitle, {
  accept: [
    'Scheme of Work',
    'Year 8 unit overview',
    'Primary Language Learning Stage Planner: Primary 5',
    'Curriculum Framework',
  ],
  reject: ['Lesson overview', 'Working scheme for the experiment'],
});
