import { formatLocalRoute, nodeLocalRoutes, podLocalRoutes } from '../tables/local-routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, inPodNetns, keyedLines } from './result.ts';

/** `ip route show table local` on a node: the routes that make its own addresses local. */
export function nodeIpRouteLocal(node: NodeState): ArtifactResult {
  return keyedLines(nodeLocalRoutes(node).map(formatLocalRoute));
}

/** `ip route show table local` in a pod's network namespace: lo's, then eth0's once it has the pod IP. */
export function podIpRouteLocal(world: WorldState, pod: PodState): ArtifactResult {
  return inPodNetns(pod, () => keyedLines(podLocalRoutes(world, pod).map(formatLocalRoute)));
}
