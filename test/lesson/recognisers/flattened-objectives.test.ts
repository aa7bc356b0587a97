import { flattenedObjectives } from '../../../shared/lesson/read/recognisers/flattened-objectives';
import { recogniserTable } from './table';

const grid = (objectives: string) =>
  `Phase 5 - Week 2 – Autumn 1 Objectives and criteria for success: ${objectives} Mon Wed Fri Revisit and Review Flashcards of every grapheme taught so far, then a quick write of five words on whiteboards.`;

recogniserTable(flattenedObjectives, {
  accept: [
    [
      grid('Learn the grapheme ay. Practise blending for reading p40. Read the tricky word oh.'),
      ['Learn the grapheme ay.', 'Practise blending for reading p40.', 'Read the tricky word oh.'],
    ],
  ],
  reject: ['Objectives: to add fractions', grid('').replace('Objectives and criteria for success: ', '')],
});
