import { isClassLesson } from './check-questions';
import { notAnObjective, planContent, trimEnd } from './content';
import { sectionsOf } from './evidence';
import { isStretch, keyTerm, SUBSTANTIAL } from './questions';
import { contentWords, objectiveTerms, stem } from './terms';
import type {
  GuidedSessionPlan,
  InterventionSessionPlan,
  LessonPlan,
  PlanContent,
  PlanStatement,
  SessionStage,
  WhatToAdd,
} from './types';

/** "About fifteen to twenty minutes with a guided group" (Pupil grouping). */
const GUIDED_MIN = 15;
const GUIDED_MAX = 20;

/** Headings over the main teaching's follow-on work, where a guided group applies it. */
const FOLLOW_ON =
  /\b(?:lab|activit(?:y|ies)|tasks?|independent|practi[cs]e|apply|application|investigation|experiment|exercises?|worksheet|carrying out|group work)\b/i;

/** "A bigger denominator means..." → "a bigger denominator means...", after "that"; "BST" and "I" stay. */
const asClause = (claim: string) =>
  /^(?:I\b|\p{Lu}{2})/u.test(claim) ? claim : claim.charAt(0).toLowerCase() + claim.slice(1);

/**
 * The lesson's task a guided group applies the learning in: one the objective names, from the
 * pupils' own work after the main teaching (an independent, guided or activity section) rather
 * than homework or an extension.
 */
function guidedTask(plan: LessonPlan, content: PlanContent, objective: string): PlanStatement | undefined {
  const stems = new Set(contentWords(objective).map(stem));
  const score = (task: PlanStatement) => {
    let shared = 0;
    for (const word of new Set(contentWords(task.text).map(stem))) if (stems.has(word)) shared += 1;
    return shared;
  };
  const homework = new Set(sectionsOf(plan, 'homework').map((section) => section.heading));
  const candidates = content.tasks.filter(
    (task) => !homework.has(task.section) && !isStretch(task) && !/\bhomework\b/i.test(task.section),
  );
  const independent = new Set(sectionsOf(plan, 'independent', 'guided').map((section) => section.heading));
  const rank = (task: PlanStatement) =>
    score(task) * 2 +
    (independent.has(task.section) ? 2 : 0) +
    (FOLLOW_ON.test(task.section) ? 1 : 0) +
    (SUBSTANTIAL.test(task.text) ? 2 : 0) +
    (task.forPupils === true ? 2 : 0);
  return candidates
    .map((task, index) => ({ task, index, rank: rank(task) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)[0]?.task;
}

/**
 * The four stages of a guided session for about six pupils, timed inside 15-20 minutes, built on
 * a task from the lesson, with what the rest of the class does meanwhile. Null when there is no
 * objective to guide towards, or when the plan sets no task for the group to apply it in and the
 * teacher has not chosen a focus (the analysis then says what to add).
 */
export function planGuidedSession(
  plan: LessonPlan,
  options: { objective?: string; focus?: string; minutes?: number; content?: PlanContent } = {},
): GuidedSessionPlan | null {
  // A guided group is part of a class lesson: a one-to-one session or a scheme page has none, unless the teacher asks.
  if (options.objective === undefined && options.focus === undefined && !isClassLesson(plan)) return null;
  const guided = sectionsOf(plan, 'guided')[0];
  const objective =
    options.objective ?? plan.objectives.find((entry) => notAnObjective(entry.text) === undefined)?.text;
  if (objective === undefined || objective.trim() === '') return null;
  const content = options.content ?? planContent(plan);
  const { statement, verb, focus: objectiveFocus, terms } = objectiveTerms(objective);
  const task = guidedTask(plan, content, statement);
  if (task === undefined && options.focus === undefined && options.objective === undefined) return null;
  const asked = options.minutes ?? guided?.minutes ?? GUIDED_MAX;
  const requested = Number.isFinite(asked) ? asked : GUIDED_MAX;
  const minutes = Math.min(GUIDED_MAX, Math.max(GUIDED_MIN, Math.round(requested)));
  const misconception = content.misconceptions.find((entry) => entry.claim !== undefined);
  const focus =
    options.focus ??
    (misconception?.confused !== undefined
      ? `telling ${misconception.confused[0]} and ${misconception.confused[1]} apart`
      : misconception?.claim !== undefined
        ? `tackling the misconception that ${asClause(trimEnd(misconception.claim))}`
        : task !== undefined
          ? "applying the objective in the lesson's task"
          : `applying the learning: ${verb === undefined ? objectiveFocus : `${verb} ${objectiveFocus}`}`);
  const criterion = plan.successCriteria.find((entry) => notAnObjective(entry.text) === undefined)?.text;
  const term = content.terms.find(
    (entry) =>
      entry.definition !== undefined &&
      terms.some((word) => entry.term.toLowerCase().includes(word.toLowerCase())),
  );
  const question = content.questions.find(
    (entry) => (entry.level === 'understand' || entry.level === 'analyse') && entry.text.endsWith('?'),
  );
  const explain = Math.round(minutes * 0.15);
  const review = Math.round(minutes * 0.2);
  const reflect = 2;
  const taskText = task === undefined ? undefined : trimEnd(task.text);
  const stages: SessionStage[] = [
    {
      stage: 'Explain the objective and strategies',
      minutes: explain,
      what: `Share the objective ("${statement}") and today's focus: ${focus}.${
        term === undefined ? '' : ` Recap "${term.term}": ${trimEnd(term.definition!)}.`
      } Model the first step, thinking aloud.`,
    },
    {
      stage: 'Pupils apply',
      minutes: minutes - explain - review - reflect,
      what:
        taskText === undefined
          ? `Pupils work on their own or in pairs on a task that applies ${keyTerm(terms, objectiveFocus, plan.keywords)}; listen in, prompt and question each pupil in turn.`
          : `Pupils start the lesson's task ("${taskText}") on their own or in pairs; listen in and question each pupil in turn${
              question === undefined ? '' : `, e.g. "${question.text}"`
            }.`,
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
    independent !== undefined
      ? independent.replace(/\.?$/, '.')
      : taskText !== undefined
        ? `The same task ("${taskText}") on their own or in pairs.`
        : `Appropriately challenging independent work on "${statement}", in pairs or alone.`
  } Self-help before asking: working wall, key vocabulary, peer buddies. Review their work in the plenary.`;
  const session: GuidedSessionPlan = {
    objective: statement,
    focus,
    groupSize: 6,
    minutes,
    stages,
    restOfClass,
  };
  if (task !== undefined) session.task = { text: taskText!, line: task.line };
  return session;
}

/** What to add when the lesson sets no task a guided group could apply the learning in. */
export function guidedToAdd(plan: LessonPlan, session: GuidedSessionPlan | null): WhatToAdd[] {
  if (session !== null || !isClassLesson(plan)) return [];
  return [
    {
      for: 'guided',
      message:
        'The plan sets no task for pupils after the main teaching; name one (for example "Independent: pupils write..."), and a guided session for about six pupils can be built on it.',
    },
  ];
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
