import { defineRule } from '../../rule';
import { at, findChainLines, firstSentence, isLessonPlan } from '../evidence';
import type { LessonPlan } from '../types';

/** Going to a site live, in front of the class: navigate, visit, browse, show, open. */
const GO_TO =
  /\b(?:navigat(?:e|ing)|visit(?:ing)?|brows(?:e|ing)|go(?:ing)? (?:on ?to|to)|show(?:case|ing)?|open(?:ing)?|explor(?:e|ing)|search(?:ing)? for)\b/i;
const SITE = /\b(?:sites?|websites?|web ?pages?|the internet|online|urls?|links?)\b/i;
/**
 * A site chosen because it is not safe for pupils: "your RED selection", "red sites", "not right for
 * you". Case matters for "RED", so "click the red button" is not a category of site.
 */
const UNSAFE =
  /\b(?:RED\b|[Rr]ed (?:sites?|websites?|selections?|category|ones)\b|[Ii]nappropriate|[Uu]nsafe|not (?:right|suitable|safe|appropriate) for|for (?:older (?:kids|children|people)|adults)|[Aa]dults? only|[Dd]angerous|[Hh]armful|[Ss]cams?\b|[Pp]hishing)/;

export const onlineSafety = defineRule<LessonPlan, 'liveUnsafeSites'>({
  id: 'lesson/online-safety',
  title: 'Unsafe websites shown safely',
  guidance: 'environment/organisation',
  severity: 'warning',
  messages: {
    liveUnsafeSites:
      'The plan has the class go to sites picked as unsafe live ("{quote}"): what loads on screen cannot be vetted in advance. Could you use screenshots you have checked instead, and follow the school\'s filtering and online-safety policy?',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const line = findChainLines(plan, GO_TO, [
      { cue: SITE, within: 30 },
      { cue: UNSAFE, within: 90 },
    ])[0];
    if (line === undefined) return [];
    const text = plan.lines[line - 1]!.trim();
    return [
      { messageId: 'liveUnsafeSites', data: { quote: firstSentence(text, 120) }, ...at({ text, line }) },
    ];
  },
});
