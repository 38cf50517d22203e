/**
 * A Terway pod's network namespace: lo for its own addresses, a single route `default via
 * 169.254.1.1 dev eth0 onlink` and a permanent neighbour entry that makes 169.254.1.1 the host
 * veth's MAC: every packet goes to the node, whatever its destination.
 */

import { later } from '../../later.ts';
import { drops } from '../../messages/en/drops.ts';
import { hops } from '../../messages/en/hops.ts';
import { packetHops } from '../../messages/en/packetHops.ts';
import { message } from '../../messages/message.ts';
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
        explanation: message(hops, 'noSandbox', { pod: pod.name }),
      },
      pod.error
        ? message(drops, 'sandboxGoneError', { pod: pod.name, phase: pod.phase, error: pod.error })
        : message(drops, 'sandboxGone', { pod: pod.name, phase: pod.phase }),
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
      explanation: message(hops, 'podLoopback', { note: '', ip: ipText(dst), pod: pod.name, own: '' }),
    });
    return walk.deliver(
      {
        at: place,
        deviceIn: 'lo',
        evidence,
        before: p,
        explanation: message(hops, 'podLoDeliver', { pod: pod.name }),
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
        explanation: message(hops, 'onlyLo', { pod: pod.name, error: 'Network is unreachable' }),
      },
      pod.error
        ? message(drops, 'noNetworkError', { pod: pod.name, error: pod.error })
        : message(drops, 'noNetwork', { pod: pod.name, phase: pod.phase }),
    );
  }
  const veth = pod.veth;
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
    explanation: later(() =>
      message(packetHops, 'twPodRoute', {
        pod: pod.name,
        ip: ipText(dst),
        mac: neighbour.mac,
        veth: veth.hostName,
        node: pod.node,
      }),
    ),
  });
  return { station: { kind: 'node-in', node, dev: pod.veth.hostName }, packet: after };
}

/** A frame arriving on the pod's eth0 from its host veth. */
export function terwayPodIn(walk: Walk, pod: PodState, packet: Packet): Next {
  const place = podPlace(pod.name);
  if (packet.dst !== pod.ip) return dropNotPodAddress(walk, pod, packet);
  const local = lookupLocal(terwayIndex(walk.index.world).podLocal(pod), packet.dst);
  const to = walk.toContainer;
  return walk.deliver(
    {
      at: place,
      deviceIn: 'eth0',
      evidence: local && evidenceOf(local, 'local-routes', place, formatLocalRoute),
      before: packet,
      explanation: later(() =>
        message(packetHops, 'twPodDeliver', {
          ip: ipText(packet.dst),
          pod: pod.name,
          container: to ? message(packetHops, 'twToContainer', { container: to }) : '',
        }),
      ),
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}
