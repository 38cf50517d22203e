/**
 * The pod's network namespace: `lo` for its own addresses, the routes the bridge plugin gave it,
 * ARP on its /N segment, and `eth0`, the pod end of the veth pair.
 */
import { formatCidr } from '../net/ipv4.ts';
import { podPlace } from '../places.ts';
import {
  formatLocalRoute,
  formatRoute,
  type LocalRoute,
  lookupLocal,
  lookupRoute,
  routeKey,
} from '../tables/index.ts';
import type { PodState } from '../world/types.ts';
import { LOCALHOST } from './addresses.ts';
import { framed, packetOf, withSrc } from './packet.ts';
import { broadcastRoute, groupKind, groupMac, groupSendText } from './special-addresses.ts';
import { evidenceOf, ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

/** A packet sent by a process in the pod (`src` fixed when it is an answer). */
export function podOut(walk: Walk, pod: PodState, packet: Packet, fixedSrc?: number): Next {
  const place = podPlace(pod.name);
  const { dst } = packet;
  if (!pod.netns) {
    return walk.drop(
      {
        at: place,
        before: withSrc(packet, fixedSrc ?? 0),
        explanation: `${pod.name} has no sandbox and so no network namespace: none of its containers runs to send anything.`,
      },
      `${pod.name} has no running sandbox (${pod.phase})${pod.error ? `: ${pod.error}` : ''}`,
    );
  }
  const localRoutes = walk.index.podLocalRoutes(pod);
  if (dst === 0) {
    // NOTE: ip_route_output_key_hash_rcu (net/ipv4/route.c): no destination means the sender
    // itself, its source or else 127.0.0.1, over lo (RTN_LOCAL).
    const lo = lookupLocal(localRoutes, LOCALHOST) as LocalRoute;
    const self: Packet = packetOf(
      fixedSrc ?? LOCALHOST,
      fixedSrc ?? LOCALHOST,
      packet.ttl,
      packet.srcMac,
      packet.dstMac,
    );
    return loopback(walk, pod, lo, self, UNSPECIFIED);
  }
  const local = lookupLocal(localRoutes, dst);
  if (local) return loopback(walk, pod, local, withSrc(packet, fixedSrc ?? local.src));
  const routes = walk.index.podRoutes(pod);
  const route = lookupRoute(routes, dst);
  if (pod.ip === undefined || !pod.veth || !route) {
    const why = pod.error ? `: ${pod.error}` : ` (${pod.phase})`;
    return walk.drop(
      {
        at: place,
        before: withSrc(packet, fixedSrc ?? 0),
        explanation: `${pod.name}'s netns has only lo: no eth0 address and no route, so the kernel answers "Network is unreachable".`,
      },
      `${pod.name} has no network: its CNI ADD never finished${why}`,
    );
  }
  const src = fixedSrc ?? route.src ?? pod.ip;
  const before: Packet = packetOf(src, dst, packet.ttl);
  const nextHop = route.via ?? dst;
  const node = walk.index.world.nodes.get(pod.node);
  const group = groupKind(dst, localRoutes);
  if (group !== undefined && node) {
    const bcast = broadcastRoute(localRoutes, dst);
    const frame: Packet = framed(before, pod.veth.podMac, groupMac(dst));
    walk.record({
      at: place,
      deviceOut: 'eth0',
      action: 'route',
      evidence: bcast
        ? evidenceOf(bcast, 'local-routes', place, formatLocalRoute)
        : evidenceOf(route, 'pod-routes', place, formatRoute, routeKey),
      before,
      after: frame,
      explanation: groupSendText(pod.name, dst, group, 'eth0'),
    });
    return { station: { kind: 'bridge', node, port: pod.veth.hostName }, packet: frame };
  }
  const evidence = evidenceOf(route, 'pod-routes', place, formatRoute, routeKey);
  const how =
    route.via !== undefined
      ? `its route via ${ipText(nextHop)}, cni0's address on the node`
      : `its connected route ${formatCidr(route.dst)}: the destination is on its own segment`;
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
        explanation: `${pod.name} picks ${how}, then asks ARP who has ${ipText(nextHop)}.`,
      });
      return walk.drop(
        {
          at: place,
          deviceOut: 'eth0',
          before,
          explanation: `Nobody on the segment answers ARP for ${ipText(nextHop)}, so the kernel gives up: "Destination Host Unreachable".`,
        },
        `no neighbour answers ARP for ${ipText(nextHop)} on ${pod.name}'s segment: no running pod on ${pod.node} holds that address`,
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
    explanation:
      dstMac === undefined
        ? `${pod.name} picks ${how} and sends an ARP request for ${ipText(nextHop)} out of eth0, through the veth pair to the node.`
        : `${pod.name} picks ${how}, frames the packet to ${dstMac} (learned by ARP) and sends it out of eth0, through the veth pair to the node.`,
  });
  if (!node)
    return walk.drop(
      { at: place, before: after, explanation: `${pod.node} does not exist.` },
      `${pod.node} does not exist`,
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
      explanation: `${ipText(packet.dst)} is not ${pod.name}'s address and a pod does not forward packets.`,
    },
    `${pod.name} received a packet for ${ipText(packet.dst)}, which is not its address`,
  );
}

