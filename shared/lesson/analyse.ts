import { type Finding, type Rule, runRules } from '../rule';
import { shownInPlan } from './absence-guard';
import { hingeQuestions, plenaryQuestions, talkPrompts } from './check-questions';
import { planContent } from './content';
import {
  auditedAsLesson,
  isColumnLabels,
  isInterventionPlan,
  readablePart,
  shapeOf,
  writtenLines,
} from './evidence';
import { parseLessonPlan } from './parse';
import { planLadders, questionReview } from './questions';
import { rules } from './rules';
import { planRecognised } from './rules/plan-recognised';
import { guidedToAdd, planGuidedSession, planInterventionSession } from './sessions';
import type { LessonAnalysis, LessonInput, LessonPlan } from './types';

const lineOf = (finding: Finding) => (finding.where?.kind === 'plan' ? (finding.where.line ?? 0) : 0);

/** What a lesson prompt is about, in the order a mentor takes them. */
export type PromptArea = 'planning' | 'teaching' | 'inclusion';

/**
 * The order prompts are read in, the same in the card, the panel, the command line and the options:
 * the planning flow first (is it a plan; objectives; success criteria; structure; the ending), then
 * the teaching, then inclusion. Every lesson rule is listed once.
 */
export const PROMPT_ORDER: readonly { rule: string; area: PromptArea }[] = [
  { rule: 'lesson/plan-recognised', area: 'planning' },
  { rule: 'lesson/plan-cut-off', area: 'planning' },
  // An objective no episode teaches is a bigger gap than one worded as "Understand...".
  { rule: 'lesson/objectives-taught', area: 'planning' },
  { rule: 'lesson/objectives-stated', area: 'planning' },
  { rule: 'lesson/success-criteria-stated', area: 'planning' },
  { rule: 'lesson/episodes-structured', area: 'planning' },
  { rule: 'lesson/empty-sections', area: 'planning' },
  { rule: 'lesson/plenary-reviews-learning', area: 'planning' },
  // Parts that add up to more than the lesson is a plain fact of the plan, before what it could add.
  { rule: 'lesson/timings-add-up', area: 'planning' },
  // What the teacher marked as unsure ("we ignore the sign mostly??") is settled before the lesson.
  { rule: 'lesson/still-to-settle', area: 'planning' },
  // Safety is part of planning the lesson at all: raised before the teaching.
  { rule: 'lesson/practical-safety', area: 'planning' },
  { rule: 'lesson/online-safety', area: 'planning' },
  // Who does what while one group has its turn is part of organising the lesson.
  { rule: 'lesson/waiting-groups', area: 'planning' },
  { rule: 'lesson/intervention-sequence', area: 'planning' },
  { rule: 'lesson/starter-linked-to-objectives', area: 'planning' },
  { rule: 'lesson/prior-learning-linked', area: 'planning' },
  { rule: 'lesson/differentiation-by-support', area: 'teaching' },
  { rule: 'lesson/questioning-planned', area: 'teaching' },
  { rule: 'lesson/explaining-planned', area: 'teaching' },
  { rule: 'lesson/modelling-planned', area: 'teaching' },
  { rule: 'lesson/mini-plenary', area: 'teaching' },
  { rule: 'lesson/guided-group-planned', area: 'teaching' },
  { rule: 'lesson/teaching-assistant-deployment', area: 'teaching' },
  { rule: 'lesson/pupil-talk', area: 'teaching' },
  { rule: 'lesson/peer-self-assessment', area: 'teaching' },
  { rule: 'lesson/independence-supported', area: 'teaching' },
  { rule: 'lesson/transitions-signposted', area: 'teaching' },
  { rule: 'lesson/sen-adjustments', area: 'inclusion' },
  { rule: 'lesson/eal-support', area: 'inclusion' },
  { rule: 'lesson/most-able-challenge', area: 'inclusion' },
  { rule: 'lesson/inclusion-gaps', area: 'inclusion' },
];

const PLACE = new Map(PROMPT_ORDER.map((entry, index) => [entry.rule, { ...entry, index }]));

