import { describe, expect, it } from 'vitest';
import { construct, presetScenario } from '../engine/index.ts';
import { constructionOf, hasConstruction, keepConstruction } from './constructions.ts';
import { createExplorerStore } from './create-explorer-store.ts';

describe('constructionOf', () => {
  it('builds a scenario once, and takes one built ahead instead of building again', () => {
    const scenario = { ...presetScenario('small') };
    expect(hasConstruction(scenario)).toBe(false);
    const ahead = construct(scenario);
    keepConstruction(ahead);
    expect(hasConstruction(scenario)).toBe(true);
    expect(constructionOf(scenario)).toBe(ahead);
    const store = createExplorerStore({ scenario, source: { kind: 'custom' } });
    expect(store.getState().construction).toBe(ahead);
    store.getState().loadScenario(scenario);
    expect(store.getState().construction).toBe(ahead);
  });
});
