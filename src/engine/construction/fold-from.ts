import { PodTable } from '../world/pod-table.ts';
import type { WorldState } from '../world/types.ts';
import { type Draft, freeze } from './apply.ts';
import type { Step } from './changes.ts';
import { applyStep } from './pod-steps.ts';

/**
 * The world after the first `count` steps, folded on from `from`, the world after the first
 * `fromCount` (0 ≤ fromCount ≤ count). `from` is left as it was: the fold works on a copy. With
 * a few such worlds kept as checkpoints, a step costs the steps since the nearest one instead of
 * every step from the first (store/world-cache.ts).
 */
export function stateAfterFrom(
  from: WorldState,
  steps: readonly Step[],
  fromCount: number,
  count: number,
): WorldState {
  const draft = draftOf(from);
  const end = Math.max(0, Math.min(count, steps.length));
  for (let i = Math.max(0, fromCount); i < end; i++) {
    const step = steps[i] as Step;
    applyStep(draft, step);
  }
  return freeze(draft);
}

/** A draft that starts as `world` and shares nothing the fold changes in place with it. */
function draftOf(world: WorldState): Draft {
  if (!(world.pods instanceof PodTable)) throw new Error('a folded world keeps its pods in a PodTable');
  // The nodes are shared with `world` and copied as a step changes one (apply.ts nodeOf): a
  // node the fold leaves alone stays `world`'s object.
  const nodes = new Map(world.nodes);
  return {
    scenario: world.scenario,
    vpcCreated: world.vpc.created,
    vswitches: world.vpc.vswitches.slice(),
    routeTable: world.vpc.routeTable.slice(),
    natGateway: world.vpc.natGateway,
    controllerManagerConfigured: world.controllerManagerConfigured,
    nodes,
    pods: world.pods.copy(),
    events: world.events.slice(),
    // Terway's node and pod states are replaced, never changed in place: copies of the maps do.
    terway: world.terway && { nodes: new Map(world.terway.nodes), pods: new Map(world.terway.pods) },
    // Services are replaced, never changed in place; the kube-proxy set is changed, so copied.
    services: world.services.slice(),
    kubeProxy: new Set(world.kubeProxy),
    ownNodes: new Set(),
  };
}
