import { defineRule } from '../../rule';
import { needsProvision } from '../evidence';
import type { LessonPlan } from '../types';

// Capitals matter here: "SEN" is a need, "send" is a verb.
const SEN_CAPITALS = /\b(?:SEN|SEND|SEN\/D|SENCO|SENCo|ALN|ALNCo|EHCPs?|IEPs?|IDPs?|ASD|ASC|ADHD|SLCN)\b/;
const SEN_WORDS =
  /\b(?:special educational needs|additional learning needs|disab|dyslexi|dyspraxi|dyscalcul|autis|visual(?:ly)? impair|hearing impair|coloured overlays?|reasonable adjustments?|504 plan|accommodations?\b|pupil passport|one[- ]page profile|additional needs|processing (?:time|speed)|fine motor|wheelchair|access arrangements?|sensory|movement breaks?|enlarged|large print|speech and language|reader pens?|scribe\b|pre[- ]teach|chunked (?:instructions|tasks?)|visual timetable)/i;

/** "3 with SEN support" tells us who is in the class, not what the lesson does for them. */
const HEADCOUNT =
  /\b\d+\s+(?:pupils?\s+|students?\s+|children\s+)?(?:with\s+|on\s+(?:the\s+)?)?(?:SEN|SEND|ALN|EHCPs?|SEN support)\b/;

export const senAdjustments = defineRule<LessonPlan, 'missing' | 'notDesigned' | 'planned'>({
  id: 'lesson/sen-adjustments',
  title: 'Reasonable adjustments for SEN and disabled pupils',
  guidance: 'hqtl/reasonable-adjustments',
  severity: 'suggestion',
  messages: {
    missing:
      'Are there pupils with SEN or disabilities in the class? Designing their adjustments into the plan now (chunked instructions, pre-teaching key vocabulary, an adapted resource, seating) beats adding them on the spot.',
    notDesigned:
      'The class includes pupils with SEN: which reasonable adjustments will this lesson build in for them (chunked instructions, pre-taught vocabulary, an adapted resource, seating, processing time)?',
    planned: 'The plan designs in adjustments for pupils with SEN or disabilities.',
  },
  check(plan) {
    return needsProvision(plan, {
      section: 'sen',
      nearby: ['differentiation', 'eal'],
      mentions: [SEN_CAPITALS, SEN_WORDS],
      headcount: HEADCOUNT,
    });
  },
});
