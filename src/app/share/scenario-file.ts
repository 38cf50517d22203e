/** The scenario file behind what is shown: for the editor, the JSON export and file names. */
import { PRESETS, type Scenario } from '../../engine/index.ts';
import { type ExplorerState, selectBaseScenario } from '../../store/index.ts';

/** The file of the base scenario (without what-if changes): a preset's own, else as read. */
export function baseFileOf(state: ExplorerState): unknown {
  if (state.source.kind === 'preset') return PRESETS[state.source.name];
  return state.scenarioOrigin?.file ?? selectBaseScenario(state);
}

/** The file that reproduces the view: with a what-if applied, the scenario as changed by it. */
export function exportFileOf(state: ExplorerState): unknown {
  return selectBaseScenario(state) === state.scenario ? baseFileOf(state) : state.scenario;
}

/** A file name from the title: `ack-flannel-as-in-the-article`, or `scenario`. */
export function fileStem(scenario: Scenario): string {
  const stem = scenario.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'scenario';
}
