import { useEffect, useRef, useState } from 'preact/hooks';
import type { LessonAnalysis } from '../../shared/lesson/types';
import type { DocRead } from '../lib/docs-reader';
import { adviceForFailedRead } from '../lib/sources';

type CardState =
  | { kind: 'reading' }
  | { kind: 'failed'; advice: string }
  | { kind: 'ready'; analysis: LessonAnalysis };

export interface LauncherProps {
  read(): Promise<DocRead>;
  analyse(text: string): LessonAnalysis;
  openPanel(): void;
}

const TOP_PROMPTS = 3;

/**
 * The small "Trajectory" button on a Google Doc and its summary card. It lives in a shadow
 * root, sits fixed in a corner (no layout shift), and Escape closes the card.
 */
export function Launcher({ read, analyse, openPanel }: LauncherProps) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<CardState>({ kind: 'reading' });
  const launcher = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    setState({ kind: 'reading' });
    const result = await read();
    setState(
      result.ok
        ? { kind: 'ready', analysis: analyse(result.text) }
        : { kind: 'failed', advice: adviceForFailedRead(result) },
    );
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

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  const prompts = state.kind === 'ready' ? state.analysis.prompts : [];
  return (
    <div class="trajectory">
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
              {state.kind === 'ready'
                ? prompts.length === 1
                  ? '1 prompt for this plan'
                  : `${prompts.length} prompts for this plan`
                : 'Trajectory'}
            </h2>
            <button type="button" class="close" aria-label="Close (Escape)" onClick={close}>
              ×
            </button>
          </header>
          {state.kind === 'reading' && (
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
          {state.kind === 'ready' && prompts.length === 0 && (
            <p class="status">
              Nothing obvious is missing. The full panel has question ladders and a guided-group plan.
            </p>
          )}
          {state.kind === 'ready' && prompts.length > 0 && (
            <ol class="prompts">
              {prompts.slice(0, TOP_PROMPTS).map((prompt) => (
                <li key={`${prompt.rule}:${prompt.messageId}`}>{prompt.message}</li>
              ))}
            </ol>
          )}
          <button type="button" class="primary" onClick={openPanel}>
            Open full panel
          </button>
        </section>
      )}
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
      </button>
    </div>
  );
}
