/**
 * Nodes and pods of a replica, from their `ip addr`, `ip route` and `iptables -t nat -S` texts:
 * eth0 is a veth into the router's bridge for its vSwitch, cni0 a real bridge, and each host
 * veth the peer of a pod's eth0 (paired by ifindex: the host's `vethX@if2` at index N is the
 * pod's `eth0@ifN`).
 */
import { cidr, contains, parseIp } from '../engine/net/ipv4.ts';
import type { AddrInterface } from './artifact-text.ts';
import type { Command } from './command.ts';
import { ipIn, sysctlIn } from './replica.ts';
import { interfaceCommands, natRestoreInput, routeCommands } from './translate.ts';
import type { RouterVswitch } from './vpc-plan.ts';

/** A node as the plan sees it: its namespace and its artifact texts. */
export interface NodeTexts {
  readonly name: string;
  readonly ns: string;
  /** The router-side name of its eth0 peer. */
  readonly port: string;
  readonly addr: readonly AddrInterface[];
  readonly routes: string;
  /** `ip route show table local`: not replayed (the kernel makes it), only compared. */
  readonly local: string;
  readonly nat: string;
}

/** A pod as the plan sees it. */
export interface PodTexts {
  readonly name: string;
  readonly ns: string;
  readonly addr: readonly AddrInterface[];
  readonly routes: string;
  readonly local: string;
}

/** The address part of eth0's first `inet`, if any. */
export function eth0Address(addr: readonly AddrInterface[]): string | undefined {
  return addr.find((i) => i.name === 'eth0')?.inet[0]?.cidr.split('/')[0];
}

function vswitchFor(node: NodeTexts, vswitches: readonly RouterVswitch[]): RouterVswitch {
  const ip = parseIp(eth0Address(node.addr) ?? '');
  const found = ip === undefined ? undefined : vswitches.find((v) => contains(cidr(v.cidr), ip));
  if (!found) throw new Error(`node ${node.name}: its eth0 address is in no vSwitch of the VPC route table`);
  return found;
}

/** The pod whose eth0 is the peer of the host interface at `index`. */
function peerPod(node: NodeTexts, index: number, pods: readonly PodTexts[]): PodTexts {
  const pod = pods.find((p) => p.addr.some((i) => i.name === 'eth0' && i.peerIndex === index));
  if (!pod) throw new Error(`node ${node.name}: no pod's eth0 is the peer of interface ${index}`);
  return pod;
}

/**
 * The node's links, addresses and routes, its pods' links to cni0, and the router's side of eth0.
 * The pods on the node must already have their (empty) namespaces.
 */
export function nodeCommands(
  node: NodeTexts,
  pods: readonly PodTexts[],
  router: string,
  vswitches: readonly RouterVswitch[],
): Command[] {
  const { ns } = node;
  const masters = new Set(node.addr.flatMap((i) => (i.master === undefined ? [] : [i.master])));
  const commands: Command[] = [sysctlIn(ns, { 'net.ipv4.ip_forward': 1 })];
  const routerSide: Command[] = [];
  for (const iface of node.addr) {
    if (iface.name === 'eth0') {
      commands.push(
        ipIn(ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', node.port, 'netns', router),
      );
      const bridge = vswitchFor(node, vswitches).bridge;
      routerSide.push(
        ipIn(router, 'link', 'set', 'dev', node.port, 'master', bridge),
        ipIn(router, 'link', 'set', 'dev', node.port, 'up'),
      );
    } else if (masters.has(iface.name)) {
      commands.push(ipIn(ns, 'link', 'add', iface.name, 'type', 'bridge'));
    } else if (iface.peerIndex !== undefined) {
      const pod = peerPod(node, iface.index, pods);
      commands.push(
        ipIn(ns, 'link', 'add', iface.name, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', pod.ns),
      );
    } else if (iface.name !== 'lo') {
      throw new Error(`node ${node.name}: no replica for interface ${iface.name}`);
    }
    commands.push(...interfaceCommands(ns, iface));
    // NOTE: the bridge plugin turns hairpin mode on for every port (hairpinMode in 10-flannel.conf);
    // `ip addr` does not show it.
    if (iface.master !== undefined && iface.peerIndex !== undefined)
      commands.push(ipIn(ns, 'link', 'set', 'dev', iface.name, 'type', 'bridge_slave', 'hairpin', 'on'));
  }
  return [...commands, ...routerSide, ...routeCommands(ns, node.routes)];
}

/** The node's nat rules, restored from its `iptables -t nat -S` text. */
export function nodeNatCommand(node: NodeTexts): Command {
  return { ns: node.ns, argv: ['iptables-restore'], input: natRestoreInput(node.nat) };
}

/**
 * The pod's lo and eth0 (the latter created by its node), addresses and routes.
 * NOTE: the bridge plugin adds the pod's routes with netlink.RouteAddEcmp (containernetworking/
 * plugins pkg/ipam/ipam_linux.go): NLM_F_CREATE without NLM_F_EXCL (vishvananda/netlink
 * route_linux.go), which is `ip route prepend`.
 * It differs from `add` only when a route for the same destination exists: the cluster route
 * when the node's pod CIDR is the whole cluster CIDR (nodeCidrMaskSize = the cluster's prefix).
 */
export function podCommands(pod: PodTexts): Command[] {
  return [
    ...pod.addr.flatMap((iface) => interfaceCommands(pod.ns, iface)),
    ...routeCommands(pod.ns, pod.routes, 'prepend'),
  ];
}
