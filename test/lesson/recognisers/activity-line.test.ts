import { activityLine } from '../../../shared/lesson/read/recognisers/activity-line';
import { recogniserTable } from './table';

recogniserTable(activityLine, {
  accept: [
    "recap last lesson's quiz – 8 q's on board, swap + mark",
    'key words on board – photosynthesis, chlorophyll, glucose',
    'read pp. 12–15 aloud (me + volunteers), stop at the storm',
    'Qs on the extract p.54 – 1–5 in books',
    'HW finish the sheet for Thurs',
    'card sort in pairs then feedback',
  ],
  reject: [
    'Exercise books (pack of 10) – £4.50',
    'Minutes of the science department meeting',
    'Pencils, rulers, glue sticks x30',
    'We had a good lesson today with the class and most of them enjoyed the story we read together in the library before lunch.',
  ],
});
