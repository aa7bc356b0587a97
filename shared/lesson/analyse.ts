import { type Finding, runRules } from '../rule';
import { planContent } from './content';
import { isInterventionPlan } from './evidence';
import { parseLessonPlan } from './parse';
import { hingeQuestions, planLadders, plenaryQuestions, questionReview, talkPrompts } from './questions';
import { rules } from './rules';
import { guidedToAdd, planGuidedSession, planInterventionSession } from './sessions';
import type { LessonAnalysis, LessonInput } from './types';

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
  // The generators build on what the plan itself says, read once.
  const content = planContent(plan);
  const ladders = planLadders(plan, content);
  const hinge = hingeQuestions(plan, content);
  const plenary = plenaryQuestions(plan, content);
  const guidedSession = planGuidedSession(plan, { content });
  return {
    plan,
    prompts: inPlanOrder(findings.filter((finding) => finding.severity !== 'strength')),
    strengths: inPlanOrder(findings.filter((finding) => finding.severity === 'strength')),
    questions: ladders.ladders,
    talkPrompts: talkPrompts(plan, content),
    hingeQuestions: hinge.hinges,
    plenaryQuestions: plenary.questions,
    guidedSession,
    interventionSession:
      objective !== undefined && isInterventionPlan(plan) ? planInterventionSession(objective) : null,
    content,
    questionReview: questionReview(plan, content),
    toAdd: [...ladders.toAdd, ...hinge.toAdd, ...plenary.toAdd, ...guidedToAdd(plan, guidedSession)],
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
