import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetScenario } from '../scenario/presets.ts';
import { terwayScenario } from '../terway/test-worlds.ts';
import { construct } from './construct.ts';
import { constructWith } from './construct-core.ts';
import { needsConstructionExtras } from './extras.ts';

describe('the construction without its extras (what the first screen loads)', () => {
  it('builds what construct builds for every scenario that does not need them', () => {
    for (const name of PRESET_NAMES) {
      const scenario = presetScenario(name);
      if (needsConstructionExtras(scenario)) continue;
      const core = constructWith(scenario, undefined);
      const full = construct(scenario);
      expect(JSON.stringify(core.steps)).toBe(JSON.stringify(full.steps));
      expect(core.final).toEqual(full.final);
    }
  });

  it('needs them only for Terway, Services and faults, and says so instead of building without them', () => {
    const faulted = {
      ...presetScenario('article'),
      faults: [{ kind: 'cni0-down' as const, node: 'node-a' }],
    };
    expect(needsConstructionExtras(presetScenario('article'))).toBe(false);
    expect(needsConstructionExtras(faulted)).toBe(true);
    expect(() => constructWith(faulted, undefined)).toThrow(/loadConstructionExtras/);
    expect(needsConstructionExtras(presetScenario('services'))).toBe(true);
    expect(needsConstructionExtras(terwayScenario())).toBe(true);
    expect(() => constructWith(presetScenario('services'), undefined)).toThrow(/loadConstructionExtras/);
    expect(() => constructWith(terwayScenario(), undefined)).toThrow(/loadConstructionExtras/);
  });
});
