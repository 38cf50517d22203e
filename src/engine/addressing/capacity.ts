/**
 * How big a scenario's cluster can grow: node CIDR blocks from the range allocator, pod addresses
 * per node, and the VPC route quota, which in VPC-route mode usually binds first.
 */
import { capacity as words } from '../messages/en/capacity.ts';
import { english, type Message, message } from '../messages/message.ts';
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
  /** One sentence saying why the limit is what it is (in English: limitReason). */
  readonly limitReasonText: Message;
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
  const limitReasonText = reason(limitedBy, s, allocatableBlocks, nodeRoutesAvailable, otherCustomRoutes);
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
    limitReasonText,
    limitReason: english(limitReasonText),
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
): Message {
  const { podCidr, nodeCidrMaskSize: mask } = s.cluster;
  const quota = s.vpc.routeQuota;
  const backend = flannelBackend(s);
  if (backend !== undefined && backend !== 'alloc')
    return message(words, 'limitBackend', { podCidr, mask, blocks, backend, quota });
  if (limitedBy === 'route-quota') return message(words, 'limitQuota', { quota, others, routes, blocks });
  return message(words, 'limitCidr', { podCidr, mask, blocks, routes });
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
    ['Nodes', english(nodeCountMessage(c))],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join('\n');
}

/** The scenario's node count against the limit, and what happens to the nodes past it. */
export function nodeCountMessage(c: CapacitySummary): Message {
  if (!c.exceedsLimit) return message(words, 'nodesWithin', { nodes: c.nodeCount, limit: c.nodeLimit });
  const over = { nodes: c.nodeCount, over: c.nodeCount - c.nodeLimit };
  return message(words, c.limitedBy === 'route-quota' ? 'nodesOverQuota' : 'nodesOverCidr', over);
}
