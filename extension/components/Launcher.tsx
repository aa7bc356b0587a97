import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftBlock } from '../../shared/lesson/read/blocks';
import type { DocSummary } from '../lib/analysis';
import type { DocRead } from '../lib/docs-reader';
import { promptCountText, severityLabel } from '../lib/severity';
import { adviceForFailedRead } from '../lib/sources';

type CardState =
  | { kind: 'unread' }
  | { kind: 'reading' }
  | { kind: 'failed'; advice: string }
  | { kind: 'ready'; summary: DocSummary };

export interface LauncherProps {
  read(): Promise<DocRead>;
  /**
   * The background runs the lesson engine on the Doc's blocks and answers with the card's
   * summary, or null when it refused the request (more than a plan's worth of blocks).
   */
  summarise(blocks: DraftBlock[]): Promise<DocSummary | null>;
  openPanel(): void;
  /** The shadow host the launcher lives in: a click outside it is a click back into the Doc. */
  host: HTMLElement;
}

/** The card's heading: what the document reads as, and how many prompts it has. */
function cardTitle(summary: DocSummary | null): string {
  if (!summary?.readsAsPlan) return 'Trajectory';
  if (summary.kind === 'scheme') {
    return summary.lessons === undefined
      ? 'A scheme of work'
      : `A scheme of work with ${summary.lessons} lessons`;
  }
  return `${promptCountText(summary.promptCount)} for this plan`;
}

/**
 * The small "Trajectory" button on a Google Doc and its summary card. It lives in a shadow
 * root, sits fixed in the bottom-left corner (Docs keeps its own controls along the top and
 * the right edge), reads the Doc only when the teacher opens it, and closes on Escape or on a
 * click back into the document.
 */
export function Launcher({ read, summarise, openPanel, host }: LauncherProps) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<CardState>({ kind: 'unread' });
  const launcher = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    setState({ kind: 'reading' });
    const result = await read();
    if (!result.ok) {
      setState({ kind: 'failed', advice: adviceForFailedRead(result) });
      return;
    }
    try {
      const summary = await summarise(result.blocks);
      if (summary === null) {
        setState({
          kind: 'failed',
          advice: 'This document is longer than Trajectory reads: open the full panel.',
        });
        return;
      }
      setState({ kind: 'ready', summary });
    } catch {
      // The background restarts after an update; the page then needs a reload to reach it.
      setState({
        kind: 'failed',
        advice: 'Trajectory was updated while this document was open: reload the page, then try again.',
      });
    }
  };

  const toggle = () => {
    if (!open && state.kind !== 'ready') void load();
    setOpen(!open);
  };

  const close = () => {
    setOpen(false);
    launcher.current?.focus();
  };

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Capture on the window: Docs stops some clicks on its editor before they bubble.
    const closeOnClickOutside = (event: PointerEvent) => {
      if (!event.composedPath().includes(host)) setOpen(false);
    };
    window.addEventListener('pointerdown', closeOnClickOutside, true);
    return () => window.removeEventListener('pointerdown', closeOnClickOutside, true);
  }, [open, host]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  const summary = state.kind === 'ready' ? state.summary : null;
  // A count only for a document that reads as a plan: meeting minutes get no "1 prompt".
  const count = summary?.readsAsPlan ? summary.promptCount : null;
  return (
    <div class="trajectory">
      <button
        type="button"
        class="launcher"
        ref={launcher}
        aria-expanded={open}
        aria-controls="trajectory-card"
        onClick={toggle}
        onKeyDown={closeOnEscape}
      >
        Trajectory
        {count !== null && count > 0 && (
          <span class="count">
            <span class="visually-hidden">: </span>
            {promptCountText(count)}
          </span>
        )}
      </button>
      {open && (
        <section
          class="card"
          role="dialog"
          aria-labelledby="trajectory-card-title"
          id="trajectory-card"
          onKeyDown={closeOnEscape}
        >
          <header class="card-header">
            <h2 id="trajectory-card-title" tabIndex={-1} ref={heading}>
              {cardTitle(summary)}
            </h2>
            <button type="button" class="close" aria-label="Close (Escape)" onClick={close}>
              ×
            </button>
          </header>
          {(state.kind === 'reading' || state.kind === 'unread') && (
            <p class="status" role="status">
              Reading this document…
            </p>
          )}
          {state.kind === 'failed' && (
            <div role="alert">
              <p class="status">Trajectory could not read this document.</p>
              <p class="advice">{state.advice}</p>
              <button type="button" class="secondary" onClick={() => void load()}>
                Read again
              </button>
            </div>
          )}
          {summary && !summary.readsAsPlan && (
            <p class="status">
              {summary.kind === 'pupil-facing'
                ? 'This reads as work for pupils (a worksheet or slides), not a lesson plan, so there is nothing to check.'
                : 'This document does not read as a lesson plan, so there is nothing to check: Trajectory looks for a learning objective and lesson parts such as a starter, main activity or plenary.'}
            </p>
          )}
          {summary?.kind === 'scheme' && (
            <p class="status">
              It is not checked as one lesson: open a single lesson's plan for that. The full panel has
              question ladders for its objectives.
            </p>
          )}
          {summary?.readsAsPlan && summary.kind !== 'scheme' && summary.promptCount === 0 && (
            <p class="status">
              {summary.complete
                ? 'Nothing obvious is missing. The full panel has question ladders and a guided-group plan.'
                : 'No prompts from the checks you have switched on, but the plan does not yet show all of objectives, timed episodes and an ending.'}
            </p>
          )}
          {summary?.readsAsPlan && summary.topPrompts.length > 0 && (
            <ol class="prompts">
              {summary.topPrompts.map((prompt) => (
                <li key={`${prompt.rule}:${prompt.messageId}`}>
                  <span class={`severity severity-${prompt.severity}`}>{severityLabel(prompt.severity)}</span>{' '}
                  {prompt.message}
                  {prompt.quote && (
                    <q class="quote" title="The words in your plan this is about">
                      {prompt.quote}
                    </q>
                  )}
                </li>
              ))}
            </ol>
          )}
          <div class="card-footer">
            <button type="button" class="primary" onClick={openPanel}>
              Open full panel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
