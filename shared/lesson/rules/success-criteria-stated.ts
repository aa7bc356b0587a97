import { defineRule } from '../../rule';
import {
  at,
  endingsOf,
  firstSentence,
  isEarlyYears,
  isLessonPlan,
  keyLearningPointLines,
  placeFor,
  sectionsOf,
  writtenLines,
} from '../evidence';
import { placeholder } from '../read/recognisers/placeholder';
import type { LessonPlan, PlanItem } from '../types';
import { saysWhatPupilsDo } from './objectives-stated';

/** "All students are able to:" heads a list of outcomes; it is not a criterion itself. */
const GROUP_HEADER =
  /^(?:all|most|some|a few)\s+(?:students|pupils|children|learners)\s+(?:(?:will|should|must|could)\s+be\s+|are\s+)?able\s+to\s*:?$/i;

/** "I can...", "I line up the decimal points", "Pupils will...": a criterion written as what a pupil does. */
const PUPIL_ACTION =
  /^(?:I can|I will|we can|I (?!am\b|was\b|think\b|know\b|understand\b|feel\b|have\b)[a-z]+|(?:pupils|students|children|learners) (?:will|can|should))\b/i;

/**
 * A criterion is something a pupil does and can check ("Identify two devices", "I can add the
 * numerators"); a definition or fact ("Blending is when words are chopped up") is content to teach.
 */
const isPupilAction = (text: string) => {
  const own = withoutGroup(text.trim());
  return PUPIL_ACTION.test(own) || saysWhatPupilsDo(own);
};

/** "All – describe what trench warfare was like": the criterion after its group's name. */
function withoutGroup(text: string): string {
  const group = /^(?:all|most|some|a few)\b/i.exec(text);
  if (group === null) return text;
  let at = group[0].length;
  while (at < text.length && ' \t–—-:'.includes(text[at]!)) at += 1;
  return at > group[0].length ? text.slice(at) : text;
}

/**
 * The plan's own check (an exit ticket's, a plenary's or its key questions' first question), which already says
 * what success looks like: the criteria can be that check, shared at the start.
 */
function endingCheck(plan: LessonPlan): PlanItem | undefined {
  const parts = [...endingsOf(plan), ...sectionsOf(plan, 'assessment')];
  return writtenLines(plan, parts).find((entry) => entry.text.includes('?') && entry.text.length <= 200);
}

type MessageId = 'missing' | 'stepsFromObjectives' | 'stepsFromCheck' | 'stated';

export const successCriteriaStated = defineRule<LessonPlan, MessageId>({
  id: 'lesson/success-criteria-stated',
  title: 'Success criteria made explicit',
  guidance: 'assessment/day-to-day',
  severity: 'suggestion',
  messages: {
    missing:
      'How will pupils know they have met the objective? Listing success criteria (as "I can..." steps) lets pupils see the small steps and check their own progress.',
    stepsFromObjectives:
      'The plan has no success criteria yet. The objectives say what pupils will do ("{objective}"): could you break each into two or three "I can..." steps pupils check their work against?',
    stepsFromCheck:
      'The plan has no success criteria yet, though it already checks the learning ("{check}"). Shared at the start as two or three "I can..." steps, that check tells pupils what they are aiming for.',
    stated: 'The plan lists success criteria ({count}), so pupils can see how they will show their learning.',
  },
  check(plan) {
    // "SC: TBC" lists none yet.
    const listed = plan.successCriteria.filter(
      (criterion) =>
        !GROUP_HEADER.test(criterion.text.replace(/^#+/, '')) &&
        placeholder.read(criterion.text) === undefined,
    );
    // Oak's "Key learning points" are the content to learn ("To convert binary to denary, add the place
    // values"): a criterion there is one a pupil says of their own work ("I can...").
    const keyPoints = keyLearningPointLines(plan);
    const first = listed.find((criterion) =>
      keyPoints.has(criterion.line)
        ? PUPIL_ACTION.test(criterion.text.trim())
        : isPupilAction(criterion.text),
    );
    // Criteria written as facts to learn are neither praised nor called missing: the plan has a list.
    if (first === undefined && listed.length > 0) return [];
    // One criterion a pupil can check makes the list theirs: "I have a title", "My steps are numbered" count too.
    if (first !== undefined) {
      return [{ messageId: 'stated', severity: 'strength', data: { count: listed.length }, ...at(first) }];
    }
    // Text that is not yet a plan is told the whole planning flow at once, by lesson/plan-recognised;
    // a plan with no objectives is asked for those first (criteria follow from them). Objectives that
    // already say what pupils will do ("Be able to use the pattern") are half-way there: the prompt,
    // for information, asks only for the small steps.
    if (!isLessonPlan(plan) || plan.objectives.length === 0) return [];
    // An early years session is checked against its Development Matters and ELG statements by the adults
    // observing, not by four-year-olds against "I can..." steps.
    if (isEarlyYears(plan)) return [];
    const observable = plan.objectives.find((objective) => saysWhatPupilsDo(objective.text));
    const check = observable === undefined ? undefined : endingCheck(plan);
    if (check !== undefined) {
      return [
        {
          messageId: 'stepsFromCheck',
          severity: 'info',
          data: { check: firstSentence(check.text, 100) },
          ...at(check),
        },
      ];
    }
    if (observable !== undefined) {
      return [
        {
          messageId: 'stepsFromObjectives',
          severity: 'info',
          data: { objective: firstSentence(observable.text, 80) },
          ...at(observable),
        },
      ];
    }
    return [{ messageId: 'missing', where: placeFor(plan, 'objectives') }];
  },
});
