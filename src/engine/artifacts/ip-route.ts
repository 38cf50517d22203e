import { formatRoute, nodeRoutes, podRoutes, type Route, routeCells, routeKey } from '../tables/routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, type ArtifactRow, fromRows, inPodNetns } from './result.ts';

/** A route as a row: keyed by its destination, with its columns for the inspector's table. */
function routeRow(route: Route): ArtifactRow {
  return { key: routeKey(route), text: formatRoute(route), cells: routeCells(route) };
}

/** `ip route` on a node: its main table as the engine routes by it (tables/routes.ts). */
export function nodeIpRoute(world: WorldState, node: NodeState): ArtifactResult {
  return fromRows(nodeRoutes(node, world).map(routeRow));
}

/**
 * `ip route` inside a pod's network namespace. Empty (as `ip route` prints it) until host-local
 * has given the pod its address.
 */
export function podIpRoute(world: WorldState, pod: PodState): ArtifactResult {
  return inPodNetns(pod, () => fromRows(podRoutes(world, pod).map(routeRow)));
}
