import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readStoredSettings, validateSettings } from '../../extension/lib/settings';

describe('validateSettings', () => {
  it('accepts the defaults and a valid choice', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const chosen = { hiddenRules: ['lesson/pupil-talk'], guidedMinutes: 15, showDocsLauncher: false };
    expect(validateSettings(chosen)).toEqual({ ok: true, settings: chosen });
  });

  it.each([
    {
      name: 'too short a guided session',
      change: { guidedMinutes: 10 },
      field: 'guidedMinutes',
      says: /15 or more/,
    },
    {
      name: 'too long a guided session',
      change: { guidedMinutes: 30 },
      field: 'guidedMinutes',
      says: /20 or fewer/,
    },
    { name: 'part minutes', change: { guidedMinutes: 17.5 }, field: 'guidedMinutes', says: /whole number/ },
    { name: 'minutes as text', change: { guidedMinutes: 'twenty' }, field: 'guidedMinutes', says: /number/ },
    {
      name: 'a bad check id',
      change: { hiddenRules: ['pupil talk'] },
      field: 'hiddenRules',
      says: /lesson\//,
    },
    {
      name: 'a non-boolean launcher',
      change: { showDocsLauncher: 'yes' },
      field: 'showDocsLauncher',
      says: /on or off/,
    },
  ])('rejects $name with a message naming the field', ({ change, field, says }) => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe(field);
    expect(result.errors[0]?.message).toMatch(says);
  });
});

describe('readStoredSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readStoredSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the invalid one', () => {
    expect(readStoredSettings({ hiddenRules: ['lesson/eal-support'], guidedMinutes: 99 })).toEqual({
      ...DEFAULT_SETTINGS,
      hiddenRules: ['lesson/eal-support'],
    });
  });
});
