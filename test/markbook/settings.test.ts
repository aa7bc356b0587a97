import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markbookSettingsSchema, parseSettings } from '../../shared/markbook/settings';

describe('markbook settings', () => {
  it('accepts no settings at all', () => {
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: {} });
    expect(parseSettings({})).toEqual({ ok: true, settings: {} });
  });

  it('accepts a full example', () => {
    const settings = {
      headerRow: 3,
      columns: { D: 'assessment', 'Reading age': 'ignore', 'Quiz 1': { scale: 'quiz20', outOf: 20 } },
      scales: [{ id: 'quiz20', name: 'Marks out of 20', min: 0, max: 20, step: 2 }],
      scaleOverrides: { 'nc-levels': { expectedPerYear: 4 } },
      targets: { ambition: 'above', model: 'flat', useTeacherTargets: false, fixed: '10' },
      thresholds: { persistentAbsence: 92, groupSize: 5 },
      absentMarkers: ['Ill'],
      targetBank: { algebra: { mediumTerm: 'Solve linear equations.', shortTerm: 'Check by substituting.' } },
    };
    expect(parseSettings(settings)).toEqual({ ok: true, settings });
    expect(markbookSettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('accepts the example in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../shared/markbook/README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(parseSettings(JSON.parse(example)).ok).toBe(true);
  });

  it.each([
    [
      { thresholds: { persistentAbsence: 'ninety' } },
      'thresholds.persistentAbsence: should be a number (got "ninety")',
    ],
    [
      { thresholds: { persistentAbsence: 120 } },
      'thresholds.persistentAbsence: should be at most 100 (got 120)',
    ],
    [
      { targets: { ambition: 'huge' } },
      'targets.ambition: should be one of "expected", "above", "aspirational" (got "huge")',
    ],
    [{ treshold: {} }, 'settings: unknown setting "treshold"; check the spelling'],
    [
      { columns: { D: 'grades' } },
      'columns.D: is not a column role or a { role, scale, focus, outOf } object (got "grades")',
    ],
    [{ thresholds: { groupSize: 12 } }, 'thresholds.groupSize: should be at most 8 (got 12)'],
    [{ scales: [{ id: 'x', name: 'X' }] }, 'scales.0: give either grades (lowest first) or both min and max'],
    [[1, 2], 'settings: should be an object (got [1,2])'],
  ])("explains %j in a teacher's words", (input, message) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });
});
