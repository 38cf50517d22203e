import { formatRoute, nodeRoutes, podRoutes } from '../tables/routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, inPodNetns, text } from './result.ts';

/** `ip route` on a node: its main table as the engine routes by it (tables/routes.ts). */
export function nodeIpRoute(node: NodeState): ArtifactResult {
  return text(nodeRoutes(node).map(formatRoute));
}

/**
 * `ip route` inside a pod's network namespace. Empty (as `ip route` prints it) until host-local
 * has given the pod its address.
 */
export function podIpRoute(world: WorldState, pod: PodState): ArtifactResult {
  return inPodNetns(pod, () => text(podRoutes(world, pod).map(formatRoute)));
}
