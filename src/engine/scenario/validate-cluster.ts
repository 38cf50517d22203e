/**
 * The `cluster` section: cluster (pod) CIDR, node mask, service CIDR and ip-masq, and how they
 * sit against the VPC.
 */
import { type Cidr, cidr, contains, formatCidr, formatIp, overlaps } from '../net/ipv4.ts';
import { NODE_MASK_MAX, NODE_MASK_MIN } from './limits.ts';
import { readCidr } from './net-input.ts';
import { checkKeys, keyPath, own, type Reporter, readBoolean, readInteger, readObject } from './shape.ts';
import { DEFAULTS } from './types.ts';
import type { VpcDraft } from './validate-vpc.ts';

export interface ClusterDraft {
  readonly podCidr?: Cidr;
  readonly nodeCidrMaskSize: number;
  readonly serviceCidr?: Cidr;
  readonly ipMasq: boolean;
}

// NOTE: kubernetes pkg/controller/nodeipam/ipam (cidrset) refuses to start with this exact text
// when the cluster CIDR is smaller than one node block.
export const CLUSTER_MASK_MESSAGE =
  'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family';

const CLUSTER_KEYS = ['podCidr', 'nodeCidrMaskSize', 'serviceCidr', 'ipMasq'] as const;

export function validateCluster(r: Reporter, value: unknown, vpc: VpcDraft, path = 'cluster'): ClusterDraft {
  const fallback: ClusterDraft = { nodeCidrMaskSize: DEFAULTS.nodeCidrMaskSize, ipMasq: DEFAULTS.ipMasq };
  if (value === undefined) {
    r.error(path, 'is missing; describe the cluster network, e.g. { "podCidr": "172.16.0.0/16" }');
    return fallback;
  }
  const cluster = readObject(r, value, path, 'the cluster');
  if (!cluster) return fallback;
  checkKeys(r, cluster, path, CLUSTER_KEYS);

  const podCidr = readCidr(
    r,
    cluster,
    'podCidr',
    path,
    'the cluster needs a pod CIDR such as "172.16.0.0/16"',
  );
  const nodeCidrMaskSize =
    readInteger(r, cluster, 'nodeCidrMaskSize', path, {
      min: NODE_MASK_MIN,
      max: NODE_MASK_MAX,
      meaning: `the node mask is a prefix length from ${NODE_MASK_MIN} to ${NODE_MASK_MAX} (ACK's console offers 24 to 28; the engine also accepts 16 to 23)`,
    }) ?? DEFAULTS.nodeCidrMaskSize;
  const serviceGiven = own(cluster, 'serviceCidr') !== undefined;
  const serviceCidr = serviceGiven ? readCidr(r, cluster, 'serviceCidr', path) : cidr(DEFAULTS.serviceCidr);
  const ipMasq = readBoolean(r, cluster, 'ipMasq', path) ?? DEFAULTS.ipMasq;

  const podAt = keyPath(path, 'podCidr');
  const serviceAt = keyPath(path, 'serviceCidr');
  const serviceLabel = serviceGiven ? 'the service CIDR' : 'the default service CIDR';
  let podOk = podCidr !== undefined;
  if (podCidr) {
    const text = formatCidr(podCidr);
    if (podCidr.prefix > nodeCidrMaskSize) {
      r.error(
        podAt,
        `${CLUSTER_MASK_MESSAGE}. The cluster CIDR ${text} is smaller than one /${nodeCidrMaskSize} node block; use a shorter prefix or a larger nodeCidrMaskSize`,
      );
      podOk = false;
    }
    const clash = overlapWithVpc(podCidr, vpc);
    if (clash) {
      r.error(
        podAt,
        `${text} overlaps ${clash}; pod addresses must not collide with ECS addresses in the VPC`,
      );
      podOk = false;
    }
    if (serviceCidr && overlaps(podCidr, serviceCidr)) {
      r.error(
        podAt,
        `${text} overlaps ${serviceLabel} ${formatCidr(serviceCidr)}; pods and Services need separate ranges`,
      );
      podOk = false;
    }
  }
  let serviceOk = serviceCidr !== undefined;
  if (serviceCidr) {
    const clash = overlapWithVpc(serviceCidr, vpc);
    if (clash) {
      const fix = serviceGiven ? '' : '; set cluster.serviceCidr to a free range';
      r.error(serviceAt, `${serviceLabel} ${formatCidr(serviceCidr)} overlaps ${clash}${fix}`);
      serviceOk = false;
    }
  }
  if (podCidr && podOk && vpc.natEip !== undefined && contains(podCidr, vpc.natEip)) {
    r.error(
      'vpc.natGateway.eip',
      `${formatIp(vpc.natEip)} is inside the pod CIDR ${formatCidr(podCidr)}; an EIP must be outside the cluster`,
    );
  }
  return {
    ...(podCidr && podOk ? { podCidr } : {}),
    nodeCidrMaskSize,
    ...(serviceCidr && serviceOk ? { serviceCidr } : {}),
    ipMasq,
  };
}

/** Describes the first VPC block `block` overlaps (the VPC itself, else a vSwitch outside it). */
function overlapWithVpc(block: Cidr, vpc: VpcDraft): string | undefined {
  if (vpc.cidr && overlaps(block, vpc.cidr)) return `the VPC ${formatCidr(vpc.cidr)}`;
  const vsw = vpc.vswitches.find((v) => v.cidr && overlaps(block, v.cidr));
  return vsw?.cidr ? `vSwitch "${vsw.name}" (${formatCidr(vsw.cidr)})` : undefined;
}
