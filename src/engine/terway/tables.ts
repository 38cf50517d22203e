/**
 * Terway's policy routing (shared-ENI mode, veth datapath), as data: the rules, the per-ENI
 * tables, the routes it adds to the node's main table and the pod's own routes and neighbour.
 */
// NOTE: AliyunContainerService/terway plugin/datapath/policy_router_linux.go:
// GenerateHostPeerCfgForPolicy adds `<podIP> dev <hostVeth> scope link` to main and the rules
// `to <podIP> lookup main` (toContainerPriority 512) and `from <podIP> lookup <table>`
// (fromContainerPriority 2048, plugin/datapath/consts_linux.go); GenerateENICfgForPolicy puts
// `default via <gateway> dev ethN onlink` in table 1000 + the ENI's ifindex
// (plugin/driver/utils/utils_linux.go GetRouteTableID) and the node's own address, /32, on the
// ENI (cfg.HostIPSet, from utils.GetHostIP); generateContCfgForPolicy gives the pod
// `default via 169.254.1.1 dev eth0 onlink` and a permanent neighbour 169.254.1.1 → the host
// veth's MAC (LinkIP, consts_linux.go). EnsureHostNsConfig sets forwarding 1 and rp_filter 0.
import { type Cidr, contains, formatCidr, formatIp, maskOf } from '../net/ipv4.ts';
import type { Eni } from './eni-pool.ts';

/** The pod's gateway: a link-local address nobody holds; the host veth answers for it. */
export const LINK_GATEWAY = ((169 << 24) | (254 << 16) | (1 << 8) | 1) >>> 0;
export const TO_CONTAINER_PRIORITY = 512;
export const FROM_CONTAINER_PRIORITY = 2048;

/** The policy-routing table of an ENI: 1000 + its interface index. */
export function eniTableId(ifindex: number): number {
  return 1000 + ifindex;
}

/** One `ip rule`. */
export interface PolicyRule {
  readonly priority: number;
  readonly from?: number;
  readonly to?: number;
  readonly table: 'local' | 'main' | 'default' | number;
}

/** The line `ip rule` prints for a rule. */
export function formatRule(rule: PolicyRule): string {
  const from = rule.from === undefined ? 'all' : formatIp(rule.from);
  const to = rule.to === undefined ? '' : ` to ${formatIp(rule.to)}`;
  return `${rule.priority}:\tfrom ${from}${to} lookup ${rule.table}`;
}

/** A rule's row key: the line without the tab. */
export function ruleKey(rule: PolicyRule): string {
  return formatRule(rule).replace('\t', ' ');
}

/** A pod on the node as the rules see it: its address and its ENI's interface index. */
export interface PodOnEni {
  readonly ip: number;
  readonly eniIfindex: number;
}

/**
 * The node's rules, as `ip rule` lists them: by priority, and for one priority in the order they
 * were added (pods in creation order).
 */
export function nodeRules(pods: readonly PodOnEni[]): PolicyRule[] {
  const rules: PolicyRule[] = [{ priority: 0, table: 'local' }];
  for (const p of pods) rules.push({ priority: TO_CONTAINER_PRIORITY, to: p.ip, table: 'main' });
  for (const p of pods)
    rules.push({ priority: FROM_CONTAINER_PRIORITY, from: p.ip, table: eniTableId(p.eniIfindex) });
  rules.push({ priority: 32766, table: 'main' }, { priority: 32767, table: 'default' });
  return rules;
}

/** Whether a rule selects a packet (`src` 0: a locally sent packet whose source is not chosen yet). */
export function ruleMatches(rule: PolicyRule, src: number, dst: number): boolean {
  return (rule.from === undefined || rule.from === src) && (rule.to === undefined || rule.to === dst);
}

/** A route of a Terway table, with the flags `ip route` prints. */
export interface TerwayRoute {
  readonly dst: Cidr;
  readonly via?: number;
  readonly dev: string;
  readonly onlink?: boolean;
  /** `scope link` (a route Terway adds to a host veth). */
  readonly scopeLink?: boolean;
  /** Connected routes: `proto kernel scope link src X`. */
  readonly src?: number;
}

/** A route's destination as `ip route` prints it: `default`, a bare address for a /32, else the CIDR. */
export function terwayRouteKey(route: TerwayRoute): string {
  if (route.dst.prefix === 0) return 'default';
  return route.dst.prefix === 32 ? formatIp(route.dst.network) : formatCidr(route.dst);
}

/** The line `ip route` prints for a route. */
export function formatTerwayRoute(route: TerwayRoute): string {
  const via = route.via === undefined ? '' : ` via ${formatIp(route.via)}`;
  const tail =
    route.src !== undefined
      ? ` proto kernel scope link src ${formatIp(route.src)}`
      : `${route.scopeLink ? ' scope link' : ''}${route.onlink ? ' onlink' : ''}`;
  return `${terwayRouteKey(route)}${via} dev ${route.dev}${tail}`;
}

/** Longest-prefix match over a table. */
export function lookupTerwayRoute(routes: readonly TerwayRoute[], ip: number): TerwayRoute | undefined {
  let best: TerwayRoute | undefined;
  for (const route of routes) {
    if (contains(route.dst, ip) && (!best || route.dst.prefix > best.dst.prefix)) best = route;
  }
  return best;
}

const DEFAULT: Cidr = { network: 0, prefix: 0 };

/** An ENI's table: its default route, via the vSwitch gateway, out of the ENI. */
export function eniTable(eni: Eni): TerwayRoute[] {
  return [{ dst: DEFAULT, via: eni.gateway, dev: eni.device, onlink: true }];
}

/** A pod on the node as the main table sees it: its address and its host veth. */
export interface PodOnVeth {
  readonly ip: number;
  readonly hostVeth: string;
}

/** The node's main table: default via the vSwitch gateway, the vSwitch, then one /32 per pod. */
export function terwayNodeRoutes(
  node: { readonly ip: number; readonly ipPrefix: number; readonly defaultGateway: number },
  pods: readonly PodOnVeth[],
): TerwayRoute[] {
  const vswitch: Cidr = { network: (node.ip & maskOf(node.ipPrefix)) >>> 0, prefix: node.ipPrefix };
  const routes: TerwayRoute[] = [
    { dst: vswitch, dev: 'eth0', src: node.ip },
    ...pods.map((p) => ({ dst: { network: p.ip, prefix: 32 }, dev: p.hostVeth, scopeLink: true })),
  ];
  // The kernel lists by destination, the longer prefix first for one address.
  routes.sort((a, b) => a.dst.network - b.dst.network || b.dst.prefix - a.dst.prefix);
  return [{ dst: DEFAULT, via: node.defaultGateway, dev: 'eth0' }, ...routes];
}

/** The pod's table: a default via 169.254.1.1 on eth0, onlink (no connected route at all). */
export function terwayPodRoutes(): TerwayRoute[] {
  return [{ dst: DEFAULT, via: LINK_GATEWAY, dev: 'eth0', onlink: true }];
}

/** The pod's permanent neighbour: 169.254.1.1 is the host veth's MAC. */
export interface Neighbour {
  readonly ip: number;
  readonly dev: string;
  readonly mac: string;
}

/** The line `ip neigh` prints. */
export function formatNeighbour(n: Neighbour): string {
  return `${formatIp(n.ip)} dev ${n.dev} lladdr ${n.mac} PERMANENT`;
}
