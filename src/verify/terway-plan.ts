/**
 * The replica of a Terway world: no CNI binary of Terway runs here, so the plan replays what the
 * terway plugin and terwayd leave behind, read from the engine's artifacts (each ENI a veth into
 * its vSwitch's bridge with the node's address /32, each pod a veth `cali…` ↔ eth0 with its /32,
 * `default via 169.254.1.1 dev eth0 onlink` and the permanent neighbour; the node's /32 routes,
 * `ip rule` and ENI tables), and lets the kernel decide every hop. The VPC router delivers an
 * ENI's addresses to that ENI as the VPC does: permanent neighbours for them, and it answers ARP
 * for every address of its vSwitches itself (proxy_arp_pvlan), as the VPC answers every ARP.
 */
import {
  externalPlace,
  NAT_GATEWAY,
  nodePlace,
  podPlace,
  renderArtifact,
  VPC,
  VPC_ROUTER,
  type WorldState,
} from '../engine/index.ts';
import { type AddrInterface, parseIpAddr, parseRouteTable } from './artifact-text.ts';
import type { Command } from './command.ts';
import { eth0Address } from './node-plan.ts';
import { installObserver } from './observer.ts';
import { ipIn, type Replica, sysctlIn, type TableCheck } from './replica.ts';
import { interfaceCommands, routeCommands } from './translate.ts';
import {
  externalCommands,
  natEip,
  natGatewayCommands,
  routerCommands,
  routerNames,
  routerRoutes,
  routerVswitches,
  type VpcNames,
} from './vpc-plan.ts';

function required(world: WorldState, target: string, name: string): string {
  const result = renderArtifact(world, target, name);
  if (!result.ok) throw new Error(`${target} ${name}: ${result.error}`);
  return result.text;
}

// NOTE: terway plugin/driver/utils EnsureHostNsConfig: forwarding 1 and rp_filter 0 for "all"
// and "default" (so every device made afterwards has them); kubeadm requires ip_forward.
const NODE_SYSCTLS = {
  'net.ipv4.ip_forward': 1,
  'net.ipv4.conf.all.forwarding': 1,
  'net.ipv4.conf.default.forwarding': 1,
  'net.ipv4.conf.all.rp_filter': 0,
  'net.ipv4.conf.default.rp_filter': 0,
};
const POD_SYSCTLS = { 'net.ipv4.conf.all.accept_redirects': 0, 'net.ipv4.conf.default.accept_redirects': 0 };

