import { citeGuidance, type GuidanceRef } from './guidance';

/**
 * How much a finding asks of the teacher. `strength` marks something the plan or pupil
 * already does well; the others are prompts or flags in rising order of urgency.
 */
export type Severity = 'strength' | 'info' | 'suggestion' | 'warning' | 'urgent';

/** Where a finding applies: a line or section of a lesson plan, or a pupil or cell of a markbook. */
export type Location =
  | { kind: 'plan'; line?: number; section?: string }
  | { kind: 'markbook'; row: number; pupil?: string; cell?: string };

/** What a rule's check returns: which message, the values for its template, and where. */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  where?: Location;
  /** Overrides the rule's default severity, e.g. to report a strength. */
  severity?: Severity;
  /** The exact words of the input the report is about (a plan's line, a cell's text), as written. */
  quote?: string;
}

/**
 * A rule is one file exporting one of these. `check` is pure: the same subject always gives
 * the same reports. Messages are templates keyed by id ("{count} pupils..."), so tests assert
 * ids and the wording can improve freely.
 */
export interface Rule<Subject, MessageId extends string = string> {
  /** `<domain>/<file name>`, e.g. `lesson/plenary-reviews-learning`. */
  id: string;
  title: string;
  guidance: GuidanceRef;
  severity: Exclude<Severity, 'strength'>;
  messages: Record<MessageId, string>;
  /** What the teacher might do about it (markbook flags carry one). */
  response?: string;
  check(subject: Subject): RuleReport<MessageId>[];
}

/** Declares a rule with its message ids inferred from `messages`. */
export function defineRule<Subject, MessageId extends string>(
  rule: Rule<Subject, MessageId>,
): Rule<Subject, MessageId> {
  return rule;
}

/** What every adapter renders: the CLI, the extension panel and the Sheets output. */
export interface Finding {
  rule: string;
  title: string;
  severity: Severity;
  messageId: string;
  message: string;
  response?: string;
  guidance: GuidanceRef;
  citation: string;
  where?: Location;
  /** The exact words of the input the finding is about, so a reader can find them (Docs shows no line numbers). */
  quote?: string;
  /** Where the finding comes in the order its domain ranks them, 1 first; set where a domain ranks its findings. */
  rank?: number;
  /** The part of the work the finding is about, as its domain groups them (lesson prompts: planning, teaching, inclusion). */
  area?: string;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    key in data ? String(data[key]) : placeholder,
  );
}

export function toFinding<Subject>(rule: Rule<Subject>, report: RuleReport): Finding {
  const template = rule.messages[report.messageId];
  if (template === undefined) {
    throw new Error(`Rule ${rule.id} reported unknown message id "${report.messageId}"`);
  }
  const finding: Finding = {
    rule: rule.id,
    title: rule.title,
    severity: report.severity ?? rule.severity,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    guidance: rule.guidance,
    citation: citeGuidance(rule.guidance),
  };
  if (rule.response !== undefined) finding.response = rule.response;
  if (report.where !== undefined) finding.where = report.where;
  if (report.quote !== undefined) finding.quote = report.quote;
  return finding;
}

/** Runs every rule of a registry over one subject, in registry order. */
export function runRules<Subject>(rules: readonly Rule<Subject>[], subject: Subject): Finding[] {
  return rules.flatMap((rule) => rule.check(subject).map((report) => toFinding(rule, report)));
}
