/**
 * Loading a scenario the user supplied (editor, file, host page): it is compressed for the URL
 * first, so the URL writer finds its `s=` value as soon as the store holds it.
 */
import type { Scenario } from '../../engine/index.ts';
import type { ExplorerStore } from '../../store/index.ts';
import { compressScenarioParam, MAX_COMPRESSED_PARAM } from './scenario-codec.ts';

export interface LoadOptions {
  /** Stay on the current step (clamped), as the editor does; else rewind to step 0. */
  readonly keepStep?: boolean;
  /** Checked after compressing: false drops the load (a newer one has started). */
  readonly stillWanted?: () => boolean;
}

/** Loads a validated scenario and its file; resolves false when the load was dropped. */
export async function loadCustomScenario(
  store: ExplorerStore,
  scenario: Scenario,
  file: unknown,
  options: LoadOptions = {},
): Promise<boolean> {
  const param = await compressScenarioParam(file);
  if (options.stillWanted && !options.stillWanted()) return false;
  const step = store.getState().step;
  const origin = { param: param.length <= MAX_COMPRESSED_PARAM ? param : null, file };
  store.getState().loadScenario(scenario, { kind: 'custom' }, origin);
  if (options.keepStep) store.getState().goTo(step);
  return true;
}
