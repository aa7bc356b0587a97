import { type MarkbookSettings, parseSettings } from '../../shared/markbook';
import type { AddOnOptions, SaveSettingsResult, SettingsView } from './api';

/** The part of Apps Script's document properties the add-on uses. */
export interface PropertyStore {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

const SETTINGS_KEY = 'trajectory.markbookSettings';
const OWN_SHEETS_KEY = 'trajectory.ownSheets';
const OPTIONS_KEY = 'trajectory.addOnOptions';

function readJson(store: PropertyStore, key: string): { ok: true; value: unknown } | { ok: false } {
  const text = store.getProperty(key);
  if (text === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The saved settings, checked again against the engine's schema (it may have changed since they were saved). */
export function loadSettings(store: PropertyStore): SettingsView {
  const saved = readJson(store, SETTINGS_KEY);
  if (!saved.ok)
    return { settings: {}, problems: ['The saved settings are damaged: save them again from the sidebar.'] };
  if (saved.value === undefined) return { settings: {}, problems: [] };
  const parsed = parseSettings(saved.value);
  return parsed.ok
    ? { settings: parsed.settings, problems: [] }
    : { settings: saved.value as MarkbookSettings, problems: parsed.errors };
}

/** Validates and saves; nothing is saved when anything is wrong. */
export function saveSettings(store: PropertyStore, input: unknown): SaveSettingsResult {
  const parsed = parseSettings(input);
  if (!parsed.ok) return { ok: false, problems: parsed.errors };
  if (Object.keys(parsed.settings).length === 0) store.deleteProperty(SETTINGS_KEY);
  else store.setProperty(SETTINGS_KEY, JSON.stringify(parsed.settings));
  return { ok: true };
}

/**
 * The ids of the sheets Trajectory created, by name. A sheet called "Targets" that is not in
 * here belongs to the teacher and is never cleared.
 */
export function loadOwnSheets(store: PropertyStore): Record<string, number> {
  const saved = readJson(store, OWN_SHEETS_KEY);
  if (!saved.ok || typeof saved.value !== 'object' || saved.value === null) return {};
  return Object.fromEntries(
    Object.entries(saved.value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

export function saveOwnSheets(store: PropertyStore, sheets: Record<string, number>): void {
  store.setProperty(OWN_SHEETS_KEY, JSON.stringify(sheets));
}

const DEFAULT_OPTIONS: AddOnOptions = { hiddenRows: 'skip' };
const HIDDEN_ROW_CHOICES: readonly AddOnOptions['hiddenRows'][] = ['skip', 'analyse'];

/** The add-on's own choices; anything unreadable falls back to the defaults. */
export function loadOptions(store: PropertyStore): AddOnOptions {
  const saved = readJson(store, OPTIONS_KEY);
  const value = saved.ok ? (saved.value as { hiddenRows?: unknown } | undefined) : undefined;
  const hiddenRows = HIDDEN_ROW_CHOICES.find((choice) => choice === value?.hiddenRows);
  return { hiddenRows: hiddenRows ?? DEFAULT_OPTIONS.hiddenRows };
}

export function saveOptions(store: PropertyStore, input: unknown): SaveSettingsResult {
  const choice = (input as { hiddenRows?: unknown } | null)?.hiddenRows;
  const hiddenRows = HIDDEN_ROW_CHOICES.find((known) => known === choice);
  if (hiddenRows === undefined) {
    return { ok: false, problems: [`hiddenRows: choose 'skip' (leave hidden rows out) or 'analyse'.`] };
  }
  store.setProperty(OPTIONS_KEY, JSON.stringify({ hiddenRows }));
  return { ok: true };
}
