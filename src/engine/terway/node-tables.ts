/**
 * A Terway node's and pod's tables in a world state: what the artifacts print and the packet
 * engine looks up. Computed from the world alone, so a trace and `ip rule` never disagree.
 */
import { type LinkAddress, type LocalRoute, localRoutes } from '../tables/local-routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import type { Eni } from './eni-pool.ts';
import { terwayNode } from './state.ts';
import {
  eniTable,
  eniTableId,
  LINK_GATEWAY,
  type Neighbour,
  nodeRules,
  type PolicyRule,
  type TerwayRoute,
  terwayNodeRoutes,
  terwayPodRoutes,
} from './tables.ts';

/** A pod of the node with its veth, address and ENI: what the node's tables are made of. */
export interface WiredPod {
  readonly pod: PodState;
  readonly ip: number;
  readonly hostVeth: string;
  readonly eniIfindex: number;
}

/** The node's pods that the terway plugin has wired, in creation (veth ifindex) order. */
export function wiredPods(world: WorldState, node: string): WiredPod[] {
  const out: WiredPod[] = [];
  for (const pod of world.pods.values()) {
    if (pod.node !== node || !pod.veth || pod.ip === undefined) continue;
    const binding = world.terway?.pods.get(pod.name);
    if (!binding) continue;
    out.push({ pod, ip: pod.ip, hostVeth: pod.veth.hostName, eniIfindex: binding.ifindex });
  }
  return out.sort((a, b) => (a.pod.veth?.ifindex ?? 0) - (b.pod.veth?.ifindex ?? 0));
}

/** The node's ENIs as they stand. */
export function nodeEnis(world: WorldState, node: string): readonly Eni[] {
  return terwayNode(world.terway, node).enis;
}

export function terwayMainRoutes(world: WorldState, node: NodeState): TerwayRoute[] {
  return terwayNodeRoutes(
    node,
    wiredPods(world, node.name).map((p) => ({ ip: p.ip, hostVeth: p.hostVeth })),
  );
}

export function terwayRules(world: WorldState, node: NodeState): PolicyRule[] {
  return nodeRules(wiredPods(world, node.name).map((p) => ({ ip: p.ip, eniIfindex: p.eniIfindex })));
}

/** The node's ENI tables, by table number. */
export function terwayEniTables(world: WorldState, node: NodeState): Map<number, TerwayRoute[]> {
  const tables = new Map<number, TerwayRoute[]>();
  for (const eni of nodeEnis(world, node.name)) {
    // NOTE: the terway plugin writes the ENI's table with the pod's setup (GenerateENICfgForPolicy),
    // so an ENI that no pod has used yet has no table.
    if (wiredPods(world, node.name).some((p) => p.eniIfindex === eni.ifindex))
      tables.set(eniTableId(eni.ifindex), eniTable(eni));
  }
  return tables;
}

/** The ENIs the terway plugin has configured: each carries the node's own address, /32. */
function configuredEnis(world: WorldState, node: NodeState): Eni[] {
  const used = new Set(wiredPods(world, node.name).map((p) => p.eniIfindex));
  return nodeEnis(world, node.name).filter((e) => used.has(e.ifindex));
}

/** The node's addresses: eth0's, and the node address again, /32, on each configured ENI. */
export function terwayNodeAddresses(world: WorldState, node: NodeState): LinkAddress[] {
  return [
    { ip: node.ip, prefix: node.ipPrefix, dev: 'eth0' },
    ...configuredEnis(world, node).map((e) => ({ ip: node.ip, prefix: 32, dev: e.device })),
  ];
}

export function terwayNodeLocalRoutes(world: WorldState, node: NodeState): LocalRoute[] {
  return localRoutes(terwayNodeAddresses(world, node));
}

/** The pod's own address is a /32 on eth0. */
export function terwayPodLocalRoutes(pod: PodState): LocalRoute[] {
  return localRoutes(pod.veth && pod.ip !== undefined ? [{ ip: pod.ip, prefix: 32, dev: 'eth0' }] : []);
}

export function terwayPodTable(pod: PodState): TerwayRoute[] {
  return pod.veth && pod.ip !== undefined ? terwayPodRoutes() : [];
}

/** The pod's neighbour table: 169.254.1.1 is the host veth, permanently. */
export function terwayPodNeighbours(pod: PodState): Neighbour[] {
  return pod.veth && pod.ip !== undefined ? [{ ip: LINK_GATEWAY, dev: 'eth0', mac: pod.veth.hostMac }] : [];
}
