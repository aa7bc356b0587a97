import { defineRule } from '../../rule';
import { findLine, sectionsOf } from '../evidence';
import type { LessonPlan } from '../types';

const TA_CAPITALS = /\b(?:TAs?|LSAs?|HLTAs?|PSAs?|SNAs?)\b/;
const TA_WORDS =
  /\b(?:teaching assistants?|learning support assistants?|pupil support assistants?|support staff|additional adults?|other adults?|paraprofessional|aide\b)/i;
const ALONGSIDE = String.raw`\b(?:with|takes?|supports?|sits? with|works? with|looks? after|has)\b`;
const HARDEST = String.raw`(?:\blow(?:er)?[- ]?(?:ability|attaining|attainers?)|\bLA\b|less able|\bweak(?:er|est)?\b|\bbottom\b|struggl|\bSEND?\b|\bred (?:group|table)|lowest|not (?:yet )?secure|insecure)`;
/** The TA takes the lowest attainers or pupils with SEN: the delegation the guidance warns about. */
const DELEGATED = new RegExp(
  String.raw`\b(?:TA|LSA|HLTA|PSA|teaching assistant|support staff|adult)\b[^.\n]{0,60}${ALONGSIDE}[^.\n]{0,30}${HARDEST}`,
  'i',
);
/** The TA by name, as the plan introduces them: "TA: Miss Lee", "Mr Hill (TA)". */
const NAMED =
  /\b(?:TA|LSA|HLTA|PSA|SNA|[Tt]eaching [Aa]ssistant)\s*[:–-]\s*((?:Mr|Mrs|Miss|Ms|Mx)\.? [A-Z][a-z]+)|((?:Mr|Mrs|Miss|Ms|Mx)\.? [A-Z][a-z]+) \((?:TA|LSA|HLTA|PSA|SNA)\)/;

/** "Miss Lee to sit with R., K. and J. (not secure on Phase 2)": the TA named, with the pupils finding it hardest. */
function delegatedByName(plan: LessonPlan): number | undefined {
  const named = findLine(plan, NAMED);
  const match = named === undefined ? null : NAMED.exec(plan.lines[named - 1]!);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined) return undefined;
  const escaped = name.replace(/[.]/g, '\\.');
  return findLine(
    plan,
    new RegExp(String.raw`${escaped}\b[^\n]{0,60}?${ALONGSIDE}[^\n]{0,40}?${HARDEST}`, 'i'),
  );
}
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
    const delegated = findLine(plan, DELEGATED) ?? delegatedByName(plan);
    if (delegated !== undefined && findLine(plan, SHARED_TIME) === undefined) {
      return [{ messageId: 'delegated', where: { kind: 'plan', line: delegated } }];
    }
    return [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line } }];
  },
});
