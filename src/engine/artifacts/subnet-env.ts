import { formatCidr, formatIp } from '../net/ipv4.ts';
import type { NodeState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

export const SUBNET_ENV_PATH = '/run/flannel/subnet.env';

/**
 * /run/flannel/subnet.env as flanneld writes it once it holds its lease. The order of the four
 * lines is fixed (flannel pkg/subnet WriteSubnetFile).
 */
export function subnetEnvFile(node: NodeState): ArtifactResult {
  const env = node.subnetEnv;
  if (!env) {
    if (node.flanneld === 'failed') {
      return missing(
        `${SUBNET_ENV_PATH} on ${node.name} does not exist: flanneld failed: ${node.flanneldError}`,
      );
    }
    const why = node.flanneld === 'absent' ? ' (the kube-flannel pod is not on this node yet)' : '';
    return missing(
      `${SUBNET_ENV_PATH} on ${node.name} does not exist yet: flanneld has not written it${why}`,
    );
  }
  return text([
    `FLANNEL_NETWORK=${formatCidr(env.network)}`,
    `FLANNEL_SUBNET=${formatIp(env.gateway)}/${env.prefix}`,
    `FLANNEL_MTU=${env.mtu}`,
    `FLANNEL_IPMASQ=${env.ipMasq}`,
  ]);
}