/** The lesson rules in the order their prompts are read, so a list of checks (the options page) agrees with the panel. */
export function rulesInPromptOrder(): Rule<LessonPlan>[] {
  const placeOf = (rule: Rule<LessonPlan>) => PLACE.get(rule.id)?.index ?? PROMPT_ORDER.length;
  return [...rules].sort((a, b) => placeOf(a) - placeOf(b));
}

/** A plan without objectives, episodes or an ending gets its most important prompts only, not a wall of them. */
export const THIN_PLAN_PROMPTS = 5;
/** Even a complete plan gets its most important prompts, so a bare one is not handed every check at once. */
export const MOST_PROMPTS = 8;

/** A teaching prompt about something the plan says comes before one that only notes an absence. */
const ABSENCE = new Set(['missing', 'noStarter', 'noTimings', 'tooMuch', 'fewEpisodes']);
const AREAS: readonly PromptArea[] = ['planning', 'teaching', 'inclusion'];
/**
 * Notes read after every other prompt but never cut: that a plan has no success criteria is a plain
 * fact the teacher is told, though it matters less than a gap in the lesson itself.
 */
const LAST = new Set(['stepsFromObjectives', 'stepsFromCheck']);
const isLast = (finding: Finding) =>
  finding.rule === 'lesson/success-criteria-stated' && LAST.has(finding.messageId) ? 1 : 0;

/** The first `count` prompts, keeping any note read last that the cut would drop, in place of the one before it. */
function firstPrompts(prompts: readonly Finding[], count: number): Finding[] {
  const kept = prompts.slice(0, count);
  const dropped = prompts.slice(count).filter((finding) => isLast(finding) === 1);
  const room = Math.max(0, count - dropped.length);
  return [...kept.slice(0, room), ...dropped.slice(0, count)].map((finding, index) => ({
    ...finding,
    rank: index + 1,
  }));
}

/** Notes that say what the document is: read before anything else about it. */
const LEADING = new Set(['lesson/plan-recognised', 'lesson/plan-cut-off']);

/**
 * Ranked: by area; the planning flow in its own order, its notes for information last; within the
 * teaching, what the plan says before what it leaves out (a guided group of nine before "where will pupils talk?"); then by the
 * rule's place, then in the order the plan reads.
 */
function ranked(findings: Finding[]): Finding[] {
  const placeOf = (finding: Finding) => PLACE.get(finding.rule)?.index ?? PROMPT_ORDER.length;
  const areaOf = (finding: Finding) => AREAS.indexOf(PLACE.get(finding.rule)?.area ?? 'teaching');
  const absent = (finding: Finding) => (areaOf(finding) > 0 && ABSENCE.has(finding.messageId) ? 1 : 0);
  // In the planning flow a note for information ("rough timings help", "add 'I can' steps") comes
  // after the gaps and warnings; what the document is, or that it is cut off, still leads.
  const note = (finding: Finding) =>
    areaOf(finding) === 0 && finding.severity === 'info' && !LEADING.has(finding.rule) ? 1 : 0;
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        isLast(a.finding) - isLast(b.finding) ||
        areaOf(a.finding) - areaOf(b.finding) ||
        note(a.finding) - note(b.finding) ||
        absent(a.finding) - absent(b.finding) ||
        placeOf(a.finding) - placeOf(b.finding) ||
        lineOf(a.finding) - lineOf(b.finding) ||
        a.index - b.index,
    )
    .map(({ finding }, index) => ({
      ...finding,
      rank: index + 1,
      area: PLACE.get(finding.rule)?.area ?? 'teaching',
    }));
}

/** Strengths in the order the plan reads, each with the area it belongs to. */
function inPlanOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => lineOf(a.finding) - lineOf(b.finding) || a.index - b.index)
    .map(({ finding }) => ({ ...finding, area: PLACE.get(finding.rule)?.area ?? 'teaching' }));
}

/** The longest quote shown: a long table row is cut at a word, so the quote is still the plan's own words. */
const MAX_QUOTE = 160;

function bounded(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.lastIndexOf(' ', MAX_QUOTE);
  return text.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE).trimEnd();
}

/**
 * Every finding quotes the words it is about, exactly as the plan has them: the rule's own quote
 * where it occurs on the line it points at, else the line itself.
 */
