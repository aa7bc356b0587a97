import { useState } from 'preact/hooks';
import type { LessonPlan } from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import type { QuoteShown } from '../browser/highlight';
import { findingQuote } from '../lib/copy-text';
import { severityLabel } from '../lib/severity';

const NOT_SHOWN: Record<Exclude<QuoteShown, 'shown'>, string> = {
  'not-found': 'These words are no longer on the page: press "Read again".',
  'no-access': 'Trajectory cannot reach the page any more: click its toolbar button, then try again.',
};

/**
 * One prompt: how much it matters, the question for the teacher, the plan's words it is about
 * (on a web page, a button that shows them in the page) and a collapsible "why".
 */
export function PromptCard({
  finding,
  plan,
  index,
  showQuote,
}: {
  finding: Finding;
  plan: LessonPlan;
  index: number;
  /** Present where the page can show the words (a web page; Docs draws its text on a canvas). */
  showQuote?: (quote: string) => Promise<QuoteShown>;
}) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<QuoteShown | null>(null);
  const quote = findingQuote(plan, finding);
  const whyId = `why-${index}`;
  return (
    <li class={`prompt prompt-${finding.severity}`} data-rule={finding.rule}>
      <span class={`severity severity-${finding.severity}`}>{severityLabel(finding.severity)}</span>
      <p class="prompt-message">{finding.message}</p>
      {quote &&
        (showQuote ? (
          <p class="prompt-quote">
            <button type="button" class="quote-link" onClick={() => void showQuote(quote).then(setShown)}>
              <q>{quote}</q> <span class="quote-hint">(show on the page)</span>
            </button>
            <span class="quote-status" role="status">
              {shown && shown !== 'shown' ? NOT_SHOWN[shown] : ''}
            </span>
          </p>
        ) : (
          <p class="prompt-quote">
            <span class="visually-hidden">In your plan: </span>
            <q>{quote}</q>
          </p>
        ))}
      <button
        type="button"
        class="why-toggle"
        aria-expanded={open}
        aria-controls={whyId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide why' : 'Why?'}
      </button>
      {open && (
        <div class="why" id={whyId}>
          <p>
            <strong>Check:</strong> {finding.title}.{finding.response ? ` ${finding.response}` : ''}
          </p>
          <p>
            <strong>From the guidance:</strong> <span class="citation">{finding.citation}</span>
          </p>
        </div>
      )}
    </li>
  );
}
