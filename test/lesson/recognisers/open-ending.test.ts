import { openEnding } from '../../../shared/lesson/read/recognisers/open-ending';
import { recogniserTable } from './table';

recogniserTable(openEnding, {
  accept: [
    'Introduce the “Me Too” activity and circulate as',
    'Pupils add fractions with the same denominator on the sheet,',
    'Model how to set out the column method so that the',
    'Groups rotate round the four stations every ten minutes –',
  ],
  reject: [
    'Pupils finish the worksheet for homework this week',
    'HW finish sheet',
    'Notes for the',
    'Plenary: pupils share one thing they learnt.',
  ],
});
