import { topicSubject } from '../../../shared/lesson/read/recognisers/topic-subject';
import { recogniserTable } from './table';

recogniserTable(topicSubject, {
  accept: [
    ['Expanding brackets', 'Mathematics'],
    ['Y10 2nd set P3 Weds – simult eqns by elimination', 'Mathematics'],
    ['4a Ratio and proportion', 'Mathematics'],
    ['Introduction to probability', 'Mathematics'],
    ['Photosynthesis and respiration', 'Science'],
    ['Loops and selection in Python', 'Computing'],
    ['Rivers and flooding', 'Geography'],
    ['The Tudors', 'History'],
    ['Practise segmentation for spelling', 'English'],
  ],
  reject: [
    'Interventions',
    'Revision',
    'Mock exam week',
    'Half-term review',
    'What does it mean to be human?',
    'Light and shadow in Monet',
  ],
});
