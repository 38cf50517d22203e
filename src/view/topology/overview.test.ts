import { describe, expect, it } from 'vitest';
import { focusZoom, followZoom, inView, OVERVIEW_BELOW, overviewTextScale, panTo } from './overview.ts';

describe('overviewTextScale', () => {
  it('is 0 while the detail is readable', () => {
    expect(overviewTextScale(1)).toBe(0);
    expect(overviewTextScale(OVERVIEW_BELOW)).toBe(0);
    expect(overviewTextScale(0)).toBe(0);
    expect(overviewTextScale(Number.NaN)).toBe(0);
  });

  it('gives text about its intended size on screen, never smaller', () => {
    for (const scale of [0.59, 0.44, 0.31, 0.25, 0.2, 0.12]) {
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

describe('bringing a box into view', () => {
  const box = { x: 900, y: 600, width: 200, height: 100 };

  it('zooms a box of a diagram drawn at 0.25 to read about 0.9 px per unit, centred, no more than it fits', () => {
    expect(focusZoom(box, 4000, 2000, 0.25)).toEqual({ x: 1000, y: 650, k: 3.6 });
    const wide = { ...box, width: 2000 };
    expect(focusZoom(wide, 4000, 2000, 0.25).k).toBeCloseTo(4000 / 2200);
    expect(focusZoom(box, 1000, 800, 1).k).toBe(1);
  });

  it('tells whether a box is wholly on screen under a pan and zoom', () => {
    expect(inView(box, { x: 0, y: 0, k: 1 }, 2000, 1000)).toBe(true);
    // At 2× the top-left quarter is shown: the box (900–1100 × 600–700) is outside it.
    expect(inView(box, { x: 0, y: 0, k: 2 }, 2000, 1000)).toBe(false);
    const centred = panTo(box, 2);
    // centred at (1000, 650): x = 2000/2 − 2·1000, y = 1000/2 − 2·650
    expect(inView(box, { x: 1000 - 2 * centred.x, y: 500 - 2 * centred.y, k: 2 }, 2000, 1000)).toBe(true);
  });
});

describe('following the action', () => {
  const box = { x: 900, y: 600, width: 200, height: 100 };

  it('zooms to the asked-for screen scale, centred on the box', () => {
    // Drawn at 0.5 px per unit, 1.5 asks for 3×.
    expect(followZoom(box, 4000, 2000, 0.5, 1.5)).toEqual({ x: 1000, y: 650, k: 3 });
  });

  it('keeps the whole in view when it already reads at that scale', () => {
    expect(followZoom(box, 4000, 2000, 2, 1.5)).toEqual({ x: 2000, y: 1000, k: 1 });
  });

  it('centres the box above a caption covering the foot', () => {
    // At 3× the view is 2000/3 units tall; a caption over its lower 30% moves the box up by 15% of that.
    const view = followZoom(box, 4000, 2000, 0.5, 1.5, 0.3);
    expect(view.k).toBe(3);
    expect(view.y).toBeCloseTo(650 + (2000 / 3) * 0.15);
  });

  it('does not pan past the diagram edges', () => {
    const corner = { x: 0, y: 0, width: 10, height: 10 };
    // At 2×, a 4000 × 2000 view shows 2000 × 1000 units: centred no nearer the corner than (1000, 500).
    expect(followZoom(corner, 4000, 2000, 0.5, 1)).toEqual({ x: 1000, y: 500, k: 2 });
  });
});
