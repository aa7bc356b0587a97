import { describe, expect, it } from 'vitest';
import { checksByFeature } from '../../extension/lib/check-groups';
import { GUIDANCE } from '../../shared/guidance';
import { rules } from '../../shared/lesson';

describe('checksByFeature', () => {
  const groups = checksByFeature(rules);

  it('lists every lesson check once, under the feature of the guidance it cites', () => {
    const listed = groups.flatMap((group) => group.checks.map((check) => check.id));
    expect([...listed].sort()).toEqual(rules.map((rule) => rule.id).sort());
    for (const group of groups) {
      for (const check of group.checks) expect(GUIDANCE[check.guidance].feature).toBe(group.feature);
    }
  });

  it("puts the features in the guide's order and each group's checks in title order", () => {
    const order: string[] = [...new Set(Object.values(GUIDANCE).map((section) => section.feature))];
    const positions = groups.map((group) => order.indexOf(group.feature));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(groups[0]!.feature).toBe('High quality teaching and learning');
    for (const group of groups) {
      const titles = group.checks.map((check) => check.title);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB')));
    }
  });

  it('names groups by feature, never by rule id', () => {
    for (const group of groups) expect(group.feature).not.toMatch(/lesson\//);
  });
});
