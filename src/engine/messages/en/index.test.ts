import { describe, expect, it } from 'vitest';
import { ENGINE_EN, ENGINE_PARTS } from './index.ts';

describe("the engine's English catalog", () => {
  it('has each id in one part only, and every part in the table', () => {
    const ids = Object.values(ENGINE_PARTS).flatMap((part) => Object.keys(part));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(ENGINE_EN).sort()).toEqual([...ids].sort());
  });
});
