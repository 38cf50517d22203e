/**
 * Look-up indexes over one world state, built once per state and cached. A world state is
 * immutable, so the indexes never go stale; they make a trace over a 150,000-pod world cost
 * microseconds instead of a scan per hop.
 */
import { type Cidr, cidr, contains, formatIp, parseIp } from '../net/ipv4.ts';
import { type HostPlace, hostPlace } from '../places.ts';
import type { External } from '../scenario/types.ts';
import {
  bridgeFdb,
  type FdbEntry,
  type LocalRoute,
  type NatRule,
  natRules,
  nodeLocalRoutes,
  nodeRoutes,
  podLocalRoutes,
  podRoutes,
  type Route,
  type SnatEntry,
  snatEntries,
} from '../tables/index.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { createVpcRouteIndex, type VpcRouteIndex } from './vpc-route-index.ts';

/** The indexes of one world state. */
export interface WorldIndex {
  readonly world: WorldState;
  readonly podByIp: ReadonlyMap<number, PodState>;
  /** Nodes by every address they own: eth0, and cni0's gateway address once cni0 exists. */
  readonly nodeByIp: ReadonlyMap<number, NodeState>;
  readonly externalByIp: ReadonlyMap<number, External>;
  readonly externalByName: ReadonlyMap<string, External>;
  readonly vswitches: readonly { readonly name: string; readonly cidr: Cidr }[];
  readonly vpcRoutes: VpcRouteIndex;
  readonly vpcCidr: Cidr;
  readonly clusterCidr: Cidr;
  /** The NAT gateway's EIP, once the gateway exists. */
  readonly eip?: number;
  /** The NAT gateway's SNAT table, exactly as `snatEntries` gives it. */
  readonly snat: readonly SnatEntry[];
  /** cni0's FDB on a node, exactly as `bridgeFdb` gives it. */
  fdb(node: NodeState): readonly FdbEntry[];
  /** What `fdbLookup` finds for `mac` on the node's FDB, from a per-node map. */
  fdbEntry(node: NodeState, mac: string): FdbEntry | undefined;
  /** The node's main routing table, exactly as `nodeRoutes` gives it. */
  routes(node: NodeState): readonly Route[];
  /** The pod's routing table, exactly as `podRoutes` gives it. */
  podRoutes(pod: PodState): readonly Route[];
  /** The node's local table, exactly as `nodeLocalRoutes` gives it. */
  localRoutes(node: NodeState): readonly LocalRoute[];
  /** The pod's local table, exactly as `podLocalRoutes` gives it. */
  podLocalRoutes(pod: PodState): readonly LocalRoute[];
  /** The node's nat POSTROUTING rules, exactly as `natRules` gives them. */
  nat(node: NodeState): readonly NatRule[];
  /** The pod plugged into a host-side veth of a node. */
  podOnPort(node: NodeState, port: string): PodState | undefined;
}

const cache = new WeakMap<WorldState, WorldIndex>();

/** `compute`, remembered per node or pod name (names are unique within a world state). */
export function byName<T extends { readonly name: string }, V>(
  compute: (subject: T) => V,
): (subject: T) => V {
  const values = new Map<string, V>();
  return (subject) => {
    let value = values.get(subject.name);
    if (value === undefined) {
      value = compute(subject);
      values.set(subject.name, value);
    }
    return value;
  };
}

/** The (cached) indexes of a world state. */
export function indexWorld(world: WorldState): WorldIndex {
  let index = cache.get(world);
  if (!index) {
    index = buildIndex(world);
    cache.set(world, index);
  }
  return index;
}

function buildIndex(world: WorldState): WorldIndex {
  const podByIp = new Map<number, PodState>();
  const podsOfNode = new Map<string, Map<string, PodState>>();
  const podByPort = new Map<string, Map<string, PodState>>();
  for (const pod of world.pods.values()) {
    if (pod.ip !== undefined) podByIp.set(pod.ip, pod);
    let pods = podsOfNode.get(pod.node);
    if (!pods) {
      pods = new Map();
      podsOfNode.set(pod.node, pods);
    }
    pods.set(pod.name, pod);
    if (pod.veth) {
      let ports = podByPort.get(pod.node);
      if (!ports) {
        ports = new Map();
        podByPort.set(pod.node, ports);
      }
      ports.set(pod.veth.hostName, pod);
    }
  }
  const nodeByIp = new Map<number, NodeState>();
  for (const node of world.nodes.values()) {
    nodeByIp.set(node.ip, node);
    if (node.cni0) nodeByIp.set(node.cni0.gateway, node);
    if (node.flannelLease?.vtep) nodeByIp.set(node.flannelLease.vtep.address, node);
  }
  const externalByIp = new Map<number, External>();
  const externalByName = new Map<string, External>();
  for (const external of world.scenario.externals) {
    const ip = parseIp(external.ip);
    if (ip !== undefined) externalByIp.set(ip, external);
    externalByName.set(external.name, external);
  }
  const created = new Set(world.vpc.vswitches);
  const vswitches = world.scenario.vpc.vswitches
    .filter((v) => created.has(v.name))
    .map((v) => ({ name: v.name, cidr: cidr(v.cidr) }));
  // The EIP the NAT gateway translates to, from the SNAT table (none before the gateway exists).
  const snat = snatEntries(world);
  const fdb = byName((node: NodeState) =>
    // Only this node's pods, in world order: the entries the bridge-fdb artifact prints, without
    // a scan of every pod in the world.
    bridgeFdb(node, podsOfNode.get(node.name)?.values() ?? []),
  );
  const fdbByMac = byName((node: NodeState) => {
    // fdbLookup's rule in one pass: the learned entry for a MAC wins over a permanent one;
    // otherwise the first entry (evidence.test.ts checks the two agree).
    const byMac = new Map<string, FdbEntry>();
    for (const e of fdb(node)) {
      const seen = byMac.get(e.mac);
      if (!seen || (seen.permanent && !e.permanent)) byMac.set(e.mac, e);
    }
    return byMac;
  });
  return {
    world,
    podByIp,
    nodeByIp,
    externalByIp,
    externalByName,
    vswitches,
    vpcRoutes: createVpcRouteIndex(world.vpc.routeTable),
    vpcCidr: cidr(world.scenario.vpc.cidr),
    clusterCidr: cidr(world.scenario.cluster.podCidr),
    eip: snat[0]?.eip,
    snat,
    fdb,
    fdbEntry: (node, mac) => fdbByMac(node).get(mac),
    routes: byName((node: NodeState) => nodeRoutes(node, world)),
    podRoutes: byName((pod: PodState) => podRoutes(world, pod)),
    localRoutes: byName(nodeLocalRoutes),
    podLocalRoutes: byName((pod: PodState) => podLocalRoutes(world, pod)),
    // Only this node's pods, in world order, as for the FDB.
    nat: byName((node: NodeState) => natRules(node, [...(podsOfNode.get(node.name)?.values() ?? [])])),
    podOnPort(node, port) {
      return podByPort.get(node.name)?.get(port);
    },
  };
}

/** The vSwitch whose CIDR holds an address, if any. */
export function vswitchOf(index: WorldIndex, ip: number): string | undefined {
  return index.vswitches.find((v) => contains(v.cidr, ip))?.name;
}

/** `host:IP` — the place name of an address nobody in the scenario owns. */
export function addressPlace(ip: number): HostPlace {
  return hostPlace(formatIp(ip));
}
