/**
 * Built-in scenarios (preset-files.ts) and their parsed form.
 * NOTE: the site's build replaces this module by the parsed presets as data (scripts/
 * vite-plugins.ts parsedPresets), so the first load does not carry the validator.
 */

import { parseScenario } from './parse.ts';
import { PRESETS, type PresetName } from './preset-files.ts';
import type { Scenario } from './types.ts';

export { PRESET_NAMES, PRESETS, type PresetName } from './preset-files.ts';

/** The parsed preset. Throws only if a preset is invalid, which presets.test.ts rules out. */
export function presetScenario(name: PresetName): Scenario {
  const result = parseScenario(PRESETS[name]);
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`preset ${name} is invalid: ${first?.path}: ${first?.message}`);
  }
  return result.scenario;
}
