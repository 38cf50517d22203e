import { easeCubicInOut as d3InOut, easeCubicOut as d3Out } from 'd3-ease';
import { describe, expect, it } from 'vitest';
import { easeCubicInOut, easeCubicOut } from './ease.ts';

describe('the easings', () => {
  it("are d3-ease's", () => {
    for (let i = 0; i <= 100; i++) {
      const t = i / 100;
      expect(easeCubicOut(t)).toBe(d3Out(t));
      expect(easeCubicInOut(t)).toBe(d3InOut(t));
    }
  });
});
