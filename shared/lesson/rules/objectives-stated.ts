import { defineRule, type RuleReport } from '../../rule';
import { at, isLessonPlan, sectionsOf } from '../evidence';
import { objectiveTerms } from '../terms';
import type { LessonPlan } from '../types';

/** Objectives that name a task rather than the learning: "To complete the worksheet". */
const ACTIVITY_NOT_LEARNING =
  /^(?:complete|finish|do|watch|look at|learn about|know about|be taught|copy|carry on|continue|be introduced to|cover|find out about|have a go at|enhanc(?:e|ing)|(?:develop|improv)(?:e|ing)? (?:\S+ ){0,3}skills)\b/i;

/** Verbs no one can see in a pupil's work: a mentor asks what pupils will do to show it. */
const HIDDEN_VERB = /^(?:understand|know|learn|appreciate|be aware|be familiar)\b/i;

/** The text without the full stops, colons and the like it ends with; a loop, so a long run of dots costs one pass. */
function withoutClosingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.;:!'.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/**
 * Whether a statement ("Be able to use the pattern", "Identify the factors") says what pupils will
 * do, so someone could see it: it opens with a learning verb that is neither hidden ("understand")
 * nor a task ("complete").
 */
export function saysWhatPupilsDo(text: string): boolean {
  const terms = objectiveTerms(text);
  return (
    terms.verb !== undefined &&
    !HIDDEN_VERB.test(terms.statement) &&
    !ACTIVITY_NOT_LEARNING.test(terms.statement)
  );
}

/**
 * A line that only introduces the objectives ("Students will be able to (SWBAT):", "By the end of
 * the lesson:"): it ends with a colon and states nothing itself, so it is neither judged nor quoted.
 */
const isStem = (text: string) => text.trimEnd().endsWith(':');

type MessageId = 'missing' | 'activity' | 'notObservable' | 'sharp';

export const objectivesStated = defineRule<LessonPlan, MessageId>({
  id: 'lesson/objectives-stated',
  title: 'Sharp learning objectives',
  guidance: 'hqtl/objectives',
  severity: 'suggestion',
  messages: {
    missing:
      'What will pupils learn in this lesson? Stating one or two learning objectives (for example "To explain how...") gives every episode something to aim at.',
    activity:
      '"{objective}" names a task or a topic rather than the learning: could it say what pupils will be able to do by the end (for example "To explain...", "To compare...")?',
    notObservable:
      '"{objective}" says what pupils will {verb}, which no one can see: what will they do to show it (explain, describe, calculate...)? That is what the plenary can then check.',
    sharp: 'The learning objectives ({count}) each name what pupils will learn.',
  },
  check(plan) {
    if (plan.objectives.length === 0) {
      // An objectives heading with nothing under it is pointed out by lesson/empty-sections.
      if (!isLessonPlan(plan) || sectionsOf(plan, 'objectives').length > 0) return [];
      return [{ messageId: 'missing', where: { kind: 'plan' } }];
    }
    const stated = plan.objectives.filter((objective) => !isStem(objective.text));
    if (stated.length === 0) return [];
    const read = stated.map((objective) => ({ objective, terms: objectiveTerms(objective.text) }));
    const activities = read
      .filter(({ terms }) => ACTIVITY_NOT_LEARNING.test(terms.statement))
      .map(({ objective }) => objective);
    if (activities.length > 0) {
      return activities.map((objective) => ({
        messageId: 'activity' as const,
        data: { objective: objective.text },
        ...at(objective),
      }));
    }
    // Asked once, about the first, and only when nothing else in the plan says what pupils will do:
    // where another objective or a success criterion already gives the verb ("Identify the factors"),
    // the nudge is noise and the outcomes are the plan's observable steps.
    const hidden = read.find(({ terms }) => HIDDEN_VERB.test(terms.statement));
    const observableElsewhere =
      stated.some((objective) => saysWhatPupilsDo(objective.text)) ||
      // "understand PED, calculate it, and explain the relationship...": its own later clauses say what pupils do.
      stated.some((objective) =>
        objective.text
          .split(/, (?:and )?| and /)
          .slice(1)
          .some((clause) => saysWhatPupilsDo(clause)),
      ) ||
      plan.successCriteria.some((criterion) => saysWhatPupilsDo(criterion.text));
    if (hidden !== undefined && observableElsewhere) return [];
    if (hidden !== undefined) {
      const verb = HIDDEN_VERB.exec(hidden.terms.statement)![0].toLowerCase();
      const report: RuleReport<MessageId> = {
        messageId: 'notObservable',
        data: { objective: hidden.objective.text, verb },
        ...at(hidden.objective),
      };
      return [report];
    }
    // "Composition of 5" may be sharp or only a topic: no verb to tell by, so no strength claimed.
    const unclear = read.some(
      ({ objective, terms }) =>
        terms.verb === undefined && terms.statement === withoutClosingPunctuation(objective.text.trim()),
    );
    if (unclear) return [];
    return [
      {
        messageId: 'sharp',
        severity: 'strength',
        data: { count: stated.length },
        ...at(stated[0]!),
      },
    ];
  },
});
