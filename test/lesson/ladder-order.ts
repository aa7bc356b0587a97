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

/** Whether rungs climb strictly in the guidance's order: a rung the plan gives nothing for is left out, never repeated. */
export function climbs(levels: readonly QuestionLevel[]): boolean {
  return levels.every(
    (level, index) => index === 0 || LADDER_ORDER.indexOf(level) > LADDER_ORDER.indexOf(levels[index - 1]!),
  );
}

/** Rungs that fit any objective, so say nothing about this one: a ladder never falls back on them. */
export const TEMPLATE_RUNGS = [
  'What would be different if this were not true?',
  'How would you check that your answer is right?',
  'What would convince someone else?',
  'Is this worked answer right?',
  'Which step is easiest to get wrong',
  'Can you make up your own question about',
  'Can you make up a question that would show whether',
  'What do you already know that could help you',
  'What does it mean to',
  'Look at these examples',
  'How sure are you that you have chosen correctly?',
  'Which part of this is hardest to get right',
];
