import { describe, expect, it } from 'vitest';
import { panelShortcut } from '../../extension/lib/first-run';
import { launcherSwitchedOn } from '../../extension/lib/launcher-setting';
import { readStoredSettings } from '../../extension/lib/settings';

describe('launcherSwitchedOn', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['switched on', { showDocsLauncher: true }],
    ['switched off', { showDocsLauncher: false }],
    ['a hand-edited value', { showDocsLauncher: 'no' }],
    ['other settings only', { guidedMinutes: 15 }],
    ['not an object', 'settings'],
  ])('agrees with the full settings reader for %s', (_name, stored) => {
    expect(launcherSwitchedOn(stored)).toBe(readStoredSettings(stored).showDocsLauncher);
  });
});

describe('panelShortcut', () => {
  it('reads the keys Chrome gave the toolbar button', () => {
    expect(panelShortcut([{ name: '_execute_action', shortcut: 'Alt+Shift+L' }])).toBe('Alt+Shift+L');
  });

  it('says there is none when Chrome gave no keys (another extension took them)', () => {
    expect(panelShortcut([{ name: '_execute_action', shortcut: '' }])).toBeNull();
    expect(panelShortcut([])).toBeNull();
  });
});
