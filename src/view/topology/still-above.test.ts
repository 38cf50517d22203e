import { describe, expect, it } from 'vitest';
import { drawsStill, STILL_ABOVE_NODES } from './still-above.ts';

describe('drawsStill', () => {
  it('animates a step up to STILL_ABOVE_NODES nodes (the presets, 20 nodes) and draws it settled above', () => {
    expect(STILL_ABOVE_NODES).toBe(100);
    expect(drawsStill(3)).toBe(false);
    expect(drawsStill(100)).toBe(false);
    expect(drawsStill(101)).toBe(true);
    expect(drawsStill(1_000)).toBe(true);
  });
});
