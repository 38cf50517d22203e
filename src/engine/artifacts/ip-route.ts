import { formatRoute, nodeRoutes, podRoutes } from '../tables/routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

/** `ip route` on a node: its main table as the engine routes by it (tables/routes.ts). */
export function nodeIpRoute(node: NodeState): ArtifactResult {
  return text(nodeRoutes(node).map(formatRoute));
}

/**
 * `ip route` inside a pod's network namespace. Empty (as `ip route` prints it) until host-local
 * has given the pod its address.
 */
export function podIpRoute(world: WorldState, pod: PodState): ArtifactResult {
  if (!pod.netns) {
    // A failed CNI ADD tears the sandbox down again; a rejected pod never had one.
    const why = pod.error ? `: ${pod.error}` : ' yet';
    return missing(`pod ${pod.name} has no network namespace${why}`);
  }
  return text(podRoutes(world, pod).map(formatRoute));
}
