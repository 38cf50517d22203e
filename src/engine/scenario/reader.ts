/**
 * The scenario reader as one module, for those who load it on demand (engine/index.ts
 * loadScenarioReader): valibot, the schema and the validation passes are not in the site's
 * first load, which carries the presets parsed.
 */
export { parseScenario } from './parse.ts';
