import { useEffect, useState } from 'preact/hooks';
import type { MarkbookSettings } from '../../shared/markbook/settings';
import { callServer } from './server';

type Targets = NonNullable<MarkbookSettings['targets']>;

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
  placeholder,
  settings,
  onChange,
}: {
  label: string;
  name: keyof NonNullable<MarkbookSettings['thresholds']>;
  min: number;
  max: number;
  placeholder: string;
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
        placeholder={placeholder}
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
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const show = (next: MarkbookSettings) => {
    setSettings(next);
    setJson(JSON.stringify(next, null, 2));
    setJsonError(null);
    setSaved(false);
  };

  useEffect(() => {
    callServer('getSettings')
      .then((view) => {
        show(view.settings);
        setProblems(view.problems);
      })
      .catch((failure: Error) => setProblems([failure.message]));
  }, []);

  if (settings === null) return <p class="hint">Loading the saved settings…</p>;

  const targets: Targets = settings.targets ?? {};
  const editJson = (text: string) => {
    setJson(text);
    setSaved(false);
    try {
      setSettings(JSON.parse(text) as MarkbookSettings);
      setJsonError(null);
    } catch {
      setJsonError('This is not valid JSON yet.');
    }
  };
  const save = () => {
    callServer('saveSettings', settings)
      .then((result) => {
        setProblems(result.ok ? [] : result.problems);
        setSaved(result.ok);
      })
      .catch((failure: Error) => setProblems([failure.message]));
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
          <option value="">the default</option>
          <option value="expected">expected progress</option>
          <option value="above">above expected progress</option>
          <option value="aspirational">aspirational progress</option>
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
          <option value="">the default</option>
          <option value="linear">rises steadily from baseline to target</option>
          <option value="flat">judged against the target all year</option>
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={targets.useTeacherTargets !== false}
          onChange={(event) =>
            show(
              withSection(settings, 'targets', {
                useTeacherTargets: event.currentTarget.checked ? undefined : false,
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
        placeholder="90"
        settings={settings}
        onChange={show}
      />
      <ThresholdField
        label="Pupils in a guided group"
        name="groupSize"
        min={2}
        max={8}
        placeholder="6"
        settings={settings}
        onChange={show}
      />
      <details>
        <summary>All settings (columns, custom scales, target bank) as JSON</summary>
        <textarea
          rows={12}
          spellcheck={false}
          value={json}
          onInput={(event) => editJson(event.currentTarget.value)}
        />
        {jsonError && <p class="error">{jsonError}</p>}
      </details>
      {problems.length > 0 && (
        <ul class="error">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {saved && <p class="ok">Saved. They apply the next time you analyse.</p>}
      <button type="submit" class="action" disabled={jsonError !== null}>
        Save settings
      </button>
    </form>
  );
}