function quoted(plan: LessonPlan, finding: Finding): Finding {
  const line = lineOf(finding);
  const { quote: _, ...rest } = finding;
  // A bare heading ("Starter", "Plenary", a table's column labels) shows nothing: a strength quotes
  // the first words written under it, and a prompt about an absence quotes nothing rather than a
  // heading that reads as if it were the evidence.
  const headed = plan.sections.find(
    (section) =>
      section.line === line &&
      section.heading !== '' &&
      (finding.quote === undefined || finding.quote === section.heading) &&
      isBareHeading(section.heading) &&
      // "DO NOW (5 min)" is the evidence that the parts are timed: its time is what is quoted.
      !(finding.messageId === 'timed' && /\d/.test(section.heading)),
  );
  if (headed !== undefined) {
    const first = writtenLines(plan, [headed])[0];
    // A prompt quotes no bare heading ("Plenary", "Exit quiz"), which reads as if nothing were
    // there: one about what a part says ("could the plenary name the next step?") quotes its first
    // words; one about the plan's shape (the parts it names, their timings) quotes nothing.
    const aboutWords = finding.severity === 'strength' || ABOUT_WHAT_A_PART_SAYS.has(finding.rule);
    if (!aboutWords) return rest;
    if (first !== undefined) {
      const raw = plan.lines[first.line - 1] ?? '';
      const words = readablePart(raw.includes(first.text) ? first.text : raw);
      return { ...rest, where: { kind: 'plan', line: first.line }, quote: bounded(words) };
    }
    if (finding.severity !== 'strength') return rest;
  }
  if (finding.severity !== 'strength' && ABSENCE.has(finding.messageId) && isHeadingLine(plan, line))
    return rest;
  // A strength found on a heading kept inside a part ("#### Poll students -") shows its evidence in
  // the first line written under it, unless the heading is the question it found ("### Learning cycle
  // 1: How do waves form?").
  const headingLine = plan.lines[line - 1] ?? '';
  if (
    finding.severity === 'strength' &&
    headingLine.trimStart().startsWith('#') &&
    !(finding.rule === 'lesson/questioning-planned' && headingLine.includes('?'))
  ) {
    const under = nextWrittenLine(plan, line);
    if (under !== undefined)
      return { ...rest, where: { kind: 'plan', line: under.line }, quote: bounded(readablePart(under.text)) };
  }
  const text = line === 0 ? undefined : plan.lines[line - 1];
  const own = finding.quote === undefined ? undefined : readablePart(finding.quote);
  const span = text === undefined || own === undefined || own === '' ? undefined : spanOf(text, own);
  const quote = text === undefined ? undefined : bounded(span ?? readablePart(text));
  return quote === undefined || quote === '' ? rest : { ...rest, quote };
}

/** Words at each end of a rule's quote looked for in the line: enough to place it, few enough to survive markup. */
const END_WORDS = 3;

/**
 * Where the rule's quote is on its line, as the line writes it: the cell "HA extension on board: why
 * doesn't...?*" read without its emphasis is "*why doesn't...?*" on the line, so the quote runs from its
 * first words to its last as the plan has them, rather than falling back to the row's start.
 */
function spanOf(text: string, own: string): string | undefined {
  if (text.includes(own)) return own;
  const words = own.split(' ').filter((word) => word !== '');
  if (words.length < END_WORDS * 2) return undefined;
  const start = text.indexOf(words.slice(0, END_WORDS).join(' '));
  if (start < 0) return undefined;
  for (const size of [END_WORDS, 1]) {
    const tail = words.slice(-size).join(' ');
    const end = text.indexOf(tail, start);
    if (end >= 0) return text.slice(start, end + tail.length);
  }
  return undefined;
}

/** Rules whose prompt at a part's heading is about what is written under it. */
const ABOUT_WHAT_A_PART_SAYS = new Set([
  'lesson/plenary-reviews-learning',
  'lesson/objectives-taught',
  'lesson/inclusion-gaps',
]);

/** A heading that only names a part ("Starter", "Do Now (5 mins)", a row of column labels), with no teaching in it. */
function isBareHeading(heading: string): boolean {
  return heading.length <= 50 || heading.split(' / ').length >= 3;
}

