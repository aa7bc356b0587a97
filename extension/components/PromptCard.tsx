import { useState } from 'preact/hooks';
import { GUIDANCE } from '../../shared/guidance';
import type { LessonPlan } from '../../shared/lesson/types';
import type { Finding } from '../../shared/rule';
import { findingLine } from '../lib/copy-text';

/** One prompt: the question for the teacher, the line it refers to, and a collapsible "why". */
export function PromptCard({ finding, plan }: { finding: Finding; plan: LessonPlan }) {
  const [open, setOpen] = useState(false);
  const line = findingLine(plan, finding);
  const whyId = `why-${finding.rule.replace(/\W/g, '-')}-${finding.messageId}`;
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
            <strong>{finding.title}.</strong> {finding.response}
          </p>
          <p>
            The guidance says: <q>{GUIDANCE[finding.guidance].quote}</q>
          </p>
          <p class="citation">{finding.citation}</p>
        </div>
      )}
    </li>
  );
}
