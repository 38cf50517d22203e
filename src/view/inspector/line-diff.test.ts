import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedLines, linesOf } from './line-diff.ts';

describe('addedLines', () => {
  it('finds appended, inserted and changed lines', () => {
    expect([...addedLines(['a', 'b'], ['a', 'b', 'c'])]).toEqual([2]);
    expect([...addedLines(['a', 'c'], ['a', 'b', 'c'])]).toEqual([1]);
    expect([...addedLines(['a', 'b', 'c'], ['a', 'B', 'c'])]).toEqual([1]);
  });

  it('marks everything when there was nothing, and nothing when nothing changed', () => {
    expect([...addedLines([], ['x', 'y'])]).toEqual([0, 1]);
    expect([...addedLines(['x', 'y'], ['x', 'y'])]).toEqual([]);
    expect([...addedLines(['x', 'y'], [])]).toEqual([]);
  });

  it('treats a repeated line as added once', () => {
    expect([...addedLines(['a'], ['a', 'a'])]).toEqual([1]);
  });

  it('property: the lines not marked are a subsequence of before', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const added = addedLines(before, after);
        const kept = after.filter((_, j) => !added.has(j));
        let i = 0;
        for (const line of before) if (line === kept[i]) i++;
        expect(i).toBe(kept.length);
        // Minimal: as many lines kept as the longest common subsequence allows (≥ identical prefix).
        expect(after.length - added.size).toBeLessThanOrEqual(before.length);
      }),
    );
  }, 120_000);
});

describe('linesOf', () => {
  it('splits on newlines; empty or missing text has no lines', () => {
    expect(linesOf('a\nb')).toEqual(['a', 'b']);
    expect(linesOf('')).toEqual([]);
    expect(linesOf(undefined)).toEqual([]);
  });
});
