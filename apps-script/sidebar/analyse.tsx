import { useEffect, useState } from 'preact/hooks';
import type { TrajectoryStatus } from '../../shared/markbook/types';
import type { AnalysisReport } from '../server/api';
import { Diagnostics } from './diagnostics';
import { ServerError } from './errors';
import { callServer } from './server';

const MARKBOOK_NOTE = 'The rest of the markbook was still analysed.';

const STATUSES: { status: TrajectoryStatus; label: string }[] = [
  { status: 'above', label: 'Above' },
  { status: 'on', label: 'On' },
  { status: 'below', label: 'Below' },
  { status: 'well-below', label: 'Well below' },
  { status: 'unknown', label: 'Not enough data' },
];

/** The server does the work in one call, so this says what is happening and for how long, not a made-up percentage. */
function Progress() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((current) => current + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div class="progress" role="status" aria-live="polite">
      <div class="progress-bar" />
      <p>
        Reading the markbook, working out targets and writing the Targets, Flags, Groups and Summary sheets…
        {seconds > 0 && ` ${seconds} s`}
      </p>
    </div>
  );
}

function Results({ report }: { report: AnalysisReport }) {
  if (report.problem !== null) {
    return (
      <>
        <p class="problem">{report.problem}</p>
        <Diagnostics sheet={report.sheet} diagnostics={report.diagnostics} />
      </>
    );
  }
  return (
    <>
      <section>
        <h2>
          {report.pupils} pupils in ‘{report.sheet}’
        </h2>
        {report.atOrAboveTargetRate !== null && (
          <p>
            <strong>{Math.round(report.atOrAboveTargetRate)}%</strong> at or above target now
            {report.onTrackByForecastRate !== null && (
              <>
                ; <strong>{Math.round(report.onTrackByForecastRate)}%</strong> on track by forecast
              </>
            )}
            .
          </p>
        )}
        {report.onTrackRate !== null && <p>{Math.round(report.onTrackRate)}% on trajectory or above.</p>}
        <ul class="statuses">
          {STATUSES.map(({ status, label }) => (
            <li key={status} class={`status status-${status}`}>
              <strong>{report.byStatus[status]}</strong> {label}
            </li>
          ))}
        </ul>
        <p>
          Wave 2 (small-group catch-up): <strong>{report.byWave[2]}</strong>. Wave 3 (one-to-one):{' '}
          <strong>{report.byWave[3]}</strong>.
        </p>
      </section>
      {report.topFlags.length > 0 && (
        <section>
          <h2>Flags ({report.flags})</h2>
          {report.flags > report.topFlags.length && (
            <p class="hint">
              The {report.topFlags.length} most pressing; the Flags sheet lists all {report.flags}.
            </p>
          )}
          <ul class="flags">
            {report.topFlags.map((flag) => (
              <li key={`${flag.row}-${flag.title}`}>
                <strong>{flag.pupil}</strong>: {flag.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.groups.length > 0 && (
        <section>
          <h2>Guided groups</h2>
          <ul>
            {report.groups.map((group) => (
              <li key={group.name}>
                <strong>{group.name}</strong>: {group.pupils.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Diagnostics sheet={report.sheet} diagnostics={report.diagnostics} note={MARKBOOK_NOTE} />
      <p class="hint">Written to the {report.written.join(', ')} sheets. Your markbook was not changed.</p>
    </>
  );
}

export function AnalysePanel() {
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<AnalysisReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const analyse = () => {
    setRunning(true);
    setError(null);
    callServer('analyseActiveSheet')
      .then(setReport)
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setRunning(false));
  };
  return (
    <div>
      <p class="hint">Open your markbook sheet, then:</p>
      <button type="button" class="action" onClick={analyse} disabled={running}>
        Analyse this markbook
      </button>
      {running && <Progress />}
      {error && !running && (
        <ServerError what="analyse the markbook" message={error} onRetry={analyse} busy={running} />
      )}
      {report && !running && !error && <Results report={report} />}
    </div>
  );
}
