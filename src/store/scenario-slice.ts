import type { Scenario } from '../engine/index.ts';
import { extrasReady, loadExtras } from './construction-extras.ts';
import { constructionOf } from './constructions.ts';
import { PACKET_CLEARED } from './packet-types.ts';
import { loadPresetScenarios, presetNow } from './preset-scenarios.ts';
import type { ScenarioSlice, SliceCreator } from './types.ts';

/** The rewound playback and selection (no walk, no what-if) that come with a freshly loaded scenario. */
const REWOUND = {
  step: 0,
  time: 0,
  playing: false,
  selectedId: null,
  loadError: null,
  ...PACKET_CLEARED,
} as const;

export function createScenarioSlice(
  initial: Pick<ScenarioSlice, 'scenario' | 'source' | 'loadError'>,
): SliceCreator<ScenarioSlice> {
  return (set, get) => {
    // Loads asked for, counted: a load that waits for a preset (preset-scenarios.ts) or for
    // Terway's or the Services' construction (construction-extras.ts) runs once it has arrived,
    // unless another load was asked for since.
    let asked = 0;
    /** Runs `again` once `loading` has arrived, if no other load was asked for meanwhile. */
    const later = (loading: Promise<unknown>, again: () => void): false => {
      const load = ++asked;
      loading.then(
        () => {
          if (load === asked) again();
        },
        (error: unknown) => {
          if (load === asked) get().refuseScenario(`the scenario could not be loaded (${error})`);
        },
      );
      return false;
    };
    /** Whether `scenario` can be built now; if not, `again` runs once it can. */
    const ready = (scenario: Scenario, again: () => void): boolean => {
      if (extrasReady(scenario)) {
        asked++;
        return true;
      }
      return later(loadExtras(), again);
    };
    return {
      scenario: initial.scenario,
      construction: constructionOf(initial.scenario),
      source: initial.source,
      loadError: initial.loadError,
      loadPreset: (name) => {
        const again = () => get().loadPreset(name);
        const scenario = presetNow(name);
        if (!scenario) return void later(loadPresetScenarios(), again);
        if (!ready(scenario, again)) return;
        set(
          {
            scenario,
            construction: constructionOf(scenario),
            source: { kind: 'preset', name },
            scenarioOrigin: null,
            ...REWOUND,
          },
          false,
          'scenario/load-preset',
        );
      },
      loadScenario: (scenario, source = { kind: 'custom' }, origin) => {
        if (!ready(scenario, () => get().loadScenario(scenario, source, origin))) return;
        set(
          {
            scenario,
            construction: constructionOf(scenario),
            source,
            scenarioOrigin: origin ?? null,
            ...REWOUND,
          },
          false,
          'scenario/load',
        );
      },
      refuseScenario: (message) => set({ loadError: message }, false, 'scenario/refuse'),
    };
  };
}
