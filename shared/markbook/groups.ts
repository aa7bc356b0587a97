import type { GuidedGroup } from './types';

export interface GroupCandidate {
  row: number;
  name: string;
  weakestFocus: string;
  /** The pupil's grade in that focus, as steps, so each group holds pupils at similar levels. */
  steps: number;
}

/**
 * Guided groups: pupils who share a weakest focus, about `size` to a group and never more
 * than eight. A larger set is split into near-equal groups of pupils at similar levels; a
 * focus only one pupil has is named as such.
 */
export function guidedGroups(
  candidates: GroupCandidate[],
  focusOrder: string[],
  size: number,
): GuidedGroup[] {
  const byFocus = new Map<string, GroupCandidate[]>();
  for (const candidate of candidates) {
    const list = byFocus.get(candidate.weakestFocus) ?? [];
    list.push(candidate);
    byFocus.set(candidate.weakestFocus, list);
  }
  const order = (focus: string) => {
    const i = focusOrder.indexOf(focus);
    return i === -1 ? focusOrder.length : i;
  };
  const groups: GuidedGroup[] = [];
  for (const focus of [...byFocus.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const members = byFocus.get(focus)!.sort((a, b) => a.steps - b.steps || a.row - b.row);
    const count = Math.max(1, Math.ceil(members.length / Math.min(size, 8)));
    for (let g = 0; g < count; g++) {
      const from = Math.round((g * members.length) / count);
      const to = Math.round(((g + 1) * members.length) / count);
      groups.push({
        focus,
        name:
          count > 1
            ? `${focus} (group ${g + 1} of ${count})`
            : // One pupil is not a group: say so, rather than plan a guided session for one.
              members.length === 1
              ? `${focus} (one pupil: support in class, or join another group)`
              : focus,
        pupils: members.slice(from, to).map(({ row, name }) => ({ row, name })),
      });
    }
  }
  return groups;
}
