import { clockTimeStart } from '../../../shared/lesson/read/recognisers/clock-time-start';
import { recogniserTable } from './table';

recogniserTable(clockTimeStart, {
  accept: [
    ['9:00 Revisit & review - flashcards quick fire', { timing: '9:00 ', at: 540 }],
    ['10.05 Teach - sh. Show card.', { timing: '10.05 ', at: 605 }],
    ['9:22 CARPET REVIEW', { timing: '9:22 ', at: 562 }],
  ],
  reject: ['9:05-9:20 Teach', 'Keep-up group 2:40.', '2.02 7 Slide Deck', '1.23?? audio track'],
});
