// Runs before every unit test file (vite.config.ts `test.setupFiles`).
import fc from 'fast-check';
import { loadExtras } from './store/construction-extras.ts';
import { loadPresetScenarios } from './store/preset-scenarios.ts';
import { whatIfReady } from './store/what-if-scenario.ts';

/**
 * One fixed seed for every fast-check property, so a run is the same run on every machine and a
 * failure comes back the same way. fast-check prints the seed and the path of the counterexample
 * when a property fails (`{ seed: …, path: … }`); FC_SEED=<n> tries another seed, e.g. to look for
 * counterexamples the fixed one does not reach.
 */
const FAST_CHECK_SEED = Number(process.env.FC_SEED ?? 20_260_401);

fc.configureGlobal({ seed: FAST_CHECK_SEED });

// A what-if validates with the engine's scenario reader, which the site loads on demand: tests
// drive the store synchronously, so it is loaded before any of them.
await whatIfReady();
// So is Terway's and the Services' construction (store/construction-extras.ts).
await loadExtras();
// And the presets other than the article (store/preset-scenarios.ts).
await loadPresetScenarios();
