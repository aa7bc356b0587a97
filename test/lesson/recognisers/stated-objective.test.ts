import { statedObjective } from '../../../shared/lesson/read/recognisers/stated-objective';
import { recogniserTable } from './table';

recogniserTable(statedObjective, {
  accept: [
    ['Learning objective: To explain how friction works', 'To explain how friction works'],
    ['The lesson objective is to compare two poems', 'to compare two poems'],
    ['LO - I can order fractions', 'I can order fractions'],
    // Its examples are the lesson's content, not part of the aim.
    [
      'The objective is to add and subtract fractions where one denominator is a multiple of the other, e.g. 1/2 + 1/4, 2/3 + 1/6',
      'to add and subtract fractions where one denominator is a multiple of the other',
    ],
  ],
  reject: ['Objective: recap', 'Objectives and criteria for success: Learn and practise letters'],
});
