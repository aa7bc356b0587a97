import { defineRule, type RuleReport } from '../../rule';
import {
  at,
  cutOffAt,
  endingsOf,
  evidenceIn,
  isInterventionPlan,
  isLessonPlan,
  sectionsOf,
  sharesObjectiveWords,
  teachingSections,
  textOf,
} from '../evidence';
import type { LessonPlan } from '../types';
import { objectivesTaught } from './objectives-taught';

/**
 * Whether the plenary returns to what an objective is about: one of its content words ("collision",
 * "sequence") in the plenary's text, not only "review" or a vocabulary game.
 */
/** Words that return to the objective themselves; an exit ticket or question checks it by design. */
const BACK_TO_OBJECTIVE =
  /\b(?:success criteria|(?:learning )?objectives?|LOs?|big question|enquiry question|exit (?:ticket|question|quiz|slip))\b/i;

function returnsToAnObjective(plan: LessonPlan, text: string): boolean {
  if (BACK_TO_OBJECTIVE.test(text)) return true;
  return sharesObjectiveWords(plan, text);
}

/** An ending the teacher doubts will happen: "if time", "prob won't have time", "time permitting". */
const AT_RISK =
  /\bif (?:there(?:'s| is) |we have )?time\b|\bprob(?:ably)? (?:won't|will not|not) (?:be|have|get)[^.;)\n]{0,20}|\btime permitting\b|\bif we get (?:to it|there|that far)\b/i;

/** "...as I ran out of time for the plenary" tells of a lesson gone by, not one this lesson has. */
const PLENARY_MENTION =
  /(?<!mini[- ]?|time for (?:the|a) )\bplenary\b|\bexit (?:ticket|quiz|slip)\b|\bclosure\b/i;
const REVIEWS =
  /review|reflect|revisit|look back|recap|what (?:have|did) (?:we|you|they) learn|objective|\bLOs?\b|success criteria|exit (?:tickets?|tix|quiz|slips?)|self[- ]assess|traffic[- ]light|thumbs|summar|key (?:points|learning)|(?:big|enquiry|key) question|show (?:me|what)|quiz|check|assess|meaning|defin|key ?words|vocabulary|recall|\?/i;
const NEXT_STEPS =
  /\b(?:next (?:step|lesson|time|week|wk|session|unit)|homework|home learning|target|tomorrow|coming up|going forward|follow[- ]up|prepare for|preview|in the next|in future lessons|what next|next,? we\b|improve next|feed(?:s)? into|build on this|(?:'s|next|tomorrow's) lesson)/i;

export const plenaryReviewsLearning = defineRule<
  LessonPlan,
  'missing' | 'noReview' | 'noNextSteps' | 'reviews' | 'atRisk'
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
    atRisk:
      'The plan expects the plenary may not happen ("{said}"): it is the part most often squeezed and the one that shows what pupils have learnt. Could you protect it, with a fixed time or a cut earlier in the lesson, so the lesson still ends on the objective?',
  },
  check(plan) {
    // An intervention session's review stage is checked by lesson/intervention-sequence.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const endings = endingsOf(plan);
    let text = textOf(endings);
    let place: Pick<RuleReport, 'where' | 'quote'> =
      endings[0] === undefined ? {} : at({ text: endings[0].heading, line: endings[0].line });
    if (endings[0] === undefined) {
      const mention = evidenceIn(teachingSections(plan), PLENARY_MENTION);
      // No ending at all: a thin plan is told too, since the plenary is part of the planning flow;
      // a plan cut off mid-sentence may have had one after the cut (lesson/plan-cut-off says so).
      if (mention === undefined)
        return cutOffAt(plan) === undefined ? [{ messageId: 'missing', where: { kind: 'plan' } }] : [];
      text = mention.text;
      place = at(mention);
    }
    // "Plenary — 5 mins (if time — prob won't be)", "Closure: ??? - prob won't have time".
    const doubted = endings
      .flatMap((section) => [{ text: section.heading, line: section.line }, ...section.body])
      .find((entry) => AT_RISK.test(entry.text));
    if (doubted !== undefined) {
      const said = AT_RISK.exec(doubted.text)![0];
      return [{ messageId: 'atRisk', data: { said }, ...at(doubted) }];
    }
    if (endings[0] !== undefined && endings.every((section) => section.body.length === 0)) {
      // An empty plenary heading is pointed out by lesson/empty-sections.
      return [];
    }
    const reports: RuleReport<'noReview' | 'noNextSteps'>[] = [];
    // A plenary in the objective's own words ("each group shares one inference and its evidence",
    // for an objective about inference with evidence) returns to it, whatever it is called.
    const reviewsContent = returnsToAnObjective(plan, text);
    if (!REVIEWS.test(text) && !reviewsContent) reports.push({ messageId: 'noReview', ...place });
    // Homework set after the plenary is a next step the lesson names.
    const after = endings[0]?.line ?? 0;
    const homework = sectionsOf(plan, 'homework').some(
      (section) => section.line > after && section.body.length > 0,
    );
    // Without objectives there is no learning to name a next step from: the objectives prompt comes first.
    // A plenary that already asks about the lesson's content does its main job; asking it for a next
    // step as well is a nicety a mentor would not lead with.
    if (!NEXT_STEPS.test(text) && !homework && plan.objectives.length > 0 && !reviewsContent)
      reports.push({ messageId: 'noNextSteps', ...place });
    if (reports.length > 0) return reports;
    // Praise is earned by the plenary's own words: it returns to an objective's content and names a
    // next step (homework alone is not the plenary's), and no objective is left unrevisited by it.
    const unrevisited = objectivesTaught.check(plan).some((report) => report.messageId === 'notRevisited');
    const evidence = endings.flatMap((section) => section.body).find((entry) => NEXT_STEPS.test(entry.text));
    if (unrevisited || !NEXT_STEPS.test(text) || !reviewsContent) return [];
    // Quoted where the plenary names its next step, not at its bare heading.
    return [
      { messageId: 'reviews', severity: 'strength', ...(evidence === undefined ? place : at(evidence)) },
    ];
  },
});
