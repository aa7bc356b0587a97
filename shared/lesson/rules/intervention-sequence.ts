import { defineRule, type RuleReport } from '../../rule';
import { findLine, isInterventionPlan } from '../evidence';
import type { LessonPlan } from '../types';

/** A stage counts when a line opens with it, after any bullet, numbering or timing. */
const opening = (words: string) =>
  new RegExp(`^[^A-Za-z\\n]*(?:(?:mins?|minutes?)[^A-Za-z\\n]*)?(?:${words})`, 'im');

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
    const found = STAGES.map((stage) => ({ name: stage.name, line: findLine(plan, stage.cue) }));
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
