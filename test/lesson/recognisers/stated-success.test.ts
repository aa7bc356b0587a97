import { statedSuccess } from '../../../shared/lesson/read/recognisers/stated-success';
import { recogniserTable } from './table';

recogniserTable(statedSuccess, {
  accept: [['Success criteria: I can name six family members', 'I can name six family members']],
  reject: ['Success in the test', 'Criteria: tidy'],
});
