import { devicesBeforeCni0, ETH0_MTU, VXLAN_DEVICE } from '../dataplane/flannel.ts';
import { broadcastOf, formatIp, maskOf } from '../net/ipv4.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, inPodNetns, missing, text } from './result.ts';

/** One interface as `ip addr` prints it. */
interface Link {
  readonly index: number;
  readonly name: string;
  readonly up: boolean;
  readonly mtu: number;
  readonly qdisc: string;
  readonly master?: string;
  readonly qlen?: number;
  readonly mac: string;
  readonly netnsid?: number;
  readonly inet?: { readonly ip: number; readonly prefix: number };
  /** What `state` says when the link is up; a VXLAN device has no carrier of its own: UNKNOWN. */
  readonly upState?: string;
}

const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff';

const LOOPBACK = [
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
  '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
  '    inet 127.0.0.1/8 scope host lo',
  '       valid_lft forever preferred_lft forever',
];

// NOTE: IPv6 link-local (inet6 fe80::…) lines and ECS's DHCP lease lifetimes are left out:
// the model is IPv4 only, and the addresses are what matter here.
function formatLink(link: Link): string[] {
  const flags = link.up ? 'BROADCAST,MULTICAST,UP,LOWER_UP' : 'BROADCAST,MULTICAST';
  const master = link.master ? ` master ${link.master}` : '';
  const qlen = link.qlen === undefined ? '' : ` qlen ${link.qlen}`;
  const lines = [
    `${link.index}: ${link.name}: <${flags}> mtu ${link.mtu} qdisc ${link.qdisc}${master} state ${link.up ? (link.upState ?? 'UP') : 'DOWN'} group default${qlen}`,
    `    link/ether ${link.mac} brd ${BROADCAST_MAC}${link.netnsid === undefined ? '' : ` link-netnsid ${link.netnsid}`}`,
  ];
  if (link.inet) {
    const { ip, prefix } = link.inet;
    const brd = formatIp(broadcastOf({ network: (ip & maskOf(prefix)) >>> 0, prefix }));
    const device = link.name.split('@')[0];
    // A /32 has no broadcast address (flanneld adds flannel.1's without one).
    lines.push(
      `    inet ${formatIp(ip)}/${prefix}${prefix === 32 ? '' : ` brd ${brd}`} scope global ${device}`,
      '       valid_lft forever preferred_lft forever',
    );
  }
  return lines;
}

/** cni0's lines of `ip addr`, once the bridge plugin has made it. */
function cni0Lines(node: NodeState): string[] {
  if (!node.cni0) return [];
  const { mac, gateway, prefix, up } = node.cni0;
  return formatLink({
    index: 3 + devicesBeforeCni0(node),
    name: 'cni0',
    up,
    mtu: podMtu(node),
    qdisc: 'noqueue',
    qlen: 1000,
    mac,
    inet: { ip: gateway, prefix },
  });
}

// NOTE: the Flannel CNI plugin passes FLANNEL_MTU to the bridge plugin as "mtu"
// (flannel-io/cni-plugin flannel_linux.go), which sets it on cni0 and on both ends of each veth
// (containernetworking/plugins plugins/main/bridge): 1450 in a pod of a vxlan node.
function podMtu(node: NodeState): number {
  return node.subnetEnv?.mtu ?? ETH0_MTU;
}

/** flannel.1's lines of `ip addr`, once flanneld (vxlan) has made it. */
function vtepLines(node: NodeState): string[] {
  const vtep = node.flannelLease?.vtep;
  if (!vtep) return [];
  return formatLink({
    index: 3,
    name: VXLAN_DEVICE,
    up: true,
    upState: 'UNKNOWN',
    mtu: vtep.mtu,
    qdisc: 'noqueue',
    qlen: 1000,
    mac: vtep.mac,
    inet: { ip: vtep.address, prefix: 32 },
  });
}

/** `ip addr show dev cni0`: the bridge's own lines of the node's `ip addr`. */
export function cni0IpAddr(node: NodeState): ArtifactResult {
  return node.cni0 ? text(cni0Lines(node)) : missing(noCni0(node));
}

/** Why a node has no cni0 yet. */
export function noCni0(node: NodeState): string {
  return `cni0 on ${node.name} does not exist yet: the bridge plugin creates it with the node's first pod`;
}

/** The pods on a node that have their host-side veth, in interface-index order. */
function podsWithVeth(world: WorldState, node: NodeState): PodState[] {
  const pods = [...world.pods.values()].filter((p) => p.node === node.name && p.veth);
  return pods.sort((a, b) => (a.veth?.ifindex ?? 0) - (b.veth?.ifindex ?? 0));
}

/**
 * `ip addr` on a node: lo, eth0 with its vSwitch address, cni0 with the pod-CIDR gateway once
 * the bridge plugin made it, and the host end of each pod's veth pair, enslaved to cni0.
 */
export function nodeIpAddr(world: WorldState, node: NodeState): ArtifactResult {
  const lines = [...LOOPBACK];
  lines.push(
    ...formatLink({
      index: 2,
      name: 'eth0',
      up: true,
      mtu: 1500,
      qdisc: 'mq',
      qlen: 1000,
      mac: node.eth0Mac,
      inet: { ip: node.ip, prefix: node.ipPrefix },
    }),
  );
  lines.push(...vtepLines(node), ...cni0Lines(node));
  podsWithVeth(world, node).forEach((pod, netnsid) => {
    const veth = pod.veth;
    if (!veth) return;
    // NOTE: the peer is eth0, ifindex 2 in the pod's fresh netns (1 is lo); the bridge plugin
    // attaches the host end to cni0 (containernetworking/plugins plugins/main/bridge).
    lines.push(
      ...formatLink({
        index: veth.ifindex,
        name: `${veth.hostName}@if2`,
        up: true,
        mtu: podMtu(node),
        qdisc: 'noqueue',
        master: 'cni0',
        mac: veth.hostMac,
        netnsid,
      }),
    );
  });
  return text(lines);
}

/** `ip addr` inside a pod's network namespace: lo and, once the veth exists, `eth0@ifN` with the pod IP. */
export function podIpAddr(world: WorldState, pod: PodState): ArtifactResult {
  return inPodNetns(pod, () => text(podLinks(world, pod)));
}

function podLinks(world: WorldState, pod: PodState): string[] {
  const lines = [...LOOPBACK];
  const node = world.nodes.get(pod.node);
  const prefix = node?.podCidr?.prefix;
  if (pod.veth) {
    lines.push(
      ...formatLink({
        index: 2,
        name: `eth0@if${pod.veth.ifindex}`,
        up: true,
        mtu: node ? podMtu(node) : 1500,
        qdisc: 'noqueue',
        mac: pod.veth.podMac,
        netnsid: 0,
        ...(pod.ip === undefined || prefix === undefined ? {} : { inet: { ip: pod.ip, prefix } }),
      }),
    );
  }
  return lines;
}
