import { defineRule, type RuleReport } from '../../rule';
import { episodesOf, findLine, isInterventionPlan, isLessonPlan, sectionsOf, textOf } from '../evidence';
import type { LessonPlan } from '../types';

const PLENARY_MENTION = /(?<!mini[- ]?)\bplenary\b|\bexit (?:ticket|quiz|slip)\b|\bclosure\b/i;
const REVIEWS =
  /review|reflect|revisit|look back|recap|what (?:have|did) (?:we|you|they) learn|objective|\bLOs?\b|success criteria|exit (?:ticket|quiz|slip)|self[- ]assess|traffic[- ]light|thumbs|summar|key (?:points|learning)|(?:big|enquiry|key) question|show (?:me|what)|quiz|check|assess|\?/i;
const NEXT_STEPS =
  /\b(?:next (?:step|lesson|time|week|session|unit)|homework|home learning|target|tomorrow|coming up|going forward|follow[- ]up|prepare for|preview|in the next|future|what next|next,? we\b|improve next|feed(?:s)? into|build on this|ready to|(?:'s|next|tomorrow's) lesson)/i;

export const plenaryReviewsLearning = defineRule<
  LessonPlan,
  'missing' | 'noReview' | 'noNextSteps' | 'reviews'
>({
  id: 'lesson/plenary-reviews-learning',
  title: 'A final plenary that reviews learning and identifies next steps',
  guidance: 'hqtl/coherence',
  severity: 'suggestion',
  messages: {
    missing:
      'How will the lesson end? A final plenary that returns to the objective and names next steps lets pupils see their progress (and holds independent groups to account for their work).',
    noReview:
      'Could the plenary return to the objective or success criteria, so pupils reflect on what they have learnt rather than only finishing the task?',
    noNextSteps:
      'Could the plenary name the next step: what comes next lesson, or what each pupil should work on?',
    reviews: 'The plenary reviews learning and points to next steps.',
  },
  check(plan) {
    // An intervention session's review stage is checked by lesson/intervention-sequence.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const plenaries = sectionsOf(plan, 'plenary');
    let text = textOf(plenaries);
    let line = plenaries[0]?.line;
    if (line === undefined) {
      line = findLine(plan, PLENARY_MENTION);
      if (line === undefined) {
        return episodesOf(plan).length >= 2 ? [{ messageId: 'missing', where: { kind: 'plan' } }] : [];
      }
      text = plan.lines[line - 1] ?? '';
    }
    const reports: RuleReport<'noReview' | 'noNextSteps'>[] = [];
    if (!REVIEWS.test(text)) reports.push({ messageId: 'noReview', where: { kind: 'plan', line } });
    if (!NEXT_STEPS.test(text)) reports.push({ messageId: 'noNextSteps', where: { kind: 'plan', line } });
    return reports.length > 0
      ? reports
      : [{ messageId: 'reviews', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
