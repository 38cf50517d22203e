/**
 * Plans the replica of a world state: every namespace, every command in build order, and the
 * maps the comparison needs. Pure: it reads the engine's artifact texts and runs nothing.
 */
import {
  cidr,
  containerId,
  contains,
  externalPlace,
  formatIp,
  NAT_GATEWAY,
  nodePlace,
  parseIp,
  podPlace,
  renderArtifact,
  VPC,
  VPC_ROUTER,
  type WorldState,
} from '../engine/index.ts';
import { type AddrInterface, parseIpAddr, parseRouteTable } from './artifact-text.ts';
import {
  type CniPaths,
  cniAdd,
  DEFAULT_CNI_BIN,
  flannelDelegate,
  hostLocalListing,
  linkListing,
  loopbackAdd,
} from './cni-plan.ts';
import type { Command } from './command.ts';
import { eth0Address, type NodeTexts, nodeCommands, nodeNatCommand, type PodTexts } from './node-plan.ts';
import { installObserver } from './observer.ts';
import { ipIn, NAT_LINK, type Replica, sysctlIn, type TableCheck } from './replica.ts';
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

// NOTE: a node forwarding a pod's packet back out of cni0 (a pod route via the gateway for the
// pod's own subnet) sends the pod an ICMP redirect, and a Linux pod accepts it for later packets.
// The engine traces one packet with no such memory; so that every ping of the check is a first
// packet whatever ran before it, the replica's pods ignore redirects.
const POD_SYSCTLS = { 'net.ipv4.conf.all.accept_redirects': 0, 'net.ipv4.conf.default.accept_redirects': 0 };

function artifact(world: WorldState, target: string, name: string): string | undefined {
  const result = renderArtifact(world, target, name);
  return result.ok ? result.text : undefined;
}

function required(world: WorldState, target: string, name: string): string {
  const result = renderArtifact(world, target, name);
  if (!result.ok) throw new Error(`${target} ${name}: ${result.error}`);
  return result.text;
}

function nodeTexts(
  world: WorldState,
  prefix: string,
): (NodeTexts & { subnetEnv: string | undefined; conf: string | undefined })[] {
  return [...world.nodes.values()].map((node, i) => ({
    subnetEnv: artifact(world, nodePlace(node.name), 'subnet.env'),
    conf: artifact(world, nodePlace(node.name), '10-flannel.conf'),
    name: node.name,
    ns: `${prefix}n${i}`,
    port: `e${i}`,
    addr: parseIpAddr(required(world, nodePlace(node.name), 'ip-addr')),
    routes: required(world, nodePlace(node.name), 'ip-route'),
    local: required(world, nodePlace(node.name), 'ip-route-local'),
    nat: required(world, nodePlace(node.name), 'iptables-nat'),
    ...vtepTexts(world, nodePlace(node.name)),
  }));
}

/** flannel.1's neighbours and FDB on a vxlan node that has it. */
function vtepTexts(world: WorldState, node: string): Pick<NodeTexts, 'vtep'> {
  const neighbours = artifact(world, node, 'ip-neigh-flannel.1');
  const fdb = artifact(world, node, 'bridge-fdb-flannel.1');
  return neighbours === undefined || fdb === undefined ? {} : { vtep: { neighbours, fdb } };
}

/** Lines in sorted order: the kernel lists a VXLAN device's neighbours and FDB by hash, not by age. */
function sortedLines(text: string): string {
  return text.split('\n').filter(Boolean).sort().join('\n');
}

/** flannel.1's checks: the device's link line (state, MTU, /32), its VXLAN settings, neighbours and FDB. */
function vtepChecks(n: NodeTexts, world: WorldState): TableCheck[] {
  if (!n.vtep) return [];
  const place = nodePlace(n.name);
  const sorted = (argv: string): Command => ({ ns: n.ns, argv: ['sh', '-c', `${argv} | sort`] });
  const link = required(world, place, 'ip-link-flannel.1').split('\n')[2]?.trim() ?? '';
  return [
    {
      place,
      artifact: 'links',
      expected: linkLines(n.addr, ['flannel.1']),
      command: linkListing(n.ns, ['flannel.1']),
    },
    {
      place,
      artifact: 'vxlan',
      expected: link,
      // The settings flanneld chose, up to the kernel's own counters and offload sizes.
      command: {
        ns: n.ns,
        argv: [
          'sh',
          '-c',
          "ip -d link show dev flannel.1 | sed -n 3p | sed -E 's/ addrgenmode.*//; s/^ +//'",
        ],
      },
    },
    {
      place,
      artifact: 'ip-neigh',
      expected: sortedLines(n.vtep.neighbours),
      command: sorted('ip neigh show dev flannel.1'),
    },
    {
      place,
      artifact: 'bridge-fdb',
      expected: sortedLines(n.vtep.fdb),
      command: sorted('bridge fdb show dev flannel.1'),
    },
  ];
}

