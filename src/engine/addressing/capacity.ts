/**
 * How big a scenario's cluster can grow: node CIDR blocks from the range allocator, pod addresses
 * per node, and the VPC route quota, which in VPC-route mode usually binds first.
 */
import { broadcastOf, type Cidr, cidr, sizeOf } from '../net/ipv4.ts';
import { flannelBackend } from '../scenario/cni.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { FlannelBackend, Scenario } from '../scenario/types.ts';

export interface CapacitySummary {
  readonly podCidr: string;
  readonly nodeCidrMaskSize: number;
  readonly serviceCidr: string;
  /** 2^(nodeMask − clusterMask): how many node CIDRs the cluster CIDR splits into. */
  readonly nodeCidrBlocks: number;
  /** Blocks overlapping the service CIDR: the allocator marks them used at start. */
  readonly serviceOverlapBlocks: number;
  readonly allocatableBlocks: number;
  /** 2^(32 − nodeMask) − 3: minus the network address, the cni0 gateway and the broadcast. */
  readonly usablePodIpsPerNode: number;
  readonly maxPodsPerNode: number;
  readonly effectivePodsPerNode: number;
  readonly routeQuota: number;
  /** The Flannel backend, or undefined for another CNI. */
  readonly backend?: FlannelBackend;
  /**
   * VPC route entries each node needs: 1 in VPC-route mode (alloc: the CCM's entry), 0 with
   * vxlan or host-gw, which write no VPC route, so the quota limits nothing.
   */
  readonly vpcRoutesPerNode: 0 | 1;
  /** Custom routes other than the per-node ones (e.g. 0.0.0.0/0 → NAT gateway). */
  readonly otherCustomRoutes: number;
  readonly nodeRoutesAvailable: number;
  readonly nodeLimit: number;
  readonly limitedBy: 'cidr' | 'route-quota';
  /** One sentence saying why the limit is what it is. */
  readonly limitReason: string;
  readonly nodeCount: number;
  readonly exceedsLimit: boolean;
  /** Pods the cluster could run at its node limit, each node at its effective pod count. */
  readonly podLimit: number;
}

/** The capacity of a resolved scenario (DOMAIN.md §2.1–2.3). */
export function capacity(s: Scenario): CapacitySummary {
  const cluster = cidr(s.cluster.podCidr);
  const service = cidr(s.cluster.serviceCidr);
  const nodeMask = s.cluster.nodeCidrMaskSize;
  const nodeCidrBlocks = 2 ** (nodeMask - cluster.prefix);
  const serviceOverlapBlocks = blocksOverlapping(cluster, nodeMask, service);
  const allocatableBlocks = nodeCidrBlocks - serviceOverlapBlocks;
  const usablePodIpsPerNode = sizeOf(nodeMask) - 3;
  const effectivePodsPerNode = Math.min(usablePodIpsPerNode, KUBELET_MAX_PODS);
  const otherCustomRoutes = s.vpc.customRoutes.length;
  const nodeRoutesAvailable = Math.max(0, s.vpc.routeQuota - otherCustomRoutes);
  const backend = flannelBackend(s);
  const vpcRoutesPerNode = backend === 'alloc' ? 1 : 0;
  const limitedBy =
    vpcRoutesPerNode === 1 && nodeRoutesAvailable < allocatableBlocks ? 'route-quota' : 'cidr';
  const nodeLimit =
    vpcRoutesPerNode === 1 ? Math.min(allocatableBlocks, nodeRoutesAvailable) : allocatableBlocks;
  const nodeCount = s.nodes.length;
  return {
    podCidr: s.cluster.podCidr,
    nodeCidrMaskSize: nodeMask,
    serviceCidr: s.cluster.serviceCidr,
    nodeCidrBlocks,
    serviceOverlapBlocks,
    allocatableBlocks,
    usablePodIpsPerNode,
    maxPodsPerNode: KUBELET_MAX_PODS,
    effectivePodsPerNode,
    routeQuota: s.vpc.routeQuota,
    backend,
    vpcRoutesPerNode,
    otherCustomRoutes,
    nodeRoutesAvailable,
    nodeLimit,
    limitedBy,
    limitReason: reason(limitedBy, s, allocatableBlocks, nodeRoutesAvailable, otherCustomRoutes),
    nodeCount,
    exceedsLimit: nodeCount > nodeLimit,
    podLimit: nodeLimit * effectivePodsPerNode,
  };
}

