import {
  criterionLine,
  lookFor,
  objectiveLine,
  statedObjective,
  statedSuccess,
} from '../../../shared/lesson/read/recognisers/statements';
import { recogniserTable } from './table';

recogniserTable(objectiveLine, {
  accept: [
    'SWBAT add two fractions with unlike denominators.',
    'Students will be able to compare two sources',
    'WALT use fronted adverbials',
    'LO: To describe the water cycle',
    'LO2 - To explain evaporation',
  ],
  reject: ['Students will be able to...', 'Students will be able to:', 'SWBAT', 'LOL', 'Lots of practice'],
});

recogniserTable(statedObjective, {
  accept: [
    ['Learning objective: To explain how friction works', 'To explain how friction works'],
    ['The lesson objective is to compare two poems', 'to compare two poems'],
    ['LO - I can order fractions', 'I can order fractions'],
  ],
  reject: ['Objective: recap', 'Objectives and criteria for success: Learn and practise letters'],
});

recogniserTable(statedSuccess, {
  accept: [['Success criteria: I can name six family members', 'I can name six family members']],
  reject: ['Success in the test', 'Criteria: tidy'],
});

recogniserTable(criterionLine, {
  accept: [
    'I can explain why ice melts',
    'All pupils will label the diagram',
    'Most students should compare',
  ],
  reject: ['All students are able to', 'Most students are able to:', 'Students will be able to:', 'Ican'],
});

recogniserTable(lookFor, {
  accept: [
    ['Observe for: subitising small amounts', 'subitising small amounts'],
    ['Look for - counting on', 'counting on'],
    ['Assessment opportunities:', ''],
  ],
  reject: ['Looking forward to the trip', 'Observe the class'],
});
