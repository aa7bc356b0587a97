import { defineRule, type RuleReport } from '../../rule';
import {
  allEvidenceIn,
  at,
  filledSection,
  firstSentence,
  isInterventionPlan,
  isLessonPlan,
  linesOutside,
  placeFor,
  providesNothing,
  teachingSections,
  writtenLines,
} from '../evidence';
import type { LessonPlan, PlanItem, PlanSection } from '../types';
import { keptElsewhere } from './inclusion-gaps';
import { CHALLENGE, challengeFor } from './most-able-challenge';
import { senAdjustments } from './sen-adjustments';
import { teachingAssistantDeployment } from './teaching-assistant-deployment';

/** "Separate, easier work": the practice the guidance says can drive down expectations. */
const EASIER_WORK =
  /\b(?:easier (?:work|worksheets?|sheets?|tasks?|texts?|version|questions|activity|activities)\b|easy (?:sheet|worksheet|version|questions|tasks?)\b|(?:low(?:er)?|less) ?(?:ability|able) (?:worksheet|sheet|task|work|version|questions)\b|LA (?:worksheet|sheet|task|version)\b|separate (?:easier )?(?:work|worksheet|task)\b|different,? easier\b)/i;
const LOWER_OUTCOME = /^(?:some|could)\b/i;
const FULL_OUTCOME = /^(?:all|must)\b/i;
/**
 * Support, open tasks and extension as phrases: "support" alone is any verb ("supported your
 * learning"), "adapt" is also an adaptor, and "differentiate between" is an objective.
 */
const SUPPORT =
  /\b(?:scaffold|(?:with|more|extra|additional|adult|TA|teacher|peer|partner) support\b|support(?:ed)? by (?:an? |the )?(?:adult|TA|teacher|partner|peer)|support (?:sheets?|cards?|materials?)|^support\s*:|(?:reminder|prompt|hint|formula|method) (?:cards?|triangles?)|sentence (?:starter|stem|frame)s?|(?:pull|take|call) (?:a )?small group|back table\b|(?:word|quotation|quote|vocabulary) (?:bank|mat)s?(?! on (?:the )?board)|(?:writing|paragraph|sentence) frames?|worked examples? (?:cards?|sheets?|for\b|to (?:refer|hand)|available)|manipulativ|concrete (?:resources|materials|apparatus|objects)|\bconcrete ?:|dienes|(?:PV|place value) (?:mats?|charts?|counters)|numicon|bead strings?|multilink|visual (?:aids?|prompts?|support|cues?)|pre[- ]teach|open[- ]ended|open tasks?|low floor|extension (?:tasks?|activit|questions?|work)|adapted (?:tasks?|texts?|resources?|worksheets?|versions?)|adaptations?|differentiat(?:ed|ion) (?:by|through|tasks?|resources?|worksheets?|questions)|chunk(?:ed|ing|s)? (?:the|it|them|instructions?|tasks?|texts?|steps?)\b|chunked\b|partially completed|(?:version|copy|sheet|column|section) (?:with|has|have) (?:the )?[a-z ]{1,30}? already (?:written|filled in|given|provided|printed|done|drawn)\b|(?:fraction walls?|number lines?|hundred squares?|counters|cubes|bar models?) (?:on (?:the|their|each) tables?|available)\b|cue cards?|head start|cloze (?:version|sheet|text|activity|task)|accomm?odations?\s?:)/i;

/** "worksheet A", "Section A": case-sensitive, since "a" is a word too. */
const STAGED_FROM_A =
  /\b(?:[Ww]orksheets?|[Ss]heets?|[Tt]asks?|[Ss]ections?|[Cc]olumns?|[Ll]evels?|[Cc]ards?) A\b/;
const TIERED = /\b[Tt]iered (?:tasks?|questions?|worksheets?|sheets?|activit)/;
/** "Bronze: 3 calcs. Silver: read off a chart. Gold: margin of safety": the same task in named tiers, each named. */
const NAMED_TIERS = [
  ['Bronze', 'Silver', 'Gold'],
  ['Mild', 'Spicy', 'Hot'],
  ['mild', 'spicy', 'hot'],
];
/**
 * "- **Bronze**: gap fill with verb box" / "- **Silver**: translate 8 sentences" / "- **Gold**: write a paragraph":
 * the same task in named tiers, a line each; the first tier's line is quoted, the one that supports.
 */
function tieredLines(sections: readonly PlanSection[]): PlanItem | undefined {
  for (const section of sections)
    for (const tiers of NAMED_TIERS) {
      const lines = tiers.map((tier) =>
        section.body.find((entry) => entry.text.replace(/^[*_\s]+/, '').startsWith(tier)),
      );
      if (lines.every((line) => line !== undefined)) return lines[0];
    }
  return undefined;
}

/** How far past "worksheet A" its B and C are looked for. */
const STAGES_WITHIN = 120;
/**
 * The same task staged from a first step to a harder one: "worksheet A (one-step), B (two-step), C
 * (unknowns both sides)", tiered questions. Its B and C are found by search, not one pattern, so no
 * pattern spans the line.
 */
const STAGED = {
  test(text: string): boolean {
    if (TIERED.test(text) || NAMED_TIERS.some((tiers) => tiers.every((tier) => text.includes(tier))))
      return true;
    const from = STAGED_FROM_A.exec(text);
    if (from === null) return false;
    const rest = text.slice(from.index + from[0].length, from.index + from[0].length + STAGES_WITHIN);
    const b = rest.search(/\bB\b/);
    return b >= 0 && /\bC\b/.test(rest.slice(b + 1));
  },
};

