import {
  listItem,
  markdownHeading,
  tableRow,
  tableRule,
} from '../../../shared/lesson/read/recognisers/markdown';
import { recogniserTable } from './table';

recogniserTable(markdownHeading, {
  accept: [
    ['## Starter', { level: 2, text: 'Starter' }],
    ['##Plenary', { level: 2, text: 'Plenary' }],
    ['### Plenary ###', { level: 3, text: 'Plenary' }],
    ['#### 2. Lesson Content', { level: 4, text: '2. Lesson Content' }],
  ],
  reject: ['#1 priority is the starter', '#hashtag', '####### seven', '## ', 'Starter'],
});

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

recogniserTable(tableRule, {
  accept: ['| ---------- | ----------- |', '|:---|:---:|', '+------+------+'],
  reject: ['| 5 Minutes | Do Now |', '---', 'a - b'],
});

recogniserTable(tableRow, {
  accept: [
    ['5 Minutes | Do Now', ['5 Minutes', 'Do Now']],
    ['Starter\t10 mins\tQuiz', ['Starter', '10 mins', 'Quiz']],
    ['Time | Activity | Differentiation | AfL', ['Time', 'Activity', 'Differentiation', 'AfL']],
  ],
  reject: ['Starter: quiz', 'a | ', 'Use | to separate'.replace(' to separate', '')],
});
