/**
 * What each flanneld programs from the other nodes' leases (flannel pkg/backend/vxlan
 * vxlan_network.go handleSubnetEvents; pkg/backend/route_network.go for host-gw): derived from
 * the world, so that a node's tables hold exactly the leases both it and the peer have published.
 */
import { type Cidr, formatCidr, formatIp, maskOf } from '../net/ipv4.ts';
import type { Route } from '../tables/routes.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { VXLAN_DEVICE } from './flannel.ts';

/** A static neighbour on flannel.1: the peer's VTEP address and MAC (`ip neigh show dev flannel.1`). */
export interface VtepNeighbour {
  readonly ip: number;
  readonly mac: string;
  readonly node: string;
}

/** A flannel.1 FDB entry: the peer's VTEP MAC and the node IP its frames are sent to. */
export interface VtepFdbEntry {
  readonly mac: string;
  readonly dst: number;
  readonly node: string;
}

/** A host-gw route flanneld could not add, with the line it logs. */
export interface RouteFailure {
  readonly node: string;
  readonly podCidr: Cidr;
  readonly error: string;
}

export interface PeerTables {
  readonly routes: readonly Route[];
  readonly neighbours: readonly VtepNeighbour[];
  readonly fdb: readonly VtepFdbEntry[];
  readonly failures: readonly RouteFailure[];
}

/** What the peers are read from: a world state, or the construction's draft of one. */
export type NodeWorld = Pick<WorldState, 'nodes'>;

const NONE: PeerTables = { routes: [], neighbours: [], fdb: [], failures: [] };

/** The other nodes with a lease, in registration order (the world's order). */
function peersOf(world: NodeWorld, node: NodeState): NodeState[] {
  const peers: NodeState[] = [];
  for (const peer of world.nodes.values())
    if (peer.name !== node.name && peer.flannelLease && peer.podCidr) peers.push(peer);
  return peers;
}

/** Whether `ip` is on the node's eth0 link: inside its vSwitch's connected route. */
export function onLink(node: NodeState, ip: number): boolean {
  const mask = maskOf(node.ipPrefix);
  return (node.ip & mask) >>> 0 === (ip & mask) >>> 0;
}

// NOTE: the kernel refuses a gateway with no link-scope route to it: fib_check_nh_v4_gw
// (net/ipv4/fib_semantics.c) fails its lookup with ENETUNREACH (`ip route add` prints "Nexthop has
// invalid gateway"; verify:kernel checks the errno on a real namespace), and flanneld logs it
// with the format of pkg/backend/route_network.go: "Error adding route to %v via %v dev index %d: %v".
// eth0 is ifindex 2 on an ECS node (1 is lo).
export function hostGwRouteError(podCidr: Cidr, via: number): string {
  return `Error adding route to ${formatCidr(podCidr)} via ${formatIp(via)} dev index 2: network is unreachable`;
}

/** The routes, neighbours and FDB entries flanneld on `node` has added for the other leases. */
export function peerTables(world: NodeWorld, node: NodeState): PeerTables {
  const own = node.flannelLease;
  if (!own) return NONE;
  const routes: Route[] = [];
  const neighbours: VtepNeighbour[] = [];
  const fdb: VtepFdbEntry[] = [];
  const failures: RouteFailure[] = [];
  for (const peer of peersOf(world, node)) {
    const lease = peer.flannelLease;
    const podCidr = peer.podCidr;
    // NOTE: handleSubnetEvents skips a lease of another backend type ("ignoring non-vxlan").
    if (!lease || !podCidr || lease.backend !== own.backend) continue;
    if (own.backend === 'vxlan' && lease.vtep) {
      // AddARP, then AddFDB, then the route "last": the kernel would ARP for the gateway otherwise.
      neighbours.push({ ip: lease.vtep.address, mac: lease.vtep.mac, node: peer.name });
      fdb.push({ mac: lease.vtep.mac, dst: lease.publicIp, node: peer.name });
      routes.push({ dst: podCidr, via: lease.vtep.address, dev: VXLAN_DEVICE, onlink: true });
    } else if (own.backend === 'host-gw') {
      if (onLink(node, lease.publicIp)) routes.push({ dst: podCidr, via: lease.publicIp, dev: 'eth0' });
      else failures.push({ node: peer.name, podCidr, error: hostGwRouteError(podCidr, lease.publicIp) });
    }
  }
  return { routes, neighbours, fdb, failures };
}
