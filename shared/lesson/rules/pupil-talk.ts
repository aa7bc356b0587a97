import { defineRule } from '../../rule';
import { at, evidenceIn, isInterventionPlan, isLessonPlan, placeFor, teachingSections } from '../evidence';
import type { LessonPlan } from '../types';

const TALK =
  /\b(?:talk partners?|think[- ]pair[- ]share|discuss|in pairs|with (?:a|their|your|each) (?:partner|other)|turn and talk|debate|partner talk|talk task|oracy|group talk|talk (?:to|with) (?:a|their|your|each|the) (?:partner|group|table|other)|(?:pupils|students|children) talk\b|explain to (?:a|their|your|each)|share (?:ideas|answers|their|with)|in groups|group work|jigsaw|envoy|rainbow groups?|dialogic|response partner)/i;
const JUSTIFY =
  /\b(?:justif|explain (?:your|their|his|her|why|how)|reasoning|reasons?\b|because\b|\bwhy\b|convince|prove\b|evidence\b|agree or disagree|build on\b|challenge (?:each other|a partner|their)|how do you know|sentence stems?)/i;

export const pupilTalk = defineRule<LessonPlan, 'missing' | 'noJustify' | 'talkToLearn'>({
  id: 'lesson/pupil-talk',
  title: 'Talking to learn',
  guidance: 'hqtl/pupil-talk',
  severity: 'suggestion',
  messages: {
    missing:
      'Where will pupils talk about their learning? A paired or group talk task (think-pair-share, talk partners) gives everyone a chance to put their thinking into words.',
    noJustify:
      'Could the talk task ask pupils to justify their answers ("because...", "how do you know?"), so they explain their thinking rather than only share answers?',
    talkToLearn: 'Pupils talk in pairs or groups and are asked to justify their thinking.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const teaching = teachingSections(plan);
    const talk = evidenceIn(teaching, TALK);
    if (talk === undefined) return [{ messageId: 'missing', where: placeFor(plan, 'main', 'independent') }];
    return evidenceIn(teaching, JUSTIFY) === undefined
      ? [{ messageId: 'noJustify', ...at(talk) }]
      : [{ messageId: 'talkToLearn', severity: 'strength', ...at(talk) }];
  },
});
