/**
 * The built-in scenarios for the store: the article's is in the first load (ARTICLE_SCENARIO), the
 * others load on demand (engine loadPresets) the first time one is asked for. `presetNow` answers
 * at once or undefined; `loadPresetScenarios` starts the import once (a failed one is retried by
 * the next call).
 */
import { ARTICLE_SCENARIO, loadPresets, type PresetName, type Scenario } from '../engine/index.ts';
import { loadOnce } from './load-once.ts';

type Presets = (name: PresetName) => Scenario;

const presets = loadOnce<Presets>(loadPresets);

/** Starts loading the presets (once) and resolves with them. */
export function loadPresetScenarios(): Promise<Presets> {
  return presets.load();
}

/** The preset's scenario if the store has it now (the article's always), else undefined. */
export function presetNow(name: PresetName): Scenario | undefined {
  return name === 'article' ? ARTICLE_SCENARIO : presets.now()?.(name);
}

/** The preset's scenario, loaded if need be. */
export async function presetScenarioOf(name: PresetName): Promise<Scenario> {
  return presetNow(name) ?? (await loadPresetScenarios())(name);
}

/**
 * The preset's scenario, which the caller has made sure is loaded (readyForInit before a store is
 * made from a view or a view applied to it; the scenario slice's loadPreset waits for it).
 */
export function loadedPreset(name: PresetName): Scenario {
  const scenario = presetNow(name);
  if (!scenario) throw new Error(`the ${name} preset is not loaded yet (loadPresetScenarios)`);
  return scenario;
}