/**
 * A group that keeps up the same day, fed by the lesson's own check: "Keep up (pm, Miss H): ay cards,
 * magnetic letters", "catch-up group after lunch". The support the guide asks for, after the lesson.
 */
const KEEP_UP =
  /\b(?:keep[- ]up|catch[- ]up) (?:group|session|intervention|time)\b|^keep[- ]up\b|\bsame[- ]day intervention\b/i;

/** "Support: TBC - LSA?" → "TBC - LSA?": what a labelled line says after its label. */
function afterLabel(text: string): string {
  const colon = text.indexOf(': ');
  return colon > 0 && colon <= 30 ? text.slice(colon + 2) : text;
}

/** Support written as a label ("Support: counters and a part-completed bar model"). */
const SUPPORT_LABEL =
  /^(?:support|scaffold(?:s|ing)?|help|LA|lower attainers?)\s?:|\bpart(?:ly|ially)?[- ]completed\b|\b(?:help ?sheets?|hint (?:cards?|sheets?)|prompt (?:cards?|sheets?)|knowledge organisers?|(?:those|pupils|students|children|learners) who (?:struggle|are struggling|find (?:it|this|the task) (?:hard|difficult))|lower[- ](?:attaining|attainers|ability)|less confident|extra time|differentiated (?:worksheets?|tasks?|resources?|questions))/i;

/**
 * Whether pupils who struggle are helped somewhere the teaching does not say: a "Support:" line,
 * adjustments for pupils with SEN, or a teaching assistant planned to work with a group.
 */
function supportsElsewhere(plan: LessonPlan): boolean {
  if (
    linesOutside(plan, []).some(
      (entry) =>
        (SUPPORT.test(entry.text) || SUPPORT_LABEL.test(entry.text)) &&
        !providesNothing(afterLabel(entry.text)),
    )
  )
    return true;
  const planned = (reports: { messageId: string }[]) =>
    reports.some((report) => report.messageId === 'planned');
  return planned(senAdjustments.check(plan)) || planned(teachingAssistantDeployment.check(plan));
}

type MessageId = 'easierWork' | 'byOutcome' | 'missing' | 'noSupport' | 'bySupport';

export const differentiationBySupport = defineRule<LessonPlan, MessageId>({
  id: 'lesson/differentiation-by-support',
  title: 'Differentiation by support, open tasks and extension',
  guidance: 'hqtl/differentiation',
  severity: 'suggestion',
  messages: {
    easierWork:
      'This gives some pupils separate, easier work, which the guidance warns can drive down expectations. Could they tackle the same task with more support (a worked example, a word bank, adult time, a head start) instead?',
    byOutcome:
      'The outcomes expect less of some pupils than others. Could everyone aim for the full objective, with higher levels of support or extra challenge for those who need it?',
    missing:
      'How will the lesson meet different needs? Staging the same task by level of support, an open task with more than one way in, or an extension keeps expectations high for everyone.',
    noSupport:
      'The plan stretches pupils who are ready for more ("{extension}"), but does not yet say what pupils who find the task hard will have: what support (a worked example, a word bank, a partner, adult time) will help them reach the same objective?',
    bySupport:
      'The plan differentiates by support, open tasks or extension rather than by lowering the task.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const reports: RuleReport<MessageId>[] = [];
    const teaching = teachingSections(plan);
    for (const entry of teaching.flatMap((section) => section.body)) {
      if (EASIER_WORK.test(entry.text)) reports.push({ messageId: 'easierWork', ...at(entry) });
    }
    const lower = plan.successCriteria.find((criterion) => LOWER_OUTCOME.test(criterion.text));
    if (lower !== undefined && plan.successCriteria.some((criterion) => FULL_OUTCOME.test(criterion.text))) {
      reports.push({ messageId: 'byOutcome', ...at(lower) });
    }
    if (reports.length > 0) return reports;
    // "Support: TBC - LSA?" names support still to be planned.
    const support =
      allEvidenceIn(teaching, SUPPORT).find((entry) => !providesNothing(afterLabel(entry.text))) ??
      teaching.flatMap((section) => section.body).find((entry) => STAGED.test(entry.text)) ??
      tieredLines(teaching);
    const own = filledSection(plan, 'differentiation');
    // Stretch alone ("If students are moving quickly...", an extension task) is half of
    // differentiation: the guide asks as much for those who find the work hard.
    const written = own === undefined ? [] : writtenLines(plan, [own]);
    // "LA: graph axes pre-drawn. HA: suggest why the curve levels off": support and stretch on one line.
    const onlyStretch = written.every(
      (entry) => CHALLENGE.test(entry.text) && !SUPPORT.test(entry.text) && !SUPPORT_LABEL.test(entry.text),
    );
    const stretch = written.length > 0 && onlyStretch ? written[0] : challengeFor(plan);
    if (support === undefined && onlyStretch && stretch !== undefined && !supportsElsewhere(plan))
      return [{ messageId: 'noSupport', data: { extension: firstSentence(stretch.text) }, ...at(stretch) }];
    // The part's own line that says what support there is, else its first: a roles table may open it.
    const stated = written.find((entry) => SUPPORT.test(entry.text) || SUPPORT_LABEL.test(entry.text));
    const evidence =
      stated ??
      own?.body[0] ??
      support ??
      stretch ??
      linesOutside(plan, []).find((entry) => KEEP_UP.test(entry.text));
    if (evidence !== undefined) return [{ messageId: 'bySupport', severity: 'strength', ...at(evidence) }];
    // Adaptations kept in another document are asked about once, group by group, by lesson/inclusion-gaps.
    if (keptElsewhere(plan) !== undefined) return [];
    return [{ messageId: 'missing', where: placeFor(plan, 'differentiation', 'independent', 'main') }];
  },
});
