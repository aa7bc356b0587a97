import { defineRule } from '../../rule';
import { findLine, sectionsOf } from '../evidence';
import type { LessonPlan } from '../types';

const TA_CAPITALS = /\b(?:TAs?|LSAs?|HLTAs?)\b/;
const TA_WORDS =
  /\b(?:teaching assistants?|learning support assistants?|support staff|additional adults?|other adults?|paraprofessional|aide\b)/i;
/** The TA takes the lowest attainers or pupils with SEN: the delegation the guidance warns about. */
const DELEGATED =
  /\b(?:TA|LSA|HLTA|teaching assistant|support staff|adult)\b[^.\n]{0,60}\b(?:with|takes?|supports?|sits? with|works? with|looks? after|has)\b[^.\n]{0,30}(?:\blow(?:er)?[- ]?(?:ability|attaining|attainers?)|\bLA\b|less able|\bweak(?:er|est)?\b|\bbottom\b|struggl|\bSEND?\b|\bred (?:group|table)|lowest)/i;
const SHARED_TIME =
  /\b(?:rotat|teacher (?:will )?(?:also )?(?:work|works|working|sees?|checks? in) with|then swap|swap\b|both adults|teacher takes the (?:lower|LA|SEN)|teacher[^.\n]{0,30}(?:guided|focus) group[^.\n]{0,40}(?:low|LA|SEN|struggl))/i;

export const teachingAssistantDeployment = defineRule<LessonPlan, 'delegated' | 'planned'>({
  id: 'lesson/teaching-assistant-deployment',
  title: 'Fair use of teacher and teaching assistant time',
  guidance: 'hqtl/teaching-assistants',
  severity: 'suggestion',
  messages: {
    delegated:
      'The teaching assistant works with the pupils who find this hardest. Could you also plan time for yourself with this group (for example rotating, or a guided session), so they are not mostly taught by the TA?',
    planned: 'The plan gives the teaching assistant a clear role without handing one group over to them.',
  },
  check(plan) {
    const line =
      sectionsOf(plan, 'teaching-assistant')[0]?.line ??
      findLine(plan, TA_CAPITALS) ??
      findLine(plan, TA_WORDS);
    if (line === undefined) return [];
    const delegated = findLine(plan, DELEGATED);
    if (delegated !== undefined && findLine(plan, SHARED_TIME) === undefined) {
      return [{ messageId: 'delegated', where: { kind: 'plan', line: delegated } }];
    }
    return [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
