import { useEffect, useState } from 'preact/hooks';
import { rules } from '../../shared/lesson';
import { loadSettings, saveSettings } from '../browser/settings-store';
import { checksByFeature } from '../lib/check-groups';
import { DEFAULT_SETTINGS, type Settings, type SettingsError, validateSettings } from '../lib/settings';

type Status = 'loading' | 'ready' | 'saved' | 'invalid';

const GROUPS = checksByFeature(rules);

function FieldError({ field, errors }: { field: string; errors: SettingsError[] }) {
  const messages = errors.filter((error) => error.field === field).map((error) => error.message);
  if (messages.length === 0) return null;
  return (
    <p class="field-error" id={`${field}-error`}>
      {messages.join(' ')}
    </p>
  );
}

/**
 * Settings: which checks the panel shows (under the guide's features), the guided-session
 * length, the Docs launcher. Every change is saved as it is made; one that is not valid is
 * explained beside its field and not saved.
 */
export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [minutes, setMinutes] = useState(String(DEFAULT_SETTINGS.guidedMinutes));
  const [status, setStatus] = useState<Status>('loading');
  /** What the last change could not save, by field; a later valid change to another field keeps it. */
  const [errors, setErrors] = useState<SettingsError[]>([]);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setMinutes(String(loaded.guidedMinutes));
      setStatus('ready');
    });
  }, []);

  /** Saves the settings with one field changed, or says why that field cannot be saved. */
  const change = async (field: keyof Settings, next: Settings) => {
    const result = validateSettings(next);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('invalid');
      return;
    }
    setErrors((previous) => previous.filter((error) => error.field !== field));
    setSettings(result.settings);
    await saveSettings(result.settings);
    setStatus('saved');
  };

  const minutesInvalid = errors.some((error) => error.field === 'guidedMinutes');
  const disabled = status === 'loading';

  return (
    <main class="options">
      <h1>Trajectory settings</h1>
      <p class="save-status" role="status">
        {status === 'saved'
          ? 'Saved.'
          : status === 'invalid'
            ? 'Not saved: fix the setting marked below.'
            : 'Changes are saved as you make them.'}
      </p>
      <p class="muted">
        Settings are kept in this browser only. Trajectory sends nothing anywhere: it reads Google Docs with
        your own session and works out every prompt on this computer.
      </p>

      <form onSubmit={(event) => event.preventDefault()} noValidate>
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
            disabled={disabled}
            aria-invalid={minutesInvalid}
            aria-describedby={minutesInvalid ? 'guidedMinutes-error' : undefined}
            onInput={(event) => {
              const typed = event.currentTarget.value;
              setMinutes(typed);
              const guidedMinutes = typed.trim() === '' ? Number.NaN : Number(typed);
              void change('guidedMinutes', { ...settings, guidedMinutes });
            }}
          />
          <FieldError field="guidedMinutes" errors={errors} />
        </fieldset>

        <fieldset>
          <legend>Google Docs</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.showDocsLauncher}
              disabled={disabled}
              onChange={(event) =>
                void change('showDocsLauncher', {
                  ...settings,
                  showDocsLauncher: event.currentTarget.checked,
                })
              }
            />{' '}
            Show the small "Trajectory" button on Google Docs
          </label>
        </fieldset>

        <h2 class="checks-heading">Checks to show</h2>
        <p class="muted">
          Untick a check to leave out what it reports (prompts and strengths) in the panel and on Google Docs.
          The checks are grouped as the guide's chapters are.
        </p>
        {GROUPS.map((group) => (
          <fieldset key={group.feature}>
            <legend>{group.feature}</legend>
            <ul class="checks">
              {group.checks.map((check) => (
                <li key={check.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!settings.hiddenRules.includes(check.id)}
                      disabled={disabled}
                      onChange={(event) => {
                        const shown = event.currentTarget.checked;
                        const hiddenRules = shown
                          ? settings.hiddenRules.filter((id) => id !== check.id)
                          : [...settings.hiddenRules, check.id];
                        void change('hiddenRules', { ...settings, hiddenRules });
                      }}
                    />{' '}
                    {check.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <FieldError field="hiddenRules" errors={errors} />
      </form>
    </main>
  );
}
