import type { Finding } from '../rule';

/**
 * Flags that only repeat a stronger flag on the same pupil, and so are left out: a data lead
 * reads one flag per fact. Each entry is the repeat and the flags any of which says it already.
 */
const REPEATS: [string, string[]][] = [
  // Well below already says below, and more strongly.
  ['markbook/below-trajectory', ['markbook/well-below-trajectory']],
  // Stalled already says the forecast is short: no gain is why.
  ['markbook/heading-below-target', ['markbook/stalled']],
  // Severe absence, and wider needs citing the same attendance, already say it.
  ['markbook/persistent-absence', ['markbook/severe-absence', 'markbook/wider-needs']],
  // Stretch is the wrong response to a pupil who is falling, well below or facing wider needs.
  [
    'markbook/most-able-not-stretched',
    ['markbook/falling', 'markbook/well-below-trajectory', 'markbook/wider-needs'],
  ],
];

export function withoutRepeats(flags: Finding[]): Finding[] {
  const fired = new Set(flags.map((flag) => flag.rule));
  const repeats = new Set<string>();
  for (const [repeat, stronger] of REPEATS)
    if (fired.has(repeat) && stronger.some((rule) => fired.has(rule))) repeats.add(repeat);
  return repeats.size === 0 ? flags : flags.filter((flag) => !repeats.has(flag.rule));
}
