/**
 * A Terway pod's network namespace: lo for its own addresses, a single route `default via
 * 169.254.1.1 dev eth0 onlink` and a permanent neighbour entry that makes 169.254.1.1 the host
 * veth's MAC: every packet goes to the node, whatever its destination.
 */

import { LOCALHOST } from '../../packet/addresses.ts';
import { packetOf } from '../../packet/packet.ts';
import { dropNotPodAddress } from '../../packet/pod-netns.ts';
import { evidenceOf, ipText } from '../../packet/text-cache.ts';
import type { Packet } from '../../packet/types.ts';
import type { Next, Walk } from '../../packet/walk.ts';
import { podPlace } from '../../places.ts';
import { formatLocalRoute, lookupLocal } from '../../tables/local-routes.ts';
import type { PodState } from '../../world/types.ts';
import { terwayPodNeighbours } from '../node-tables.ts';
import { lookupTerwayRoute } from '../tables.ts';
import { neighbourEvidence, podRouteEvidence } from './evidence.ts';
import { terwayIndex } from './terway-index.ts';

/** A packet sent by a process in the pod (`src` fixed when it is an answer). */
export function terwayPodOut(walk: Walk, pod: PodState, packet: Packet, fixedSrc?: number): Next {
  const place = podPlace(pod.name);
  if (!pod.netns) {
    return walk.drop(
      {
        at: place,
        before: packetOf(fixedSrc ?? 0, packet.dst, packet.ttl),
        explanation: `${pod.name} has no sandbox and so no network namespace: none of its containers runs to send anything.`,
      },
      `${pod.name} has no running sandbox (${pod.phase})${pod.error ? `: ${pod.error}` : ''}`,
    );
  }
  const index = terwayIndex(walk.index.world);
  const dst = packet.dst === 0 ? (fixedSrc ?? LOCALHOST) : packet.dst;
  const local = lookupLocal(index.podLocal(pod), dst);
  if (local) {
    const evidence = evidenceOf(local, 'local-routes', place, formatLocalRoute);
    const p = packetOf(fixedSrc ?? local.src, dst, packet.ttl);
    walk.record({
      at: place,
      deviceOut: 'lo',
      action: 'loopback',
      evidence,
      before: p,
      after: p,
      explanation: `${ipText(dst)} is local to ${pod.name}'s netns, so the kernel sends the packet over lo; it never reaches eth0.`,
    });
    return walk.deliver(
      {
        at: place,
        deviceIn: 'lo',
        evidence,
        before: p,
        explanation: `All containers of ${pod.name} share this netns and its lo, so the packet is delivered without leaving the pod.`,
      },
      { kind: 'pod-out', pod, src: p.dst },
    );
  }
  const route = lookupTerwayRoute(index.podRoutes(pod), dst);
  const neighbour = terwayPodNeighbours(pod)[0];
  const node = walk.index.world.nodes.get(pod.node);
  if (pod.ip === undefined || !pod.veth || !route || !neighbour || !node) {
    return walk.drop(
      {
        at: place,
        before: packetOf(fixedSrc ?? 0, dst, packet.ttl),
        explanation: `${pod.name}'s netns has only lo: no eth0 address and no route, so the kernel answers "Network is unreachable".`,
      },
      `${pod.name} has no network: its CNI ADD never finished${pod.error ? `: ${pod.error}` : ` (${pod.phase})`}`,
    );
  }
  const before = packetOf(fixedSrc ?? pod.ip, dst, packet.ttl);
  const after = packetOf(before.src, dst, packet.ttl, pod.veth.podMac, neighbour.mac);
  walk.record({
    at: place,
    deviceOut: 'eth0',
    action: 'route',
    evidence: podRouteEvidence(route, pod.name),
    rule: neighbourEvidence(neighbour, pod.name),
    before,
    after,
    explanation: `${pod.name} has one route, "default via 169.254.1.1 dev eth0 onlink": every destination, ${ipText(dst)} included, goes to 169.254.1.1. No one holds that address; the permanent neighbour entry gives it the MAC of the host end of the veth, ${neighbour.mac}, so no ARP is sent. The frame goes out of eth0 straight into ${pod.veth.hostName} on ${pod.node}.`,
  });
  return { station: { kind: 'node-in', node, dev: pod.veth.hostName }, packet: after };
}

/** A frame arriving on the pod's eth0 from its host veth. */
export function terwayPodIn(walk: Walk, pod: PodState, packet: Packet): Next {
  const place = podPlace(pod.name);
  if (packet.dst !== pod.ip) return dropNotPodAddress(walk, pod, packet);
  const local = lookupLocal(terwayIndex(walk.index.world).podLocal(pod), packet.dst);
  const container = walk.toContainer ? `, to ${walk.toContainer}` : '';
  return walk.deliver(
    {
      at: place,
      deviceIn: 'eth0',
      evidence: local && evidenceOf(local, 'local-routes', place, formatLocalRoute),
      before: packet,
      explanation: `${ipText(packet.dst)} is ${pod.name}'s own address on eth0 (a /32), so the kernel delivers the packet inside the pod's netns${container}.`,
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}
