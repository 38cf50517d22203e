import { describe, expect, it } from 'vitest';
import { COALESCE_MS, historyModeFor } from './history-policy.ts';

const preset = { kind: 'preset', name: 'article' } as const;
const custom = { kind: 'custom' } as const;

describe('historyModeFor', () => {
  it('pushes a preset and a first custom scenario', () => {
    expect(historyModeFor({ previous: custom, next: preset, sinceLastCustom: 0 })).toBe('push');
    expect(historyModeFor({ previous: preset, next: custom, sinceLastCustom: 0 })).toBe('push');
  });

  it('coalesces custom scenarios that follow each other quickly, and pushes after a pause', () => {
    expect(historyModeFor({ previous: custom, next: custom, sinceLastCustom: 200 })).toBe('replace');
    expect(historyModeFor({ previous: custom, next: custom, sinceLastCustom: COALESCE_MS })).toBe('push');
    expect(
      historyModeFor({ previous: custom, next: custom, sinceLastCustom: Number.POSITIVE_INFINITY }),
    ).toBe('push');
  });
});
