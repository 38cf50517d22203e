import { type Cidr, overlaps, sizeOf } from '../net/ipv4.ts';

/**
 * kube-controller-manager's range allocator over the cluster CIDR (kubernetes
 * pkg/controller/nodeipam/ipam/cidrset/cidr_set.go): a bitmap of node-sized blocks and a
 * round-robin `nextCandidate` cursor. Mutable; owned by one construction run.
 */
export interface RangeAllocator {
  readonly cluster: Cidr;
  readonly nodeMask: number;
  readonly maxCidrs: number;
  readonly used: Uint8Array;
  nextCandidate: number;
}

/** Block `index` of the cluster CIDR: always network-aligned. */
export function blockAt(cluster: Cidr, nodeMask: number, index: number): Cidr {
  return { network: (cluster.network + index * sizeOf(nodeMask)) >>> 0, prefix: nodeMask };
}

/**
 * A fresh allocator, with the blocks that overlap the service CIDR already marked used.
 * NOTE: range_allocator.go filterOutServiceRange occupies those blocks at start, so they are
 * never handed out to a node.
 */
export function createRangeAllocator(cluster: Cidr, nodeMask: number, serviceCidr?: Cidr): RangeAllocator {
  const maxCidrs = 2 ** (nodeMask - cluster.prefix);
  const allocator: RangeAllocator = {
    cluster,
    nodeMask,
    maxCidrs,
    used: new Uint8Array(maxCidrs),
    nextCandidate: 0,
  };
  if (serviceCidr && overlaps(cluster, serviceCidr)) occupy(allocator, serviceCidr);
  return allocator;
}

/** Marks every block that overlaps `range` as used (cidr_set.go Occupy). */
export function occupy(allocator: RangeAllocator, range: Cidr): void {
  const { cluster, nodeMask } = allocator;
  const blockSize = sizeOf(nodeMask);
  const first = Math.max(range.network, cluster.network);
  const last = Math.min(
    range.network + sizeOf(range.prefix) - 1,
    cluster.network + sizeOf(cluster.prefix) - 1,
  );
  if (first > last) return;
  const begin = Math.floor((first - cluster.network) / blockSize);
  const end = Math.floor((last - cluster.network) / blockSize);
  for (let i = begin; i <= end; i++) allocator.used[i] = 1;
}

/**
 * The next free block, or undefined when the range is exhausted.
 * NOTE: round-robin (cidr_set.go AllocateNext): the search starts at nextCandidate and the
 * cursor moves past the block taken, so a released block is reused only after wrap-around.
 */
export function allocateNext(allocator: RangeAllocator): Cidr | undefined {
  const { maxCidrs, used } = allocator;
  for (let i = 0; i < maxCidrs; i++) {
    const candidate = (i + allocator.nextCandidate) % maxCidrs;
    if (used[candidate] === 0) {
      used[candidate] = 1;
      allocator.nextCandidate = (candidate + 1) % maxCidrs;
      return blockAt(allocator.cluster, allocator.nodeMask, candidate);
    }
  }
  return undefined;
}

/** Releases a block (a deleted node); the cursor does not move back to it. */
export function release(allocator: RangeAllocator, block: Cidr): void {
  const index = (block.network - allocator.cluster.network) / sizeOf(allocator.nodeMask);
  if (Number.isInteger(index) && index >= 0 && index < allocator.maxCidrs) allocator.used[index] = 0;
}
