/**
 * Loading a scenario the user supplied (editor, file, host page): it is compressed for the URL
 * first, so the URL writer finds its `s=` value as soon as the store holds it.
 */
import { message, refusals, type Scenario } from '../../engine/index.ts';
import { type ExplorerStore, extrasFor, hasConstruction } from '../../store/index.ts';
// Straight from its module, not the store's index: only the editor's lazy chunk needs it.
import { stepAfterEdit, topologyChanged } from '../../store/step-after-edit.ts';
import { buildsInSlices } from '../url/view-limits.ts';
import { compressScenarioParam, MAX_COMPRESSED_PARAM } from './scenario-codec.ts';

export interface LoadOptions {
  /**
   * Keep the learner's place, as the editor does (store/step-after-edit.ts): the last step stays
   * the last, another the same step by what it did; else rewind to step 0.
   */
  readonly keepStep?: boolean;
  /** Checked after compressing: false drops the load (a newer one has started). */
  readonly stillWanted?: () => boolean;
}

/** Loads a validated scenario and its file; resolves false when the load was dropped or cancelled. */
export async function loadCustomScenario(
  store: ExplorerStore,
  scenario: Scenario,
  file: unknown,
  options: LoadOptions = {},
): Promise<boolean> {
  const large = buildsInSlices(scenario.nodes.length, scenario.pods.length);
  if (large && typeof document !== 'undefined' && !hasConstruction(scenario)) {
    // Built a slice at a time, in the progress panel with Cancel, so that the page answers meanwhile.
    const { openLarge } = await import('../url/large-scenario.ts');
    const opened = await openLarge({ read: { ok: true, scenario, file } }, 0, 'the scenario');
    if (!opened.ok) {
      store.getState().refuseScenario(message(refusals, 'viewStays', { reason: opened.message }));
      return false;
    }
  }
  const [param] = await Promise.all([
    compressScenarioParam(file),
    extrasFor(scenario).catch(() => undefined),
  ]);
  if (options.stillWanted && !options.stillWanted()) return false;
  const { step, construction: before } = store.getState();
  const origin = { param: param.length <= MAX_COMPRESSED_PARAM ? param : null, file };
  store.getState().loadScenario(scenario, { kind: 'custom' }, origin);
  if (options.keepStep) {
    const after = store.getState().construction;
    store.getState().goTo(stepAfterEdit(before, step, after));
    if (topologyChanged(before, after)) store.getState().requestZoom('fit');
  }
  return true;
}
