import { defineRule } from '../../rule';
import { at, findChainLines, findLine, firstSentence, isLessonPlan } from '../evidence';
import type { LessonPlan } from '../types';

/** One group working while the others wait: "Only one team will use the network at a time". */
const ONE_AT_A_TIME = /\bone (?:group|team|table|pair)\b/i;
const AT_A_TIME = /\b(?:at a time|in turn|takes? (?:a |their )?turns?)\b/i;

/** What the others do meanwhile: a task for the rest of the class, or a role while they wait. */
const OTHERS_BUSY =
  /\b(?:other (?:groups|teams|pupils|students|children)|rest of the (?:class|group)|remaining (?:groups|teams|pupils|students|children)|while (?:they|the others|others|the rest) wait|waiting (?:groups|teams|pupils|students|children)|meanwhile|in the meantime|carousel|rotat(?:e|ion)|observers?\b|spectators?\b)/i;

export const waitingGroups = defineRule<LessonPlan, 'othersIdle'>({
  id: 'lesson/waiting-groups',
  title: 'A task for the groups that wait their turn',
  guidance: 'grouping/rest-of-class',
  severity: 'suggestion',
  messages: {
    othersIdle:
      '"{quote}": what will the other groups do while they wait? A task or a role for them (checking the result, recording, predicting) keeps everyone learning and the waiting orderly.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const line = findChainLines(plan, ONE_AT_A_TIME, [{ cue: AT_A_TIME, within: 50 }])[0];
    if (line === undefined || findLine(plan, OTHERS_BUSY) !== undefined) return [];
    const text = plan.lines[line - 1]!.trim();
    return [{ messageId: 'othersIdle', data: { quote: firstSentence(text, 120) }, ...at({ text, line }) }];
  },
});
