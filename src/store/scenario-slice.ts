import { presetScenario } from '../engine/index.ts';
import { constructionOf } from './constructions.ts';
import { PACKET_CLEARED } from './packet-types.ts';
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
  return (set) => ({
    scenario: initial.scenario,
    construction: constructionOf(initial.scenario),
    source: initial.source,
    loadError: initial.loadError,
    loadPreset: (name) => {
      const scenario = presetScenario(name);
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
  });
}