/** A frame arriving on the pod's eth0 from its veth peer. */
export function podIn(walk: Walk, pod: PodState, packet: Packet): Next {
  const place = podPlace(pod.name);
  if (packet.dst !== pod.ip) return dropNotPodAddress(walk, pod, packet);
  const container = walk.toContainer ? `, to ${walk.toContainer}` : '';
  return walk.deliver(
    {
      at: place,
      deviceIn: 'eth0',
      evidence: localEvidence(walk, pod, packet.dst),
      before: packet,
      explanation: `${ipText(pod.ip)} is ${pod.name}'s own address on eth0, so the kernel delivers the packet inside the pod's netns${container}.`,
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}

/** The pod's local-table route for `ip` as evidence (the route that makes it the pod's own). */
function localEvidence(walk: Walk, pod: PodState, ip: number) {
  const route = lookupLocal(walk.index.podLocalRoutes(pod), ip);
  return route && evidenceOf(route, 'local-routes', podPlace(pod.name), formatLocalRoute);
}

/** What the first hop says of a packet to 0.0.0.0. */
const UNSPECIFIED =
  '0.0.0.0 names no host on the wire: for a packet to it, the output routing (ip_route_output_key_hash_rcu, net/ipv4/route.c) takes the sender itself, 127.0.0.1, as the destination. ';

function loopback(walk: Walk, pod: PodState, route: LocalRoute, packet: Packet, note = ''): Next {
  const place = podPlace(pod.name);
  const evidence = evidenceOf(route, 'local-routes', place, formatLocalRoute);
  // A loopback address named as the destination (not a container of the same pod).
  const own =
    route.dev === 'lo' && walk.toContainer === undefined
      ? " 127.0.0.0/8 is each namespace's own lo: the node's and other pods' loopback cannot be reached from here."
      : '';
  walk.record({
    at: place,
    deviceOut: 'lo',
    action: 'loopback',
    evidence,
    before: packet,
    after: packet,
    explanation: `${note}${ipText(packet.dst)} is local to ${pod.name}'s netns, so the kernel sends the packet over lo; it never reaches eth0.${own}`,
  });
  const container = walk.toContainer ? ` to ${walk.toContainer}` : '';
  return walk.deliver(
    {
      at: place,
      deviceIn: 'lo',
      evidence,
      before: packet,
      explanation: `All containers of ${pod.name} share this netns and its lo, so the packet is delivered${container} without leaving the pod.`,
    },
    { kind: 'pod-out', pod, src: packet.dst },
  );
}

function neighbourPod(walk: Walk, node: string, ip: number): PodState | undefined {
  const pod = walk.index.podByIp.get(ip);
  return pod && pod.node === node && pod.phase === 'Running' ? pod : undefined;
}
