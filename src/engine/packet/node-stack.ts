/**
 * The node's IP stack: local delivery for its own addresses, the main routing table
 * (longest-prefix match), ip_forward, the TTL, ARP on the way out, then nat POSTROUTING, and the
 * device the packet leaves by (eth0 to the VPC, cni0 to the bridge).
 */

import { VXLAN_DEVICE } from '../dataplane/flannel.ts';
import { later } from '../later.ts';
import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import { message, type Text } from '../messages/message.ts';
import { nodePlace } from '../places.ts';
import {
  formatLocalRoute,
  formatRoute,
  type LocalRoute,
  lookupRoute,
  type Route,
  routeKey,
} from '../tables/index.ts';
import type { NodeState } from '../world/types.ts';
import { LOCALHOST, VSWITCH_MAC } from './addresses.ts';
import type { ConntrackHit } from './conntrack.ts';
import { serviceNat, unDnat } from './kube-proxy.ts';
import { postrouting, trackIn } from './netfilter.ts';
import { framed, packetOf, withSrc, withTtl } from './packet.ts';
import {
  broadcastRoute,
  groupIn,
  groupKind,
  groupMac,
  groupSendText,
  isMartianDestination,
  isMulticast,
  LIMITED_BROADCAST,
  martianDestination,
} from './special-addresses.ts';
import { evidenceOf, ipText } from './text-cache.ts';
import type { Evidence, Packet } from './types.ts';
import { vxlanIn, vxlanOut } from './vxlan.ts';
import type { Next, Walk } from './walk.ts';
import type { NodePlane } from './world-index.ts';

/** The node's local-table route for `ip`, when the node owns it, with its evidence. */
function localRoute(plane: NodePlane, ip: number) {
  const local = plane.local;
  const i = local.find(ip);
  if (i < 0) return undefined;
  const route = local.rows[i] as LocalRoute;
  return { dev: route.dev, src: route.src, evidence: local.evidenceAt(i) };
}

/** A packet sent by the node itself (`src` fixed when it is an answer). */
export function nodeOut(walk: Walk, node: NodeState, packet: Packet, fixedSrc?: number): Next {
  const place = nodePlace(node.name);
  // NOTE: ip_route_output_key_hash_rcu (net/ipv4/route.c): no destination means the sender
  // itself, its source or else 127.0.0.1, over lo (RTN_LOCAL).
  const unspecified = packet.dst === 0;
  const dst = unspecified ? (fixedSrc ?? LOCALHOST) : packet.dst;
  if (walk.flow && !unspecified && fixedSrc === undefined) {
    const served = serviceOut(walk, node, packet);
    if (served) return served;
  }
  const local = localRoute(walk.index.nodePlane(node), dst);
  if (local !== undefined) {
    // The source is the local route's preferred one: the address itself, 127.0.0.1 on lo.
    const p: Packet = packetOf(fixedSrc ?? local.src, dst, packet.ttl, packet.srcMac, packet.dstMac);
    const { evidence } = local;
    const note = unspecified ? message(hops, 'unspecified') : '';
    walk.record({
      at: place,
      deviceOut: 'lo',
      action: 'loopback',
      evidence,
      before: p,
      after: p,
      explanation: message(hops, 'nodeLoopback', { note, ip: ipText(p.dst), node: node.name }),
    });
    return walk.deliver(
      {
        at: place,
        deviceIn: 'lo',
        evidence,
        before: p,
        explanation: message(hops, 'nodeStays', { node: node.name }),
      },
      { kind: 'node-out', node, src: p.dst },
    );
  }
  const route = lookupRoute(walk.index.routes(node), packet.dst) as Route;
  const group = groupKind(packet.dst, broadcastRoute(walk.index.localRoutes(node), packet.dst) !== undefined);
  if (group !== undefined) return groupOut(walk, node, route, packet, group, fixedSrc);
  const src = fixedSrc ?? route.src ?? deviceAddress(node, route.dev);
  const tracked = trackIn(walk, node, withSrc(packet, src));
  return leave(walk, node, route, tracked.packet, tracked.packet, tracked.hit);
}

/** The address the kernel picks as source for a route without `src`: the out device's own. */
function deviceAddress(node: NodeState, dev: string): number {
  if (dev === 'cni0' && node.cni0) return node.cni0.gateway;
  // NOTE: flannel vxlan.go: flannel.1's /32 "is just used as a source address for host to
  // workload traffic (so the return path for the traffic has an address on the flannel network)".
  if (dev === VXLAN_DEVICE && node.flannelLease?.vtep) return node.flannelLease.vtep.address;
  return node.ip;
}

/**
 * The node sends to a group: a frame to the group's MAC on the device of its broadcast route or,
 * for multicast and 255.255.255.255, of its main-table route. On cni0 the bridge floods it to the
 * pods; on eth0 the vSwitch takes it.
 */
