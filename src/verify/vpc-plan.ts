/**
 * The VPC side of a replica, from the VPC route table text: the router (a bridge per vSwitch
 * holding the vSwitch gateway, broadcast − 2; custom entries as `via` routes), the NAT gateway
 * (SNAT of each vSwitch to its EIP) and one namespace per external.
 */

import { broadcastOf, cidr, formatIp } from '../engine/index.ts';
import { VSWITCH_MAC } from '../engine/packet/index.ts';
import type { RouteTableRow } from './artifact-text.ts';
import type { Command } from './command.ts';
import { ipIn, NAT_LINK, type Replica, sysctlIn } from './replica.ts';

/** Names the VPC side needs from the rest of the replica. */
export interface VpcNames {
  readonly router: string;
  readonly nat: string;
  /** External name → its namespace. */
  readonly externals: ReadonlyMap<string, string>;
}

/** A vSwitch as the router holds it. */
export interface RouterVswitch {
  readonly name: string;
  readonly cidr: string;
  readonly bridge: string;
}

/** The router's vSwitch bridges, one per vSwitch system entry. */
export function routerVswitches(rows: readonly RouteTableRow[]): RouterVswitch[] {
  return rows
    .filter((row) => row.nextHopType === 'vSwitch')
    .map((row, i) => ({ name: row.nextHop, cidr: row.destination, bridge: `vsw${i}` }));
}

/** The NAT gateway's EIP, from the NAT gateway entry's `(EIP x)`; undefined without one. */
export function natEip(rows: readonly RouteTableRow[]): string | undefined {
  const row = rows.find((r) => r.nextHopType === 'NAT gateway');
  return row?.note?.startsWith('EIP ') ? row.note.slice(4) : undefined;
}

// NOTE: the VPC's vRouter is no Linux box: it sends no ICMP redirects (Linux would, for a packet
// it forwards out of the bridge it came in on), checks no reverse path and does not lower the TTL
// (engine/packet/vpc-router.ts). The replica's router gives back the hop Linux takes with the
// TTL target in mangle PREROUTING; bridged frames (one vSwitch) skip iptables here, as br_netfilter
// would otherwise show them to that rule too.
const ROUTER_SYSCTLS = {
  'net.ipv4.ip_forward': 1,
  'net.bridge.bridge-nf-call-iptables': 0,
  'net.ipv4.conf.all.rp_filter': 0,
  'net.ipv4.conf.default.rp_filter': 0,
  'net.ipv4.conf.all.send_redirects': 0,
  'net.ipv4.conf.default.send_redirects': 0,
};

/** The router namespace with its vSwitch bridges (gateway = broadcast − 2, DOMAIN.md §2.3). */
export function routerCommands(
  router: string,
  vswitches: readonly RouterVswitch[],
  answersEveryArp = false,
): Command[] {
  const commands: Command[] = [
    sysctlIn(router, ROUTER_SYSCTLS),
    ipIn(router, 'link', 'set', 'dev', 'lo', 'up'),
    { ns: router, argv: ['iptables', '-t', 'mangle', '-A', 'PREROUTING', '-j', 'TTL', '--ttl-inc', '1'] },
  ];
  for (const vswitch of vswitches) {
    const block = cidr(vswitch.cidr);
    const gateway = formatIp(broadcastOf(block) - 2);
    commands.push(
      ipIn(router, 'link', 'add', vswitch.bridge, 'type', 'bridge'),
      ipIn(router, 'addr', 'add', `${gateway}/${block.prefix}`, 'brd', '+', 'dev', vswitch.bridge),
      ipIn(router, 'link', 'set', 'dev', vswitch.bridge, 'up'),
    );
    if (answersEveryArp) commands.push(...vpcArp(router, vswitch.bridge));
  }
  return commands;
}

/**
 * The VPC's own ARP: every neighbour of an ECS instance answers with the gateway's MAC, and the
 * vRouter forwards by destination IP (engine/packet/addresses.ts VSWITCH_MAC). In the replica the
 * bridge takes that MAC and answers every ARP on its own segment (proxy ARP, private-VLAN mode),
 * and the nodes' ports are isolated (nodePortIsolation), so a frame "to" another node reaches the
 * router, as on a VPC: this is what host-gw meets there.
 */
function vpcArp(router: string, bridge: string): Command[] {
  return [
    ipIn(router, 'link', 'set', 'dev', bridge, 'address', VSWITCH_MAC),
    sysctlIn(router, {
      [`net.ipv4.conf.${bridge}.proxy_arp`]: 1,
      [`net.ipv4.conf.${bridge}.proxy_arp_pvlan`]: 1,
      // The VPC answers at once; Linux delays a proxy answer by up to proxy_delay (0.8 s by
      // default), long enough under load for an echo to leave after its ping gave up and the
      // observers were read (seen in CI as "the observer saw no echo" on host-gw).
      [`net.ipv4.neigh.${bridge}.proxy_delay`]: 0,
    }),
  ];
}

/** A node's port on its vSwitch bridge, isolated from the other nodes' (see vpcArp). */
export function nodePortIsolation(router: string, port: string): Command {
  return { ns: router, argv: ['bridge', 'link', 'set', 'dev', port, 'isolated', 'on'] };
}

/**
 * The custom entries as router routes: an instance → `via` its eth0 address, the NAT gateway →
 * `via` its end of the link. System entries are the bridges' connected routes; the cloud-service
 * entry (100.64.0.0/10) has nothing behind it in a replica and is left out.
 */
