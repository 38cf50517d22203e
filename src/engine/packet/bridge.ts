/**
 * cni0, the Linux bridge the bridge plugin made: a frame entering from a port is forwarded by
 * its FDB to the port behind which the destination MAC was learned, or handed up to the node's
 * IP stack when the destination is cni0's own MAC. The TTL is untouched: this is layer 2.
 */
import { formatFdbEntry } from '../artifacts/bridge-fdb.ts';
import { nodePlace } from '../places.ts';
import type { NodeState } from '../world/types.ts';
import { bridgeServiceNat } from './bridge-nat.ts';
import { postrouting } from './netfilter.ts';
import { groupIn, groupKind, isGroupMac } from './special-addresses.ts';
import { evidenceOf, ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

/** A frame entering cni0 on `port` (a host-side veth, or `cni0` when the node itself sends). */
export function bridge(walk: Walk, node: NodeState, port: string, packet: Packet, arpFor?: number): Next {
  const place = nodePlace(node.name);
  const fromPod = port === 'cni0' ? `${node.name}'s IP stack` : `the veth ${port}`;
  if (!node.cni0?.up) {
    // NOTE: `ip link set cni0 down` disables every bridge port (br_stp_disable_bridge), and a
    // bridge drops whatever arrives on a disabled port (br_handle_frame), ARP included.
    const what = arpFor === undefined ? 'the frame' : `the ARP request for ${ipText(arpFor)}`;
    return walk.drop(
      {
        at: place,
        deviceIn: port,
        before: packet,
        explanation: `cni0 is down, so its ports are disabled and the bridge drops ${what} arriving from ${fromPod}.`,
      },
      `cni0 on ${node.name} is down: the bridge forwards nothing${arpFor === undefined ? '' : `, so ARP for ${ipText(arpFor)} is never answered and the packet is never sent`}`,
    );
  }
  if (isGroupMac(packet.dstMac)) return flood(walk, node, port, packet);
  const entry = packet.dstMac === undefined ? undefined : walk.index.fdbEntry(node, packet.dstMac);
  if (!entry) {
    return walk.drop(
      {
        at: place,
        deviceIn: port,
        before: packet,
        explanation: `cni0 has no FDB entry for ${packet.dstMac ?? 'the frame'}; it floods the frame and no port answers.`,
      },
      `no station behind cni0 on ${node.name} has the MAC ${packet.dstMac ?? '(none)'}`,
    );
  }
  const evidence = evidenceOf(entry, 'fdb', place, formatFdbEntry);
  if (entry.dev === 'cni0') {
    const service = bridgeServiceNat(walk, node, port, packet);
    if (service) return service;
    walk.record({
      at: place,
      deviceIn: port,
      deviceOut: 'cni0',
      action: 'bridge',
      evidence,
      before: packet,
      after: packet,
      explanation: `The frame is addressed to cni0's own MAC, so the bridge hands it up to ${node.name}'s IP stack instead of forwarding it to a port.`,
    });
    return { station: { kind: 'node-in', node, dev: 'cni0' }, packet };
  }
  const pod = walk.index.podOnPort(node, entry.dev);
  // NOTE: the bridge plugin sets hairpin mode on every port (hairpinMode: true in
  // 10-flannel.conf), so a frame may leave by the port it came in on.
  const hairpin = entry.dev === port ? ' (hairpin mode lets it leave by the port it came in on)' : '';
  walk.record({
    at: place,
    deviceIn: port,
    deviceOut: entry.dev,
    action: 'bridge',
    evidence,
    before: packet,
    after: packet,
    explanation: `cni0 finds ${packet.dstMac} behind ${entry.dev} in its FDB and forwards the frame there${hairpin}, across the veth pair into ${pod?.name ?? 'the pod'}; the TTL does not change at layer 2.`,
  });
  // The bridged packet meets conntrack and nat POSTROUTING too (br_netfilter; netfilter.ts).
  const bridged =
    port === 'cni0'
      ? packet
      : postrouting(walk, node, 'cni0', packet, walk.conntrack.track(place, packet.src, packet.dst), true);
  if (!pod)
    return walk.drop(
      {
        at: place,
        deviceOut: entry.dev,
        before: packet,
        explanation: `No pod is plugged into ${entry.dev}.`,
      },
      `no pod behind ${entry.dev}`,
    );
  return { station: { kind: 'pod-in', pod }, packet: bridged };
}

/**
 * A frame to a group MAC (broadcast or multicast): the bridge floods it to every port but the one
 * it came in on, and to the node's own stack (br_handle_frame_finish: BR_PKT_BROADCAST and
 * BR_PKT_MULTICAST are flooded and passed up). From a pod, the walk follows the node's copy; from
 * the node, the pods' copies end it.
 */
function flood(walk: Walk, node: NodeState, port: string, packet: Packet): Next {
  const place = nodePlace(node.name);
  const pods = [...walk.index.world.pods.values()].filter(
    (p) => p.node === node.name && p.veth !== undefined && p.veth.hostName !== port,
  ).length;
  const others = `${pods} other pod${pods === 1 ? '' : 's'} on ${node.name}`;
  walk.record({
    at: place,
    deviceIn: port,
    deviceOut: 'cni0',
    action: 'bridge',
    before: packet,
    after: packet,
    explanation:
      port === 'cni0'
        ? `${packet.dstMac} is a group MAC, so cni0 floods the frame to every port: ${pods === 1 ? `the pod on ${node.name} gets a copy` : `the ${pods} pods on ${node.name} each get a copy`}.`
        : `${packet.dstMac} is a group MAC, so cni0 floods the frame out of every port but ${port} (${others}) and passes a copy up to ${node.name}'s IP stack, which the walk follows.`,
  });
  if (port !== 'cni0') return { station: { kind: 'node-in', node, dev: 'cni0' }, packet };
  const kind = groupKind(packet.dst, []) ?? 'broadcast';
  return groupIn(walk, place, `every pod on ${node.name}`, 'cni0', packet, kind);
}
