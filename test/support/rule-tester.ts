import { describe, expect, it } from 'vitest';
import type { Location, Rule, RuleReport } from '../../shared/rule';
import { ruleTestPath } from '../meta/rule-inventory';

/** An expected report: its message id, optionally with where it must point. */
export type ExpectedReport =
  | string
  | {
      messageId: string;
      line?: number;
      row?: number;
      cell?: string;
      quote?: string;
      /** The values the message is filled in with, where the case is about them. */
      data?: Record<string, unknown>;
    };

export interface ValidCase<Input> {
  name: string;
  input: Input;
  /** Strengths the rule must report for this input, by message id. */
  strengths?: string[];
}

export interface InvalidCase<Input> {
  name: string;
  input: Input;
  /** The prompts or flags the rule must report, by message id, in order. */
  messages: ExpectedReport[];
}

export interface RuleCases<Input> {
  valid: ValidCase<Input>[];
  invalid: InvalidCase<Input>[];
}

const isStrength = (report: RuleReport) => report.severity === 'strength';

function locationOf(where: Location | undefined) {
  if (where === undefined) return {};
  return where.kind === 'plan' ? { line: where.line } : { row: where.row, cell: where.cell };
}

function comparable(report: RuleReport, expected: ExpectedReport) {
  if (typeof expected === 'string') return report.messageId;
  const actual = locationOf(report.where) as Record<string, unknown>;
  const picked: Record<string, unknown> = { messageId: report.messageId };
  for (const key of ['line', 'row', 'cell'] as const) {
    if (key in expected) picked[key] = actual[key];
  }
  if ('quote' in expected) picked.quote = report.quote;
  if ('data' in expected) picked.data = report.data;
  return picked;
}

/** Every quote a report carries is the input's own words, where the input is text. */
function expectQuotesIn(input: unknown, reports: RuleReport[]) {
  const text =
    typeof input === 'string'
      ? input
      : Array.isArray(input) && input.every((line) => typeof line === 'string')
        ? input.join('\n')
        : undefined;
  if (text === undefined) return;
  for (const report of reports) if (report.quote !== undefined) expect(text).toContain(report.quote);
}

/**
 * Table-driven tests for one rule, in the manner of ESLint's RuleTester: `valid` inputs
 * raise no prompt or flag, `invalid` inputs raise exactly the listed message ids, and every
 * message the rule declares is exercised by some case.
 */
export function testRule<Input, Subject>(
  rule: Rule<Subject>,
  toSubject: (input: Input) => Subject,
  cases: RuleCases<Input>,
): void {
  describe(rule.id, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid)('valid: $name', ({ input, strengths }) => {
        const reports = rule.check(toSubject(input));
        expect(reports.filter((r) => !isStrength(r)).map((r) => r.messageId)).toEqual([]);
        // A strength's evidence is the plan's own words too.
        expectQuotesIn(input, reports);
        if (strengths !== undefined) {
          expect(reports.filter(isStrength).map((r) => r.messageId)).toEqual(strengths);
        }
      });
    }

    if (cases.invalid.length > 0) {
      it.each(cases.invalid)('invalid: $name', ({ input, messages }) => {
        const reports = rule.check(toSubject(input)).filter((r) => !isStrength(r));
        expectQuotesIn(input, reports);
        expect(
          reports.map((report, index) => comparable(report, messages[index] ?? report.messageId)),
        ).toEqual(messages.map((expected) => (typeof expected === 'string' ? expected : { ...expected })));
      });
    }

    it('has a case for every message it declares', () => {
      const exercised = new Set<string>([
        ...cases.invalid.flatMap((c) => c.messages.map((m) => (typeof m === 'string' ? m : m.messageId))),
        ...cases.valid.flatMap((c) => c.strengths ?? []),
      ]);
      const unexercised = Object.keys(rule.messages).filter((id) => !exercised.has(id));
      expect(unexercised, `add a case to ${ruleTestPath(rule.id)} that reports these messages`).toEqual([]);
    });
  });
}
