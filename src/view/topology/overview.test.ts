import { describe, expect, it } from 'vitest';
import { OVERVIEW_BELOW, overviewTextScale } from './overview.ts';

describe('overviewTextScale', () => {
  it('is 0 while the detail is readable', () => {
    expect(overviewTextScale(1)).toBe(0);
    expect(overviewTextScale(OVERVIEW_BELOW)).toBe(0);
    expect(overviewTextScale(0)).toBe(0);
    expect(overviewTextScale(Number.NaN)).toBe(0);
  });

  it('gives text about its intended size on screen, never smaller', () => {
    for (const scale of [0.44, 0.31, 0.25, 0.2, 0.12]) {
      const k = overviewTextScale(scale);
      const screenPerUnit = k * scale;
      expect(screenPerUnit).toBeGreaterThanOrEqual(1);
      expect(screenPerUnit).toBeLessThan(2 ** 0.25 + 1e-9);
    }
  });

  it('changes in coarse steps, so a zoom gesture re-renders a few times, not every event', () => {
    const seen = new Set<number>();
    for (let scale = 0.2; scale < 0.4; scale += 0.001) seen.add(overviewTextScale(scale));
    expect(seen.size).toBeLessThanOrEqual(5);
  });
});
