import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_TARGETS, DEFAULT_THRESHOLDS } from '../../shared/markbook/defaults';
import type { CustomScale, MarkbookSettings } from '../../shared/markbook/settings';
import { ServerError } from './errors';
import { ScalesEditor } from './scales';
import { callServer } from './server';

type Targets = NonNullable<MarkbookSettings['targets']>;

const AMBITIONS: Record<Targets['ambition'] & string, string> = {
  expected: 'expected progress',
  above: 'above expected progress',
  aspirational: 'aspirational progress',
};
const MODELS: Record<Targets['model'] & string, string> = {
  linear: 'rises steadily to the target',
  flat: 'is the target all year',
};

/** Drops a key whose value is unset, and the whole section when it ends up empty. */
function withSection<Key extends 'targets' | 'thresholds'>(
  settings: MarkbookSettings,
  section: Key,
  changes: Partial<NonNullable<MarkbookSettings[Key]>>,
): MarkbookSettings {
  const merged: Record<string, unknown> = { ...settings[section], ...changes };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const next: MarkbookSettings = { ...settings };
  if (Object.keys(merged).length === 0) delete next[section];
  else next[section] = merged as MarkbookSettings[Key];
  return next;
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** A number input for one threshold; emptying it goes back to the default. */
function ThresholdField({
  label,
  name,
  min,
  max,
  settings,
  onChange,
}: {
  label: string;
  name: keyof NonNullable<MarkbookSettings['thresholds']>;
  min: number;
  max: number;
  settings: MarkbookSettings;
  onChange: (next: MarkbookSettings) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={settings.thresholds?.[name] ?? ''}
        placeholder={`${DEFAULT_THRESHOLDS[name]} (the default)`}
        onInput={(event) =>
          onChange(
            withSection(settings, 'thresholds', { [name]: numberOrUndefined(event.currentTarget.value) }),
          )
        }
      />
    </label>
  );
}

export function SettingsPanel() {
  const [settings, setSettings] = useState<MarkbookSettings | null>(null);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  /** Counts edits made in the JSON, so the form's own text fields start again from them. */
  const [fromJson, setFromJson] = useState(0);
  const [problems, setProblems] = useState<{ heading: string; list: string[] }>({ heading: '', list: [] });
  const [failure, setFailure] = useState<{ what: 'load' | 'save'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const show = (next: MarkbookSettings) => {
    setSettings(next);
    setJson(JSON.stringify(next, null, 2));
    setJsonError(null);
    setSaved(false);
  };

  const load = () => {
    setFailure(null);
    callServer('getSettings')
      .then((view) => {
        show(view.settings);
        setProblems({ heading: 'The saved settings can no longer be used:', list: view.problems });
      })
      .catch((error: Error) => setFailure({ what: 'load', message: error.message }));
  };
  useEffect(load, []);

  if (settings === null) {
    return failure ? (
      <ServerError what="load the saved settings" message={failure.message} onRetry={load} />
    ) : (
      <p class="hint">Loading the saved settings…</p>
    );
  }

  const targets: Targets = settings.targets ?? {};
  const editJson = (text: string) => {
    setJson(text);
    setSaved(false);
    try {
      setSettings(JSON.parse(text) as MarkbookSettings);
      setFromJson((count) => count + 1);
      setJsonError(null);
    } catch {
      setJsonError('This is not valid JSON yet.');
    }
  };
  const save = () => {
    setFailure(null);
    setBusy(true);
    callServer('saveSettings', settings)
      .then((result) => {
        setProblems({ heading: 'These settings were not saved:', list: result.ok ? [] : result.problems });
        setSaved(result.ok);
      })
      .catch((error: Error) => setFailure({ what: 'save', message: error.message }))
      .finally(() => setBusy(false));
  };
  const setScales = (scales: CustomScale[]) => {
    const { scales: _old, ...rest } = settings;
    show(scales.length === 0 ? rest : { ...rest, scales });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p class="hint">
        Trajectory works these out from the markbook; change only what differs in your school.
      </p>
      <label>
        Headers are in row
        <input
          type="number"
          min={1}
          value={settings.headerRow ?? ''}
          placeholder="found automatically"
          onInput={(event) => {
            const { headerRow: _old, ...rest } = settings;
            const row = numberOrUndefined(event.currentTarget.value);
            show(row === undefined ? rest : { ...rest, headerRow: row });
          }}
        />
      </label>
      <label>
        Targets aim for
        <select
          value={targets.ambition ?? ''}
          onChange={(event) =>
            show(
              withSection(settings, 'targets', {
                ambition: (event.currentTarget.value || undefined) as Targets['ambition'],
              }),
            )
          }
        >
          <option value="">the default: {AMBITIONS[DEFAULT_TARGETS.ambition]}</option>
          {Object.entries(AMBITIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Expected attainment through the year
        <select
          value={targets.model ?? ''}
          onChange={(event) =>
            show(
              withSection(settings, 'targets', {
                model: (event.currentTarget.value || undefined) as Targets['model'],
              }),
            )
          }
        >
          <option value="">the default: {MODELS[DEFAULT_TARGETS.model]}</option>
          {Object.entries(MODELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={targets.useTeacherTargets ?? DEFAULT_TARGETS.useTeacherTargets}
          onChange={(event) =>
            show(
              withSection(settings, 'targets', {
                useTeacherTargets:
                  event.currentTarget.checked === DEFAULT_TARGETS.useTeacherTargets
                    ? undefined
                    : event.currentTarget.checked,
              }),
            )
          }
        />
        Use the markbook’s own target column when there is one
      </label>
      <ThresholdField
        label="Persistent absence below (%)"
        name="persistentAbsence"
        min={0}
        max={100}
        settings={settings}
        onChange={show}
      />
      <ThresholdField
        label="Pupils in a guided group"
        name="groupSize"
        min={2}
        max={8}
        settings={settings}
        onChange={show}
      />
      <ScalesEditor key={fromJson} scales={settings.scales ?? []} onChange={setScales} />
      <details>
        <summary>All settings as JSON (for data leads: columns, target bank)</summary>
        <textarea
          rows={12}
          spellcheck={false}
          aria-label="All settings as JSON"
          value={json}
          onInput={(event) => editJson(event.currentTarget.value)}
        />
        {jsonError && <p class="error">{jsonError}</p>}
      </details>
      {problems.list.length > 0 && (
        <div class="problem" role="alert">
          <p>{problems.heading}</p>
          <ul>
            {problems.list.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <ServerError
          what={`${failure.what} the settings`}
          message={failure.message}
          onRetry={save}
          busy={busy}
        />
      )}
      {saved && (
        <p class="ok" role="status">
          Saved. They apply the next time you analyse.
        </p>
      )}
      <button type="submit" class="action" disabled={jsonError !== null || busy}>
        Save settings
      </button>
    </form>
  );
}
