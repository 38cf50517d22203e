/**
 * Between the URL and the store: the store's starting values from a hash, and a hash applied to a
 * running store (a typed address, a link inside the page, Back or Forward), which then shows what
 * a fresh load of that hash shows. A bad URL never breaks the page: unknown values fall back to
 * defaults and a refused scenario leaves a message.
 */
import { message, type PresetName, refusals, type Text } from '../../engine/index.ts';
import {
  type ExplorerInit,
  type ExplorerState,
  type ExplorerStore,
  type ReadHash,
  readHash,
  readyForInit,
  selectBaseScenario,
  type ViewState,
} from '../../store/index.ts';
import { heldOf } from './held-scenario.ts';
// Only a link with `s=` needs the decoding, the inflating and the worker: they load then.
import type { LargeSource } from './large-scenario.ts';
import type { DecodedScenario } from './scenario-param.ts';

const DEFAULT_PRESET: PresetName = 'article';
/** A packet walk runs over the finished network: a link with `trace=` and no `step=` opens there. */
const LAST_STEP = Number.MAX_SAFE_INTEGER;

/**
 * The store's starting values for a view; `decoded` is its `s=` scenario, if it has one, and
 * `refused` says which of its walk and what-if parts the URL codec could not read.
 */
export function initFromView(
  view: ViewState,
  decoded: DecodedScenario | null,
  refused: readonly Text[] = [],
): ExplorerInit {
  const shell = {
    lesson: view.lesson,
    embed: view.embed,
    present: view.present,
    compare: view.compare,
    lang: view.lang,
    unknownParams: view.unknown,
  };
  const rest = {
    ...shell,
    step: stepOf(view),
    selectedId: view.selected,
    tab: view.tab,
    packet: {
      ...(view.whatIf ? { whatIf: view.whatIf } : {}),
      walk: view.walk,
      ...(view.hop === null ? {} : { hop: view.hop }),
      ...(refused.length === 0 ? {} : { refused }),
    },
  };
  if (view.scenario !== null && decoded) {
    if (!decoded.ok) {
      const loadError = message(refusals, 'articleInstead', { reason: decoded.message });
      return { ...shell, source: { kind: 'preset', name: DEFAULT_PRESET }, loadError };
    }
    return {
      ...rest,
      scenario: decoded.scenario,
      source: { kind: 'custom' },
      scenarioOrigin: { param: view.scenario, file: decoded.file },
    };
  }
  return { ...rest, source: { kind: 'preset', name: view.preset ?? DEFAULT_PRESET } };
}

/**
 * Reads a hash; one without a scenario of its own (no `s=`, no `preset=`) shows the one its history
 * entry holds, if any (held-scenario.ts): the page wrote it so.
 */
function readWithHeld(hash: string, held: string | null): ReadHash {
  const read = readHash(hash);
  const { view } = read;
  if (held === null || view.scenario !== null || view.preset !== null) return read;
  return { ...read, view: { ...view, scenario: held } };
}

/** The step a view opens at. */
function stepOf(view: ViewState): number {
  return view.step ?? (view.walk ? LAST_STEP : 0);
}

/** The scenario of a view's `s=` value; the one shown when it is the same value, else decoded. */
async function scenarioOf(view: ViewState, current?: ExplorerState): Promise<DecodedScenario | null> {
  const param = view.scenario;
  if (param === null) return null;
  const origin = current?.source.kind === 'custom' ? current.scenarioOrigin : null;
  if (current && origin?.param === param) {
    return { ok: true, scenario: selectBaseScenario(current), file: origin.file };
  }
  return readParam(param, stepOf(view));
}

/**
 * An `s=` value longer than this is decoded and checked in a Web Worker (large-scenario.ts), with a
 * progress panel and Cancel, so the page answers input meanwhile; so is any value whose JSON is
 * longer than LARGE_TEXT once inflated.
 */
export const LARGE_PARAM = 20_000;
export const LARGE_TEXT = 500_000;

/** Whether this page can run a worker (not in Node, where the tests run everything inline). */
function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof window !== 'undefined';
}

/**
 * Decodes and validates an `s=` value; a large one (or one that inflates large) in a Web Worker. A
 * large scenario is then built a slice at a time, its checkpoints up to `step` (large-scenario.ts).
 */
async function readParam(param: string, step: number): Promise<DecodedScenario> {
  const large = async (source: LargeSource) =>
    (await import('./large-scenario.ts')).openLarge(source, step, 'the scenario in the URL');
  if (param.length > LARGE_PARAM && canUseWorker()) return large({ param });
  const { decodeParamText, validated, buildsInSlicesFor } = await import('./scenario-param.ts');
  const decoded = await decodeParamText(param);
  if (!decoded.ok) return decoded;
  if (decoded.text.length > LARGE_TEXT && canUseWorker()) return large({ text: decoded.text });
  const read = validated(decoded.text);
  return read.ok && canUseWorker() && buildsInSlicesFor(read.scenario) ? large({ read }) : read;
}

/**
 * The store's starting values for a location hash (its `s=` scenario decoded; its preset, and
 * Terway's or the Services' construction if it runs them, loaded).
 */
export async function initFromHash(hash: string, held: string | null = null): Promise<ExplorerInit> {
  const { view, refused } = readWithHeld(hash, held);
  const init = initFromView(view, await scenarioOf(view), refused);
  if (await readyForInit(init).then(loaded, unloaded)) return init;
  // The preset or the construction it needs did not arrive: the article, which needs neither.
  const article = initFromView({ ...view, preset: null, scenario: null, whatIf: null }, null);
  return { ...article, loadError: `${UNLOADED}; the article is shown instead` };
}

/** Why a view was not opened: a part it needs (a preset, a dataplane's construction) did not load. */
const UNLOADED = 'the scenario could not be loaded (its part of the site did not arrive)';
const loaded = () => true;
const unloaded = () => false;

/** The store's starting values for the address the page was opened with. */
export function initFromLocation(): Promise<ExplorerInit> {
  return initFromHash(window.location.hash, heldOf(window.history.state));
}

/**
 * Reads a hash for a running store: resolves, once its `s=` scenario is decoded, to what applies
 * it (the caller checks that the hash is still wanted).
 */
export async function prepareHash(
  store: ExplorerStore,
  hash: string,
  held: string | null = null,
): Promise<() => void> {
  const { view, refused } = readWithHeld(hash, held);
  const decoded = await scenarioOf(view, store.getState());
  const ready =
    decoded?.ok === false ||
    (await readyForInit(initFromView(view, decoded, refused)).then(loaded, unloaded));
  if (!ready) return () => store.getState().refuseScenario(`${UNLOADED}; the view shown stays`);
  return () => applyDecoded(store, view, decoded, refused);
}

function applyDecoded(
  store: ExplorerStore,
  view: ViewState,
  decoded: DecodedScenario | null,
  refused: readonly Text[],
): void {
  // A broken scenario in a new address keeps the view shown, and says why.
  if (decoded && !decoded.ok)
    store.getState().refuseScenario(message(refusals, 'viewStays', { reason: decoded.message }));
  else store.getState().applyView(initFromView(view, decoded, refused));
}

/** Applies a location hash to a running store. */
export async function applyHash(store: ExplorerStore, hash: string): Promise<void> {
  (await prepareHash(store, hash))();
}
