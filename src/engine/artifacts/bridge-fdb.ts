import { bridgeFdb, type FdbEntry } from '../tables/fdb.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { noCni0 } from './ip-addr.ts';
import { type ArtifactResult, keyedLines, missing } from './result.ts';

/** One line of `bridge fdb show br cni0`; learned entries carry no `permanent` flag. */
// NOTE: iproute2 6.1 ends a learned line with a space after `master cni0`; the line is trimmed here.
export function formatFdbEntry(entry: FdbEntry): string {
  return `${entry.mac} dev ${entry.dev} master cni0${entry.permanent ? ' permanent' : ''}`;
}

/** IPv6 all-nodes (ff02::1) and IPv4 all-hosts (224.0.0.1): every device with IPv6 and IPv4 up joins them. */
const ALL_NODES_V6 = '33:33:00:00:00:01';
const ALL_HOSTS_V4 = '01:00:5e:00:00:01';
/** The bridge's multicast router discovery groups, 224.0.0.106 and ff02::6a (all-snoopers). */
const ALL_SNOOPERS_V4 = '01:00:5e:00:00:6a';
const ALL_SNOOPERS_V6 = '33:33:00:00:00:6a';

/** The solicited-node group of the device's EUI-64 link-local address: 33:33:ff and its MAC's last three bytes. */
function solicitedNode(mac: string): string {
  return `33:33:ff:${mac.split(':').slice(3).join(':')}`;
}

function self(mac: string, dev: string): string {
  return `${mac} dev ${dev} self permanent`;
}

/**
 * `bridge fdb show br cni0` on a node, in the kernel's order: device by device (cni0, then each
 * veth by interface index), each device's bridge entries (`master cni0`: a learned pod MAC, then
 * the port's own address, permanent) and its own multicast addresses (`self permanent`).
 */
// NOTE: checked against Linux 6.18 and iproute2 6.1 with cni0 and veths made by the real bridge
// plugin (containernetworking/plugins v1.1.1, as verify:kernel runs it). The bridge plugin leaves
// vlan_filtering off, so there are no `vlan 1 master cni0 permanent` lines; cni0 itself lists the
// multicast groups before its own entry, and `ip link set cni0 down` removes cni0's groups and
// flushes what it learned (br_stp_disable_bridge). IPv6 is on, as on an ACK node, although
// `ip addr` here leaves the inet6 lines out.
export function bridgeFdbShow(world: WorldState, node: NodeState): ArtifactResult {
  const cni0 = node.cni0;
  if (!cni0) return missing(noCni0(node));
  const entries = bridgeFdb(node, world.pods.values());
  const lines: string[] = [];
  if (cni0.up) {
    lines.push(
      ...[ALL_NODES_V6, ALL_SNOOPERS_V4, ALL_SNOOPERS_V6, ALL_HOSTS_V4, solicitedNode(cni0.mac)].map((mac) =>
        self(mac, 'cni0'),
      ),
    );
  }
  for (const entry of entries) if (entry.dev === 'cni0') lines.push(formatFdbEntry(entry));
  for (const port of portsByIndex(world, node)) {
    const own = entries.filter((e) => e.dev === port.dev);
    if (cni0.up) for (const e of own) if (!e.permanent) lines.push(formatFdbEntry(e));
    for (const e of own) if (e.permanent) lines.push(formatFdbEntry(e));
    lines.push(...[ALL_NODES_V6, ALL_HOSTS_V4, solicitedNode(port.mac)].map((mac) => self(mac, port.dev)));
  }
  return keyedLines(lines);
}

/** cni0's ports (the host ends of the pods' veths) in interface-index order. */
function portsByIndex(world: WorldState, node: NodeState): { dev: string; mac: string }[] {
  const ports: { dev: string; mac: string; index: number }[] = [];
  for (const pod of world.pods.values()) {
    if (pod.node !== node.name || !pod.veth) continue;
    ports.push({ dev: pod.veth.hostName, mac: pod.veth.hostMac, index: pod.veth.ifindex });
  }
  return ports.sort((a, b) => a.index - b.index);
}
