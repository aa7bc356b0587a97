import type { QuestionLevel } from '../../shared/lesson/types';

/** The order the guidance gives: "start with inclusive questions ... then ramp up the level of challenge". */
export const LADDER_ORDER: QuestionLevel[] = [
  'inclusive',
  'understand',
  'apply',
  'analyse',
  'evaluate',
  'create',
];
