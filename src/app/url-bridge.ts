/**
 * Between the URL and the store: the store's starting values from a hash, and a hash applied to
 * a running store (the user edited the address, or went back). A bad URL never breaks the page:
 * unknown values fall back to defaults and a refused scenario leaves a message.
 */
import type { PresetName } from '../engine/scenario/presets.ts';
import type { ExplorerInit, ExplorerStore } from '../store/index.ts';
import { readPacketWalkUrl } from './packet-walk-url.ts';
import { decodeScenarioParam } from './scenario-param.ts';
import { readUrl } from './url-state.ts';
import { applyPacketWalkUrl } from './usePacketWalkUrl.ts';

const DEFAULT_PRESET: PresetName = 'article';
/** A packet walk runs over the finished network: a link with `trace=` and no `step=` opens there. */
const LAST_STEP = Number.MAX_SAFE_INTEGER;

/** The step a URL asks for; the store clamps it to the construction's last step. */
function stepOf(url: ReturnType<typeof readUrl>, hash: string): number {
  return url.step ?? (readPacketWalkUrl(hash).walk ? LAST_STEP : 0);
}

/** The store's starting values for a location hash. */
export function initFromUrl(hash: string): ExplorerInit {
  const url = readUrl(hash);
  const view = { step: stepOf(url, hash), selectedId: url.selected, packet: readPacketWalkUrl(hash) };
  if (url.scenario !== null) {
    const decoded = decodeScenarioParam(url.scenario);
    if (decoded.ok) return { ...view, scenario: decoded.scenario, source: { kind: 'custom' } };
    return { source: { kind: 'preset', name: DEFAULT_PRESET }, loadError: decoded.message };
  }
  return { ...view, source: { kind: 'preset', name: url.preset ?? DEFAULT_PRESET } };
}

/**
 * Applies a location hash to a running store. The scenario is rebuilt only when the URL names a
 * different one than `previousHash` did; then the step and selection follow the URL.
 */
export function applyUrl(store: ExplorerStore, hash: string, previousHash: string): void {
  const url = readUrl(hash);
  const before = readUrl(previousHash);
  const state = store.getState();
  if (url.scenario !== null) {
    if (url.scenario !== before.scenario || state.source.kind !== 'custom') {
      const decoded = decodeScenarioParam(url.scenario);
      if (!decoded.ok) {
        state.refuseScenario(decoded.message);
        return;
      }
      state.loadScenario(decoded.scenario, { kind: 'custom' });
    }
  } else {
    const preset = url.preset ?? DEFAULT_PRESET;
    if (state.source.kind !== 'preset' || state.source.name !== preset) state.loadPreset(preset);
  }
  store.getState().goTo(stepOf(url, hash));
  store.getState().select(url.selected);
  applyPacketWalkUrl(store, hash);
}
