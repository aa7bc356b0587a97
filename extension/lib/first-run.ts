/** Set in chrome.storage.local once the teacher has dismissed the first-run tip. */
export const FIRST_RUN_KEY = 'firstRunTipDismissed';

/** The command `_execute_action` presses the toolbar button, which opens the panel. */
const OPEN_PANEL_COMMAND = '_execute_action';

/**
 * The keys that open the panel, as Chrome reports them (the teacher may have changed them at
 * chrome://extensions/shortcuts), or null when Chrome gave none: another extension may have
 * taken the suggested keys.
 */
export function panelShortcut(commands: readonly { name?: string; shortcut?: string }[]): string | null {
  const shortcut = commands.find((command) => command.name === OPEN_PANEL_COMMAND)?.shortcut;
  return shortcut ? shortcut : null;
}
