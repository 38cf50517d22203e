import type { Cidr } from '../net/ipv4.ts';
import { allocateNext, createRangeAllocator, occupy, type RangeAllocator } from './range-allocator.ts';

/** A node in registration order, with the pod CIDR it already has, if any. */
export interface NodeCidrRequest {
  readonly name: string;
  readonly podCidr?: Cidr;
}

/**
 * A range allocator that starts with every given block occupied, as kube-controller-manager's
 * starts on a cluster whose nodes already have pod CIDRs.
 * NOTE: kubernetes pkg/controller/nodeipam/ipam/range_allocator.go NewCIDRRangeAllocator lists
 * the nodes and calls occupyCIDRs for every node whose spec.podCIDRs is set ("Node %v has CIDR
 * %s, occupying it in CIDR map"); AllocateOrOccupyCIDR also only occupies a node that has one.
 */
export function allocatorWithGiven(
  cluster: Cidr,
  nodeMask: number,
  serviceCidr: Cidr | undefined,
  nodes: readonly NodeCidrRequest[],
): RangeAllocator {
  const allocator = createRangeAllocator(cluster, nodeMask, serviceCidr);
  for (const node of nodes) if (node.podCidr) occupy(allocator, node.podCidr);
  return allocator;
}

/**
 * The pod CIDR each node ends up with: its given one, or the next free block in registration
 * order; nodes the range cannot serve are left out.
 */
export function plannedPodCidrs(
  cluster: Cidr,
  nodeMask: number,
  serviceCidr: Cidr | undefined,
  nodes: readonly NodeCidrRequest[],
): Map<string, Cidr> {
  const allocator = allocatorWithGiven(cluster, nodeMask, serviceCidr, nodes);
  const out = new Map<string, Cidr>();
  for (const node of nodes) {
    const block = node.podCidr ?? allocateNext(allocator);
    if (block) out.set(node.name, block);
  }
  return out;
}