/** The first line after a heading with words on it, before the next heading: what the heading introduces. */
function nextWrittenLine(plan: LessonPlan, line: number): { text: string; line: number } | undefined {
  for (let index = line; index < plan.lines.length && index < line + 5; index += 1) {
    const text = plan.lines[index]!.trim();
    if (text.startsWith('#')) return undefined;
    if (text !== '') return { text, line: index + 1 };
  }
  return undefined;
}

/** Whether the line is where a section of the plan starts with its heading. */
function isHeadingLine(plan: LessonPlan, line: number): boolean {
  return plan.sections.some((section) => section.line === line && section.heading !== '');
}

/** The note that a lesson plan lacks its objectives, episodes or ending, held back while another prompt says more. */
const isIncomplete = (finding: Finding) =>
  finding.rule === planRecognised.id && finding.messageId === 'incomplete';

/** Two strengths that say the same of one line: a stretch task counts once, as challenge for the most able. */
function withoutDuplicates(strengths: Finding[]): Finding[] {
  const challenge = new Set(
    strengths.filter((finding) => finding.rule === 'lesson/most-able-challenge').map(lineOf),
  );
  return strengths.filter(
    (finding) => !(finding.rule === 'lesson/differentiation-by-support' && challenge.has(lineOf(finding))),
  );
}

/** What a reader of the audit has chosen: the checks (rule ids) they have switched off. */
export interface AuditOptions {
  hiddenRules?: readonly string[];
}

/** Reads a plan, runs every lesson rule and generates its questions and sessions. Deterministic. */
export function analyseLessonPlan(input: LessonInput, options: AuditOptions = {}): LessonAnalysis {
  const plan = parseLessonPlan(input);
  // Checks the teacher switched off free their place in the list before it is cut to length.
  const hidden = new Set(options.hiddenRules ?? []);
  const active = rules.filter((rule) => !hidden.has(rule.id));
  // A scheme, a pupils' page or something that is not a plan gets one honest line, not a lesson's audit.
  const findings = runRules(auditedAsLesson(plan) ? active : [planRecognised], plan).map((finding) =>
    quoted(plan, finding),
  );
  // A prompt that calls missing what the plan's own words name ("Exit ticket", "Flashback 4") would be
  // wrong where the reader missed how the plan sets it out: it is not shown.
  const raised = findings.filter((finding) => finding.severity !== 'strength' && !shownInPlan(plan, finding));
  // A lesson plan short of its objectives, episodes or ending is told so only where nothing else is said:
  // whatever the other prompts are, it is never left with "nothing obvious is missing".
  const incomplete = raised.filter((finding) => isIncomplete(finding));
  const others = raised.filter((finding) => !isIncomplete(finding));
  const all = others.length > 0 ? others : incomplete;
  // What the document is not (a plan at all, one lesson) is said once, alone: the lesson prompts would not apply.
  const recognition = all.filter((finding) => finding.rule === planRecognised.id && !isIncomplete(finding));
  const prompts = ranked(recognition.length > 0 ? recognition : all);
  const shape = shapeOf(plan);
  const thin = !(shape.objectives && shape.episodes && shape.ending);
  const objective = plan.objectives[0]?.text;
  // The generators build on what the plan itself says, read once.
  const content = planContent(plan);
  const ladders = planLadders(plan, content);
  const hinge = hingeQuestions(plan, content);
  const plenary = plenaryQuestions(plan, content);
  const guidedSession = planGuidedSession(plan, { content });
  return {
    plan,
    // A thin plan is told what the planning flow expects first; the teaching can follow once it has the shape.
    prompts: thin
      ? firstPrompts(
          prompts.filter((finding) => finding.area === 'planning'),
          THIN_PLAN_PROMPTS,
        )
      : firstPrompts(prompts, MOST_PROMPTS),
    // A strength whose only evidence is a table's row of column labels ("Mins / Tutor Activity /
    // Extension activity") shows nothing the plan does: it is left out rather than quoted.
    strengths: inPlanOrder(
      withoutDuplicates(
        findings.filter(
          (finding) =>
            finding.severity === 'strength' && !isColumnLabels(plan.lines[lineOf(finding) - 1] ?? ''),
        ),
      ),
    ),
    questions: ladders.ladders,
    talkPrompts: talkPrompts(plan, content),
    hingeQuestions: hinge.hinges,
    plenaryQuestions: plenary.questions,
    guidedSession,
    interventionSession:
      objective !== undefined && isInterventionPlan(plan)
        ? planInterventionSession(objective, { plan })
        : null,
    content,
    questionReview: questionReview(plan, content),
    toAdd: [...ladders.toAdd, ...hinge.toAdd, ...plenary.toAdd, ...guidedToAdd(plan, guidedSession)],
  };
}

