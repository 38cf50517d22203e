/**
 * The kernel's `local` routing table, consulted before the main one: a `local` route for each
 * address the namespace holds (and for all of 127.0.0.0/8), and, while the link is up, a
 * `broadcast` route for each subnet's broadcast address. The kernel makes these itself when an
 * address is added (net/ipv4/fib_frontend.c, fib_add_ifaddr).
 */
import { broadcastOf, type Cidr, contains, formatCidr, formatIp, maskOf } from '../net/ipv4.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';

export interface LocalRoute {
  readonly type: 'local' | 'broadcast';
  readonly dst: Cidr;
  readonly dev: string;
  readonly src: number;
}

/** An address on a link (up unless said otherwise). */
export interface LinkAddress {
  readonly ip: number;
  readonly prefix: number;
  readonly dev: string;
  readonly up?: boolean;
}

const LOOPBACK: LinkAddress = { ip: 0x7f000001, prefix: 8, dev: 'lo' };

/** The line `ip route show table local` prints for a route. */
export function formatLocalRoute(route: LocalRoute): string {
  const dst = route.dst.prefix === 32 ? formatIp(route.dst.network) : formatCidr(route.dst);
  const scope = route.type === 'local' ? 'host' : 'link';
  return `${route.type} ${dst} dev ${route.dev} proto kernel scope ${scope} src ${formatIp(route.src)}`;
}

function host(ip: number): Cidr {
  return { network: ip, prefix: 32 };
}

/**
 * The routes the kernel adds for these addresses, in its order (by destination; for one
 * destination, the longer prefix first, as the FIB trie lists them). lo's 127.0.0.1/8 adds a local
 * route for the whole of 127.0.0.0/8 besides its own; /31 and /32 addresses have no broadcast.
 */
export function localRoutes(addresses: readonly LinkAddress[]): LocalRoute[] {
  const routes: LocalRoute[] = [];
  for (const { ip, prefix, dev, up = true } of [LOOPBACK, ...addresses]) {
    const network: Cidr = { network: (ip & maskOf(prefix)) >>> 0, prefix };
    if (dev === 'lo') routes.push({ type: 'local', dst: network, dev, src: ip });
    routes.push({ type: 'local', dst: host(ip), dev, src: ip });
    if (up && prefix < 31) routes.push({ type: 'broadcast', dst: host(broadcastOf(network)), dev, src: ip });
  }
  return routes.sort((a, b) => a.dst.network - b.dst.network || b.dst.prefix - a.dst.prefix);
}

/**
 * The `local` route the kernel delivers `ip` by (longest prefix), or undefined: the main table
 * decides. NOTE: broadcast routes are not looked up here; no walk sends to a broadcast address.
 */
export function lookupLocal(routes: readonly LocalRoute[], ip: number): LocalRoute | undefined {
  let best: LocalRoute | undefined;
  for (const route of routes) {
    if (route.type !== 'local' || !contains(route.dst, ip)) continue;
    if (!best || route.dst.prefix > best.dst.prefix) best = route;
  }
  return best;
}

/**
 * A node's local table: eth0's address and cni0's gateway. When cni0 is set down, the kernel keeps
 * its address and the local route for it, and drops the broadcast route (fib_sync_down_dev spares
 * host-scope routes).
 */
export function nodeLocalRoutes(node: NodeState): LocalRoute[] {
  const addresses: LinkAddress[] = [{ ip: node.ip, prefix: node.ipPrefix, dev: 'eth0' }];
  const vtep = node.flannelLease?.vtep;
  if (vtep) addresses.push({ ip: vtep.address, prefix: 32, dev: 'flannel.1' });
  if (node.cni0)
    addresses.push({ ip: node.cni0.gateway, prefix: node.cni0.prefix, dev: 'cni0', up: node.cni0.up });
  return localRoutes(addresses);
}

/** A pod's local table: lo's, and eth0's once the bridge plugin has given it the pod IP. */
export function podLocalRoutes(world: WorldState, pod: PodState): LocalRoute[] {
  const prefix = world.nodes.get(pod.node)?.podCidr?.prefix;
  const addresses: LinkAddress[] =
    pod.veth && pod.ip !== undefined && prefix !== undefined ? [{ ip: pod.ip, prefix, dev: 'eth0' }] : [];
  return localRoutes(addresses);
}