/** Pods that have a network namespace (the others print no `ip addr`), by node. */
function podTexts(world: WorldState, prefix: string): (PodTexts & { node: string })[] {
  const pods: (PodTexts & { node: string })[] = [];
  for (const pod of world.pods.values()) {
    const addr = artifact(world, podPlace(pod.name), 'ip-addr');
    if (addr === undefined) continue;
    pods.push({
      name: pod.name,
      node: pod.node,
      ns: `${prefix}p${pods.length}`,
      addr: parseIpAddr(addr),
      routes: required(world, podPlace(pod.name), 'ip-route'),
      local: required(world, podPlace(pod.name), 'ip-route-local'),
    });
  }
  return pods;
}

/** Refuses a scenario that uses the addresses of the replica's own router ↔ NAT gateway link. */
function checkLinkAddresses(addresses: readonly string[]): void {
  const link = cidr(`169.254.0.0/${NAT_LINK.prefix}`);
  for (const address of addresses) {
    const ip = parseIp(address.split('/')[0] ?? '');
    if (ip !== undefined && contains(link, ip))
      throw new Error(
        `${address} is inside 169.254.0.0/${NAT_LINK.prefix}, the replica's router ↔ NAT gateway link`,
      );
  }
}

/** `NAME up|down mtu N inet X brd B` for the named interfaces of an `ip addr` text (as linkListing prints them). */
function linkLines(addr: readonly AddrInterface[], names: readonly string[]): string {
  return addr
    .filter((i) => names.includes(i.name))
    .map(
      (i) =>
        `${i.name} ${i.up ? 'up' : 'down'} mtu ${i.mtu}${i.inet.map((a) => ` inet ${a.cidr}${a.brd === undefined ? '' : ` brd ${a.brd}`}`).join('')}`,
    )
    .join('\n');
}

/**
 * What host-local must have written for a node's pods, in the engine's order of addresses:
 * one file per address holding the container id and the interface, and the last address given.
 */
function hostLocalFiles(world: WorldState, node: string): string | undefined {
  const given = [...world.pods.values()].filter((p) => p.node === node && p.ip !== undefined);
  const last = given.at(-1)?.ip;
  if (last === undefined) return undefined;
  const lines = given.map((p) => `${formatIp(p.ip as number)}: ${containerId(p.name)} eth0`);
  // NOTE: host-local (containernetworking/plugins plugins/ipam/host-local/backend/disk) keeps the
  // last address it handed out per range in last_reserved_ip.0, next to the files.
  lines.push(`last_reserved_ip.0: ${formatIp(last)}`);
  return lines.sort().join('\n');
}

/**
 * The pod phase of one node by the real plugins: for each of its pods that the engine gave an
 * address, in order, the loopback plugin and the bridge plugin with the Flannel CNI plugin's
 * delegate; then cni0 set down if the engine's node shows it down (a what-if fault).
 */
function podPhaseCommands(
  world: WorldState,
  node: NodeTexts & { subnetEnv: string | undefined; conf: string | undefined },
  pods: readonly PodTexts[],
  paths: CniPaths,
  dataDir: string,
): Command[] {
  if (pods.length === 0) return [];
  if (node.subnetEnv === undefined || node.conf === undefined)
    throw new Error(`node ${node.name}: pods with addresses but no subnet.env or 10-flannel.conf`);
  const delegate = flannelDelegate(node.subnetEnv, node.conf, dataDir);
  const commands: Command[] = [];
  for (const pod of pods) {
    const id = containerId(pod.name);
    if (world.pods.get(pod.name)?.ip === undefined) continue;
    commands.push(loopbackAdd(paths, pod.ns, id), cniAdd(paths, node.ns, 'bridge', id, pod.ns, delegate));
  }
  const cni0 = node.addr.find((i) => i.name === 'cni0');
  if (cni0 && !cni0.up) commands.push(ipIn(node.ns, 'link', 'set', 'dev', 'cni0', 'down'));
  return commands;
}

