import { extrasReady, loadExtras } from './construction-extras.ts';
import { constructionOf } from './constructions.ts';
import type { WhatIfSlice } from './packet-types.ts';
import { walkOf } from './packet-walk.ts';
import { STEP_ANIMATION_MS } from './timing.ts';
import type { ExplorerState, SliceCreator } from './types.ts';
import { applyWhatIf, isEmptyWhatIf, normalizeWhatIf, whatIfReady } from './what-if-scenario.ts';

/**
 * The scenario the what-if applies to: the one loaded before the first what-if. Loading another
 * scenario clears the what-if (PACKET_CLEARED), so a stale base never outlives its scenario.
 */
export function baseScenarioOf(state: ExplorerState) {
  return state.whatIf?.base ?? state.scenario;
}

export function createWhatIfSlice(): SliceCreator<WhatIfSlice> {
  return (set, get) => ({
    whatIf: null,
    whatIfError: null,
    setWhatIf: (wanted) => {
      const state = get();
      const base = baseScenarioOf(state);
      const settings = normalizeWhatIf(base, wanted);
      let scenario = base;
      if (!isEmptyWhatIf(settings)) {
        const result = applyWhatIf(base, settings);
        if (result === undefined) {
          // The scenario reader is still loading (the first what-if of the page): apply once it is.
          void whatIfReady().then(() => get().setWhatIf(wanted));
          return;
        }
        if (!result.ok) {
          set({ whatIfError: result.message }, false, 'what-if/refuse');
          return;
        }
        scenario = result.scenario;
      }
      if (!extrasReady(scenario)) {
        // Terway's or the Services' construction is still loading (`cni=terway`): apply once it is.
        loadExtras().then(
          () => get().setWhatIf(wanted),
          (error: unknown) =>
            set(
              { whatIfError: `the what-if's construction could not be loaded (${error})` },
              false,
              'what-if/refuse',
            ),
        );
        return;
      }
      const construction = constructionOf(scenario);
      const total = construction.steps.length;
      // At the end (or walking a packet) the view stays at the end: the new last step, where the
      // walk runs again over the changed network.
      const atEnd = state.step >= state.construction.steps.length;
      const hops = state.walk ? walkOf(construction, state.walk, state.engine).hops.length : 0;
      set(
        {
          scenario,
          construction,
          whatIf: isEmptyWhatIf(settings) ? null : { base, settings },
          whatIfError: null,
          step: atEnd ? total : Math.min(state.step, total),
          time: STEP_ANIMATION_MS,
          playing: false,
          hop: Math.min(Math.max(state.hop, hops > 0 ? 1 : 0), hops),
          walkPlaying: false,
        },
        false,
        'what-if/apply',
      );
    },
  });
}
