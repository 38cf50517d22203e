import { flannelBackend } from '../scenario/cni.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

export const NET_CONF_PATH = '/etc/kube-flannel/net-conf.json';

/**
 * net-conf.json from the kube-flannel ConfigMap, as mounted into the kube-flannel pod on the
 * node, pretty-printed as the ConfigMap holds it, with the scenario's backend. ACK uses `alloc`: flanneld takes
 * the lease and writes subnet.env, and the CCM programs the VPC routes.
 */
export function netConfJson(world: WorldState, node: NodeState): ArtifactResult {
  if (node.flanneld === 'absent') {
    return missing(
      `${NET_CONF_PATH} on ${node.name} does not exist yet: the kube-flannel pod that mounts it is not scheduled there`,
    );
  }
  // NOTE: a file naming ali-vpc is read as alloc (scenario/cni.ts), so it prints alloc.
  const backend = flannelBackend(world.scenario) ?? 'alloc';
  const config = { Network: world.scenario.cluster.podCidr, Backend: { Type: backend } };
  return text(JSON.stringify(config, null, 2).split('\n'));
}
