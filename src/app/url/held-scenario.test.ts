import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { createExplorerStore, selectScenarioTitle } from '../../store/index.ts';
import { compressScenarioParam } from '../share/scenario-codec.ts';
import { HELD_PARAM_CHARS, heldOf, holds, withHeld } from './held-scenario.ts';
import { initFromHash } from './view-url.ts';

describe('a scenario held by the history entry', () => {
  it('is held past HELD_PARAM_CHARS only', () => {
    expect(holds(null)).toBe(false);
    expect(holds('v1.'.padEnd(HELD_PARAM_CHARS, 'a'))).toBe(false);
    expect(holds('v1.'.padEnd(HELD_PARAM_CHARS + 1, 'a'))).toBe(true);
  });

  it("is put in the entry's state, and read from it", () => {
    expect(heldOf(withHeld('v1.x'))).toBe('v1.x');
    expect(withHeld(null)).toBeNull();
    for (const odd of [undefined, null, 'text', 3, { podpathScenario: 4 }, { podpathScenario: '' }])
      expect(heldOf(odd)).toBeNull();
  });

  it('opens a hash without a scenario of its own with the held one; a preset or an s= of its own wins', async () => {
    const param = await compressScenarioParam({ ...(PRESETS.small as object), title: 'Held' });
    const held = createExplorerStore({ ...(await initFromHash('#/?step=3', param)), devtools: false });
    expect(selectScenarioTitle(held.getState())).toBe('Held');
    expect(held.getState().step).toBe(3);
    expect(held.getState().scenarioOrigin?.param).toBe(param);
    const preset = createExplorerStore({
      ...(await initFromHash('#/?preset=article', param)),
      devtools: false,
    });
    expect(preset.getState().source).toEqual({ kind: 'preset', name: 'article' });
    const own = await compressScenarioParam({ ...(PRESETS.small as object), title: 'Own' });
    const mine = createExplorerStore({ ...(await initFromHash(`#/?s=${own}`, param)), devtools: false });
    expect(selectScenarioTitle(mine.getState())).toBe('Own');
  });
});
