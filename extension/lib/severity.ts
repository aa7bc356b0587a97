import type { Severity } from '../../shared/rule';

/** How the panel and the Docs card name a prompt's severity, so the most pressing stand out. */
const SEVERITY_LABELS: Record<Severity, string> = {
  urgent: 'Act first',
  warning: 'Important',
  suggestion: 'Suggestion',
  info: 'Worth a thought',
  strength: 'Strength',
};

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

export function promptCountText(count: number): string {
  return count === 1 ? '1 prompt' : `${count} prompts`;
}
