import { defineRule } from '../../rule';
import { findLine, isLessonPlan, placeFor } from '../evidence';
import type { LessonPlan } from '../types';

/**
 * "Model" as something the teacher does: opening a sentence or step ("Model 2 examples"), or after
 * "I will", "then", "teacher to"; "the fluid mosaic model" and "a bar model" are things, not modelling.
 */
const MODELLING =
  /\b(?:model(?:s|led|ling|ed|ing)\b|model\b(?<=(?:^|[\n\t.:;!?()\-–•*]\s*|\b(?:and|then|to|will|I|we|you|teacher|first|live|'ll|can|must)\s+)model)|demonstrat|think(?:s|ing)? aloud|worked examples?|I do\b|live (?:model|writ|annotat)|shows? (?:how|pupils how|them how|the class how)|visuali[sz]er|wagoll|exemplar|model answer|example answer)/i;
const THINKING_ALOUD =
  /\b(?:think(?:s|ing)? (?:aloud|out loud)|narrat(?:e|es|ing) (?:my|his|her|their|the) (?:thinking|thought|reasoning|choices)|talk(?:s|ing)? through (?:my|the|their|his|her|each) (?:thinking|reasoning|steps?|process|choices|decisions)|(?:say|saying|shar(?:e|ing)|voic(?:e|ing)) (?:my|his|her|their|our|the) (?:thinking|thoughts|reasoning)|metacogniti|verbalis)/i;

export const modellingPlanned = defineRule<LessonPlan, 'missing' | 'noThinkAloud' | 'thinkAloud'>({
  id: 'lesson/modelling-planned',
  title: 'Modelling by thinking aloud',
  guidance: 'hqtl/questioning-modelling-explaining',
  severity: 'suggestion',
  messages: {
    missing:
      'Is there a point where you model the skill before pupils try it? Modelling is more than demonstrating: thinking aloud shows pupils the structures and choices behind it.',
    noThinkAloud:
      'When you model, could you plan to think aloud, saying why you make each choice, so pupils see the process and not only the finished answer?',
    thinkAloud: 'The plan models the skill with the teacher thinking aloud.',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const modelLine = findLine(plan, MODELLING);
    const thinkAloudLine = findLine(plan, THINKING_ALOUD);
    if (thinkAloudLine !== undefined) {
      return [
        { messageId: 'thinkAloud', severity: 'strength', where: { kind: 'plan', line: thinkAloudLine } },
      ];
    }
    if (modelLine !== undefined)
      return [{ messageId: 'noThinkAloud', where: { kind: 'plan', line: modelLine } }];
    return [{ messageId: 'missing', where: placeFor(plan, 'main') }];
  },
});
