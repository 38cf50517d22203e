import { nodeSpecYaml } from '../artifacts/node-spec.ts';
import { type ArtifactResult, missing } from '../artifacts/result.ts';
import { findNode, findPod, type Target } from '../artifacts/targets.ts';
import type { WorldState } from '../world/types.ts';
import {
  TERWAY_POD_ARTIFACTS,
  terwayAnnotations,
  terwayNodeArtifact,
  terwayNodeArtifactNames,
} from './artifacts.ts';

/** An artifact of a Terway cluster's node or pod (the VPC's are the shared ones). */
export function renderTerwayArtifact(
  world: WorldState,
  target: Exclude<Target, { kind: 'vpc' }>,
  artifact: string,
): ArtifactResult {
  if (target.kind === 'cni0') {
    return missing(
      `${target.name} has no cni0: Terway connects each pod to the node by its own veth, with no bridge`,
    );
  }
  if (target.kind === 'node') {
    const node = findNode(world, target.name);
    if (typeof node === 'string') return missing(node);
    if (artifact === 'node-spec') return nodeSpecYaml(node, terwayAnnotations(world, node));
    const render = terwayNodeArtifact(artifact);
    if (!render) {
      return missing(
        `unknown artifact "${artifact}" for a node of a Terway cluster: choose one of ${terwayNodeArtifactNames(world, node).join(', ')}, or ip-route-table-N`,
      );
    }
    return render(world, node);
  }
  const render = Object.hasOwn(TERWAY_POD_ARTIFACTS, artifact) ? TERWAY_POD_ARTIFACTS[artifact] : undefined;
  if (!render) {
    return missing(
      `unknown artifact "${artifact}" for a pod of a Terway cluster: choose one of ${Object.keys(TERWAY_POD_ARTIFACTS).join(', ')}`,
    );
  }
  const pod = findPod(world, target.name);
  return typeof pod === 'string' ? missing(pod) : render(world, pod);
}

/** The artifacts a Terway cluster's node or pod has, in the order the inspector lists them. */
export function terwayArtifactNames(world: WorldState, kind: 'node' | 'pod', name: string): string[] {
  return kind === 'node'
    ? terwayNodeArtifactNames(world, world.nodes.get(name))
    : Object.keys(TERWAY_POD_ARTIFACTS);
}
