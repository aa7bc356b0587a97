import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ItemChange, PhaseChange, RatedItem, SelfReviewSummary } from '../../shared/selfreview';
import type { SelfReviewReport } from '../server/api';
import { Diagnostics } from './diagnostics';
import { ServerError } from './errors';
import { callServer } from './server';

/** What each button asks of the server, and what to say while it works. */
const CALLS = {
  getSelfReview: {
    call: () => callServer('getSelfReview'),
    doing: 'Reading the self-review grid…',
    what: 'read the self-review grid',
  },
  openSelfReviewGrid: {
    call: () => callServer('openSelfReviewGrid'),
    doing: 'Opening the self-review grid…',
    what: 'open the self-review grid',
  },
  writeSelfReviewSummary: {
    call: () => callServer('writeSelfReviewSummary'),
    doing: 'Writing the Self-review summary sheet…',
    what: 'write the summary sheet',
  },
};
type Call = keyof typeof CALLS;

/** The sidebar shows this many priorities open; the rest fold away, and the summary sheet has them all. */
const SHOWN = 5;

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

function ItemList({ items }: { items: RatedItem[] }) {
  return (
    <ul class="items">
      {items.map((item) => (
        <ItemLine key={item.item} item={item}>
          <Rating rating={item.rating} />
        </ItemLine>
      ))}
    </ul>
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
  const rest = summary.priorities.slice(SHOWN);
  return (
    <section>
      <h2>Development priorities ({summary.priorities.length})</h2>
      <p class="hint">Rated 4 or 3 in {latest}, the most pressing first.</p>
      <ItemList items={summary.priorities.slice(0, SHOWN)} />
      {rest.length > 0 && (
        <details>
          <summary>The other {rest.length}</summary>
          <ItemList items={rest} />
        </details>
      )}
    </section>
  );
}

/** The nine features, most in need first, each with its mean rating. */
function Features({ summary }: { summary: SelfReviewSummary }) {
  const rated = summary.features.filter((feature) => feature.meanRating !== null);
  if (rated.length === 0) return null;
  return (
    <section>
      <h2>By feature</h2>
      <p class="hint">
        Mean rating in {phaseName(summary, summary.latestPhase ?? 1)}; 4 needs the most development.
      </p>
      <ul class="features">
        {rated.map((feature) => (
          <li key={feature.feature}>
            <span>{feature.title}</span>
            <span class={`rating rating-${Math.round(feature.meanRating!)}`}>
              {feature.meanRating!.toFixed(1)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const counted = (change: PhaseChange) =>
  `${change.improved.length} improved, ${change.declined.length} need${change.declined.length === 1 ? 's' : ''} more attention, ${change.unchanged} the same`;

function Moved({ items, label }: { items: ItemChange[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        {label} ({items.length})
      </summary>
      <ul class="items">
        {items.map((item) => (
          <ItemLine key={item.item} item={item}>
            <span class="move" role="img" aria-label={`from ${item.from} to ${item.to}`}>
              <Rating rating={item.from} />→<Rating rating={item.to} />
            </span>
          </ItemLine>
        ))}
      </ul>
    </details>
  );
}

/** The latest change item by item (folded); earlier ones as a line each. */
function Changes({ summary }: { summary: SelfReviewSummary }) {
  const latest = summary.changes.at(-1);
  if (latest === undefined) {
    return (
      <section>
        <h2>Change between phases</h2>
        <p>Rate the items again in the Phase 2 column at your next review to see what has changed.</p>
      </section>
    );
  }
  const compared = latest.improved.length + latest.declined.length + latest.unchanged;
  const earlier = summary.changes.slice(0, -1);
  return (
    <section>
      <h2>
        Change from {phaseName(summary, latest.from)} to {phaseName(summary, latest.to)}
      </h2>
      {compared === 0 ? (
        <p>No item is rated in both phases yet.</p>
      ) : (
        <>
          <p>{counted(latest)}.</p>
          <Moved items={latest.improved} label="Improved" />
          <Moved items={latest.declined} label="Needs more attention" />
        </>
      )}
      {earlier.length > 0 && (
        <ul class="earlier">
          {earlier.map((change) => (
            <li key={change.to}>
              Before that, phase {change.from} to phase {change.to}: {counted(change)}.
            </li>
          ))}
        </ul>
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
      <Changes summary={summary} />
      <Features summary={summary} />
    </>
  );
}

export function SelfReviewPanel() {
  const [running, setRunning] = useState<Call | null>('getSelfReview');
  const [report, setReport] = useState<SelfReviewReport | null>(null);
  const [error, setError] = useState<{ call: Call; message: string } | null>(null);
  const run = (call: Call) => {
    setRunning(call);
    setError(null);
    CALLS[call]
      .call()
      .then(setReport)
      .catch((failure: Error) => setError({ call, message: failure.message }))
      .finally(() => setRunning(null));
  };
  useEffect(() => run('getSelfReview'), []);

  const intro = (
    <p class="hint">
      The Annex of the guidance, ‘Identification of development priorities’: rate each item from 1 (a strong
      feature) to 4 (needs significant development), at up to three reviews.
    </p>
  );
  const failure = error && (
    <ServerError
      what={CALLS[error.call].what}
      message={error.message}
      onRetry={() => run(error.call)}
      busy={running !== null}
    />
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
        {failure}
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
        {failure}
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
      {failure}
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
