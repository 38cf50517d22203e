/**
 * A long timeline lists only the items around the cursor: 130,000 steps as buttons (1,000 nodes ×
 * 30 pods) kept the page busy for over a minute building and laying them out (issue 20, "never
 * freeze"). Up to LIST_ALL items are all listed; past that, WINDOW items either side of the
 * current one, and each group says how many of its items are left out before and after them.
 */
export const LIST_ALL = 2_000;
export const WINDOW = 150;

export interface WindowedGroup<T> {
  readonly items: readonly T[];
  /** How many of the group's items come before the listed ones, and after, not listed. */
  readonly before: number;
  readonly after: number;
}

/**
 * The part of each group that is listed, for a cursor at `current` (an item's number, as
 * `numberOf` gives it; a number between items windows around where it would be).
 */
export function windowGroups<T>(
  groups: readonly { readonly items: readonly T[] }[],
  current: number,
  numberOf: (item: T) => number,
): WindowedGroup<T>[] {
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  if (total <= LIST_ALL) return groups.map((g) => ({ items: g.items, before: 0, after: 0 }));
  // The position of the current item in the whole list (or of the first one past it).
  let at = 0;
  let found = false;
  for (const group of groups) {
    for (const item of group.items) {
      if (numberOf(item) >= current) {
        found = true;
        break;
      }
      at += 1;
    }
    if (found) break;
  }
  // The window keeps its size at either end of the list.
  const from = Math.max(0, Math.min(at - WINDOW, total - (2 * WINDOW + 1)));
  const to = Math.min(total, from + 2 * WINDOW + 1);
  let offset = 0;
  return groups.map((group) => {
    const start = Math.min(group.items.length, Math.max(0, from - offset));
    const end = Math.min(group.items.length, Math.max(0, to - offset));
    offset += group.items.length;
    return {
      items: group.items.slice(start, Math.max(start, end)),
      before: start,
      after: group.items.length - Math.max(start, end),
    };
  });
}
