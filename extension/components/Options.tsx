import { useEffect, useState } from 'preact/hooks';
import { rules } from '../../shared/lesson';
import { loadSettings, saveSettings } from '../browser/settings-store';
import { DEFAULT_SETTINGS, type SettingsError, validateSettings } from '../lib/settings';

type Status =
  | { kind: 'loading' }
  | { kind: 'editing' }
  | { kind: 'saved' }
  | { kind: 'invalid'; errors: SettingsError[] };

function FieldError({ field, status }: { field: string; status: Status }) {
  if (status.kind !== 'invalid') return null;
  const messages = status.errors.filter((error) => error.field === field).map((error) => error.message);
  if (messages.length === 0) return null;
  return (
    <p class="field-error" id={`${field}-error`}>
      {messages.join(' ')}
    </p>
  );
}

/** Settings: which checks the panel shows, the guided-session length, the Docs launcher. */
export function Options() {
  const [hiddenRules, setHiddenRules] = useState<string[]>(DEFAULT_SETTINGS.hiddenRules);
  const [minutes, setMinutes] = useState(String(DEFAULT_SETTINGS.guidedMinutes));
  const [showDocsLauncher, setShowDocsLauncher] = useState(DEFAULT_SETTINGS.showDocsLauncher);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    void loadSettings().then((settings) => {
      setHiddenRules(settings.hiddenRules);
      setMinutes(String(settings.guidedMinutes));
      setShowDocsLauncher(settings.showDocsLauncher);
      setStatus({ kind: 'editing' });
    });
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const result = validateSettings({
      hiddenRules,
      guidedMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      showDocsLauncher,
    });
    if (!result.ok) {
      setStatus({ kind: 'invalid', errors: result.errors });
      return;
    }
    await saveSettings(result.settings);
    setStatus({ kind: 'saved' });
  };

  const minutesInvalid =
    status.kind === 'invalid' && status.errors.some((error) => error.field === 'guidedMinutes');
  const edited = () => setStatus({ kind: 'editing' });

  return (
    <main class="options">
      <h1>Trajectory settings</h1>
      <p class="muted">
        Settings are kept in this browser only. Trajectory sends nothing anywhere: it reads Google Docs with
        your own session and works out every prompt on this computer.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset>
          <legend>Checks to show</legend>
          <p class="muted">
            Untick a check to leave out what it reports (prompts and strengths) in the panel and on Google
            Docs.
          </p>
          <ul class="checks">
            {rules.map((rule) => (
              <li key={rule.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={!hiddenRules.includes(rule.id)}
                    onChange={(event) => {
                      const shown = event.currentTarget.checked;
                      setHiddenRules(
                        shown ? hiddenRules.filter((id) => id !== rule.id) : [...hiddenRules, rule.id],
                      );
                      edited();
                    }}
                  />{' '}
                  {rule.title} <span class="rule-id">{rule.id}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset>
          <legend>Guided group</legend>
          <label for="guidedMinutes">Default session length (minutes, 15 to 20)</label>
          <input
            id="guidedMinutes"
            type="number"
            inputMode="numeric"
            min={15}
            max={20}
            step={1}
            value={minutes}
            aria-invalid={minutesInvalid}
            aria-describedby={minutesInvalid ? 'guidedMinutes-error' : undefined}
            onInput={(event) => {
              setMinutes(event.currentTarget.value);
              edited();
            }}
          />
          <FieldError field="guidedMinutes" status={status} />
        </fieldset>

        <fieldset>
          <legend>Google Docs</legend>
          <label>
            <input
              type="checkbox"
              checked={showDocsLauncher}
              onChange={(event) => {
                setShowDocsLauncher(event.currentTarget.checked);
                edited();
              }}
            />{' '}
            Show the small "Trajectory" button on Google Docs
          </label>
          <FieldError field="showDocsLauncher" status={status} />
        </fieldset>

        <FieldError field="hiddenRules" status={status} />
        <div class="row-start">
          <button type="submit" class="primary" disabled={status.kind === 'loading'}>
            Save settings
          </button>
          <p class="save-status" role="status">
            {status.kind === 'saved'
              ? 'Saved.'
              : status.kind === 'invalid'
                ? 'Not saved: fix the highlighted setting.'
                : ''}
          </p>
        </div>
      </form>
    </main>
  );
}
