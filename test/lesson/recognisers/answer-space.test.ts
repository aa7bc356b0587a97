import { answerSpace } from '../../../shared/lesson/read/recognisers/answer-space';
import { recogniserTable } from './table';

recogniserTable(answerSpace, {
  accept: ['Name: ____________', 'Date:', '1. What is a fraction? ..............'],
  reject: ['Name the parts of a flower', 'Date of the Battle of Hastings: 1066'],
});
