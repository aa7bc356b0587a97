import { flattenedCriteria } from '../../../shared/lesson/read/recognisers/flattened-criteria';
import { recogniserTable } from './table';

const grid = (criteria: string) =>
  `Primary 6 Planner Context Weather MLAN 2-01a MLAN 2-02b Success Criteria ${criteria} Context Seasons MLAN 2-03a MLAN 2-05b and a great deal more of the flattened grid after it.`;

recogniserTable(flattenedCriteria, {
  accept: [
    [
      grid('Name four kinds of weather. Say what the weather is like today.'),
      ['Name four kinds of weather.', 'Say what the weather is like today.'],
    ],
  ],
  reject: ['Success criteria: I can name four kinds of weather.', grid('').replace('Success Criteria ', '')],
});
