import { describe, expect, it } from 'vitest';
import { LIST_ALL, WINDOW, windowGroups } from './timeline-window.ts';

const numbered = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const id = (n: number) => n;

describe('windowGroups', () => {
  it('lists every item of a timeline up to LIST_ALL items', () => {
    const groups = [{ items: numbered(1, LIST_ALL - 10) }, { items: numbered(LIST_ALL - 9, 10) }];
    expect(windowGroups(groups, 5, id)).toEqual(groups.map((g) => ({ items: g.items, before: 0, after: 0 })));
  });

  it('lists WINDOW items either side of the current one in a long timeline, and counts the rest', () => {
    const groups = [
      { items: numbered(1, 10) },
      { items: numbered(11, 100_000) },
      { items: numbered(100_011, 5) },
    ];
    const [a, b, c] = windowGroups(groups, 50_000, id);
    expect(a).toEqual({ items: [], before: 10, after: 0 });
    expect(b?.items[0]).toBe(50_000 - WINDOW);
    expect(b?.items.at(-1)).toBe(50_000 + WINDOW);
    expect(b?.before).toBe(50_000 - WINDOW - 11);
    expect((b?.before ?? 0) + (b?.items.length ?? 0) + (b?.after ?? 0)).toBe(100_000);
    expect(c).toEqual({ items: [], before: 0, after: 5 });
  });

  it('keeps the window whole at the ends and across groups', () => {
    const groups = [{ items: numbered(1, 100) }, { items: numbered(101, 10_000) }];
    const [a, b] = windowGroups(groups, 0, id);
    expect(a).toEqual({ items: numbered(1, 100), before: 0, after: 0 });
    expect(b?.items.length).toBe(2 * WINDOW + 1 - 100);
    const [, last] = windowGroups(groups, 10_100, id);
    expect(last?.items.at(-1)).toBe(10_100);
    expect(last?.items.length).toBe(2 * WINDOW + 1);
    expect(last?.after).toBe(0);
  });
});
