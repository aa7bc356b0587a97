import { recogniser } from '../recogniser';

const PACING = new Set([
  'pacing guide',
  'pacing',
  'rough pacing',
  'teaching summary',
  'lesson timings',
  'timings',
  'timing',
  'timeline',
  'lesson timeline',
  'lesson at a glance',
  'at a glance',
  'agenda',
  'lesson agenda',
  'time allocation',
  'suggested timings',
]);

/**
 * "Pacing Guide", "Teaching Summary", "Timings": the heading of a lesson's timings set out
 * apart from its body, before the body's own sections. Takes a normalised label.
 */
export const pacingHeading = recogniser('pacing-heading', (label) => (PACING.has(label) ? true : undefined));
