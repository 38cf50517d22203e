import type { Scenario } from '../engine/index.ts';
import { extrasReady, loadExtras } from './construction-extras.ts';
import { constructionOf } from './constructions.ts';
import type { WhatIfSlice } from './packet-types.ts';
import { walkOf } from './packet-walk.ts';
import { STEP_ANIMATION_MS } from './timing.ts';
import type { ExplorerState, SliceCreator } from './types.ts';
import {
  applyWhatIf,
  isEmptyWhatIf,
  normalizeWhatIf,
  type WhatIfResult,
  type WhatIfSettings,
  whatIfDocument,
  whatIfReady,
} from './what-if-scenario.ts';

/**
 * The scenario the what-if applies to: the one loaded before the first what-if. Loading another
 * scenario clears the what-if (PACKET_CLEARED), so a stale base never outlives its scenario.
 */
export function baseScenarioOf(state: ExplorerState) {
  return state.whatIf?.base ?? state.scenario;
}

/**
 * Applies a what-if to a scenario too large to validate and build at once without freezing the
 * page: validated off the page's main thread, built a slice at a time with the progress panel and
 * Cancel, its construction kept (keepConstruction), up to `step`. Resolves to the what-if's
 * scenario, or the engine's refusal or the sentence of a cancelled one, or to null when another
 * what-if overtook it. Answers
 * undefined for a scenario it leaves to be applied at once. The page's (app/url/large-what-if.ts)
 * is set with applyLargeWhatIfWith; with none (the unit tests), every what-if is applied at once.
 */
export type LargeWhatIf = (
  base: Scenario,
  file: Readonly<Record<string, unknown>>,
  step: number,
) => Promise<WhatIfResult | null> | undefined;

let large: LargeWhatIf | undefined;

/** Sets how a what-if on a large scenario is applied (app/url/large-scenario.ts, once it has loaded). */
export function applyLargeWhatIfWith(apply: LargeWhatIf | undefined): void {
  large = apply;
}

export function createWhatIfSlice(): SliceCreator<WhatIfSlice> {
  return (set, get) => {
    // What-ifs asked for, counted: one applied in slices is dropped if another was asked meanwhile.
    let asked = 0;
    /** Shows `scenario` (the base with `settings` applied, or the base) once its construction can be built. */
    const show = (base: Scenario, settings: WhatIfSettings, scenario: Scenario, wanted: WhatIfSettings) => {
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
      const state = get();
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
    };
    return {
      whatIf: null,
      whatIfError: null,
      setWhatIf: (wanted) => {
        const ticket = ++asked;
        const state = get();
        const base = baseScenarioOf(state);
        const settings = normalizeWhatIf(base, wanted);
        const apply = (result: WhatIfResult) =>
          result.ok
            ? show(base, settings, result.scenario, wanted)
            : set({ whatIfError: result.message }, false, 'what-if/refuse');
        if (isEmptyWhatIf(settings)) return apply({ ok: true, scenario: base });
        const made = whatIfDocument(base, settings);
        const atEnd = state.step >= state.construction.steps.length;
        const sliced = made?.ok && large?.(base, made.file, atEnd ? Number.POSITIVE_INFINITY : state.step);
        if (sliced) {
          // Applied unless another what-if or scenario came meanwhile.
          void sliced.then(
            (result) => result && ticket === asked && baseScenarioOf(get()) === base && apply(result),
          );
          return;
        }
        const result = applyWhatIf(base, settings);
        // The scenario reader is still loading (the first what-if of the page): apply once it is.
        if (result === undefined) void whatIfReady().then(() => get().setWhatIf(wanted));
        else apply(result);
      },
    };
  };
}
