/**
 * cni0, the Linux bridge the bridge plugin made: a frame entering from a port is forwarded by
 * its FDB to the port behind which the destination MAC was learned, or handed up to the node's
 * IP stack when the destination is cni0's own MAC. The TTL is untouched: this is layer 2.
 */

import { later } from '../later.ts';
import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { message } from '../messages/message.ts';
import { nodePlace } from '../places.ts';
import type { NodeState } from '../world/types.ts';
import { bridgeServiceNat } from './bridge-nat.ts';
import { postrouting } from './netfilter.ts';
import { groupIn, groupKind, isGroupMac } from './special-addresses.ts';
import { ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

/** A frame entering cni0 on `port` (a host-side veth, or `cni0` when the node itself sends). */
export function bridge(walk: Walk, node: NodeState, port: string, packet: Packet, arpFor?: number): Next {
  const plane = walk.index.nodePlane(node);
  const place = plane.place;
  if (!node.cni0?.up) {
    const from =
      port === 'cni0' ? message(hops, 'ipStackOf', { node: node.name }) : message(hops, 'theVeth', { port });
    // NOTE: `ip link set cni0 down` disables every bridge port (br_stp_disable_bridge), and a
    // bridge drops whatever arrives on a disabled port (br_handle_frame), ARP included.
    const what =
      arpFor === undefined
        ? message(hops, 'theFrame')
        : message(hops, 'arpRequestFor', { ip: ipText(arpFor) });
    return walk.drop(
      {
        at: place,
        deviceIn: port,
        before: packet,
        explanation: message(hops, 'cni0DownDrops', { what, from }),
      },
      arpFor === undefined
        ? message(drops, 'cni0DownAt', { node: node.name })
        : message(drops, 'cni0DownArp', { node: node.name, ip: ipText(arpFor) }),
    );
  }
  if (isGroupMac(packet.dstMac)) return flood(walk, node, port, packet);
  const found = packet.dstMac === undefined ? -1 : plane.fdbFind(packet.dstMac);
  const entry = found < 0 ? undefined : plane.fdb[found];
  if (!entry) {
    return walk.drop(
      {
        at: place,
        deviceIn: port,
        before: packet,
        explanation: message(hops, 'noFdbEntry', { mac: packet.dstMac ?? message(hops, 'theFrame') }),
      },
      message(drops, 'noStation', { node: node.name, mac: packet.dstMac ?? '(none)' }),
    );
  }
  const evidence = plane.fdbEvidenceAt(found);
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
      explanation: later(() => message(hops, 'bridgeUp', { node: node.name })),
    });
    return { station: { kind: 'node-in', node, dev: 'cni0' }, packet };
  }
  const pod = plane.fdbPodAt(found);
  // NOTE: the bridge plugin sets hairpin mode on every port (hairpinMode: true in
  // 10-flannel.conf), so a frame may leave by the port it came in on.
  walk.record({
    at: place,
    deviceIn: port,
    deviceOut: entry.dev,
    action: 'bridge',
    evidence,
    before: packet,
    after: packet,
    explanation: later(() =>
      message(hops, 'bridgeForward', {
        mac: packet.dstMac ?? '',
        dev: entry.dev,
        hairpin: entry.dev === port ? message(hops, 'hairpin') : '',
        pod: pod?.name ?? message(hops, 'thePod'),
      }),
    ),
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
        explanation: message(hops, 'noPodOnPort', { dev: entry.dev }),
      },
      message(drops, 'noPodBehind', { dev: entry.dev }),
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
  walk.record({
    at: place,
    deviceIn: port,
    deviceOut: 'cni0',
    action: 'bridge',
    before: packet,
    after: packet,
    explanation:
      port === 'cni0'
        ? message(hops, 'floodToPods', { mac: packet.dstMac ?? '', pods, node: node.name })
        : message(hops, 'floodFromPod', { mac: packet.dstMac ?? '', port, pods, node: node.name }),
  });
  if (port !== 'cni0') return { station: { kind: 'node-in', node, dev: 'cni0' }, packet };
  const kind = groupKind(packet.dst, false) ?? 'broadcast';
  return groupIn(walk, place, message(packetHops, 'everyPodOn', { node: node.name }), 'cni0', packet, kind);
}
