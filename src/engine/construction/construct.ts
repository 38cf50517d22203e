import type { Scenario } from '../scenario/types.ts';
import { buildTerwayClusterPhase } from '../terway/cluster-phase.ts';
import { terwayConfigOf } from '../terway/config.ts';
import { buildTerwayNodePhase } from '../terway/node-phase.ts';
import { buildTerwayPodPhase } from '../terway/pod-phase.ts';
import type { WorldState } from '../world/types.ts';
import { freeze } from './apply.ts';
import { runAll, type Slices, StepBuilder } from './builder.ts';
import type { Step } from './changes.ts';
import { buildClusterPhase } from './cluster-phase.ts';
import { stateAfter } from './fold.ts';
import { buildInitialPhase, type RouteQuota } from './initial-phase.ts';
import { buildNodePhase } from './node-phase.ts';
import { buildPodPhase } from './pod-phase.ts';
import { writePodPhase } from './pod-writer.ts';
import { buildServicePhase } from './service-phase.ts';
import { buildWhatIfPhase } from './what-if-phase.ts';

/** A scenario's construction: its steps in order, 1-based (`steps[0].index === 1`). */
export interface Construction {
  readonly scenario: Scenario;
  readonly steps: readonly Step[];
  /** The world after the last step (the same as `stateAt(c, steps.length)`, computed once). */
  readonly final: WorldState;
}

/** The phases of a construction, run on `builder`; with `record` false, the world alone. */
function* phases(builder: StepBuilder, record: boolean): Slices {
  const scenario = builder.world.scenario;
  const quota: RouteQuota = { limit: scenario.vpc.routeQuota, used: 0 };
  buildInitialPhase(builder, quota);
  const terway = terwayConfigOf(scenario);
  if (terway) {
    yield* buildTerwayClusterPhase(builder, terway);
    yield* buildTerwayNodePhase(builder, terway);
    yield* buildTerwayPodPhase(builder, terway);
    yield* buildWhatIfPhase(builder);
    return;
  }
  yield* buildClusterPhase(builder);
  yield* buildNodePhase(builder, quota);
  if (record) yield* buildPodPhase(builder);
  else writePodPhase(builder.world);
  yield* buildServicePhase(builder);
  yield* buildWhatIfPhase(builder);
}

function build(scenario: Scenario, record: boolean): StepBuilder {
  const builder = new StepBuilder(scenario, record);
  runAll(phases(builder, record));
  return builder;
}

/**
 * The construction of a validated scenario. Pure and deterministic. The final world is built
 * at once; the steps (about four per pod) are recorded the first time they are read, by running
 * the same phases again: a 150,000-pod world for tracing need not keep 600,000 steps in memory.
 */
export function construct(scenario: Scenario): Construction {
  const final = freeze(build(scenario, false).world);
  let steps: readonly Step[] | undefined;
  return {
    scenario,
    final,
    get steps() {
      steps ??= build(scenario, true).steps;
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
export function* constructInSlices(scenario: Scenario): Generator<number, Construction, unknown> {
  const builder = new StepBuilder(scenario, true);
  const run = phases(builder, true);
  while (!run.next().done) yield builder.steps.length;
  return { scenario, steps: builder.steps, final: freeze(builder.world) };
}

/** The world after step `n` (0: before anything; clamped to the last step). */
export function stateAt(construction: Construction, n: number): WorldState {
  if (n >= construction.steps.length) return construction.final;
  return stateAfter(construction.scenario, construction.steps, n);
}
