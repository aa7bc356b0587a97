import { defineRule } from '../../rule';
import { type NeedsPatterns, needsProvision } from '../evidence';
import type { LessonPlan } from '../types';

// Capitals matter here: "SEN" is a need, "send" is a verb.
const SEN_CAPITALS =
  /\b(?:SEN|SEND|SEN\/D|SENCO|SENCo|ALN|ALNCo|ASN|EHCPs?|IEPs?|IDPs?|ASD|ASC|ADHD|SLCN|SpLD|MLD|SEMH|PMLD)\b|\((?:VI|HI)\)/;
/**
 * Words for a need or its provision. Each is a phrase, not a fragment: "disabled" alone is a network
 * setting, "sensory" a writer's adjective, "accommodation" somewhere to stay. Pre-teaching alone is
 * not an SEN adjustment: "pre-teach group tomorrow" catches up whoever needs it, whatever their needs.
 * A scribe is an access arrangement ("with a scribe"), not a group's role ("reader, scribe, timekeeper").
 */
const SEN_WORDS =
  /\b(?:special educational needs|additional learning needs|disabilit|disabled (?:pupils?|students?|children|learners)|pupils? with (?:a )?disabilit|dyslexi|dyspraxi|dyscalcul|autis|visual(?:ly)? impair|hearing impair|coloured overlays?|reasonable adjustments?|504 plan|accommodations? (?:for|plan)|accomm?odations?\s?:|pupil passport|one[- ]page profile|additional needs|processing (?:time|speed)|fine motor|wheelchair|access arrangements?|sensory (?:needs|breaks?|processing|room|circuits?)|movement breaks?|enlarged (?:print|text|copies|font|resources?)|large print|speech and language|reader pens?|(?:a|with|use of|access to) scribe\b|scribe for\b|chunked (?:instructions|tasks?)|visual timetable|hypermobil|asthma|epilep|diabet|medical (?:needs?|plan)|lighter (?:\(size \d\) )?ball|adapted equipment)/i;

/** "3 with SEN support" tells us who is in the class, not what the lesson does for them. */
const HEADCOUNT =
  /\b\d+\s+(?:pupils?\s+|students?\s+|children\s+)?(?:with\s+|on\s+(?:the\s+)?)?(?:SEN|SEND|ALN|EHCPs?|SEN support)\b|\b(?:SEN|SEND|ALN|EHCPs?): ?\d+\b/;

/** What a lesson does for a pupil with SEN, as a note on the pupil says it: "Visual timetable + now/next board". */
const SEN_PROVISION =
  /\b(?:visual timetable|now[ /-]next|movement breaks?|sensory breaks?|coloured overlays?|cream (?:paper|overlay)|enlarged|large print|scribe|reader pen|chunked|processing time|ear defenders|fidget|writing slope|seat(?:ed)? (?:at|near|by|on|away)|sit(?:s)? (?:on|at|near|by|away)|access arrangements?|(?:extra|additional) time|printed (?:method|instructions|copy)|tick[- ]list|task board)\b/i;

export const SEN_NEEDS: NeedsPatterns = {
  section: 'sen',
  mentions: [SEN_CAPITALS, SEN_WORDS],
  headcount: HEADCOUNT,
  provision: SEN_PROVISION,
};

export const senAdjustments = defineRule<LessonPlan, 'notDesigned' | 'planned'>({
  id: 'lesson/sen-adjustments',
  title: 'Reasonable adjustments for SEN and disabled pupils',
  guidance: 'hqtl/reasonable-adjustments',
  severity: 'suggestion',
  messages: {
    notDesigned:
      'The class includes pupils with SEN: which reasonable adjustments will this lesson build in for them (chunked instructions, pre-taught vocabulary, an adapted resource, seating, processing time)?',
    planned: 'The plan designs in adjustments for pupils with SEN or disabilities.',
  },
  check(plan) {
    return needsProvision(plan, SEN_NEEDS);
  },
});
