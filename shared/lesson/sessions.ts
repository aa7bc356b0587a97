import { sectionsOf } from './evidence';
import { keyTerm, misconceptionClaim } from './questions';
import { objectiveTerms } from './terms';
import type { GuidedSessionPlan, InterventionSessionPlan, LessonPlan, SessionStage } from './types';

/** "About fifteen to twenty minutes with a guided group" (Pupil grouping). */
const GUIDED_MIN = 15;
const GUIDED_MAX = 20;

/**
 * The four stages of a guided session for about six pupils, timed inside 15-20 minutes, with
 * what the rest of the class does meanwhile. Null when there is no objective to guide towards.
 */
export function planGuidedSession(
  plan: LessonPlan,
  options: { objective?: string; focus?: string; minutes?: number } = {},
): GuidedSessionPlan | null {
  const guided = sectionsOf(plan, 'guided')[0];
  const objective = options.objective ?? plan.objectives[0]?.text;
  if (objective === undefined || objective.trim() === '') return null;
  const { statement, verb, focus: objectiveFocus, terms } = objectiveTerms(objective);
  const asked = options.minutes ?? guided?.minutes ?? GUIDED_MAX;
  const requested = Number.isFinite(asked) ? asked : GUIDED_MAX;
  const minutes = Math.min(GUIDED_MAX, Math.max(GUIDED_MIN, Math.round(requested)));
  const misconception =
    plan.misconceptions[0] === undefined ? undefined : misconceptionClaim(plan.misconceptions[0].text);
  const focus =
    options.focus ??
    (misconception === undefined
      ? `applying the learning: ${verb === undefined ? objectiveFocus : `${verb} ${objectiveFocus}`}`
      : misconception.confused === undefined
        ? `tackling the misconception that ${misconception.claim}`
        : `telling ${misconception.confused[0]} and ${misconception.confused[1]} apart`);
  const criterion = plan.successCriteria[0]?.text;
  const explain = Math.round(minutes * 0.15);
  const review = Math.round(minutes * 0.2);
  const reflect = 2;
  const stages: SessionStage[] = [
    {
      stage: 'Explain the objective and strategies',
      minutes: explain,
      what: `Share the objective ("${statement}") and today's focus: ${focus}. Agree the strategies to use, with a quick worked example.`,
    },
    {
      stage: 'Pupils apply',
      minutes: minutes - explain - review - reflect,
      what: `Pupils work on their own or in pairs on a task that applies ${keyTerm(terms, objectiveFocus, plan.keywords)}; listen in, prompt and question each pupil in turn.`,
    },
    {
      stage: 'Group review',
      minutes: review,
      what: `Review the work together: share one strong example and one to improve${criterion === undefined ? '' : ` against "${criterion}"`}.`,
    },
    {
      stage: 'Reflection and next steps',
      minutes: reflect,
      what: 'Each pupil says what they can now do and names their next step; note anyone who needs more time.',
    },
  ];
  const independent = sectionsOf(plan, 'independent')[0]?.body[0]?.text;
  const restOfClass = `${
    independent === undefined
      ? `Appropriately challenging independent work on "${statement}", in pairs or alone.`
      : independent.replace(/\.?$/, '.')
  } Self-help before asking: working wall, key vocabulary, peer buddies. Review their work in the plenary.`;
  return { objective: statement, focus, groupSize: 6, minutes, stages, restOfClass };
}

/** The seven-stage intervention and tuition sequence (Intervention), filled in for one objective. */
export function planInterventionSession(objective: string): InterventionSessionPlan {
  const { statement, verb, focus, terms } = objectiveTerms(objective);
  const skill = verb === undefined ? focus : `how to ${verb} ${focus}`;
  const key = keyTerm(terms, focus, []);
  return {
    objective: statement,
    stages: [
      {
        stage: 'Introduce',
        minutes: 2,
        what: `Give an overview: the objective ("${statement}") and what success will look like by the end.`,
      },
      {
        stage: 'Remember',
        minutes: 5,
        what: `Recall the knowledge and skills this builds on; pin down exactly what is to be developed about ${key} today.`,
      },
      {
        stage: 'Model',
        minutes: 5,
        what: `Demonstrate ${skill}, thinking aloud: say each step and why you take it.`,
      },
      {
        stage: 'Try',
        minutes: 6,
        what: 'The pupil has a go independently on a similar example while you watch and note any errors.',
      },
      {
        stage: 'Apply',
        minutes: 6,
        what: 'Talk through any misconceptions the attempt revealed; the pupil then puts the new learning into practice on a fresh example.',
      },
      {
        stage: 'Secure',
        minutes: 4,
        what: 'Consolidate with further practice and discussion: the pupil explains the method back in their own words.',
      },
      {
        stage: 'Review',
        minutes: 2,
        what: 'The pupil reflects on what they learned and how they will use it back in the classroom.',
      },
    ],
    linkToClassroom: `Tell the class teacher what was secured on "${statement}" and what to watch for, so the next lesson gives the pupil a chance to apply it.`,
  };
}