function groupOut(
  walk: Walk,
  node: NodeState,
  route: Route,
  packet: Packet,
  group: 'multicast' | 'broadcast',
  fixedSrc?: number,
): Next {
  const place = nodePlace(node.name);
  const bcast = broadcastRoute(walk.index.localRoutes(node), packet.dst);
  const dev = bcast?.dev ?? route.dev;
  const onCni0 = dev === 'cni0' && node.cni0 !== undefined;
  const src = fixedSrc ?? bcast?.src ?? route.src ?? (onCni0 && node.cni0 ? node.cni0.gateway : node.ip);
  const before: Packet = withSrc(packet, src);
  const frame: Packet = framed(
    before,
    onCni0 && node.cni0 ? node.cni0.mac : node.eth0Mac,
    groupMac(packet.dst),
  );
  walk.record({
    at: place,
    deviceOut: dev,
    action: 'route',
    evidence: bcast
      ? evidenceOf(bcast, 'local-routes', place, formatLocalRoute)
      : evidenceOf(route, 'node-routes', place, formatRoute, routeKey),
    before,
    after: frame,
    explanation: groupSendText(node.name, packet.dst, group, dev),
  });
  if (onCni0) return { station: { kind: 'bridge', node, port: 'cni0' }, packet: frame };
  // NOTE: the VPC answers every ARP itself (VSWITCH_MAC) and carries multicast only between
  // vSwitches of a CEN transit router multicast domain (AssociateTransitRouterMulticastDomain).
  return walk.drop(
    {
      at: place,
      deviceOut: dev,
      before: frame,
      explanation: message(hops, 'vswitchNoSegment', { dev }),
    },
    message(drops, group === 'multicast' ? 'vpcNoMulticast' : 'vpcNoBroadcast', {
      ip: ipText(packet.dst),
      node: node.name,
      dev,
    }),
  );
}

/** A packet entering the node's IP stack from `dev` (eth0 from the VPC, cni0 from a pod). */
export function nodeIn(walk: Walk, node: NodeState, dev: string, arriving: Packet): Next {
  if (arriving.outer) {
    const inner = vxlanIn(walk, node, arriving, arriving.outer);
    return 'src' in inner ? nodeIn(walk, node, VXLAN_DEVICE, inner) : inner;
  }
  const plane = walk.index.nodePlane(node);
  const place = plane.place;
  const tracked = trackIn(walk, node, arriving, dev);
  const { hit } = tracked;
  let packet = tracked.packet;
  if (walk.flow) {
    const nat = serviceNat(walk, node, packet, hit, 'PREROUTING', dev);
    if (nat && 'end' in nat) return nat;
    if (nat) packet = nat.packet;
  }
  const spoofed = localRoute(plane, packet.src);
  if (spoofed !== undefined) {
    // NOTE: fib_validate_source (net/ipv4/fib_frontend.c) refuses a source that is an address of
    // this host unless accept_local is set; `ip route get … from SRC iif DEV` says "Invalid argument".
    return walk.drop(
      {
        at: place,
        deviceIn: dev,
        evidence: spoofed.evidence,
        before: packet,
        explanation: message(hops, 'martianSource', { dev, ip: ipText(packet.src), node: node.name }),
      },
      message(drops, 'martianSrc', { ip: ipText(packet.src), node: node.name }),
    );
  }
  if (isMulticast(packet.dst)) return groupIn(walk, place, node.name, dev, packet, 'multicast');
  if (packet.dst === LIMITED_BROADCAST) return groupIn(walk, place, node.name, dev, packet, 'broadcast');
  if (isMartianDestination(packet.dst)) return martianDestination(walk, place, node.name, dev, packet);
  const bcast = plane.local.findHost(packet.dst);
  if (bcast >= 0) {
    const evidence = plane.local.evidenceAt(bcast);
    return groupIn(walk, place, node.name, dev, packet, 'broadcast', evidence);
  }
  const local = localRoute(plane, packet.dst);
  if (local !== undefined) {
    if (walk.flow) packet = unDnat(walk, node, packet, hit, dev);
    return walk.deliver(
      {
        at: place,
        deviceIn: dev,
        evidence: local.evidence,
        before: packet,
        explanation: later(() =>
          message(hops, 'nodeDeliver', {
            ip: ipText(packet.dst),
            node: node.name,
            dev: local.dev,
          }),
        ),
      },
      { kind: 'node-out', node, src: packet.dst },
    );
  }
  const routes = plane.routes;
  const found = routes.find(packet.dst);
  const route = routes.rows[found] as Route;
  const evidence = routes.evidenceAt(found);
  // NOTE: every node forwards from the start: kubeadm's preflight refuses a node without
  // net.ipv4.ip_forward=1 (kubernetes/kubernetes cmd/kubeadm/app/preflight/checks.go,
  // FileContentCheck on /proc/sys/net/ipv4/ip_forward), before any pod or cni0 exists.
  if (packet.ttl <= 1) {
    return walk.drop(
      {
        at: place,
        deviceIn: dev,
        evidence,
        before: packet,
        explanation: message(hops, 'ttlOut', { ttl: packet.ttl }),
      },
      message(drops, 'ttlExceeded', { node: node.name }),
    );
  }
  return leave(walk, node, route, packet, withTtl(packet, packet.ttl - 1), hit, dev, evidence);
}

