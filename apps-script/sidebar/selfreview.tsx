import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ItemChange, PhaseChange, RatedItem, SelfReviewSummary } from '../../shared/selfreview';
import type { SelfReviewReport } from '../server/api';
import { Diagnostics } from './diagnostics';
import { callServer } from './server';

/** What each button asks of the server, and what to say while it works. */
const CALLS = {
  getSelfReview: { call: () => callServer('getSelfReview'), doing: 'Reading the self-review grid…' },
  openSelfReviewGrid: {
    call: () => callServer('openSelfReviewGrid'),
    doing: 'Opening the self-review grid…',
  },
  writeSelfReviewSummary: {
    call: () => callServer('writeSelfReviewSummary'),
    doing: 'Writing the Self-review summary sheet…',
  },
};
type Call = keyof typeof CALLS;

/** The sidebar lists this many priorities; the summary sheet has them all. */
const SHOWN = 10;

const ukDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const phaseName = (summary: SelfReviewSummary, phase: number) => {
  const date = summary.phases[phase - 1]?.date;
  return date ? `phase ${phase} (${ukDate(date)})` : `phase ${phase}`;
};

function Rating({ rating }: { rating: number }) {
  return <span class={`rating rating-${rating}`}>{rating}</span>;
}

function ItemLine({ item, children }: { item: RatedItem | ItemChange; children: ComponentChildren }) {
  return (
    <li class="item">
      {children}
      <span>
        {/* The Annex words items as the ends of a sentence; a list reads better capitalised. */}
        {item.text.charAt(0).toUpperCase() + item.text.slice(1)}
        <span class="feature">{item.feature}</span>
      </span>
    </li>
  );
}

function Priorities({ summary }: { summary: SelfReviewSummary }) {
  const latest = phaseName(summary, summary.latestPhase ?? 1);
  if (summary.priorities.length === 0) {
    return (
      <section>
        <h2>Development priorities</h2>
        <p>No item is rated 3 or 4 in {latest}.</p>
      </section>
    );
  }
  const hidden = summary.priorities.length - SHOWN;
  return (
    <section>
      <h2>Development priorities ({summary.priorities.length})</h2>
      <p class="hint">Rated 4 or 3 in {latest}, the most pressing first.</p>
      <ul class="items">
        {summary.priorities.slice(0, SHOWN).map((item) => (
          <ItemLine key={item.item} item={item}>
            <Rating rating={item.rating} />
          </ItemLine>
        ))}
      </ul>
      {hidden > 0 && <p class="hint">And {hidden} more on the summary sheet.</p>}
    </section>
  );
}

function Changes({ change, summary }: { change: PhaseChange; summary: SelfReviewSummary }) {
  const compared = change.improved.length + change.declined.length + change.unchanged;
  const moved = (items: ItemChange[], label: string) =>
    items.length > 0 && (
      <>
        <h3>
          {label} ({items.length})
        </h3>
        <ul class="items">
          {items.map((item) => (
            <ItemLine key={item.item} item={item}>
              <span class="move" role="img" aria-label={`from ${item.from} to ${item.to}`}>
                <Rating rating={item.from} />→<Rating rating={item.to} />
              </span>
            </ItemLine>
          ))}
        </ul>
      </>
    );
  return (
    <section>
      <h2>
        Change from {phaseName(summary, change.from)} to {phaseName(summary, change.to)}
      </h2>
      {compared === 0 ? (
        <p>No item is rated in both phases yet.</p>
      ) : (
        <>
          {moved(change.improved, 'Improved')}
          {moved(change.declined, 'Needs more attention')}
          <p>
            {change.unchanged} item{change.unchanged === 1 ? '' : 's'} rated the same in both phases.
          </p>
        </>
      )}
    </section>
  );
}

function Summary({ report, summary }: { report: SelfReviewReport; summary: SelfReviewSummary }) {
  const latest = summary.latestPhase === null ? null : summary.phases[summary.latestPhase - 1];
  if (!latest) {
    return (
      <p class="empty">
        Nothing is rated yet. In ‘{report.grid}’, rate each item from 1 (a strong feature) to 4 (needs
        significant development) in the Phase 1 column, then choose Refresh.
      </p>
    );
  }
  return (
    <>
      <section>
        <h2>Latest: {phaseName(summary, latest.phase)}</h2>
        <p>
          {latest.rated} of {report.items} items rated
          {latest.meanRating !== null && `, mean rating ${latest.meanRating.toFixed(2)}`}.
        </p>
      </section>
      <Priorities summary={summary} />
      {summary.changes.length === 0 ? (
        <section>
          <h2>Change between phases</h2>
          <p>Rate the items again in the Phase 2 column at your next review to see what has changed.</p>
        </section>
      ) : (
        summary.changes.map((change) => <Changes key={change.to} change={change} summary={summary} />)
      )}
    </>
  );
}

export function SelfReviewPanel() {
  const [running, setRunning] = useState<Call | null>('getSelfReview');
  const [report, setReport] = useState<SelfReviewReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (call: Call) => {
    setRunning(call);
    setError(null);
    CALLS[call]
      .call()
      .then(setReport)
      .catch((failure: Error) => setError(`Something went wrong: ${failure.message}`))
      .finally(() => setRunning(null));
  };
  useEffect(() => run('getSelfReview'), []);

  const intro = (
    <p class="hint">
      The Annex of the guidance, ‘Identification of development priorities’: rate each item from 1 (a strong
      feature) to 4 (needs significant development), at up to three reviews.
    </p>
  );
  const status = running && (
    <p class="busy" role="status">
      {CALLS[running].doing}
    </p>
  );
  if (report === null) {
    return (
      <div>
        {intro}
        {status}
        {error && <p class="error">{error}</p>}
      </div>
    );
  }
  if (report.grid === null) {
    return (
      <div>
        {intro}
        <p class="empty">This spreadsheet has no self-review grid yet.</p>
        <button
          type="button"
          class="action"
          disabled={running !== null}
          onClick={() => run('openSelfReviewGrid')}
        >
          Create the self-review grid
        </button>
        {status}
        {error && <p class="error">{error}</p>}
        {report.problem && <p class="problem">{report.problem}</p>}
      </div>
    );
  }
  const canWrite = report.summary !== null && report.summary.latestPhase !== null;
  return (
    <div>
      {intro}
      <div class="buttons">
        {canWrite && (
          <button
            type="button"
            class="action"
            disabled={running !== null}
            onClick={() => run('writeSelfReviewSummary')}
          >
            Write the summary sheet
          </button>
        )}
        <button
          type="button"
          class="secondary"
          disabled={running !== null}
          onClick={() => run('openSelfReviewGrid')}
        >
          Go to the grid
        </button>
        <button
          type="button"
          class="secondary"
          disabled={running !== null}
          onClick={() => run('getSelfReview')}
        >
          Refresh
        </button>
      </div>
      {status}
      {error && <p class="error">{error}</p>}
      {report.written && (
        <p class="ok" role="status">
          Written to the ‘{report.written}’ sheet. The grid was not changed.
        </p>
      )}
      {report.problem && <p class="problem">{report.problem}</p>}
      {report.summary && <Summary report={report} summary={report.summary} />}
      <Diagnostics
        sheet={report.grid}
        diagnostics={report.diagnostics}
        note="Those cells are left out of the summary."
      />
    </div>
  );
}
