import { defineRule } from '../../rule';
import {
  at,
  filledSection,
  isInterventionPlan,
  isLessonPlan,
  joinedText,
  keepsElsewhere,
  lessonEpisodes,
  linesOutside,
  pointsElsewhere,
  providesFor,
  providesNothing,
} from '../evidence';
import type { LessonPlan, PlanItem } from '../types';
import { ADAPTING_KINDS } from '../vocabulary';
import { EAL_NEEDS } from './eal-support';
import { challengeFor, CAPITALS as MOST_ABLE_CAPITALS } from './most-able-challenge';
import { SEN_NEEDS } from './sen-adjustments';

/** A line about who is in the class: it is the plan's own reason to say how the lesson meets their needs. */
const CLASS_PROFILE =
  /\b(?:class|set|group) (?:of )?\d{1,2}\b|\b\d{1,2} (?:pupils|students|children|learners)\b|\bmixed[- ]ability\b|\bclass profile\b|\bpupil premium\b|\bPP\b|\bdisadvantaged\b|\bseating plan\b/;

/** Where the plan already adapts the lesson or describes its class, if it does. */
function reasonToAsk(plan: LessonPlan): PlanItem | undefined {
  const adapted = filledSection(plan, 'differentiation', 'sen', 'eal', 'teaching-assistant');
  if (adapted !== undefined) return { text: adapted.heading, line: adapted.line };
  // The class is described at the top, before the lesson starts: "groups of 6" in the main is not a class profile.
  const firstEpisode = lessonEpisodes(plan)[0]?.line ?? plan.lines.length + 1;
  // A keyword's meaning ("Byte – a group of 8 bits") describes no class.
  return linesOutside(plan, ['objectives', 'success-criteria', 'keywords', 'misconceptions'])
    .filter((entry) => entry.line < firstEpisode)
    .find((entry) => CLASS_PROFILE.test(entry.text));
}

function joinGroups(groups: string[]): string {
  return groups.length <= 1
    ? (groups[0] ?? '')
    : `${groups.slice(0, -1).join(', ')} or ${groups[groups.length - 1]}`;
}

/** Words that name a group whose provision a line may keep elsewhere. */
const GROUP_NAMES = [...SEN_NEEDS.mentions, ...EAL_NEEDS.mentions, MOST_ABLE_CAPITALS];

/**
 * "Differentiation (ALN / MAT / EAL): See seating plan + class profile on Teams.", "EAL - 1 pupil, see
 * SIMS.": adaptations kept in another document, by a part for them or a line that names a group.
 */
export function keptElsewhere(plan: LessonPlan): PlanItem | undefined {
  const section = plan.sections.find(
    (candidate) =>
      ADAPTING_KINDS.has(candidate.kind) &&
      candidate.body.length > 0 &&
      // "SEND", "EAL", "See seating plan – SEN & EAL highlighted.": names, and where to look for them.
      candidate.body.every((entry) => providesNothing(entry.text)) &&
      candidate.body.some((entry) => pointsElsewhere(entry.text)),
  );
  const line = linesOutside(plan, []).find(
    (entry) =>
      GROUP_NAMES.some((pattern) => pattern.test(entry.text)) && keepsElsewhere(entry.text, GROUP_NAMES),
  );
  // Quoted at whichever comes first in the plan.
  const part = section?.body.find((entry) => pointsElsewhere(entry.text));
  return part === undefined || (line !== undefined && line.line < part.line) ? line : part;
}

/** "No EAL in group", "no EAL pupils", "EAL: none": a class the plan says has no one learning English. */
const NO_EAL = /\bno (?:EAL|ELLs?|ESL)\b|\b(?:EAL|ELLs?)\s?:\s?(?:none|0|n\/a)\b/i;
/** "No SEN in this group", "SEND: none". */
const NO_SEN = /\bno (?:SEN|SEND|ALN)\b|\b(?:SEN|SEND|ALN)\s?:\s?(?:none|0|n\/a)\b/i;

/** "Diff: TBC - ask Mrs K re Harvey": adaptations the teacher has still to settle, not kept somewhere else. */
const STILL_TO_DECIDE = /\?\?|\b(?:tbc|tbd|tba|to do|todo)\b/i;

export const inclusionGaps = defineRule<LessonPlan, 'notYetSaid' | 'keptElsewhere' | 'stillToDecide'>({
  id: 'lesson/inclusion-gaps',
  title: 'Every group of pupils planned for',
  guidance: 'curriculum/specific-support',
  severity: 'info',
  messages: {
    notYetSaid:
      'The plan adapts the lesson for its class but does not yet say what it does for {groups}. If the class includes them, a line for each (an adjustment, a language support, a stretch) helps whoever teaches it.',
    keptElsewhere:
      'The plan points to another document for its adaptations: what will this lesson do differently for {groups}? A line for each (an adjustment, a language support, a stretch) helps whoever teaches it.',
    stillToDecide:
      'The adaptations are still to be decided: settle before the lesson what the pupils this line names will have (a support, a partner, adult time) to reach the same objective, and what stretches those ready for more, so it is ready on the day.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    // One prompt, and only where the plan itself gives a reason: otherwise it would sit on every plan.
    const elsewhere = keptElsewhere(plan);
    const reason = reasonToAsk(plan) ?? elsewhere;
    if (reason === undefined) return [];
    // "No EAL in group.": the plan says the class has none of them.
    const text = joinedText(plan);
    const groups = [
      providesFor(plan, SEN_NEEDS) || NO_SEN.test(text) ? undefined : 'pupils with SEN',
      providesFor(plan, EAL_NEEDS) || NO_EAL.test(text)
        ? undefined
        : 'pupils learning English as an additional language',
      challengeFor(plan) === undefined ? 'the most able' : undefined,
    ].filter((group): group is string => group !== undefined);
    return groups.length === 0
      ? []
      : [
          {
            messageId:
              elsewhere === undefined
                ? 'notYetSaid'
                : STILL_TO_DECIDE.test(elsewhere.text)
                  ? 'stillToDecide'
                  : 'keptElsewhere',
            data: { groups: joinGroups(groups) },
            ...at(elsewhere ?? reason),
          },
        ];
  },
});
