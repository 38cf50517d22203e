import type { Fault, Scenario } from '../scenario/types.ts';
import { type TerwayConfig, terwayConfigOf } from '../terway/config.ts';
import type { Slices, StepBuilder } from './builder.ts';

/**
 * The construction's parts that most scenarios do not run: Terway's phases, the Services phase and
 * the what-if phase (faults). They load on demand (`loadConstructionExtras` in engine/index.ts, the
 * module all-extras.ts): the site's first screen, the article on VPC routes, builds without them.
 */
export interface ConstructionExtras {
  readonly terwayCluster: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayNode: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayPod: (b: StepBuilder, config: TerwayConfig) => Slices;
  readonly terwayWhatIf: (b: StepBuilder, fault: Fault) => void;
  readonly services: (b: StepBuilder) => Slices;
  readonly whatIf: (b: StepBuilder, terwayWhatIf?: (b: StepBuilder, fault: Fault) => void) => Slices;
}

/** Whether building this scenario runs Terway's, the Services' or the what-if phase. */
export function needsConstructionExtras(scenario: Scenario): boolean {
  return (
    terwayConfigOf(scenario) !== undefined ||
    (scenario.services?.length ?? 0) > 0 ||
    scenario.faults.length > 0
  );
}

/** The extras, or a clear error when a scenario needs them and the caller has not loaded them. */
export function extrasFor(extras: ConstructionExtras | undefined): ConstructionExtras {
  if (extras) return extras;
  throw new Error(
    "the scenario needs Terway's, the Services' or the what-if construction: load it first (loadConstructionExtras)",
  );
}
