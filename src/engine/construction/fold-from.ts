import { PodTable } from '../world/pod-table.ts';
import type { NodeState, WorldState } from '../world/types.ts';
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
  keepUnchanged(draft.nodes, from.nodes);
  return freeze(draft);
}

/**
 * A node the fold left as it was is `from`'s own object again, not its copy: a reader that keeps
 * per-node results by identity (the layout, memoised diagram parts) reuses them, so a step costs
 * what it changed. The fold replaces a node's fields, never changes them in place (copyFields is
 * shallow), so equal fields mean an equal node.
 */
function keepUnchanged(nodes: Map<string, NodeState>, before: ReadonlyMap<string, NodeState>): void {
  for (const [name, node] of nodes) {
    const old = before.get(name);
    if (old && sameFields(node, old)) nodes.set(name, old);
  }
}

function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** A draft that starts as `world` and shares nothing the fold changes in place with it. */
function draftOf(world: WorldState): Draft {
  if (!(world.pods instanceof PodTable)) throw new Error('a folded world keeps its pods in a PodTable');
  const nodes = new Map<string, NodeState>();
  for (const [name, node] of world.nodes) nodes.set(name, copyFields(node));
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
  };
}

/**
 * A copy of an object field by field, in its own order: the fold changes a node's fields in place,
 * and copies made in one order share one hidden class (a spread would give each its own on
 * Node 20). Every field is copied, whatever fields a node has.
 */
function copyFields<T extends object>(source: T): T {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) copy[key] = (source as Record<string, unknown>)[key];
  return copy as T;
}
