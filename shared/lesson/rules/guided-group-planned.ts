import { defineRule, type RuleReport } from '../../rule';
import { findLine, findLines, sectionsOf, textOf } from '../evidence';
import { timingOnly } from '../read/recognisers/timing-only';
import { parseMinutes } from '../timing';
import type { LessonPlan } from '../types';

const GUIDED_MENTION =
  /\bguided (?:group|reading|read|writing|session|work|learning|maths)\b|\bfocus group\b/i;
const GROUP_SIZE =
  /\bgroups? of (?:about |around |up to )?(\d{1,2})\b|\b(\d{1,2}) (?:pupils|children|students|learners)\b/i;
/**
 * Work for everyone else, said outright or by the lesson's shape: a carousel of stations, a follow-up task,
 * "Back to task / focus group at back table w/ me".
 */
const REST_OF_CLASS =
  /rest of (?:the )?class|other (?:pupils|groups|children|students|tables)|remaining (?:pupils|groups|children)|independent (?:groups?|work|tasks?|practice)|everyone else|non[- ]guided|not in the (?:guided|focus) group|while (?:the )?(?:teacher|I) (?:works?|am working|is working)|carousel|rotation|\bstations?\b|independent reading|follow[- ]up (?:task|work)|\(independent\)|\bback to (?:the |their |main )?task\b|\b(?:others|the rest) (?:continue|carry on|keep going)\b/i;

/** A group named by its colour or table at the start of a line: "Blue group (with Mrs Begum):", "- Red + Green group:". */
const NAMED_GROUP =
  /^[ \t\-*•]*(?:red|blue|green|yellow|orange|purple|pink|gold|silver|bronze)\b[^:\n]{0,30}\b(?:group|table)s?\b/im;

/**
 * "- Robins: grid method allowed...", "- Owls: questions get harder...": how many groups the plan's
 * adaptations name, each opening its own line, whatever the groups are called.
 */
function groupsAdapted(plan: LessonPlan): number {
  const names = new Set<string>();
  for (const section of sectionsOf(plan, 'differentiation'))
    for (const entry of section.body) {
      const name = GROUP_LINE.exec(entry.text)?.[1];
      if (name !== undefined) names.add(name);
    }
  return names.size;
}
const GROUP_LINE = /^(\p{Lu}\p{Ll}+s)\s?[:–-]/u;

/** The four planned stages of a guided session, as the guidance lists them. */
const STAGES: { name: string; cue: RegExp }[] = [
  {
    name: 'explain the objective and strategies',
    cue: /objective|\bLOs?\b|explain|strateg|recap|introduc|success criteria|\bfocus\b|model/i,
  },
  {
    name: 'pupils apply it',
    cue: /apply|have a go|\btry\b|work (?:on|in pairs|independently|alone)|practis|attempt|\bwrit|\bread|solve|independent|in pairs|on their own/i,
  },
  {
    name: 'group review',
    cue: /review|discuss|\bshare|feedback|look (?:at|back)|check|compare|sum(?:s|ming)? up|\bmark/i,
  },
  {
    name: 'reflection and next steps',
    cue: /reflect|next step|target|progress|what (?:have|did) (?:we|you|they) learn|self[- ]assess|how did|improve next/i,
  },
];

type MessageId = 'size' | 'timing' | 'beforeMainTeaching' | 'stages' | 'restOfClass' | 'planned';

export const guidedGroupPlanned = defineRule<LessonPlan, MessageId>({
  id: 'lesson/guided-group-planned',
  title: 'A guided group of about six, after the main teaching',
  guidance: 'grouping/guided-learning',
  severity: 'suggestion',
  messages: {
    size: 'The guided group has {size} pupils: about six lets you hear every pupil apply the learning. Could the group be nearer six?',
    timing:
      'The guided session is planned for {minutes} minutes: about fifteen to twenty minutes usually gives time for all four stages without leaving the rest of the class too long.',
    beforeMainTeaching:
      'The guided group comes before the main teaching. Running it after the main teaching keeps its focus on applying what has just been taught.',
    stages:
      'Could the guided session include {stages}? The four stages are: explain the objective and strategies; pupils apply; group review; reflection and next steps.',
    restOfClass:
      'What will the rest of the class do while you work with the guided group? Appropriately challenging work, with self-help resources, and reviewing it in the plenary holds them to account.',
    planned: 'The guided group is planned with its stages, timing and work for the rest of the class.',
  },
  check(plan) {
    // A tuition session is itself the small-group or one-to-one teaching: no guided group is planned inside it,
    // and a next step "so it can be used in class guided reading" is about another lesson.
    if (plan.kind === 'tuition') return [];
    const guided = sectionsOf(plan, 'guided');
    // Found where the lesson says it, not in a title ("# Year 3 Guided Reading – Weekly Plan").
    const mentions = findLines(plan, GUIDED_MENTION);
    const inLesson = mentions.find((line) => {
      const text = (plan.lines[line - 1] ?? '').trim();
      return !text.startsWith('#') && !text.startsWith(plan.title);
    });
    // A guided part named only by the plan's title ("Guided Reading Planning – Year 3") is the whole lesson.
    const ownPart = guided.find((section) => !section.heading.startsWith(plan.title.slice(0, 20)));
    const mentionLine = ownPart?.line ?? inLesson ?? mentions[0];
    if (mentionLine === undefined) return [];
    const where = { kind: 'plan' as const, line: mentionLine };
    const text = guided.length > 0 ? textOf(guided) : (plan.lines[mentionLine - 1] ?? '');
    const reports: RuleReport<MessageId>[] = [];

    const size = GROUP_SIZE.exec(text);
    const pupils = size === null ? undefined : Number(size[1] ?? size[2]);
    if (pupils !== undefined && (pupils < 4 || pupils > 8))
      reports.push({ messageId: 'size', data: { size: pupils }, where });

    // "| 30–50 min | Work with Owls (focus group) for first 10 mins |": a grid row's time cell times the
    // part, not the group.
    const firstCell = text.indexOf(' | ');
    const spoken =
      firstCell > 0 && timingOnly.read(text.slice(0, firstCell).replace(/^\|\s*/, '')) !== undefined
        ? text.slice(firstCell + 3)
        : text;
    const minutes = guided[0]?.minutes ?? parseMinutes(spoken);
    if (minutes !== undefined && (minutes < 15 || minutes > 20))
      reports.push({ messageId: 'timing', data: { minutes }, where });

    const firstMain = sectionsOf(plan, 'main')[0];
    if (guided[0] !== undefined && firstMain !== undefined && guided[0].line < firstMain.line) {
      reports.push({ messageId: 'beforeMainTeaching', where });
    }

    if (guided.length > 0) {
      const missing = STAGES.filter((stage) => !stage.cue.test(text)).map((stage) => stage.name);
      if (missing.length > 0)
        reports.push({ messageId: 'stages', data: { stages: missing.join('; ') }, where });
    }

    // "Blue group (with Mrs Begum): ...", "Red + Green group: ...": each other group's work, set out group by group.
    const groupsSet = findLines(plan, NAMED_GROUP).length >= 3 || groupsAdapted(plan) >= 3;
    if (
      sectionsOf(plan, 'independent').length === 0 &&
      !groupsSet &&
      findLine(plan, REST_OF_CLASS) === undefined
    ) {
      reports.push({ messageId: 'restOfClass', where });
    }
    return reports.length > 0 ? reports : [{ messageId: 'planned', severity: 'strength', where }];
  },
});
