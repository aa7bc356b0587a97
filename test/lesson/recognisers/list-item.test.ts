import { listItem } from '../../../shared/lesson/read/recognisers/list-item';
import { recogniserTable } from './table';

recogniserTable(listItem, {
  accept: [
    ['- Instructions', { marker: '- ', text: 'Instructions' }],
    ['* Do Now', { marker: '* ', text: 'Do Now' }],
    ['2. Ask students to set up', { marker: '2. ', text: 'Ask students to set up' }],
    ['10) Hand out the sheet', { marker: '10) ', text: 'Hand out the sheet' }],
    ['b) extension', { marker: 'b) ', text: 'extension' }],
    ['[x] Sheets printed', { marker: '[x] ', text: 'Sheets printed' }],
    ['· Count the number of times', { marker: '· ', text: 'Count the number of times' }],
  ],
  reject: ['2.02 Slide Deck', '-5 degrees', 'Year 5', '100. too long a number', 'x) not a list letter'],
});
