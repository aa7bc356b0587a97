import { type Finding, runRules } from '../rule';
import { isInterventionPlan } from './evidence';
import { parseLessonPlan } from './parse';
import { hingeQuestions, plenaryQuestions, questionLadder, talkPrompts } from './questions';
import { rules } from './rules';
import { planGuidedSession, planInterventionSession } from './sessions';
import type { LessonAnalysis, LessonInput } from './types';

/** A long document (a unit of several lessons) gets ladders for its first objectives only, to stay readable. */
const MAX_LADDERS = 8;

const lineOf = (finding: Finding) => (finding.where?.kind === 'plan' ? (finding.where.line ?? 0) : 0);

/** Whole-plan prompts first, then in the order the plan reads; ties keep the registry's order. */
function inPlanOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => lineOf(a.finding) - lineOf(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Reads a plan, runs every lesson rule and generates its questions and sessions. Deterministic. */
export function analyseLessonPlan(input: LessonInput): LessonAnalysis {
  const plan = parseLessonPlan(input);
  const findings = runRules(rules, plan);
  const objective = plan.objectives[0]?.text;
  return {
    plan,
    prompts: inPlanOrder(findings.filter((finding) => finding.severity !== 'strength')),
    strengths: inPlanOrder(findings.filter((finding) => finding.severity === 'strength')),
    questions: plan.objectives
      .slice(0, MAX_LADDERS)
      .map((entry) => questionLadder(entry.text, plan.keywords)),
    talkPrompts: talkPrompts(plan),
    hingeQuestions: hingeQuestions(plan),
    plenaryQuestions: plenaryQuestions(plan),
    guidedSession: planGuidedSession(plan),
    interventionSession:
      objective !== undefined && isInterventionPlan(plan) ? planInterventionSession(objective) : null,
  };
}

function findingJson(finding: Finding) {
  const line = lineOf(finding);
  return {
    rule: finding.rule,
    title: finding.title,
    severity: finding.severity,
    message: finding.message,
    guidance: finding.guidance,
    citation: finding.citation,
    line: line === 0 ? null : line,
  };
}

/** The stable JSON the command line prints with --json (and the extension may reuse). */
export function lessonToJson(analysis: LessonAnalysis) {
  const { plan } = analysis;
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
    },
    prompts: analysis.prompts.map(findingJson),
    strengths: analysis.strengths.map(findingJson),
    questions: analysis.questions.map((ladder) => ({
      objective: ladder.objective,
      ladder: ladder.ladder.map(({ level, question }) => ({ level, question })),
    })),
    talkPrompts: [...analysis.talkPrompts],
    hingeQuestions: analysis.hingeQuestions,
    plenaryQuestions: [...analysis.plenaryQuestions],
    guidedSession: analysis.guidedSession,
    interventionSession: analysis.interventionSession,
  };
}

export type LessonJson = ReturnType<typeof lessonToJson>;
