/**
 * Nodes of a replica, from their `ip addr`, `ip route` and `iptables -t nat -S` texts: eth0 is a
 * veth into the router's bridge for its vSwitch. cni0 and the pods' veth pairs are not made from
 * the texts: the real bridge plugin makes them (cni-plan.ts), and the checks compare.
 */
import { cidr, contains, parseIp } from '../engine/index.ts';

const VXLAN_DEVICE = 'flannel.1';

import type { AddrInterface } from './artifact-text.ts';
import type { Command } from './command.ts';
import { ipIn, sysctlIn } from './replica.ts';
import { interfaceCommands, natRestoreInput, routeCommands } from './translate.ts';
import { nodePortIsolation, type RouterVswitch } from './vpc-plan.ts';

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
  /** flannel.1's `ip neigh` and `bridge fdb` texts on a vxlan node. */
  readonly vtep?: { readonly neighbours: string; readonly fdb: string };
}

/** A pod as the plan sees it. */
export interface PodTexts {
  readonly name: string;
  readonly ns: string;
  readonly addr: readonly AddrInterface[];
  readonly routes: string;
  readonly local: string;
}

/** Whether an interface of a node's `ip addr` is one the bridge plugin makes (cni0, a pod's host veth). */
export function madeByPlugin(iface: AddrInterface): boolean {
  return iface.name === 'cni0' || iface.peerIndex !== undefined;
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

/**
 * The node's lo and eth0, their addresses and routes, and the router's side of eth0. Routes on
 * cni0 are the kernel's own (connected), so none waits for the plugin.
 */
export function nodeCommands(
  node: NodeTexts,
  router: string,
  vswitches: readonly RouterVswitch[],
  isolated = false,
): Command[] {
  const { ns } = node;
  // NOTE: kubeadm's preflight requires net.ipv4.ip_forward=1 on every node.
  const commands: Command[] = [sysctlIn(ns, { 'net.ipv4.ip_forward': 1 })];
  const routerSide: Command[] = [];
  for (const iface of node.addr) {
    if (madeByPlugin(iface)) continue;
    if (iface.name === 'eth0') {
      commands.push(
        ipIn(ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', node.port, 'netns', router),
      );
      const bridge = vswitchFor(node, vswitches).bridge;
      routerSide.push(
        ipIn(router, 'link', 'set', 'dev', node.port, 'master', bridge),
        ipIn(router, 'link', 'set', 'dev', node.port, 'up'),
        ...(isolated ? [nodePortIsolation(router, node.port)] : []),
      );
    } else if (iface.name === VXLAN_DEVICE) {
      commands.push(vxlanDevice(ns, eth0Address(node.addr) ?? ''));
    } else if (iface.name !== 'lo') {
      throw new Error(`node ${node.name}: no replica for interface ${iface.name}`);
    }
    commands.push(...interfaceCommands(ns, iface));
  }
  // flanneld's order: the neighbour and the FDB entry before the route that needs them.
  return [...commands, ...routerSide, ...vtepEntries(ns, node.vtep), ...routeCommands(ns, node.routes)];
}

/**
 * flannel.1 as flanneld makes it (pkg/backend/vxlan/device.go): VNI 1, local eth0's address,
 * dev eth0, learning off, the port left to the kernel (`dstport 0`: its default, 8472).
 */
function vxlanDevice(ns: string, local: string): Command {
  const argv = ['link', 'add', VXLAN_DEVICE, 'type', 'vxlan', 'id', '1', 'local', local, 'dev', 'eth0'];
  return ipIn(ns, ...argv, 'nolearning', 'dstport', '0');
}

/** The permanent neighbours and FDB entries of the engine's texts, as flanneld adds them. */
function vtepEntries(ns: string, vtep: NodeTexts['vtep']): Command[] {
  if (!vtep) return [];
  const commands: Command[] = [];
  for (const line of vtep.neighbours.split('\n').filter(Boolean)) {
    const [ip, , mac] = line.split(' ');
    commands.push(
      ipIn(ns, 'neigh', 'replace', ip ?? '', 'lladdr', mac ?? '', 'dev', VXLAN_DEVICE, 'nud', 'permanent'),
    );
  }
  for (const line of vtep.fdb.split('\n').filter(Boolean)) {
    const [mac, , dst] = line.split(' ');
    commands.push({
      ns,
      argv: [
        'bridge',
        'fdb',
        'append',
        mac ?? '',
        'dev',
        VXLAN_DEVICE,
        'dst',
        dst ?? '',
        'self',
        'permanent',
      ],
    });
  }
  return commands;
}

/**
 * flanneld's nat rules, restored from the node's `iptables -t nat -S` text before any pod is set
 * up (iptables-restore flushes the table). The bridge plugin's own `CNI-…` chains are left out:
 * the plugin writes them, and the table check compares.
 */
export function nodeNatCommand(node: NodeTexts): Command {
  const flanneld = node.nat
    .split('\n')
    .filter((line) => !/^-[NA] CNI-/.test(line) && !/ -j CNI-/.test(line))
    .join('\n');
  return { ns: node.ns, argv: ['iptables-restore'], input: natRestoreInput(flanneld) };
}
