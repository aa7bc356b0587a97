import { statedObjective } from '../../../shared/lesson/read/recognisers/stated-objective';
import { recogniserTable } from './table';

recogniserTable(statedObjective, {
  accept: [
    ['Learning objective: To explain how friction works', 'To explain how friction works'],
    ['The lesson objective is to compare two poems', 'to compare two poems'],
    ['LO - I can order fractions', 'I can order fractions'],
  ],
  reject: ['Objective: recap', 'Objectives and criteria for success: Learn and practise letters'],
});