function findingJson(finding: Finding) {
  const line = lineOf(finding);
  return {
    rank: finding.rank ?? null,
    area: finding.area ?? null,
    rule: finding.rule,
    messageId: finding.messageId,
    title: finding.title,
    severity: finding.severity,
    message: finding.message,
    quote: finding.quote ?? null,
    guidance: finding.guidance,
    citation: finding.citation,
    line: line === 0 ? null : line,
  };
}

/** The stable JSON the command line prints with --json (and the extension may reuse). */
export function lessonToJson(analysis: LessonAnalysis) {
  const { plan } = analysis;
  const shape = shapeOf(plan);
  return {
    plan: {
      title: plan.title,
      kind: plan.kind ?? null,
      format: plan.format ?? null,
      subject: plan.subject ?? null,
      yearGroup: plan.yearGroup ?? null,
      lessonMinutes: plan.lessonMinutes ?? null,
      objectives: plan.objectives.map(({ text, line }) => ({ text, line })),
      successCriteria: plan.successCriteria.map(({ text, line }) => ({ text, line })),
      keywords: [...plan.keywords],
      misconceptions: plan.misconceptions.map(({ text, line }) => ({ text, line })),
      sections: plan.sections.map((section) => ({
        kind: section.kind,
        heading: section.heading,
        line: section.line,
        endLine: section.endLine,
        minutes: section.minutes ?? null,
        pacedMinutes: section.pacedMinutes ?? null,
        organisation: [...section.organisation],
      })),
      pacing: plan.pacing ?? null,
      lessons: plan.lessons ?? null,
      scheme: plan.scheme ?? null,
      sessions:
        plan.sessions?.map((session) => ({
          title: session.title,
          line: session.line,
          endLine: session.endLine,
          subject: session.subject ?? null,
          yearGroup: session.yearGroup ?? null,
          lessonMinutes: session.lessonMinutes ?? null,
          objectives: session.objectives.map(({ text, line }) => ({ text, line })),
          successCriteria: session.successCriteria.map(({ text, line }) => ({ text, line })),
          sections: session.sections.map(({ kind, heading, line }) => ({ kind, heading, line })),
          record: session.record ?? false,
          nextFocus: session.nextFocus ?? [],
        })) ?? null,
      record: plan.record ?? false,
      nextFocus: plan.nextFocus ?? [],
      cutOff: plan.cutOff ?? null,
    },
    /** Whether the plan has what a complete plan needs: "nothing obvious is missing" is only said when this holds and no prompt is left. */
    complete: shape.objectives && shape.episodes && shape.ending,
    prompts: analysis.prompts.map(findingJson),
    strengths: analysis.strengths.map(findingJson),
    questions: analysis.questions.map((ladder) => ({
      objective: ladder.objective,
      ladder: ladder.ladder.map(({ level, question, from, line }) => ({
        level,
        question,
        from: from ?? null,
        line: line ?? null,
      })),
      toAdd: ladder.toAdd ?? null,
    })),
    talkPrompts: [...analysis.talkPrompts],
    hingeQuestions: analysis.hingeQuestions,
    plenaryQuestions: [...analysis.plenaryQuestions],
    guidedSession: analysis.guidedSession,
    interventionSession: analysis.interventionSession,
    questionReview: analysis.questionReview,
    toAdd: analysis.toAdd.map((entry) => ({
      for: entry.for,
      message: entry.message,
      line: entry.line ?? null,
    })),
  };
}

export type LessonJson = ReturnType<typeof lessonToJson>;
