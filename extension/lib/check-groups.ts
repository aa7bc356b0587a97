import { GUIDANCE, type GuidanceRef } from '../../shared/guidance';

export interface Check {
  id: string;
  title: string;
  guidance: GuidanceRef;
}

export interface CheckGroup {
  /** One of the guide's features ("High quality teaching and learning", "Pupil grouping"...). */
  feature: string;
  checks: Check[];
}

/**
 * The options page lists the checks under the guide's features, in the guide's order (the
 * order GUIDANCE follows), each group by title: a teacher looks for "Talking to learn", not
 * for a rule id.
 */
export function checksByFeature(checks: readonly Check[]): CheckGroup[] {
  const featureOrder: string[] = [...new Set(Object.values(GUIDANCE).map((section) => section.feature))];
  const groups = new Map<string, Check[]>();
  for (const check of checks) {
    const feature = GUIDANCE[check.guidance].feature;
    groups.set(feature, [...(groups.get(feature) ?? []), check]);
  }
  return [...groups]
    .sort(([a], [b]) => featureOrder.indexOf(a) - featureOrder.indexOf(b))
    .map(([feature, inGroup]) => ({
      feature,
      checks: [...inGroup].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    }));
}