/** `ip rule add …` for each rule of an `ip rule` text but the kernel's own (0, 32766, 32767). */
export function ruleCommands(ns: string, text: string): Command[] {
  return text
    .split('\n')
    .map((line) => /^(\d+):\s+from (\S+)(?: to (\S+))? lookup (\S+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null && !['0', '32766', '32767'].includes(m[1] ?? ''))
    .map(([, pref, from, to, table]) =>
      ipIn(
        ns,
        'rule',
        'add',
        ...(from === 'all' ? [] : ['from', from as string]),
        ...(to ? ['to', to] : []),
        'lookup',
        table as string,
        'pref',
        pref as string,
      ),
    );
}

interface TerwayNodeTexts {
  readonly name: string;
  readonly ns: string;
  readonly addr: readonly AddrInterface[];
  readonly routes: string;
  readonly local: string;
  readonly rules: string;
  /** Table number → its `ip route show table N` text. */
  readonly tables: ReadonlyMap<number, string>;
}

function nodeTexts(world: WorldState, prefix: string): TerwayNodeTexts[] {
  return [...world.nodes.values()].map((node, i) => {
    const place = nodePlace(node.name);
    const tables = new Map<number, string>();
    const enis = world.terway?.nodes.get(node.name)?.enis ?? [];
    for (const eni of enis) {
      const result = renderArtifact(world, place, `ip-route-table-${1000 + eni.ifindex}`);
      if (result.ok) tables.set(1000 + eni.ifindex, result.text);
    }
    return {
      name: node.name,
      ns: `${prefix}n${i}`,
      addr: parseIpAddr(required(world, place, 'ip-addr')),
      routes: required(world, place, 'ip-route'),
      local: required(world, place, 'ip-route-local'),
      rules: required(world, place, 'ip-rule'),
      tables,
    };
  });
}

/** Plans the replica of a Terway world in namespaces named `prefix…`. */
export function planTerwayReplica(world: WorldState, prefix: string): Replica {
  const rows = parseRouteTable(required(world, VPC, 'route-table'));
  const vswitches = routerVswitches(rows);
  const bridgeOf = new Map(vswitches.map((v) => [v.name, v.bridge]));
  const eip = natEip(rows);
  const externals = world.scenario.externals;
  const names: VpcNames = {
    router: `${prefix}vpc`,
    nat: `${prefix}nat`,
    externals: new Map(externals.map((e, i) => [e.name, `${prefix}x${i}`])),
  };
  const nodes = nodeTexts(world, prefix);
  const pods = [...world.pods.values()].filter((p) => p.veth && p.ip !== undefined);
  const podNs = new Map(pods.map((p, i) => [p.name, `${prefix}p${i}`]));
  const nodeIp = new Map(nodes.map((n) => [n.name, eth0Address(n.addr) ?? '']));
  // The engine's SNAT table: an entry per vSwitch, or (what-if snat-entry-missing) per node
  // address; none without a NAT gateway.
  const snatTable = renderArtifact(world, VPC, 'snat-table');
  const snatSources = (snatTable.ok ? snatTable.text : '')
    .split('\n')
    .map((line) => /^SNAT (\S+) /.exec(line)?.[1])
    .filter((source): source is string => source !== undefined);

  const namespaces = [
    names.router,
    ...(eip === undefined ? [] : [names.nat]),
    ...names.externals.values(),
    ...nodes.map((n) => n.ns),
    ...podNs.values(),
  ];
  const commands: Command[] = [
    ...namespaces.map((ns): Command => ({ argv: ['ip', 'netns', 'add', ns] })),
    ...[...podNs.values()].map((ns) => sysctlIn(ns, POD_SYSCTLS)),
    ...nodes.map((n) => sysctlIn(n.ns, NODE_SYSCTLS)),
    ...routerCommands(names.router, vswitches),
    // A fixed MAC per vSwitch bridge: it never changes as ports join, and the nodes can hold it.
    ...vswitches.map((v, i) => ipIn(names.router, 'link', 'set', 'dev', v.bridge, 'address', bridgeMac(i))),
    ...vswitches.map((v) =>
      sysctlIn(names.router, {
        [`net.ipv4.conf.${v.bridge}.proxy_arp_pvlan`]: 1,
        [`net.ipv4.neigh.${v.bridge}.proxy_delay`]: 0,
      }),
    ),
    ...(eip === undefined ? [] : natGatewayCommands(names, world.scenario.vpc.cidr, snatSources, eip)),
    ...externals.flatMap((e) => externalCommands(names, e.name, e.ip, eip)),
  ];
  // NOTE: a bridge takes the lowest MAC of its ports, and a bridge whose MAC changes flushes its
  // neighbours, permanent ones too (neigh_changeaddr): they are added once every port has joined.
  const routerNeighbours: Command[] = [];
  nodes.forEach((node, i) => {
    const state = world.nodes.get(node.name);
    const enis = world.terway?.nodes.get(node.name)?.enis ?? [];
    const routerSide: Command[] = [];
    let port = 0;
    const plug = (device: string, vswitch: string, mac: string | undefined, ips: readonly string[]) => {
      const name = `e${i}p${port++}`;
      commands.push(
        ipIn(node.ns, 'link', 'add', device, 'type', 'veth', 'peer', 'name', name, 'netns', names.router),
      );
      const bridge = bridgeOf.get(vswitch);
      if (!bridge)
        throw new Error(
          `node ${node.name}: ${device} is in vSwitch ${vswitch}, which the VPC route table lacks`,
        );
      routerSide.push(
        ipIn(names.router, 'link', 'set', 'dev', name, 'master', bridge),
        ipIn(names.router, 'link', 'set', 'dev', name, 'up'),
      );
      // The VPC delivers these addresses to this interface, whoever answers ARP.
      for (const ip of ips) {
        if (mac)
          routerSide.push(
            ipIn(names.router, 'neigh', 'replace', ip, 'lladdr', mac, 'dev', bridge, 'nud', 'permanent'),
          );
      }
    };
    for (const iface of node.addr) {
      if (iface.peerIndex !== undefined || iface.name === 'lo') continue;
      if (iface.name === 'eth0') plug('eth0', state?.vswitch ?? '', iface.mac, [nodeIp.get(node.name) ?? '']);
      else {
        const eni = enis.find((e) => e.device === iface.name);
        if (!eni) throw new Error(`node ${node.name}: no replica for interface ${iface.name}`);
        plug(
          iface.name,
          eni.vswitch,
          iface.mac,
          eni.ips.map((ip) => formatIpText(ip)),
        );
      }
      commands.push(...interfaceCommands(node.ns, iface));
    }
    commands.push(...routerSide, ipIn(node.ns, 'link', 'set', 'dev', 'lo', 'up'));
    for (const pod of pods.filter((p) => p.node === node.name)) {
      const ns = podNs.get(pod.name) as string;
      const host = node.addr.find((a) => a.name === pod.veth?.hostName);
      const podAddr = parseIpAddr(required(world, podPlace(pod.name), 'ip-addr'));
      const eth0 = podAddr.find((a) => a.name === 'eth0');
      if (!host || !eth0) throw new Error(`pod ${pod.name}: no veth in the artifacts`);
      commands.push(
        ipIn(node.ns, 'link', 'add', host.name, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns),
      );
      commands.push(...interfaceCommands(node.ns, host), ...interfaceCommands(ns, eth0));
      commands.push(ipIn(ns, 'link', 'set', 'dev', 'lo', 'up'));
      commands.push(...routeCommands(ns, required(world, podPlace(pod.name), 'ip-route')));
      for (const line of required(world, podPlace(pod.name), 'ip-neigh').split('\n')) {
        const m = /^(\S+) dev (\S+) lladdr (\S+) PERMANENT$/.exec(line.trim());
        if (m)
          commands.push(
            ipIn(
              ns,
              'neigh',
              'replace',
              m[1] as string,
              'lladdr',
              m[3] as string,
              'dev',
              m[2] as string,
              'nud',
              'permanent',
            ),
          );
      }
    }
    commands.push(...routeCommands(node.ns, node.routes));
    for (const [table, text] of node.tables) {
      commands.push(
        ...routeCommands(node.ns, text).map((c) => ({ ...c, argv: [...c.argv, 'table', String(table)] })),
      );
    }
    commands.push(...ruleCommands(node.ns, node.rules));
    const denies = world.scenario.faults.some(
      (f) => f.kind === 'security-group-denies-pods' && f.node === node.name,
    );
    if (denies) commands.push(...securityGroupCommands(node.ns, enis));
  });
  commands.push(
    ...routerNeighbours,
    ...routerRoutes(names.router, rows, nodeIp),
    ...namespaces.map(installObserver),
  );

  const nsOf = new Map<string, string>([[VPC_ROUTER, names.router]]);
  if (eip !== undefined) nsOf.set(NAT_GATEWAY, names.nat);
  for (const [name, ns] of names.externals) nsOf.set(externalPlace(name), ns);
  for (const node of nodes) nsOf.set(nodePlace(node.name), node.ns);
  for (const [pod, ns] of podNs) nsOf.set(podPlace(pod), ns);

  const show = (ns: string, ...argv: string[]): Command => ({ ns, argv: ['ip', ...argv] });
  const tables: TableCheck[] = [
    ...nodes.flatMap((n): TableCheck[] => [
      {
        place: nodePlace(n.name),
        artifact: 'ip-route',
        expected: n.routes,
        command: show(n.ns, 'route', 'show'),
      },
      {
        place: nodePlace(n.name),
        artifact: 'ip-route-local',
        expected: n.local,
        command: show(n.ns, 'route', 'show', 'table', 'local'),
      },
      {
        place: nodePlace(n.name),
        artifact: 'ip-rule',
        expected: n.rules,
        command: show(n.ns, 'rule', 'show'),
      },
      ...[...n.tables].map(
        ([table, text]): TableCheck => ({
          place: nodePlace(n.name),
          artifact: 'ip-route-table',
          expected: text,
          command: show(n.ns, 'route', 'show', 'table', String(table)),
        }),
      ),
    ]),
    ...pods.flatMap((p): TableCheck[] => {
      const ns = podNs.get(p.name) as string;
      return [
        {
          place: podPlace(p.name),
          artifact: 'ip-route',
          expected: required(world, podPlace(p.name), 'ip-route'),
          command: show(ns, 'route', 'show'),
        },
        {
          place: podPlace(p.name),
          artifact: 'ip-route-local',
          expected: required(world, podPlace(p.name), 'ip-route-local'),
          command: show(ns, 'route', 'show', 'table', 'local'),
        },
      ];
    }),
  ];
  return {
    prefix,
    namespaces,
    commands,
    nsOf,
    ...routerNames(rows, vswitches, nodes, nodeIp),
    tables,
    cniDataDir: `/tmp/${prefix}cni`,
  };
}

/**
 * The what-if security-group-denies-pods: the ENIs' security group admits no new inbound packet,
 * and lets answers in (it is stateful), as netfilter's conntrack does on each ENI of the node.
 */
function securityGroupCommands(ns: string, enis: readonly { readonly device: string }[]): Command[] {
  return enis.flatMap((eni) =>
    ['INPUT', 'FORWARD'].map((chain) => ({
      ns,
      argv: ['iptables', '-A', chain, '-i', eni.device, '-m', 'conntrack', '--ctstate', 'NEW', '-j', 'DROP'],
    })),
  );
}

function bridgeMac(i: number): string {
  return `02:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`;
}

function formatIpText(ip: number): string {
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`;
}
