import { defineRule } from '../../rule';
import { at, type ChainCue, findChainLines, findLines, says, sectionsOf, sentenceWith } from '../evidence';
import type { LessonPlan } from '../types';

const TA_CAPITALS = /\b(?:TAs?|LSAs?|HLTAs?|PSAs?|SNAs?)\b/;
const TA_WORDS =
  /\b(?:teaching assistants?|learning support assistants?|pupil support assistants?|support staff|additional adults?|other adults?|paraprofessional|aide\b)/i;
const ALONGSIDE =
  /\b(?:with|w\/|takes?|supports?|sits? with|sits? (?:beside|next to)|works? with|based with|stays? with|assigned to|looks? after|has|focus(?:es)? on)(?=[\s:]|$)/i;
const HARDEST =
  /(?:\blow(?:er)?[- ]?(?:ability|attaining|attainers?)|\bLA\b|less able|\bweak(?:er|est)?\b|\bbottom\b|struggl|\bSEND?\b|\bred (?:group|table)|lowest|not (?:yet )?secure|insecure|\bsupport (?:group|table)s?\b|below (?:ARE|expected))/i;
const AN_ADULT = /\b(?:TA|LSA|HLTA|PSA|teaching assistant|support staff|adult)\b/i;
/** The TA takes the lowest attainers or pupils with SEN, in one sentence: the delegation the guidance warns about. */
// "TA (Mrs Pritchard) based with Group 3 (Emrys, Lili-Mai, Jac, Ffion) - LA / ALN": the group's names may come first.
const DELEGATED: ChainCue[] = [
  { cue: ALONGSIDE, within: 60 },
  { cue: HARDEST, within: 45 },
];
/** "TA: Mrs Khan (LA group, Blue table)": the group the adult has, in brackets after the name. */
const DELEGATED_IN_BRACKETS: ChainCue[] = [
  { cue: /\(/, within: 25 },
  { cue: /\b(?:LA|low(?:er)?[- ]attain\w*|less able|SEND?|struggl\w*)\b/i, within: 2 },
];
/** The group named first, its adult after: "LA / Bronze — TA (Ms Hughes) with table 1", "LA – w/ TA (Mrs B)", "LA (Green, TA)". */
const GROUP_THEN_ADULT: ChainCue[] = [{ cue: /\b(?:TA|LSA|HLTA|teaching assistant)\b/i, within: 40 }];
/** The adult's own group, named for them: "TA group (Mrs Patel, Green table)". */
const ADULTS_GROUP = /\b(?:TA|LSA|HLTA)['’]?s? (?:group|table)\b/;
/** An adult kept with one group or named pupils: "TA with Yellow group", "(LA group, Blue table)", "sit with Oliver, Mia". */
const WITH_A_GROUP: ChainCue[] = [
  { cue: ALONGSIDE, within: 40 },
  {
    cue: /\b(?:group|grp|table|pupils|children|chn|\p{Lu}\p{Ll}+ (?:&|and) \p{Lu}\p{Ll}+)\b/u,
    within: 40,
  },
];

/**
 * What the adult does in the lesson: "checks protractor use", "to support the writing table", "circulates".
 * A note to check something ("TA (Mr Dean - am only?? check)") gives no role.
 */
const DOES_A_JOB: ChainCue[] = [
  {
    cue: /\b(?:support|check(?!\w*\s*(?:\)|$))|circulat|rov|rotat|read|scrib|question|prompt|pre-?teach|model|observ|note|record|assess|sit|lead|run|help|feed|monitor|work|focus|listen|track|target|keep|go|take)\w*/i,
    within: 40,
  },
];

/** The adult moves on from the group: "then circulate", "then work with the whole class", "checks in with". */
const MOVES_ON =
  /\bthen\b[^.]{0,40}\b(?:circulat\w*|whole class|works? with|checks? in)\b|\b(?:for the first|checks? in with|rotat)/i;

/** The same said of an adult by name, where a sentence may run on ("Miss Lee to sit with R., K. and J."). */
const DELEGATED_BY_NAME: ChainCue[] = [
  { cue: ALONGSIDE, within: 60, acrossSentences: true },
  { cue: HARDEST, within: 40, acrossSentences: true },
];
/** An adult by name, as the plan introduces them: "TA: Miss Lee", "Mr Hill (TA)". */
const NAMED =
  /\b(?:TA|LSA|HLTA|PSA|SNA|[Tt]eaching [Aa]ssistant)\s*[:–-]\s*((?:Mr|Mrs|Miss|Ms|Mx)\.? [A-Z][a-z]*)|((?:Mr|Mrs|Miss|Ms|Mx)\.? [A-Z][a-z]*) \((?:TA|LSA|HLTA|PSA|SNA)(?:\)|, )/g;
const SHARED_TIME =
  /\b(?:rotat|teacher (?:will )?(?:also )?(?:work|works|working|sees?|checks? in) with|(?:groups?|tables?|adults?) swap|swap (?:groups?|tables?|adults?|over|round)\b|both adults|teacher takes the (?:lower|LA|SEN))/i;
/** "The teacher leads a guided group with the lower attainers": a chain of cues, not one pattern with gaps. */
const TEACHER = /\bteacher/i;
const TEACHER_TAKES_THE_GROUP: ChainCue[] = [
  { cue: /(?:guided|focus) group/i, within: 30 },
  { cue: /low|LA|SEN|struggl/i, within: 40 },
];

/** An adult's name as a cue: "Mrs. Khan" with its full stop taken literally. */
const namedIn = (name: string, flags = '') => new RegExp(String.raw`${name.replace(/[.]/g, '\\.')}\b`, flags);

/** A group kept with an adult the plan names: "Green group (Gwyrdd) – with Mrs Pritchard". */
const groupWith = (name: string): ChainCue[] => [
  { cue: /\bwith\b/, within: 20 },
  { cue: namedIn(name), within: 3 },
];

/** Every adult the plan names as a TA, LSA, PSA or HLTA, each once. */
function namedAdults(plan: LessonPlan): string[] {
  const names = new Set<string>();
  for (const line of findLines(plan, NAMED)) {
    for (const match of plan.lines[line - 1]!.matchAll(NAMED)) names.add((match[1] ?? match[2])!);
  }
  return [...names];
}

/**
 * Lines where an adult takes the pupils finding it hardest: a TA in general ("the TA sits with the
 * SEN group") or one by name ("Miss Lee to sit with R., K. and J. (not secure on Phase 2)").
 */
function delegatedLines(plan: LessonPlan, names: readonly string[]): number[] {
  const byName = names.flatMap((name) => findChainLines(plan, namedIn(name, 'i'), DELEGATED_BY_NAME));
  return [
    ...new Set([
      ...findChainLines(plan, AN_ADULT, DELEGATED),
      ...findChainLines(plan, AN_ADULT, DELEGATED_IN_BRACKETS),
      ...findChainLines(plan, /\b(?:LA|low(?:er)?[- ]attain\w*|less able)\b/, GROUP_THEN_ADULT),
      ...byName,
    ]),
  ].sort((a, b) => a - b);
}

/**
 * Whether the plan shares the group's time with the teacher or other adults. A line about one
 * named adult rotating says nothing about another: the rotation must be about this adult, or
 * about no one adult in particular.
 */
function timeShared(plan: LessonPlan, line: number, names: readonly string[]): boolean {
  const namesOn = (text: string) => names.filter((name) => text.includes(name));
  const adults = namesOn(plan.lines[line - 1]!);
  const sharing = [
    ...findLines(plan, SHARED_TIME),
    ...findChainLines(plan, TEACHER, TEACHER_TAKES_THE_GROUP),
  ];
  return sharing.some((shared) => {
    const others = namesOn(plan.lines[shared - 1]!);
    return adults.length === 0 || others.length === 0 || others.some((name) => adults.includes(name));
  });
}

/** An adult sent round the room: "to circulate", "floating", "support as needed". */
const ROVING =
  /\b(?:circulat(?:e|es|ing)|rov(?:e|es|ing)|float(?:s|ing)?|go(?:es)? round|walk(?:s|ing)? round|support(?:s|ing)? (?:where|as) needed)\b/i;
/** Going round after a job of its own: "..., then circulate". */
const THEN_ROVING = /\bthen (?:circulat|rov|float|go(?:es)? round|walk(?:s|ing)? round)/i;
/** What the adult does on the way round: asks, checks, looks for, notes, prompts, models. */
const BRIEFED =
  /\b(?:ask(?:s|ing)?|prompt(?:s|ing)?|check(?:s|ing)?|look(?:s|ing)? (?:for|out)|listen(?:s|ing)? for|note(?:s|ing)?|record(?:s|ing)?|model(?:s|ling)?|question(?:s|ing)?|scribe|read(?:s|ing)?|remind(?:s|ing)?|focus(?:es|ing)? on|target(?:s|ing)?|so that|make sure)\b/i;

export const teachingAssistantDeployment = defineRule<LessonPlan, 'delegated' | 'noBrief' | 'planned'>({
  id: 'lesson/teaching-assistant-deployment',
  title: 'Fair use of teacher and teaching assistant time',
  guidance: 'hqtl/teaching-assistants',
  severity: 'suggestion',
  messages: {
    delegated:
      'The teaching assistant works with the pupils who find this hardest. Could you also plan time for yourself with this group (for example rotating, or a guided session), so they are not mostly taught by the TA?',
    planned: 'The plan gives the teaching assistant a clear role without handing one group over to them.',
    noBrief:
      'The teaching assistant is to go round the groups, but the plan does not say what for: what should they look for or ask as they go (the mistake to listen for, the question to push with, who to check first)?',
  },
  check(plan) {
    // "TA support: none this lesson" says there is no adult to deploy.
    const present = (pattern: RegExp) =>
      findLines(plan, pattern).find((candidate) => says(plan.lines[candidate - 1]!, pattern));
    const line =
      sectionsOf(plan, 'teaching-assistant').find((section) => section.body.length > 0)?.line ??
      present(TA_CAPITALS) ??
      present(TA_WORDS);
    if (line === undefined) return [];
    const names = namedAdults(plan);
    const delegated = delegatedLines(plan, names).find((candidate) => !timeShared(plan, candidate, names));
    if (delegated !== undefined) {
      return [{ messageId: 'delegated', where: { kind: 'plan', line: delegated } }];
    }
    // "TA with Yellow group", "Mr J: sit with Oliver, Mia, Sam & Freya": an adult kept with one group is not
    // praised for a role "without handing one group over", though the plan does not say who the group are.
    const adults = [AN_ADULT, ...names.map((name) => namedIn(name))];
    const kept = [
      ...adults.flatMap((adult) => findChainLines(plan, adult, WITH_A_GROUP)),
      ...findLines(plan, ADULTS_GROUP),
      ...names.flatMap((name) => findChainLines(plan, /\b(?:group|table)\b/i, groupWith(name))),
    ];
    // "...then circulate", "then the teacher works with them": the group is the adult's for a while, not the lesson.
    if (kept.some((at) => !MOVES_ON.test(plan.lines[at - 1]!) && !timeShared(plan, at, names))) return [];
    // "LSA has copies for Harvey + Sophie", "TA: Mrs Patel": an adult named, or holding resources, has no role yet.
    const role = adults.flatMap((adult) => findChainLines(plan, adult, DOES_A_JOB))[0];
    if (role === undefined) return [];
    // "TA (Miss Rowe) to circulate Group 2 and Group 1": where the adult goes, not what they do there.
    const roleText = plan.lines[role - 1]!;
    // "...support the group at the writing table with the writing frame, then circulate": a job first.
    if (ROVING.test(roleText) && !BRIEFED.test(roleText) && !THEN_ROVING.test(roleText))
      return [{ messageId: 'noBrief', ...at(sentenceWith({ text: roleText, line: role }, ROVING)) }];
    return [{ messageId: 'planned', severity: 'strength', where: { kind: 'plan', line: role } }];
  },
});
