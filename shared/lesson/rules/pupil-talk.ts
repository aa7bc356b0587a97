import { defineRule } from '../../rule';
import { at, isInterventionPlan, isLessonPlan, teachingSections } from '../evidence';
import type { LessonPlan, PlanItem, SectionKind } from '../types';

/**
 * A talk task pupils do with each other. A bare "discuss" is most often the teacher leading the
 * class ("discuss any problems the teams met"), and "in pairs, write the program" is how pupils sit,
 * not what they say: a grouping counts only with a talk verb on the same line.
 */
const TALK_TASK =
  /\b(?:talk partners?|think[- ]pair[- ]share|turn and talk|partner talk|talk task|oracy|group talk|talk (?:to|with) (?:a|their|your|each|the) (?:partner|group|table|other)|(?:pupils|students|children) (?:talk|discuss)\b|discuss (?:in|with) (?:pairs|groups|a partner|their|your)|explain to (?:a|their|your|each)|jigsaw|envoy|rainbow groups?|dialogic|response partner)/i;
const GROUPED =
  /\b(?:in pairs|in groups|groups of (?:two|three|four|[2-6])\b|with (?:a|their|your|each) (?:partner|other))/i;
const TALK_VERB = /\b(?:discuss|talk|debate|share (?:ideas|answers|their)|agree|decide together|explain)/i;

/**
 * Parts that support one group: a talk partner seated beside an EAL pupil ("sit next to talk partner
 * R.D.") is support for that pupil, not a talk task the lesson sets.
 */
const SUPPORT_KINDS: readonly SectionKind[] = ['eal', 'sen', 'teaching-assistant'];

/** Reception and nursery talk is about the thing itself: "justify your answer" is not asked of four-year-olds. */
const EARLY_YEARS = new Set(['Reception', 'Nursery']);

const JUSTIFY =
  /\b(?:justif|explain[.!"”)]|explain (?:your|their|his|her|why|how|to (?:a|their|your|each))|reasoning|reasons?\b|because\b|\bwhy\b|convince|prove\b|evidence\b|agree or disagree|build on\b|challenge (?:each other|a partner|their)|how do you know|sentence stems?|check(?:s|er)? (?:each other|their partner)|checker\b)/i;

// "In pairs, rank the openings and justify the ranking" is talk too: the reasons are said to a partner.
const isTalkTask = (text: string) =>
  TALK_TASK.test(text) || (GROUPED.test(text) && (TALK_VERB.test(text) || JUSTIFY.test(text)));

export const pupilTalk = defineRule<LessonPlan, 'noJustify' | 'talkToLearn'>({
  id: 'lesson/pupil-talk',
  title: 'Talking to learn',
  guidance: 'hqtl/pupil-talk',
  severity: 'suggestion',
  messages: {
    noJustify:
      'Could the talk task ask pupils to justify their answers ("because...", "how do you know?"), so they explain their thinking rather than only share answers?',
    talkToLearn: 'Pupils talk in pairs or groups and are asked to justify their thinking.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    // "Where will pupils talk?" is true of every plan without a talk task and says nothing about this
    // one: the rule speaks only about a paired or group talk task the plan sets.
    let first: PlanItem | undefined;
    for (const section of teachingSections(plan)) {
      if (SUPPORT_KINDS.includes(section.kind)) continue;
      const talk = section.body.find((entry) => isTalkTask(entry.text));
      if (talk === undefined) continue;
      first ??= talk;
      // The reasons are asked for in the same part of the lesson as the talk, not anywhere in the plan.
      if (section.body.some((entry) => JUSTIFY.test(entry.text)))
        return [{ messageId: 'talkToLearn', severity: 'strength', ...at(talk) }];
    }
    return first === undefined || EARLY_YEARS.has(plan.yearGroup ?? '')
      ? []
      : [{ messageId: 'noJustify', ...at(first) }];
  },
});
