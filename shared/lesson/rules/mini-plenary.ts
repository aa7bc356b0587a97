import { defineRule } from '../../rule';
import {
  at,
  endingsOf,
  evidenceIn,
  filledSection,
  isInterventionPlan,
  lessonEpisodes,
  sectionsOf,
  teachingSections,
  textOf,
} from '../evidence';
import type { LessonPlan, PlanSection, SectionKind } from '../types';

/**
 * A check on learning part-way; "check in at min 15" on a pupil's access plan, or "Check in with AO and CB
 * (PP) first" as the teacher circulates, is care for those pupils, not one.
 */
const CHECKPOINT =
  /\b(?:mini[- ]?plenar|check(?:s|ing)? (?:for|of|their|pupils'?|students'?) understanding|hinge|show[- ]me boards?|mini[- ]?whiteboards?|thumbs (?:up|down)|traffic[- ]light(?!s?[”"’']? (?:dribbl|game|tag|jog|run|warm))|checkpoint|cfu\b|revisit (?:the )?(?:objective|lo|learning|success)|back to the (?:objective|lo|success)|progress check|pause (?:to|and) (?:check|review)|quick quiz|(?<!me to )check[- ]in(?! at (?:min|\d)| early\b| with (?:him|her|them|\w{1,3} (?:and|&) \w{1,3})\b)|stop and (?:check|review)|fist (?:of|to) five|ABCD cards\b|multiple[- ]choice question|stoppages?|freeze[- ]frame|pause the (?:game|activity|class)|poll (?:the )?(?:students|pupils|class))/i;

/** The teacher's questions for groups as they work, or marking as they go: learning checked all through. */
const CHECKS_WHILE_CIRCULATING =
  /\b(?:key q(?:uestion)?s?\b|circulat\w*|live marking|question (?:pairs|groups|each group)|go(?:ing)? round)/i;

/** Minutes of one episode past which pupils can go a long way wrong before anyone checks. */
const LONG_STRETCH = 30;
/** Work done under test conditions, which is not paused for a check. */
const UNDER_CONDITIONS =
  /\b(?:exam conditions|test conditions|timed conditions|mock exam|in silence, timed|assessed piece)\b/i;

/** The parts that say what some pupils need, where "check" is about a pupil, not the class's learning. */
const PUPIL_NOTES: readonly SectionKind[] = ['sen', 'eal', 'most-able', 'teaching-assistant', 'homework'];

/**
 * The parts an assessment line checks as they run: "checking results tables during the practical" names
 * "practical". Read by looking for each "during", so a long line is read once.
 */
function partsCheckedDuring(plan: LessonPlan): string[] {
  const words: string[] = [];
  for (const section of sectionsOf(plan, 'assessment'))
    for (const { text } of section.body) {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf('during '); at !== -1; at = lower.indexOf('during ', at + 1)) {
        const [first = '', second = ''] = lower.slice(at + 7).split(/[^a-z]+/, 2);
        const word = first === 'the' ? second : first;
        if (word.length >= 4) words.push(word);
      }
    }
  return words;
}

const HINGE = /\bhinge\b/i;
/** What a late hinge's answers decide: tomorrow's group, the next lesson, who is taught again. */
const DECIDES_NEXT =
  /\b(?:pre-?teach|re-?teach|tomorrow|next lesson|depends on (?:the )?hinge|regroup|catch[- ]up group|keep[- ]up)\b/i;

/**
 * A hinge question planned only in the lesson's ending ("Plenary: ... Hinge Q on slide"): its answers come when
 * nothing is left to decide, so it is asked to move to where it can decide whether pupils move on.
 */
function hingeAtTheEnd(plan: LessonPlan, endings: ReadonlySet<PlanSection>) {
  // The episodes before the ending, not an "Assessment" list that names the hinge among the lesson's checks.
  const before = lessonEpisodes(plan).filter((section) => !endings.has(section));
  if (before.length === 0 || evidenceIn(before, HINGE) !== undefined) return undefined;
  const last = [...endings].find(
    (section) => HINGE.test(section.heading) || evidenceIn([section], HINGE) !== undefined,
  );
  // "Note anyone choosing 1 or 4 → pre-teach tomorrow", "Next lesson: ... (TBC – depends on hinge)": the answers
  // decide what comes next, which is a hinge's work, even at the end.
  const decides = plan.lines.some((line) => HINGE.test(line) && DECIDES_NEXT.test(line));
  return last === undefined || decides || DECIDES_NEXT.test(textOf([last]))
    ? undefined
    : { episode: last, entry: HINGE.test(last.heading) ? undefined : evidenceIn([last], HINGE) };
}

export const miniPlenary = defineRule<LessonPlan, 'missing' | 'planned' | 'hingeAtEnd'>({
  id: 'lesson/mini-plenary',
  title: 'Mini-plenaries that revisit the objectives',
  guidance: 'assessment/mini-plenaries',
  severity: 'suggestion',
  messages: {
    missing:
      '"{episode}" runs for {minutes} minutes with no check on learning: where could you pause part-way to check understanding against the objective (a hinge question, show-me boards, a quick mini-plenary) before pupils move on?',
    planned: 'The plan builds in a mid-lesson check on learning.',
    hingeAtEnd:
      'The hinge question comes in "{episode}", at the end, when its answers can no longer change what happens next. Could you ask it straight after the teaching it checks, so it decides who moves on and who needs the idea again?',
  },
  check(plan) {
    if (isInterventionPlan(plan)) return [];
    const own = filledSection(plan, 'mini-plenary');
    // Mid-lesson: a thumbs vote in the plenary or mini whiteboards in the starter is not a check part-way.
    const endings = new Set(endingsOf(plan));
    // "Piotr – good spoken English, check instructions" under EAL is a note on one pupil, not a check on learning.
    const middle = teachingSections(plan).filter(
      (section) =>
        section.kind !== 'starter' &&
        section.kind !== 'plenary' &&
        !PUPIL_NOTES.includes(section.kind) &&
        !endings.has(section),
    );
    const late = hingeAtTheEnd(plan, endings);
    const lateHinge =
      late === undefined
        ? []
        : [
            {
              messageId: 'hingeAtEnd' as const,
              data: { episode: late.episode.heading },
              ...(late.entry === undefined
                ? { where: { kind: 'plan' as const, line: late.episode.line } }
                : at(late.entry)),
            },
          ];
    const evidence = own?.body[0] ?? evidenceIn(middle, CHECKPOINT);
    if (evidence !== undefined)
      return [{ messageId: 'planned', severity: 'strength', ...at(evidence) }, ...lateHinge];
    // Asked only where the plan shows a long stretch of teaching or practice with no check in it:
    // "where could you pause?" on every lesson is true of all of them and read by no one.
    const checkedDuring = partsCheckedDuring(plan);
    const long = lessonEpisodes(plan).find((episode) => {
      const text = `${episode.heading} ${episode.body.map((entry) => entry.text).join(' ')}`;
      return (
        episode.kind !== 'plenary' &&
        episode.kind !== 'starter' &&
        (episode.minutes ?? 0) >= LONG_STRETCH &&
        // "Exam practice (30 mins, timed, exam conditions)": stopping it part-way would undo what it is for.
        !UNDER_CONDITIONS.test(text) &&
        // "Circulate groups 1, 2, 3, 5. Key Qs: How are you making it fair?": checked group by group as they work.
        !(text.includes('?') && CHECKS_WHILE_CIRCULATING.test(text)) &&
        // "Assessment: ... checking results tables during the practical": the check is planned, under its own heading.
        !checkedDuring.some((word) => episode.heading.toLowerCase().includes(word))
      );
    });
    return long === undefined
      ? lateHinge
      : [
          ...lateHinge,
          {
            messageId: 'missing',
            data: { episode: long.heading, minutes: long.minutes! },
            where: { kind: 'plan', line: long.line },
          },
        ];
  },
});
