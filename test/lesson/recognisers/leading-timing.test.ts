import { leadingTiming } from '../../../shared/lesson/read/recognisers/leading-timing';
import { recogniserTable } from './table';

recogniserTable(leadingTiming, {
  accept: [
    ['10 mins: recall quiz', '10 mins: '],
    ["(5') Plenary", "(5') "],
    ['0:10-0:25 Data analysis', '0:10-0:25 '],
    ['5-10 minutes – pairs', '5-10 minutes – '],
  ],
  reject: ['Starter (10 mins)', 'Year 10 pupils', '2.02 Slide Deck'],
});