/**
 * How many /nodeMask blocks of `cluster` share an address with `other`.
 */
// NOTE: range_allocator.go (kubernetes pkg/controller/nodeipam/ipam) calls filterOutServiceRange,
// which occupies every node block overlapping --service-cluster-ip-range before allocating.
export function blocksOverlapping(cluster: Cidr, nodeMask: number, other: Cidr): number {
  const low = Math.max(cluster.network, other.network);
  const high = Math.min(broadcastOf(cluster), broadcastOf(other));
  if (low > high) return 0;
  const size = sizeOf(nodeMask);
  return Math.floor((high - cluster.network) / size) - Math.floor((low - cluster.network) / size) + 1;
}

function reason(
  limitedBy: 'cidr' | 'route-quota',
  s: Scenario,
  blocks: number,
  routes: number,
  others: number,
): string {
  const split = `${s.cluster.podCidr} in /${s.cluster.nodeCidrMaskSize} blocks gives ${blocks} allocatable node CIDRs`;
  const quota = `the route quota of ${s.vpc.routeQuota} minus ${others} other custom route${others === 1 ? '' : 's'} leaves ${routes} node routes`;
  const backend = flannelBackend(s);
  if (backend !== undefined && backend !== 'alloc') {
    return `${capitalize(split)}. With Flannel's ${backend} backend no node needs a VPC route entry, so the route quota of ${s.vpc.routeQuota} limits nothing: the cluster CIDR is the only bound.`;
  }
  if (limitedBy === 'route-quota') {
    return `Each node needs its own VPC route entry, and ${quota}, fewer than the ${blocks} node CIDRs the cluster CIDR offers.`;
  }
  return `${capitalize(split)}, no more than the ${routes} node routes the quota leaves, so the cluster CIDR runs out first.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function overflow(limitedBy: CapacitySummary['limitedBy']): string {
  return limitedBy === 'route-quota'
    ? 'the last nodes get no VPC route (QuotaExceeded) and keep NetworkUnavailable=True'
    : 'the last nodes get no pod CIDR (CIDRNotAvailable) and stay NotReady';
}

/** Multi-line plain text for the CLI's `validate` command. */
export function formatCapacity(c: CapacitySummary): string {
  const rows: [string, string][] = [
    ['Cluster CIDR', `${c.podCidr}, node mask /${c.nodeCidrMaskSize}`],
    [
      'Node CIDRs',
      `${c.nodeCidrBlocks} blocks, ${c.serviceOverlapBlocks} overlapping the service CIDR ${c.serviceCidr}, ${c.allocatableBlocks} allocatable`,
    ],
    [
      'Pods per node',
      `${c.usablePodIpsPerNode} usable pod IPs; kubelet maxPods ${c.maxPodsPerNode}; effective ${c.effectivePodsPerNode}`,
    ],
    [
      'Route quota',
      c.vpcRoutesPerNode === 0
        ? `${c.routeQuota} entries, ${c.otherCustomRoutes} other custom route${c.otherCustomRoutes === 1 ? '' : 's'}; ${c.backend ?? 'this CNI'} adds no per-node VPC entry, so no route-quota limit`
        : `${c.routeQuota} entries, ${c.otherCustomRoutes} other custom route${c.otherCustomRoutes === 1 ? '' : 's'}, ${c.nodeRoutesAvailable} left for node routes`,
    ],
    [
      'Node limit',
      `${c.nodeLimit} (bound by ${c.limitedBy === 'route-quota' ? 'the route quota' : 'the cluster CIDR'})`,
    ],
    ['Why', c.limitReason],
    ['Pod limit', `${c.podLimit} (${c.nodeLimit} nodes × ${c.effectivePodsPerNode} pods)`],
    ['Nodes', nodeCountText(c)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join('\n');
}

/** The scenario's node count against the limit, and what happens to the nodes past it. */
export function nodeCountText(c: CapacitySummary): string {
  return c.exceedsLimit
    ? `${c.nodeCount}: ${c.nodeCount - c.nodeLimit} over the limit; ${overflow(c.limitedBy)}`
    : `${c.nodeCount} of ${c.nodeLimit}`;
}
