/**
 * When a call to the add-on fails: what happened in plain words, a way to try again, and the
 * message Google gave folded away for whoever helps the teacher.
 */

/** What the failure means for the teacher, from the words in Google's message. */
export function plainWords(message: string): string {
  const text = message.toLowerCase();
  if (text.includes('authoris') || text.includes('authoriz') || text.includes('permission')) {
    return 'Google needs your permission again. Reload the spreadsheet, open Extensions › Trajectory, and allow it when asked.';
  }
  if (text.includes('network') || text.includes('connection') || text.includes('http 0')) {
    return 'The connection to Google dropped. Check that you are online, then try again.';
  }
  // Before the time limit: a lock that timed out means another run holds the spreadsheet.
  if (text.includes('lock') || text.includes('another run') || text.includes('busy')) {
    return 'Trajectory is already working on this spreadsheet (perhaps in another tab). Wait a moment, then try again.';
  }
  if (text.includes('maximum execution time') || text.includes('timed out') || text.includes('timeout')) {
    return 'Google stopped the work at its time limit. Try again; with a very large sheet, analyse one class at a time.';
  }
  if (text.includes('too many') || text.includes('quota') || text.includes('rate limit')) {
    return 'Google is limiting how often the add-on can run just now. Wait a minute, then try again.';
  }
  // The add-on's own messages are written for the teacher ("There is no sheet called 'Y8' any
  // more."); Google's start with the kind of error ("Exception: ...", "TypeError: ...").
  if (!startsWithErrorKind(message)) return message;
  return 'Google Sheets did not finish the job. Nothing in your markbook was changed; try again.';
}

/** "Exception: Service Spreadsheets failed..." starts with a kind of error; a sentence does not. */
function startsWithErrorKind(message: string): boolean {
  for (let i = 0; i < message.length && i < 40; i++) {
    if (message[i] === ':') return i > 0;
    if (message[i] === ' ') return false;
  }
  return false;
}

export function ServerError({
  what,
  message,
  onRetry,
  busy = false,
}: {
  /** What was being done, e.g. "analyse the markbook". */
  what: string;
  message: string;
  onRetry?: () => void;
  busy?: boolean;
}) {
  return (
    <div class="failure" role="alert">
      <p>
        <strong>Trajectory could not {what}.</strong> {plainWords(message)}
      </p>
      {onRetry && (
        <button type="button" class="secondary" onClick={onRetry} disabled={busy}>
          Try again
        </button>
      )}
      <details>
        <summary>What Google said</summary>
        <p class="detail">{message}</p>
      </details>
    </div>
  );
}
