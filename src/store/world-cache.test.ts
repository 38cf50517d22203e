import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { worldAt } from './world-cache.ts';

describe('worldAt', () => {
  const construction = construct(presetScenario('article'));

  it('equals stateAt at every step', () => {
    for (let n = 0; n <= construction.steps.length; n++) {
      expect(worldAt(construction, n).vpc).toEqual(stateAt(construction, n).vpc);
    }
  });

  it('returns the same object for a recent step and recomputes an evicted one', () => {
    const a = worldAt(construction, 3);
    expect(worldAt(construction, 3)).toBe(a);
    for (let n = 10; n < 30; n++) worldAt(construction, n);
    const b = worldAt(construction, 3);
    expect(b).not.toBe(a);
    expect(b.nodes.size).toBe(a.nodes.size);
  });

  it('clamps out-of-range and fractional steps', () => {
    expect(worldAt(construction, -4)).toBe(worldAt(construction, 0));
    expect(worldAt(construction, 1e9)).toBe(worldAt(construction, construction.steps.length));
    expect(worldAt(construction, 2.9)).toBe(worldAt(construction, 2));
  });
});
