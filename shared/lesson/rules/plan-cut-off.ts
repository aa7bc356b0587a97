import { defineRule } from '../../rule';
import { at, auditedAsLesson, cutOffAt, isLessonPlan } from '../evidence';
import type { LessonPlan } from '../types';

/**
 * Where a plan stops, in its own words: its last six words ("…before age < 16 then"). A Doc or a
 * web page has no line numbers a teacher can see, so the words say where.
 */
export function cutEnding(text: string): string {
  const words = text.split(' ').filter((word) => word !== '');
  return words.length > 6 ? `…${words.slice(-6).join(' ')}` : words.join(' ');
}

/**
 * A plan that stops mid-sentence is said to be cut off, once and first, so the reader knows why
 * nothing is said about its ending (lesson/plenary-reviews-learning and lesson/timings-add-up stay
 * silent about what would come after the cut).
 */
export const planCutOff = defineRule<LessonPlan, 'cutOff'>({
  id: 'lesson/plan-cut-off',
  title: 'The whole plan to read',
  guidance: 'hqtl/planning-flow',
  severity: 'info',
  messages: {
    cutOff:
      'This plan appears to stop mid-sentence, at “{end}”, so only what comes before it has been checked: nothing is said about the ending, the plenary or the timings that would follow.',
  },
  check(plan) {
    // A scheme's notice (lesson/plan-recognised) says where it stops.
    if (!isLessonPlan(plan) || !auditedAsLesson(plan)) return [];
    const cut = cutOffAt(plan);
    return cut === undefined ? [] : [{ messageId: 'cutOff', data: { end: cutEnding(cut.text) }, ...at(cut) }];
  },
});