/** Plans the replica of `world` in namespaces named `prefix…`. */
export function planReplica(world: WorldState, prefix: string, cniBin = DEFAULT_CNI_BIN): Replica {
  const cniDataDir = `/tmp/${prefix}cni`;
  const paths: CniPaths = { bin: cniBin, dataDir: cniDataDir };
  const rows = parseRouteTable(required(world, VPC, 'route-table'));
  const vswitches = routerVswitches(rows);
  const eip = natEip(rows);
  const externals = world.scenario.externals;
  const names: VpcNames = {
    router: `${prefix}vpc`,
    nat: `${prefix}nat`,
    externals: new Map(externals.map((e, i) => [e.name, `${prefix}x${i}`])),
  };
  const nodes = nodeTexts(world, prefix);
  // The VPC's ARP, for host-gw, whose routes send frames to other nodes' addresses.
  // NOTE: the other backends never address a frame to another node's MAC across the router in a
  // way the engine tells apart, so their replicas keep the plain bridges they were checked with.
  const cni = world.scenario.cluster.cni;
  const vpcArp = cni?.plugin === 'flannel' && cni.backend === 'host-gw';
  const pods = podTexts(world, prefix);
  const nodeIp = new Map(nodes.map((n) => [n.name, eth0Address(n.addr) ?? '']));
  checkLinkAddresses([...nodeIp.values(), ...externals.map((e) => e.ip), ...(eip ? [eip] : [])]);

  const namespaces = [
    names.router,
    ...(eip === undefined ? [] : [names.nat]),
    ...names.externals.values(),
    ...nodes.map((n) => n.ns),
    ...pods.map((p) => p.ns),
  ];
  const commands: Command[] = [
    ...namespaces.map((ns): Command => ({ argv: ['ip', 'netns', 'add', ns] })),
    // Before the node makes their eth0, so the device takes the namespace's default.
    ...pods.map((pod) => sysctlIn(pod.ns, POD_SYSCTLS)),
    ...routerCommands(names.router, vswitches, vpcArp),
    ...(eip === undefined
      ? []
      : natGatewayCommands(
          names,
          world.scenario.vpc.cidr,
          world.scenario.vpc.vswitches.map((v) => v.cidr),
          eip,
        )),
    ...externals.flatMap((e) => externalCommands(names, e.name, e.ip, eip)),
  ];
  nodes.forEach((node, i) => {
    const own = pods.filter((p) => p.node === node.name);
    commands.push(...nodeCommands(node, names.router, vswitches, vpcArp), nodeNatCommand(node));
    commands.push(...podPhaseCommands(world, node, own, paths, `${cniDataDir}/${i}`));
  });
  commands.push(...routerRoutes(names.router, rows, nodeIp), ...namespaces.map(installObserver));

  const nsOf = new Map<string, string>([[VPC_ROUTER, names.router]]);
  if (eip !== undefined) nsOf.set(NAT_GATEWAY, names.nat);
  for (const [name, ns] of names.externals) nsOf.set(externalPlace(name), ns);
  for (const node of nodes) nsOf.set(nodePlace(node.name), node.ns);
  for (const pod of pods) nsOf.set(podPlace(pod.name), pod.ns);

  const tables: TableCheck[] = [
    ...nodes.flatMap((n): TableCheck[] => [
      tableCheck(nodePlace(n.name), 'ip-route', n.routes, n.ns),
      tableCheck(nodePlace(n.name), 'ip-route-local', n.local, n.ns),
      tableCheck(nodePlace(n.name), 'iptables-nat', n.nat, n.ns),
      ...(n.addr.some((a) => a.name === 'cni0')
        ? [
            {
              place: nodePlace(n.name),
              artifact: 'links' as const,
              expected: linkLines(n.addr, ['cni0']),
              command: linkListing(n.ns, ['cni0']),
            },
          ]
        : []),
      ...vtepChecks(n, world),
    ]),
    ...nodes.flatMap((n, i): TableCheck[] => {
      const expected = hostLocalFiles(world, n.name);
      if (expected === undefined) return [];
      const command = hostLocalListing(`${cniDataDir}/${i}/cbr0`);
      return [{ place: nodePlace(n.name), artifact: 'host-local', expected, command }];
    }),
    ...pods.flatMap((p): TableCheck[] => [
      tableCheck(podPlace(p.name), 'ip-route', p.routes, p.ns),
      tableCheck(podPlace(p.name), 'ip-route-local', p.local, p.ns),
      {
        place: podPlace(p.name),
        artifact: 'links',
        expected: linkLines(p.addr, ['lo', 'eth0']),
        command: linkListing(p.ns, ['lo', 'eth0']),
      },
    ]),
  ];
  return {
    prefix,
    namespaces,
    commands,
    nsOf,
    ...routerNames(rows, vswitches, nodes, nodeIp),
    tables,
    cniDataDir,
  };
}

function tableCheck(
  place: string,
  artifact: 'ip-route' | 'ip-route-local' | 'iptables-nat',
  expected: string,
  ns: string,
): TableCheck {
  const argv = {
    'ip-route': ['ip', 'route', 'show'],
    'ip-route-local': ['ip', 'route', 'show', 'table', 'local'],
    'iptables-nat': ['iptables', '-t', 'nat', '-S'],
  }[artifact];
  return { place, artifact, expected, command: { ns, argv } };
}
