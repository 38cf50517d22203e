import { describe, expect, it } from 'vitest';
import { ENGINE_PARTS } from './index.ts';

describe("the engine's English catalog", () => {
  it('has each id in one part only', () => {
    const ids = Object.values(ENGINE_PARTS).flatMap((part) => Object.keys(part));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
