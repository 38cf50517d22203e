import type { Fault, Scenario } from '../scenario/types.ts';
import { type TerwayConfig, terwayConfigOf } from '../terway/config.ts';
import type { Slices, StepBuilder } from './builder.ts';

/**
 * The construction's parts that most scenarios do not run: Terway's phases and the Services phase.
 * They load on demand (`loadConstructionExtras` in engine/index.ts, the module all-extras.ts): the
 * site's first screen, the article on VPC routes, builds without them.
 */
export interface ConstructionExtras {
  readonly terwayCluster: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayNode: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayPod: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayWhatIf: (b: StepBuilder, fault: Fault) => void;
  readonly services: (b: StepBuilder) => Slices;
}

/** Whether building this scenario runs Terway's or the Services' phases. */
export function needsConstructionExtras(scenario: Scenario): boolean {
  return terwayConfigOf(scenario) !== undefined || (scenario.services?.length ?? 0) > 0;
}

/** The extras, or a clear error when a scenario needs them and the caller has not loaded them. */
export function extrasFor(extras: ConstructionExtras | undefined): ConstructionExtras {
  if (extras) return extras;
  throw new Error(
    "the scenario needs Terway's or the Services' construction: load it first (loadConstructionExtras)",
  );
}
