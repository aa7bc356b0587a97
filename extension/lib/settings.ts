import * as z from 'zod';

/**
 * The teacher's settings, kept in chrome.storage.local (never sent anywhere). Stored values
 * are parsed with this schema on every read, so a hand-edited or older value cannot break
 * the panel: what is invalid is reported and replaced by the default.
 */
export const settingsSchema = z.object({
  /** Rule ids (`lesson/...`) whose prompts the teacher has chosen not to see. */
  hiddenRules: z.array(
    z.string().regex(/^lesson\/[a-z0-9-]+$/, { error: 'A check id looks like "lesson/pupil-talk".' }),
  ),
  /** The guidance puts a guided session at 15-20 minutes. */
  guidedMinutes: z
    .number({ error: 'Guided-session length must be a number of minutes.' })
    .int({ error: 'Guided-session length must be a whole number of minutes.' })
    .min(15, { error: 'A guided session lasts 15 to 20 minutes (the guidance); choose 15 or more.' })
    .max(20, { error: 'A guided session lasts 15 to 20 minutes (the guidance); choose 20 or fewer.' }),
  /** Show the small "Trajectory" launcher on Google Docs pages. */
  showDocsLauncher: z.boolean({ error: 'Show the launcher must be on or off.' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  hiddenRules: [],
  guidedMinutes: 20,
  showDocsLauncher: true,
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

export interface SettingsError {
  /** The setting the message is about (`guidedMinutes`), or '' for the whole value. */
  field: string;
  message: string;
}

/** Validates settings from the options form; every problem is reported with its field. */
export function validateSettings(value: unknown): SettingsResult {
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ''),
      message: issue.message,
    })),
  };
}

/**
 * Settings as stored: a missing or invalid field takes its default, so one bad field never
 * discards the rest.
 */
export function readStoredSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
  }
  return settings;
}