export function routerRoutes(
  router: string,
  rows: readonly RouteTableRow[],
  nodeIp: ReadonlyMap<string, string>,
): Command[] {
  const commands: Command[] = [];
  for (const row of rows) {
    if (row.type !== 'custom') continue;
    let gateway: string | undefined;
    if (row.nextHopType === 'NAT gateway') gateway = NAT_LINK.gateway;
    if (row.nextHopType === 'ECS instance') gateway = nodeIp.get(row.note ?? '');
    if (gateway === undefined)
      throw new Error(`no replica next hop for VPC route ${row.destination} → ${row.nextHop}`);
    commands.push({ ...ipIn(router, 'route', 'add', row.destination, 'via', gateway), tolerant: true });
  }
  return commands;
}

/** The NAT gateway: its link to the router, a bridge `internet` with the EIP, SNAT and filters. */
export function natGatewayCommands(
  names: VpcNames,
  vpcCidr: string,
  vswitches: readonly string[],
  eip: string,
): Command[] {
  const { router, nat } = names;
  const link = `/${NAT_LINK.prefix}`;
  // NOTE: the engine's NAT gateway (nat-gateway.ts) SNATs sources of each vSwitch to the EIP (one
  // SNAT entry per vSwitch), refuses other sources, answers nothing itself and lets only answers back in.
  const rules = [
    '*nat',
    ':PREROUTING ACCEPT [0:0]',
    ':INPUT ACCEPT [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    ':POSTROUTING ACCEPT [0:0]',
    ...vswitches.map((v) => `-A POSTROUTING -s ${v} -o internet -j SNAT --to-source ${eip}`),
    'COMMIT',
    '*filter',
    ':INPUT ACCEPT [0:0]',
    ':FORWARD ACCEPT [0:0]',
    ':OUTPUT ACCEPT [0:0]',
    '-A INPUT -i vpc -j DROP',
    ...vswitches.map((v) => `-A FORWARD -i vpc -o internet -s ${v} -j ACCEPT`),
    '-A FORWARD -i vpc -o internet -j DROP',
    '-A FORWARD -i internet -m conntrack ! --ctstate ESTABLISHED,RELATED -j DROP',
    'COMMIT',
  ].join('\n');
  return [
    sysctlIn(nat, {
      'net.ipv4.ip_forward': 1,
      'net.ipv4.conf.all.rp_filter': 0,
      'net.ipv4.conf.default.rp_filter': 0,
    }),
    ipIn(nat, 'link', 'set', 'dev', 'lo', 'up'),
    ipIn(nat, 'link', 'add', 'vpc', 'type', 'veth', 'peer', 'name', 'natgw', 'netns', router),
    ipIn(nat, 'addr', 'add', `${NAT_LINK.gateway}${link}`, 'dev', 'vpc'),
    ipIn(nat, 'link', 'set', 'dev', 'vpc', 'up'),
    ipIn(nat, 'link', 'add', 'internet', 'type', 'bridge'),
    ipIn(nat, 'addr', 'add', `${eip}/32`, 'dev', 'internet'),
    ipIn(nat, 'link', 'set', 'dev', 'internet', 'up'),
    ipIn(nat, 'route', 'add', vpcCidr, 'via', NAT_LINK.router, 'dev', 'vpc'),
    { ns: nat, argv: ['iptables-restore'], input: rules },
    ipIn(router, 'addr', 'add', `${NAT_LINK.router}${link}`, 'dev', 'natgw'),
    ipIn(router, 'link', 'set', 'dev', 'natgw', 'up'),
  ];
}

/** An external host: its address on eth0, a link into the NAT gateway's `internet` bridge when there is one. */
export function externalCommands(
  names: VpcNames,
  name: string,
  ip: string,
  eip: string | undefined,
): Command[] {
  const ns = names.externals.get(name) as string;
  const commands: Command[] = [ipIn(ns, 'link', 'set', 'dev', 'lo', 'up')];
  if (eip === undefined) return commands;
  const port = `x${[...names.externals.keys()].indexOf(name)}`;
  return [
    ...commands,
    ipIn(ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', port, 'netns', names.nat),
    ipIn(ns, 'addr', 'add', `${ip}/32`, 'dev', 'eth0'),
    ipIn(ns, 'link', 'set', 'dev', 'eth0', 'up'),
    ipIn(ns, 'route', 'add', `${eip}/32`, 'dev', 'eth0'),
    ipIn(names.nat, 'link', 'set', 'dev', port, 'master', 'internet'),
    ipIn(names.nat, 'link', 'set', 'dev', port, 'up'),
    ipIn(names.nat, 'route', 'add', `${ip}/32`, 'dev', 'internet'),
  ];
}

/**
 * How the vRouter's kernel answers name the engine's places: a vSwitch by its bridge, a node's
 * address by its ECS instance (the route table's next hop), the NAT gateway by its link.
 */
export function routerNames(
  rows: readonly RouteTableRow[],
  vswitches: readonly { readonly name: string; readonly bridge: string }[],
  nodes: readonly { readonly name: string }[],
  nodeIp: ReadonlyMap<string, string>,
): Pick<Replica, 'routerIif' | 'routerGateways' | 'routerDevices'> {
  const instanceOf = new Map(
    rows.filter((r) => r.nextHopType === 'ECS instance').map((r) => [r.note ?? '', r.nextHop]),
  );
  return {
    routerIif: new Map([
      ...vswitches.map((v): [string, string] => [v.name, v.bridge]),
      ['nat-gateway', 'natgw'],
    ]),
    routerGateways: new Map([
      ...nodes.map((n): [string, string] => [
        nodeIp.get(n.name) ?? '',
        instanceOf.get(n.name) ?? `node ${n.name}`,
      ]),
      [NAT_LINK.gateway, 'nat-gateway'],
    ]),
    routerDevices: new Map([
      ...vswitches.map((v): [string, string] => [v.bridge, v.name]),
      ['natgw', 'nat-gateway'],
    ]),
  };
}
