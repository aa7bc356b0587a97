/**
 * The one setting the Docs content script needs, read without the settings schema: that
 * script loads on every Doc, so it carries neither zod nor the lesson engine.
 */

/** Where the teacher's settings live in chrome.storage.local. */
export const SETTINGS_KEY = 'settings';

/** On unless the teacher switched it off: the default `readStoredSettings` gives for a missing or invalid value. */
export function launcherSwitchedOn(stored: unknown): boolean {
  return (stored as { showDocsLauncher?: unknown } | null | undefined)?.showDocsLauncher !== false;
}
