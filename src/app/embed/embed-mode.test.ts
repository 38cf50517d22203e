import { describe, expect, it } from 'vitest';
import { fullViewHash, isEmbedMode } from './embed-mode.ts';

describe('embed mode in the URL', () => {
  it('is on only for embed=1', () => {
    expect(isEmbedMode('#/?preset=article&embed=1')).toBe(true);
    expect(isEmbedMode('#/?preset=article&embed=true')).toBe(false);
    expect(isEmbedMode('')).toBe(false);
  });

  it('links to the same view without embed', () => {
    expect(fullViewHash('#/?preset=article&step=5&embed=1&sel=node:node-a')).toBe(
      '#/?preset=article&step=5&sel=node:node-a',
    );
  });
});
