import { useState } from 'preact/hooks';
import type { LessonPlan } from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import { findingLine } from '../lib/copy-text';

/** One prompt: the question for the teacher, the line it refers to, and a collapsible "why". */
export function PromptCard({ finding, plan, index }: { finding: Finding; plan: LessonPlan; index: number }) {
  const [open, setOpen] = useState(false);
  const line = findingLine(plan, finding);
  const whyId = `why-${index}`;
  return (
    <li class="prompt">
      <p class="prompt-message">{finding.message}</p>
      {line && (
        <p class="prompt-line">
          <span class="label">Line {line.line}:</span> <q>{line.text}</q>
        </p>
      )}
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