/** The routing hop (ARP for the next hop), nat POSTROUTING, then the device out. */
function leave(
  walk: Walk,
  node: NodeState,
  route: Route,
  before: Packet,
  routed: Packet,
  hit: ConntrackHit,
  dev?: string,
  routeEvidence?: Evidence,
): Next {
  if (route.dev === VXLAN_DEVICE) return vxlanOut(walk, node, route, before, routed, hit, dev);
  const plane = walk.index.nodePlane(node);
  const place = plane.place;
  const evidence = routeEvidence ?? plane.routes.evidenceOf(route);
  const nextHop = route.via ?? routed.dst;
  const onCni0 = route.dev === 'cni0' && node.cni0;
  const neighbour = onCni0 ? walk.index.podByIp.get(nextHop) : undefined;
  const dstMac = onCni0 ? (neighbour?.node === node.name ? neighbour.veth?.podMac : undefined) : VSWITCH_MAC;
  const srcMac = onCni0 && node.cni0 ? node.cni0.mac : node.eth0Mac;
  const after: Packet = framed(routed, srcMac, dstMac);
  walk.record({
    at: place,
    deviceIn: dev,
    deviceOut: route.dev,
    action: 'route',
    evidence,
    before,
    after: dstMac === undefined ? routed : after,
    explanation: later(() => routeText(walk, node, route, routed, dev)),
  });
  if (dstMac === undefined) {
    return walk.drop(
      {
        at: place,
        deviceOut: route.dev,
        before: routed,
        explanation: message(hops, 'cni0ArpNone', {
          ip: ipText(nextHop),
          error: 'Destination Host Unreachable',
        }),
      },
      message(drops, 'cni0ArpUnanswered', { node: node.name, ip: ipText(nextHop) }),
    );
  }
  const out = postrouting(walk, node, route.dev, after, hit);
  if (route.dev === 'cni0') return { station: { kind: 'bridge', node, port: 'cni0' }, packet: out };
  return { station: { kind: 'vpc-router', fromVswitch: node.vswitch }, packet: out };
}

// NOTE: an ECS instance's neighbours all answer with the VPC gateway's MAC ee:ff:ff:ff:ff:ff
// (addresses.ts, VSWITCH_MAC): the VPC forwards by destination IP, not by MAC, so a frame sent
// "to" another node goes to the vRouter, which looks up the packet's own destination.
/** The routing hop in words: the route, where it sends the packet, and the source or the TTL. */
function routeText(walk: Walk, node: NodeState, route: Route, routed: Packet, dev: string | undefined): Text {
  const peer = route.via === undefined ? undefined : walk.index.nodeByIp.get(route.via);
  const via =
    route.via === undefined
      ? message(hops, 'viaStraight', { ip: ipText(routed.dst), dev: route.dev })
      : route.dst.prefix !== 0 && peer
        ? hostGwVia(peer.name, route.via)
        : message(hops, 'viaGateway', { ip: ipText(route.via) });
  const [name, ip, how] = [node.name, ipText(routed.dst), routeName(route)];
  return dev === undefined
    ? message(hops, 'nodeSends', { node: name, ip, route: how, via, source: sourceChoice(route, routed.src) })
    : message(hops, 'nodeForwards', { node: name, ip, route: how, via, ttl: routed.ttl });
}

function hostGwVia(peer: string, via: number): Text {
  return message(hops, 'viaHostGw', { peer, ip: ipText(via), mac: VSWITCH_MAC });
}

function routeName(route: Route): Text {
  if (route.dst.prefix === 0) return message(hops, 'defaultRoute');
  if (route.via !== undefined) return message(hops, 'hostGwRoute', { route: formatRoute(route) });
  return route.dev === 'cni0'
    ? message(hops, 'podCidrRoute')
    : message(hops, 'vswitchRoute', { dev: route.dev });
}

function sourceChoice(route: Route, src: number): Text {
  return route.src !== undefined
    ? message(hops, 'fromRouteSrc', { ip: ipText(src) })
    : message(hops, 'fromDevice', { ip: ipText(src), dev: route.dev });
}

/**
 * The node's own packet to a Service (its cluster IP, or a node port, its own included): the
 * routing picks the source, then nat OUTPUT may DNAT it, after which the kernel routes it again
 * (ip_route_me_harder) keeping that source. Undefined when no kube-proxy rule applies.
 */
function serviceOut(walk: Walk, node: NodeState, packet: Packet): Next | undefined {
  const local = localRoute(walk.index.nodePlane(node), packet.dst);
  const route = local ? undefined : (lookupRoute(walk.index.routes(node), packet.dst) as Route);
  const src = local?.src ?? route?.src ?? (route?.dev === 'cni0' && node.cni0 ? node.cni0.gateway : node.ip);
  const tracked = trackIn(walk, node, withSrc(packet, src));
  const nat = serviceNat(walk, node, tracked.packet, tracked.hit, 'OUTPUT');
  if (nat === undefined) return undefined;
  if ('end' in nat) return nat;
  const again = lookupRoute(walk.index.routes(node), nat.packet.dst) as Route;
  return leave(walk, node, again, nat.packet, nat.packet, tracked.hit);
}
