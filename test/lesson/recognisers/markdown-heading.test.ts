import { markdownHeading } from '../../../shared/lesson/read/recognisers/markdown-heading';
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
