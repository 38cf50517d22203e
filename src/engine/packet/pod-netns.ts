/**
 * The pod's network namespace: `lo` for its own addresses, the routes the bridge plugin gave it,
 * ARP on its /N segment, and `eth0`, the pod end of the veth pair.
 */

import { later } from '../later.ts';
import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import type { Text } from '../messages/message.ts';
import { message } from '../messages/message.ts';
import { formatCidr } from '../net/ipv4.ts';
import { podPlace } from '../places.ts';
import type { LocalRoute } from '../tables/index.ts';
import type { PodState } from '../world/types.ts';
import { LOCALHOST } from './addresses.ts';
import type { RowTable } from './compiled-table.ts';
import { framed, packetOf, withSrc } from './packet.ts';
import { groupKind, groupMac, groupSendText } from './special-addresses.ts';
import { ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

/** A packet sent by a process in the pod (`src` fixed when it is an answer). */
export function podOut(walk: Walk, pod: PodState, packet: Packet, fixedSrc?: number): Next {
  const plane = walk.index.podPlane(pod);
  const place = plane.place;
  const { dst } = packet;
  if (!pod.netns) {
    return walk.drop(
      {
        at: place,
        before: withSrc(packet, fixedSrc ?? 0),
        explanation: message(hops, 'noSandbox', { pod: pod.name }),
      },
      pod.error
        ? message(drops, 'sandboxGoneError', { pod: pod.name, phase: pod.phase, error: pod.error })
        : message(drops, 'sandboxGone', { pod: pod.name, phase: pod.phase }),
    );
  }
  const localTable = plane.local;
  if (dst === 0) {
    // NOTE: ip_route_output_key_hash_rcu (net/ipv4/route.c): no destination means the sender
    // itself, its source or else 127.0.0.1, over lo (RTN_LOCAL).
    const lo = localTable.find(LOCALHOST);
    const self: Packet = packetOf(
      fixedSrc ?? LOCALHOST,
      fixedSrc ?? LOCALHOST,
      packet.ttl,
      packet.srcMac,
      packet.dstMac,
    );
    return loopback(walk, pod, lo, self, message(hops, 'unspecified'));
  }
  const localAt = localTable.find(dst);
  if (localAt >= 0) {
    const local = localTable.rowAt(localAt);
    return loopback(walk, pod, localAt, withSrc(packet, fixedSrc ?? local.src));
  }
  const routes = plane.routes;
  const found = routes.find(dst);
  const route = found < 0 ? undefined : routes.rowAt(found);
  if (pod.ip === undefined || !pod.veth || !route) {
    return walk.drop(
      {
        at: place,
        before: withSrc(packet, fixedSrc ?? 0),
        explanation: message(hops, 'onlyLo', { pod: pod.name, error: 'Network is unreachable' }),
      },
      pod.error
        ? message(drops, 'noNetworkError', { pod: pod.name, error: pod.error })
        : message(drops, 'noNetwork', { pod: pod.name, phase: pod.phase }),
    );
  }
  const src = fixedSrc ?? route.src ?? pod.ip;
  const before: Packet = packetOf(src, dst, packet.ttl);
  const nextHop = route.via ?? dst;
  const node = plane.node?.node;
  const bcast = localTable.findHost(dst);
  const group = groupKind(dst, bcast >= 0);
  if (group !== undefined && node) {
    const frame: Packet = framed(before, pod.veth.podMac, groupMac(dst));
    walk.record({
      at: place,
      deviceOut: 'eth0',
      action: 'route',
      evidence: bcast >= 0 ? localTable.evidenceAt(bcast) : routes.evidenceAt(found),
      before,
      after: frame,
      explanation: groupSendText(pod.name, dst, group, 'eth0'),
    });
    return { station: { kind: 'bridge', node, port: pod.veth.hostName }, packet: frame };
  }
  const evidence = routes.evidenceAt(found);
  const how = later(() =>
    route.via !== undefined
      ? message(hops, 'podVia', { ip: ipText(nextHop) })
      : message(hops, 'podConnected', { cidr: formatCidr(route.dst) }),
  );
  let dstMac: string | undefined;
  if (node?.cni0?.up) {
    dstMac =
      nextHop === node.cni0.gateway ? node.cni0.mac : neighbourPod(walk, pod.node, nextHop)?.veth?.podMac;
    if (dstMac === undefined) {
      walk.record({
        at: place,
        deviceOut: 'eth0',
        action: 'route',
        evidence,
        before,
        after: before,
        explanation: message(hops, 'podArp', { pod: pod.name, how: how(), ip: ipText(nextHop) }),
      });
      return walk.drop(
        {
          at: place,
          deviceOut: 'eth0',
          before,
          explanation: message(hops, 'podArpNone', {
            ip: ipText(nextHop),
            error: 'Destination Host Unreachable',
          }),
        },
        message(drops, 'podArpUnanswered', { ip: ipText(nextHop), pod: pod.name, node: pod.node }),
      );
    }
  }
  const after: Packet = framed(before, pod.veth.podMac, dstMac);
  walk.record({
    at: place,
    deviceOut: 'eth0',
    action: 'route',
    evidence,
    before,
    after,
    explanation: later(() =>
      dstMac === undefined
        ? message(hops, 'podSendArp', { pod: pod.name, how: how(), ip: ipText(nextHop) })
        : message(hops, 'podSend', { pod: pod.name, how: how(), mac: dstMac }),
    ),
  });
  if (!node)
    return walk.drop(
      { at: place, before: after, explanation: message(hops, 'noNode', { node: pod.node }) },
      message(drops, 'nodeGone', { node: pod.node }),
    );
  return {
    station: {
      kind: 'bridge',
      node,
      port: pod.veth.hostName,
      arpFor: dstMac === undefined ? nextHop : undefined,
    },
    packet: after,
  };
}

/** A packet a pod received for another address: a pod does not forward (any CNI's pod). */
export function dropNotPodAddress(walk: Walk, pod: PodState, packet: Packet): Next {
  return walk.drop(
    {
      at: podPlace(pod.name),
      deviceIn: 'eth0',
      before: packet,
      explanation: message(hops, 'notPodAddress', { ip: ipText(packet.dst), pod: pod.name }),
    },
    message(drops, 'notPodsAddress', { pod: pod.name, ip: ipText(packet.dst) }),
  );
}

/** A frame arriving on the pod's eth0 from its veth peer. */
export function podIn(walk: Walk, pod: PodState, packet: Packet): Next {
  const plane = walk.index.podPlane(pod);
  const place = plane.place;
  if (packet.dst !== pod.ip) return dropNotPodAddress(walk, pod, packet);
  return walk.deliver(
    {
      at: place,
      deviceIn: 'eth0',
      evidence: localEvidence(plane.local, packet.dst),
      before: packet,
      explanation: later(() =>
        walk.toContainer
          ? message(hops, 'podDeliverTo', {
              ip: ipText(packet.dst),
              pod: pod.name,
              container: walk.toContainer,
            })
          : message(hops, 'podDeliver', { ip: ipText(packet.dst), pod: pod.name }),
      ),
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}

/** The pod's local-table route for `ip` as evidence (the route that makes it the pod's own). */
function localEvidence(local: RowTable<LocalRoute>, ip: number) {
  const i = local.find(ip);
  return i < 0 ? undefined : local.evidenceAt(i);
}

/** Delivery over `lo` by the local table's row at `at`. */
function loopback(walk: Walk, pod: PodState, at: number, packet: Packet, note: Text = ''): Next {
  const plane = walk.index.podPlane(pod);
  const place = plane.place;
  const route = plane.local.rowAt(at);
  const evidence = plane.local.evidenceAt(at);
  // A loopback address named as the destination (not a container of the same pod).
  const own = route.dev === 'lo' && walk.toContainer === undefined ? message(hops, 'ownLo') : '';
  walk.record({
    at: place,
    deviceOut: 'lo',
    action: 'loopback',
    evidence,
    before: packet,
    after: packet,
    explanation: message(hops, 'podLoopback', { note, ip: ipText(packet.dst), pod: pod.name, own }),
  });
  return walk.deliver(
    {
      at: place,
      deviceIn: 'lo',
      evidence,
      before: packet,
      explanation: walk.toContainer
        ? message(hops, 'podLoDeliverTo', { pod: pod.name, container: walk.toContainer })
        : message(hops, 'podLoDeliver', { pod: pod.name }),
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}

function neighbourPod(walk: Walk, node: string, ip: number): PodState | undefined {
  const pod = walk.index.podByIp.get(ip);
  return pod && pod.node === node && pod.phase === 'Running' ? pod : undefined;
}
