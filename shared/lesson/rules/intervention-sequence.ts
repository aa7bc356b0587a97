import { defineRule, type RuleReport } from '../../rule';
import { findLine, isInterventionPlan } from '../evidence';
import type { LessonPlan } from '../types';

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
  { name: 'try', cue: opening('try\\b|have a go|we do\\b|guided practice|attempt') },
  { name: 'apply', cue: opening('apply|application|you do\\b|independent (?:practice|work|task)') },
  { name: 'secure', cue: opening('secure|consolidat|further practice') },
  { name: 'review', cue: opening('review|reflect|plenary|exit ticket|summar') },
];
const CLASSROOM_LINK =
  /classroom|class teacher|back (?:in|to) (?:class|the class|lessons?)|\bin class\b|mainstream|whole[- ]class|subject teacher|next (?:\w+ )?lesson/i;

type MessageId = 'missingStages' | 'order' | 'noClassroomLink' | 'sequenced';

export const interventionSequence = defineRule<LessonPlan, MessageId>({
  id: 'lesson/intervention-sequence',
  title: 'The intervention and tuition teaching sequence',
  guidance: 'intervention/tuition-sequence',
  severity: 'suggestion',
  messages: {
    missingStages:
      'Could the session include {stages}? The sequence that works for intervention and tuition is introduce → remember → model → try → apply → secure → review.',
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
    const missing = found.filter((stage) => stage.line === undefined).map((stage) => stage.name);
    if (missing.length > 0)
      reports.push({
        messageId: 'missingStages',
        data: { stages: missing.join(', ') },
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
    if (findLine(plan, CLASSROOM_LINK) === undefined)
      reports.push({ messageId: 'noClassroomLink', where: { kind: 'plan' } });
    return reports.length > 0
      ? reports
      : [{ messageId: 'sequenced', severity: 'strength', where: { kind: 'plan', line: present[0]!.line } }];
  },
});
