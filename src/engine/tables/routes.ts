import { peerTables } from '../dataplane/peers.ts';
import { type Cidr, contains, formatCidr, formatIp, maskOf } from '../net/ipv4.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';

/** One entry of a Linux main routing table, as `ip route` prints it. */
export interface Route {
  readonly dst: Cidr;
  readonly via?: number;
  readonly dev: string;
  /** Connected routes the kernel adds with an address: `proto kernel scope link src X`. */
  readonly src?: number;
  /** `onlink`: the gateway is taken to be on the link without a route to it (vxlan's routes). */
  readonly onlink?: boolean;
}

/** The line `ip route` prints for a route. */
export function formatRoute(route: Route): string {
  const dst = routeKey(route);
  const via = route.via === undefined ? '' : ` via ${formatIp(route.via)}`;
  const link = route.src === undefined ? '' : ` proto kernel scope link src ${formatIp(route.src)}`;
  return `${dst}${via} dev ${route.dev}${link}${route.onlink ? ' onlink' : ''}`;
}

/**
 * The key of a route in its table: its destination as `ip route` prints it.
 * NOTE: the kernel keeps one main-table route per destination (same metric, tos): adding a
 * second answers `RTNETLINK answers: File exists` (ip-route(8)).
 */
export function routeKey(route: Route): string {
  return route.dst.prefix === 0 ? 'default' : formatCidr(route.dst);
}

/** The columns of a route: destination, gateway ('' when connected), device, and the rest as printed. */
export function routeCells(route: Route): { destination: string; via: string; dev: string; details: string } {
  return {
    destination: routeKey(route),
    via: route.via === undefined ? '' : formatIp(route.via),
    dev: route.dev,
    details:
      route.src === undefined
        ? route.onlink
          ? 'onlink'
          : ''
        : `proto kernel scope link src ${formatIp(route.src)}`,
  };
}

/** Longest-prefix match: the most specific route containing `ip`, or undefined. */
export function lookupRoute(routes: readonly Route[], ip: number): Route | undefined {
  let best: Route | undefined;
  for (const route of routes) {
    if (contains(route.dst, ip) && (!best || route.dst.prefix > best.dst.prefix)) best = route;
  }
  return best;
}

/** The kernel's order for `ip route`: default first, then by destination address, longer prefix first. */
function sorted(routes: Route[]): Route[] {
  return routes.sort((a, b) =>
    a.dst.prefix === 0
      ? -1
      : b.dst.prefix === 0
        ? 1
        : a.dst.network - b.dst.network || b.dst.prefix - a.dst.prefix,
  );
}

/**
 * A node's main table: its default via the vSwitch gateway, the vSwitch's connected route and,
 * once cni0 exists and is up, the connected pod CIDR on cni0; with vxlan or host-gw, the route
 * flanneld added for each other node's lease (dataplane/peers.ts; `world` gives the peers).
 * NOTE: in VPC-route mode (alloc) no route to other nodes' pod CIDRs: they follow the default
 * route to the VPC router.
 */
export function nodeRoutes(node: NodeState, world?: WorldState): Route[] {
  const vswitch: Cidr = { network: (node.ip & maskOf(node.ipPrefix)) >>> 0, prefix: node.ipPrefix };
  const routes: Route[] = [
    { dst: { network: 0, prefix: 0 }, via: node.defaultGateway, dev: 'eth0' },
    { dst: vswitch, dev: 'eth0', src: node.ip },
  ];
  // NOTE: setting a link administratively down makes the kernel drop its IPv4 routes.
  if (node.cni0?.up && node.podCidr) routes.push({ dst: node.podCidr, dev: 'cni0', src: node.cni0.gateway });
  if (world && node.flannelLease) routes.push(...peerTables(world, node).routes);
  return sorted(routes);
}

/**
 * A pod's table as the bridge plugin leaves it (isDefaultGateway, host-local routes [cluster
 * CIDR]): default and cluster CIDR via the cni0 gateway, and the connected pod CIDR.
 */
export function podRoutes(world: WorldState, pod: PodState): Route[] {
  const node = world.nodes.get(pod.node);
  if (!node?.podCidr || pod.ip === undefined || !node.subnetEnv) return [];
  const gateway = node.subnetEnv.gateway;
  return sorted([
    { dst: { network: 0, prefix: 0 }, via: gateway, dev: 'eth0' },
    { dst: node.subnetEnv.network, via: gateway, dev: 'eth0' },
    { dst: node.podCidr, dev: 'eth0', src: pod.ip },
  ]);
}
