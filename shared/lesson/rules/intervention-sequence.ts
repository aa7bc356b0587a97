import { defineRule, type RuleReport } from '../../rule';
import { at, findLine, isInterventionPlan } from '../evidence';
import type { LessonPlan, PlanItem } from '../types';

/** A stage's words, matched at the start of what a line says. */
const opening = (words: string) => new RegExp(`^(?:${words})`, 'i');

const isLetter = (ch: string) => (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');

function firstLetter(line: string, from: number): number {
  let at = from;
  while (at < line.length && !isLetter(line[at]!)) at++;
  return at;
}

/** What a stage's words must open, at most: longer than any of them. */
const STAGE_ROOM = 60;

/**
 * Whether a line opens with the stage, after any bullet, numbering or timing ("3. 5 mins - Recap").
 * Loops find where the words start, so a long run of digits or spaces is read once.
 */
function opensWith(line: string, cue: RegExp): boolean {
  const start = firstLetter(line, 0);
  if (cue.test(line.slice(start, start + STAGE_ROOM))) return true;
  const unit = /^(?:minutes?|mins?)/i.exec(line.slice(start, start + 7));
  if (unit === null) return false;
  const after = firstLetter(line, start + unit[0].length);
  return cue.test(line.slice(after, after + STAGE_ROOM));
}

/** The first line of the plan that opens with the stage. */
function stageLine(plan: LessonPlan, cue: RegExp): number | undefined {
  const index = plan.lines.findIndex((line) => opensWith(line, cue));
  return index === -1 ? undefined : index + 1;
}

/** The teaching sequence for intervention and tuition, in order. */
const STAGES: { name: string; cue: RegExp }[] = [
  { name: 'introduce', cue: opening('introduc|intro\\b|overview|learning objective|objective') },
  { name: 'remember', cue: opening('remember|recap|retriev|prior knowledge|revisit|warm[- ]?up') },
  { name: 'model', cue: opening('model|demonstrat|I do\\b|worked example|tutor (?:models|demonstrates)') },
  { name: 'try', cue: opening('try\\b|have a go|we do\\b|guided practice|paired practice|attempt') },
  { name: 'apply', cue: opening('apply|application|you do\\b|independent(?:ly)?\\b') },
  { name: 'secure', cue: opening('secure|consolidat|further practice') },
  {
    name: 'review',
    cue: opening('review|reflect|plenary|exit ticket|summar|marking|peer[- ]mark|self[- ]mark'),
  },
];
/**
 * A stage told in the session's own sentences rather than as a heading: a record's "we began by
 * reviewing...", "we analysed a sample text", "brainstorming ideas", "we practised". Matched inside a
 * line's first stretch, so a long line costs one bounded pass.
 */
const STAGE_IN_TEXT: Record<string, RegExp> = {
  remember: /\b(?:review(?:ed|ing)|recapp?(?:ed|ing)|recall(?:ed|ing)|revisit(?:ed|ing))\b/i,
  model: /\b(?:modell?(?:ed|ing)|demonstrat(?:ed|ing)|analys(?:ed|ing) a (?:sample|model)|worked example)\b/i,
  try: /\b(?:brainstorm(?:ed|ing)?|tried|trying|had a go|guided practice)\b/i,
  apply: /\b(?:appl(?:y|ied|ying)|practi[cs](?:ed|ing)|worked on|on (?:her|his|their) own)\b/i,
  // "then we marked it together with the mark scheme": the session's work reviewed with the pupil.
  review:
    /\b(?:marked (?:it|them|this|their work|her work|his work) together|went through (?:it|them|the answers) together)\b/i,
};
/** How much of a line is searched for a stage told in its sentences. */
const TEXT_ROOM = 2000;

function toldInText(plan: LessonPlan, stage: string): boolean {
  const cue = STAGE_IN_TEXT[stage];
  return cue !== undefined && plan.lines.some((line) => cue.test(line.slice(0, TEXT_ROOM)));
}

const CLASSROOM_LINK =
  /classroom|class teacher|back (?:in|to) (?:class|the class|lessons?)|\bin class\b|mainstream|whole[- ]class|subject teacher|next (?:[a-z]{1,20} )?lesson/i;

/** What each stage asks of the session, as a mentor would say it. */
const STAGE_ASKS: Record<string, string> = {
  introduce: 'open by sharing the objective',
  remember: 'recall what the pupil already knows',
  model: 'model the skill, thinking aloud',
  try: 'let the pupil try it with support',
  apply: 'have them apply it on their own',
  secure: 'secure it with further practice',
  review: 'end by reviewing what was learnt',
};

/** "a, b and c": the stages in the order the sequence takes them. */
function listed(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A record of a session already taught, told in the past tense ("We began by reviewing...",
 * "Reviewed the concept of fractions"): what it lacks is for the next session to include.
 */
const PAST_RECORD =
  /(?:^|[.!?]\s)(?:we |I |the pupil |the student )?(?:began|started|reviewed|revised|analysed|analyzed|discussed|practised|practiced|introduced|completed|explored|worked|focused|looked)\b/i;
/** A session a family arranges: "at home", "invoice", "Mum asked...", "private tuition". */
const PRIVATE_TUITION =
  /\b(?:at home|invoices?|private(?:ly)? tut|(?:his|her|their) (?:mum|dad|parents?)|mum asked|dad asked|parents? asked)\b/i;

const NEXT_SESSION = /\b(?:next (?:lesson|session|time)|focus for next)\b/i;

type MessageId = 'missingStages' | 'nextSession' | 'order' | 'noClassroomLink' | 'sequenced';

export const interventionSequence = defineRule<LessonPlan, MessageId>({
  id: 'lesson/intervention-sequence',
  title: 'The intervention and tuition teaching sequence',
  guidance: 'intervention/tuition-sequence',
  severity: 'suggestion',
  messages: {
    missingStages:
      'Could the session {stages}? The sequence that works for intervention and tuition is introduce → remember → model → try → apply → secure → review.',
    nextSession:
      'This reads as a record of a session already taught. When you plan the next one ({next}), could it also {stages}? The sequence that works for tuition is introduce → remember → model → try → apply → secure → review.',
    order:
      '"{stage}" comes earlier than the sequence suggests (introduce → remember → model → try → apply → secure → review). Is the order intended?',
    noClassroomLink:
      'How will this learning be followed up back in the classroom? Telling the class teacher what was secured (and what to watch for) lets the pupil apply it in lessons.',
    sequenced: 'The session follows the intervention sequence and links back to the classroom.',
  },
  check(plan) {
    if (!isInterventionPlan(plan)) return [];
    const found = STAGES.map((stage) => ({ name: stage.name, line: stageLine(plan, stage.cue) }));
    const reports: RuleReport<MessageId>[] = [];
    const missing = found
      .filter((stage) => stage.line === undefined && !toldInText(plan, stage.name))
      .map((stage) => STAGE_ASKS[stage.name]!);
    const record = plan.lines.some((line) => PAST_RECORD.test(line.slice(0, TEXT_ROOM)));
    const nextLine = record ? findLine(plan, NEXT_SESSION) : undefined;
    const next = nextLine === undefined ? undefined : followingText(plan, nextLine);
    if (missing.length > 0 && next !== undefined)
      reports.push({
        messageId: 'nextSession',
        data: { stages: listed(missing), next: `"${next.text}"` },
        ...at(next),
      });
    else if (missing.length > 0)
      reports.push({
        messageId: 'missingStages',
        data: { stages: listed(missing) },
        where: { kind: 'plan' },
      });
    const present = found.filter(
      (stage): stage is { name: string; line: number } => stage.line !== undefined,
    );
    const early = present.find((stage, index) => index > 0 && stage.line < present[index - 1]!.line);
    if (early !== undefined)
      reports.push({
        messageId: 'order',
        data: { stage: early.name },
        where: { kind: 'plan', line: early.line },
      });
    // Private tuition at home ("at home (dining table)", "Mum asked about mocks", an invoice) has no class
    // teacher to tell: its follow-up is the pupil's next session.
    if (findLine(plan, CLASSROOM_LINK) === undefined && findLine(plan, PRIVATE_TUITION) === undefined)
      reports.push({ messageId: 'noClassroomLink', where: { kind: 'plan' } });
    return reports.length > 0
      ? reports
      : [{ messageId: 'sequenced', severity: 'strength', where: { kind: 'plan', line: present[0]!.line } }];
  },
});

/** What the plan says for the next session: the line itself, or the first written line after its heading. */
function followingText(plan: LessonPlan, line: number): PlanItem | undefined {
  for (let index = line - 1; index < plan.lines.length && index < line + 4; index += 1) {
    const text = plan.lines[index]!.trim();
    if (text === '' || text.startsWith('#') || (index === line - 1 && text.length < 40)) continue;
    return {
      text: text.length > 120 ? `${text.slice(0, text.lastIndexOf(' ', 120))}` : text,
      line: index + 1,
    };
  }
  return undefined;
}
