import { useState } from 'preact/hooks';
import type { Diagnostic } from '../../shared/markbook/types';
import { ServerError } from './errors';
import { callServer } from './server';

/** Cells Trajectory could not read, each a button that takes the teacher to the cell. */
export function Diagnostics({
  sheet,
  diagnostics,
  note,
}: {
  sheet: string;
  diagnostics: Diagnostic[];
  /** What happened to the rest of the sheet, when anything did. */
  note?: string;
}) {
  const [error, setError] = useState<{ cell: string; message: string } | null>(null);
  if (diagnostics.length === 0) return null;
  const select = (cell: string) => {
    setError(null);
    callServer('selectCell', sheet, cell).catch((failure: Error) =>
      setError({ cell, message: failure.message }),
    );
  };
  return (
    <section>
      <h2>Cells I could not read ({diagnostics.length})</h2>
      <p class="hint">{note ? `${note} ` : ''}Choose a cell to go to it.</p>
      {error && (
        <ServerError
          what={`go to ${error.cell}`}
          message={error.message}
          onRetry={() => select(error.cell)}
        />
      )}
      <ul class="diagnostics">
        {diagnostics.map((diagnostic) => (
          <li key={diagnostic.cell + diagnostic.message}>
            <button
              type="button"
              class="cell"
              aria-label={`Go to cell ${diagnostic.cell}`}
              onClick={() => select(diagnostic.cell)}
            >
              {diagnostic.cell}
            </button>{' '}
            {diagnostic.value !== '' && !diagnostic.message.startsWith(`'${diagnostic.value}'`) && (
              <q>{diagnostic.value}</q>
            )}{' '}
            {diagnostic.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
