import { createStore } from 'zustand/vanilla';
import { devtools } from './devtools.ts';
import { createLinkSlice } from './link-slice.ts';
import { createPacketSlice } from './packet-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { loadedPreset } from './preset-scenarios.ts';
import { createProgressSlice } from './progress-slice.ts';
import { createScenarioSlice } from './scenario-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { isSpeed } from './timing.ts';
import type { ExplorerInit, ExplorerState, ScenarioSource } from './types.ts';
import { createViewSlice, isTheme } from './view-slice.ts';
import { whatIfReady } from './what-if-scenario.ts';
import { createWhatIfSlice } from './what-if-slice.ts';

/**
 * A fresh explorer store: the scenario (default: the article preset), the playback cursor, the
 * selection and the view. Each test makes its own; the app makes one from the URL.
 */
export function createExplorerStore(init: ExplorerInit = {}) {
  const source: ScenarioSource = init.source ?? { kind: 'preset', name: 'article' };
  const scenario = init.scenario ?? loadedPreset(source.kind === 'preset' ? source.name : 'article');
  const speed = init.speed !== undefined && isSpeed(init.speed) ? init.speed : 1;
  const theme = isTheme(init.theme) ? init.theme : 'system';
  const enabled = init.devtools ?? import.meta.env?.DEV === true;

  const store = createStore<ExplorerState>()(
    devtools(
      (...a) => ({
        ...createScenarioSlice({ scenario, source, loadError: init.loadError ?? null })(...a),
        ...createPlaybackSlice({ step: 0, speed })(...a),
        ...createSelectionSlice({ selectedId: init.selectedId ?? null })(...a),
        ...createViewSlice({ theme, reducedMotion: init.reducedMotion ?? false })(...a),
        ...createPacketSlice()(...a),
        ...createWhatIfSlice()(...a),
        ...createLinkSlice({ preferredLang: init.preferredLang ?? 'en' })(...a),
        ...createProgressSlice({ progress: init.progress ?? {}, kept: init.progressKept ?? true })(...a),
      }),
      { name: 'PodPath', enabled },
    ),
  );
  // The rest of the view as a link would apply it to a running store, so both show the same.
  store.getState().applyView({ ...init, source, scenario });
  // What-if controls answer at once: the scenario reader they validate with (not in the first
  // load) is fetched in the background as the store starts.
  void whatIfReady();
  return store;
}

export type ExplorerStore = ReturnType<typeof createExplorerStore>;
