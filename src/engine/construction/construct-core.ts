import type { Scenario } from '../scenario/types.ts';
import { terwayConfigOf } from '../terway/config.ts';
import type { WorldState } from '../world/types.ts';
import { freeze } from './apply.ts';
import { runAll, type Slices, StepBuilder } from './builder.ts';
import type { Step } from './changes.ts';
import { buildClusterPhase } from './cluster-phase.ts';
import { type ConstructionExtras, extrasFor } from './extras.ts';
import { stateAfter } from './fold.ts';
import { buildInitialPhase, type RouteQuota } from './initial-phase.ts';
import { buildNodePhase } from './node-phase.ts';
import { buildPodPhase } from './pod-phase.ts';
import { writePodPhase } from './pod-writer.ts';

/** A scenario's construction: its steps in order, 1-based (`steps[0].index === 1`). */
export interface Construction {
  readonly scenario: Scenario;
  readonly steps: readonly Step[];
  /** The world after the last step (the same as `stateAt(c, steps.length)`, computed once). */
  readonly final: WorldState;
}

/**
 * The phases of a construction, run on `builder`; with `record` false, the world alone. Terway's,
 * the Services' and the what-if phases come from `extras` (a scenario that runs them throws without).
 */
function* phases(builder: StepBuilder, record: boolean, extras: ConstructionExtras | undefined): Slices {
  const scenario = builder.world.scenario;
  const quota: RouteQuota = { limit: scenario.vpc.routeQuota, used: 0 };
  buildInitialPhase(builder, quota);
  const terway = terwayConfigOf(scenario);
  if (terway) {
    const { terwayCluster, terwayNode, terwayPod, terwayWhatIf, whatIf } = extrasFor(extras);
    yield* terwayCluster(builder, terway);
    yield* terwayNode(builder, terway);
    yield* terwayPod(builder, terway);
    yield* whatIf(builder, terwayWhatIf);
    return;
  }
  yield* buildClusterPhase(builder);
  yield* buildNodePhase(builder, quota);
  if (record) yield* buildPodPhase(builder);
  else writePodPhase(builder.world);
  if ((scenario.services?.length ?? 0) > 0) yield* extrasFor(extras).services(builder);
  // Faults that strike the finished cluster (none: the phase has no steps, and need not load).
  if (scenario.faults.length > 0) yield* extrasFor(extras).whatIf(builder);
}

function build(scenario: Scenario, record: boolean, extras: ConstructionExtras | undefined): StepBuilder {
  const builder = new StepBuilder(scenario, record);
  runAll(phases(builder, record, extras));
  return builder;
}

/**
 * The construction of a validated scenario, with Terway's and the Services' phases from `extras`
 * (needed only when the scenario runs them: needsConstructionExtras; `construct` in construct.ts
 * passes them always). Pure and deterministic. The final world is built at once; the steps (about
 * four per pod) are recorded the first time they are read, by running the same phases again: a
 * 150,000-pod world for tracing need not keep 600,000 steps in memory.
 */
export function constructWith(scenario: Scenario, extras: ConstructionExtras | undefined): Construction {
  const final = freeze(build(scenario, false, extras).world);
  let steps: readonly Step[] | undefined;
  return {
    scenario,
    final,
    get steps() {
      steps ??= build(scenario, true, extras).steps;
      return steps;
    },
  };
}

/**
 * The same construction, built a slice at a time for a caller that must not block: each `next()`
 * runs one node's, pod's or Service's steps and yields how many steps are built so far; the
 * generator returns the construction, its steps all recorded (the world after the last one is the
 * final world: world-writer.property.test.ts holds the two ways of writing pods equal).
 */
export function* constructInSlicesWith(
  scenario: Scenario,
  extras: ConstructionExtras | undefined,
): Generator<number, Construction, unknown> {
  const builder = new StepBuilder(scenario, true);
  const run = phases(builder, true, extras);
  while (!run.next().done) yield builder.steps.length;
  return { scenario, steps: builder.steps, final: freeze(builder.world) };
}

/** The world after step `n` (0: before anything; clamped to the last step). */
export function stateAt(construction: Construction, n: number): WorldState {
  if (n >= construction.steps.length) return construction.final;
  return stateAfter(construction.scenario, construction.steps, n);
}
