import { describe, expect, it } from 'vitest';
import type { TopologyElement, TopologyLayout } from '../../layout/index.ts';
import { DRAW_ALL_BELOW, drawnPart, MIN_DRAWN_PX, screenRegion } from './drawn.ts';

/** A grid of `count` 10×10 boxes, 20 units apart, 100 to a row, each linked to the first. */
function grid(count: number): TopologyLayout {
  const elements = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `e${i}`,
        box: { x: (i % 100) * 20, y: Math.floor(i / 100) * 20, width: 10, height: 10 },
      }) as TopologyElement,
  );
  const links = elements
    .slice(1)
    .map((e) => ({ id: `l${e.id}`, kind: 'uplink', from: e.id, to: 'e0', d: '' }));
  return { width: 2000, height: Math.ceil(count / 100) * 20, elements, links } as unknown as TopologyLayout;
}

describe('drawnPart', () => {
  it('draws every element of a layout below DRAW_ALL_BELOW, at any zoom', () => {
    const small = grid(DRAW_ALL_BELOW - 1);
    expect(drawnPart(small, { x: 0, y: 0, width: 1, height: 1 }, 0.001, new Set()).layout).toBe(small);
  });

  it('leaves out what is off screen or too small, keeps the kept ones, and the links between drawn ones', () => {
    const big = grid(5000);
    const region = { x: 0, y: 0, width: 200, height: 200 };
    const near = drawnPart(big, region, MIN_DRAWN_PX / 10, new Set(['e4999']));
    // 10 × 10 on screen, plus the kept one far away.
    expect(near.layout.elements.length).toBe(101);
    expect(near.left).toBe(5000 - 101);
    expect(near.layout.links.every((l) => l.to === 'e0')).toBe(true);
    expect(near.layout.links.length).toBe(100);
    // Drawn under MIN_DRAWN_PX, only the kept one.
    const far = drawnPart(big, { x: 0, y: 0, width: 2000, height: 1000 }, MIN_DRAWN_PX / 20, new Set(['e7']));
    expect(far.layout.elements.map((e) => e.id)).toEqual(['e7']);
  });
});

describe('screenRegion', () => {
  it('is the whole diagram at fit, and the same region for small pans and zooms', () => {
    const at = (x: number, y: number, k: number) =>
      screenRegion(2000, 1000, 0.5, { width: 1000, height: 500 }, { x, y, k });
    const fit = at(0, 0, 1);
    expect(fit.scale).toBe(0.5);
    expect(fit.region).toEqual({ x: 0, y: 0, width: 2000, height: 1000 });
    const zoomed = at(-1000, -500, 2.2);
    expect(zoomed.region.x).toBeLessThanOrEqual(500);
    expect(zoomed.region.x + zoomed.region.width).toBeGreaterThanOrEqual(1500);
    expect(at(-1010, -505, 2.25).region).toEqual(zoomed.region);
  });
});
