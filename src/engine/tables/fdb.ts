import type { NodeState, PodState } from '../world/types.ts';

/** One forwarding-database entry of cni0, as `bridge fdb show br cni0` prints it. */
export interface FdbEntry {
  readonly mac: string;
  readonly dev: string;
  /** The bridge port's own address (permanent) or a learned station behind the port. */
  readonly permanent: boolean;
  /** The pod whose MAC was learned behind this port. */
  readonly pod?: string;
}

/**
 * cni0's FDB: the bridge's own address, each port's own address, and the MAC of the pod behind
 * each port. The pod entries are learned from the pod's first frame (its gratuitous ARP when
 * the bridge plugin configures the address), so they exist once the pod has its IP.
 * `pods` are the pods to look through (all of the world's, or an index of this node's), in
 * world order; pods of other nodes are skipped.
 */
export function bridgeFdb(node: NodeState, pods: Iterable<PodState>): FdbEntry[] {
  if (!node.cni0) return [];
  const entries: FdbEntry[] = [{ mac: node.cni0.mac, dev: 'cni0', permanent: true }];
  for (const pod of pods) {
    if (pod.node !== node.name || !pod.veth) continue;
    entries.push({ mac: pod.veth.hostMac, dev: pod.veth.hostName, permanent: true });
    if (pod.ip !== undefined)
      entries.push({ mac: pod.veth.podMac, dev: pod.veth.hostName, permanent: false, pod: pod.name });
  }
  return entries;
}

/** The bridge port behind which `mac` was learned, if any. */
export function fdbLookup(entries: readonly FdbEntry[], mac: string): FdbEntry | undefined {
  return entries.find((e) => e.mac === mac && !e.permanent) ?? entries.find((e) => e.mac === mac);
}
