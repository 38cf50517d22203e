/**
 * Plans the replica of a world state: every namespace, every command in build order, and the
 * maps the comparison needs. Pure: it reads the engine's artifact texts and runs nothing.
 */
import { renderArtifact } from '../engine/artifacts/index.ts';
import { cidr, contains, parseIp } from '../engine/net/ipv4.ts';
import type { WorldState } from '../engine/world/types.ts';
import { parseIpAddr, parseRouteTable } from './artifact-text.ts';
import type { Command } from './command.ts';
import {
  eth0Address,
  type NodeTexts,
  nodeCommands,
  nodeNatCommand,
  type PodTexts,
  podCommands,
} from './node-plan.ts';
import { installObserver } from './observer.ts';
import { NAT_LINK, type Replica, sysctlIn, type TableCheck } from './replica.ts';
import {
  externalCommands,
  natEip,
  natGatewayCommands,
  routerCommands,
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

function nodeTexts(world: WorldState, prefix: string): NodeTexts[] {
  return [...world.nodes.values()].map((node, i) => ({
    name: node.name,
    ns: `${prefix}n${i}`,
    port: `e${i}`,
    addr: parseIpAddr(required(world, `node:${node.name}`, 'ip-addr')),
    routes: required(world, `node:${node.name}`, 'ip-route'),
    local: required(world, `node:${node.name}`, 'ip-route-local'),
    nat: required(world, `node:${node.name}`, 'iptables-nat'),
  }));
}

/** Pods that have a network namespace (the others print no `ip addr`), by node. */
function podTexts(world: WorldState, prefix: string): (PodTexts & { node: string })[] {
  const pods: (PodTexts & { node: string })[] = [];
  for (const pod of world.pods.values()) {
    const addr = artifact(world, `pod:${pod.name}`, 'ip-addr');
    if (addr === undefined) continue;
    pods.push({
      name: pod.name,
      node: pod.node,
      ns: `${prefix}p${pods.length}`,
      addr: parseIpAddr(addr),
      routes: required(world, `pod:${pod.name}`, 'ip-route'),
      local: required(world, `pod:${pod.name}`, 'ip-route-local'),
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

/** Plans the replica of `world` in namespaces named `prefix…`. */
export function planReplica(world: WorldState, prefix: string): Replica {
  const rows = parseRouteTable(required(world, 'vpc', 'route-table'));
  const vswitches = routerVswitches(rows);
  const eip = natEip(rows);
  const externals = world.scenario.externals;
  const names: VpcNames = {
    router: `${prefix}vpc`,
    nat: `${prefix}nat`,
    externals: new Map(externals.map((e, i) => [e.name, `${prefix}x${i}`])),
  };
  const nodes = nodeTexts(world, prefix);
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
    ...routerCommands(names.router, vswitches),
    ...(eip === undefined ? [] : natGatewayCommands(names, world.scenario.vpc.cidr, eip)),
    ...externals.flatMap((e) => externalCommands(names, e.name, e.ip, eip)),
  ];
  for (const node of nodes) {
    const own = pods.filter((p) => p.node === node.name);
    commands.push(...nodeCommands(node, own, names.router, vswitches), ...own.flatMap(podCommands));
    commands.push(nodeNatCommand(node));
  }
  commands.push(...routerRoutes(names.router, rows, nodeIp), ...namespaces.map(installObserver));

  const nsOf = new Map<string, string>([['vpc-router', names.router]]);
  if (eip !== undefined) nsOf.set('nat-gateway', names.nat);
  for (const [name, ns] of names.externals) nsOf.set(`external:${name}`, ns);
  for (const node of nodes) nsOf.set(`node:${node.name}`, node.ns);
  for (const pod of pods) nsOf.set(`pod:${pod.name}`, pod.ns);

  const instanceOf = new Map(
    rows.filter((r) => r.nextHopType === 'ECS instance').map((r) => [r.note ?? '', r.nextHop]),
  );
  const tables: TableCheck[] = [
    ...nodes.flatMap((n): TableCheck[] => [
      tableCheck(`node:${n.name}`, 'ip-route', n.routes, n.ns),
      tableCheck(`node:${n.name}`, 'ip-route-local', n.local, n.ns),
      tableCheck(`node:${n.name}`, 'iptables-nat', n.nat, n.ns),
    ]),
    ...pods.flatMap((p) => [
      tableCheck(`pod:${p.name}`, 'ip-route', p.routes, p.ns),
      tableCheck(`pod:${p.name}`, 'ip-route-local', p.local, p.ns),
    ]),
  ];
  return {
    prefix,
    namespaces,
    commands,
    nsOf,
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
    tables,
  };
}

function tableCheck(
  place: string,
  artifact: TableCheck['artifact'],
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
