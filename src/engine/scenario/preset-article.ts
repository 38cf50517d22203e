/**
 * The article preset parsed, the scenario the first screen opens on. The site's build replaces
 * this module by its parsed form as data (scripts/vite-plugins.ts parsedPresets); the other
 * presets load on demand (engine/index.ts loadPresets).
 */
import { presetScenario } from './presets.ts';
import type { Scenario } from './types.ts';

export const ARTICLE_SCENARIO: Scenario = presetScenario('article');
