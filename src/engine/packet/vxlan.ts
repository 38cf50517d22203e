/**
 * The VXLAN tunnel of Flannel's vxlan backend, driven by the tables flanneld wrote
 * (dataplane/peers.ts): the route `<pod CIDR> via <peer .0> dev flannel.1 onlink` sends the
 * packet to flannel.1; the permanent neighbour gives the peer's VTEP MAC; the FDB entry for that
 * MAC gives the node to send it to; flannel.1 wraps the frame in UDP to port 8472 with VNI 1
 * between the node addresses, the VPC routes that outer header like any packet between two ECS
 * instances, and the peer's kernel takes the headers off and routes the inner packet again.
 */

import { VXLAN_DEVICE, VXLAN_OVERHEAD, VXLAN_PORT, VXLAN_VNI } from '../dataplane/flannel.ts';
import { peerTables, type VtepFdbEntry, type VtepNeighbour } from '../dataplane/peers.ts';
import { later } from '../later.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { message } from '../messages/message.ts';
import { formatIp } from '../net/ipv4.ts';
import { nodePlace, VPC, VPC_ROUTER } from '../places.ts';
import { formatRoute, type Route, routeKey } from '../tables/routes.ts';
import { formatVpcRoute } from '../tables/vpc-routes.ts';
import type { NodeState, VpcRouteEntry } from '../world/types.ts';
import { VSWITCH_MAC } from './addresses.ts';
import type { ConntrackHit } from './conntrack.ts';
import { postrouting } from './netfilter.ts';
import { framed, withOuter } from './packet.ts';
import { evidenceOf, ipText } from './text-cache.ts';
import type { Outer, Packet } from './types.ts';
import { lookupVpcRoute } from './vpc-route-index.ts';
import type { Next, Walk } from './walk.ts';

/** The TTL of the outer header: the vxlan device's `ttl auto` takes the route's hop limit, 64. */
const OUTER_TTL = 64;

function formatNeighbour(n: VtepNeighbour): string {
  return `${formatIp(n.ip)} lladdr ${n.mac} PERMANENT`;
}

function formatFdb(e: VtepFdbEntry): string {
  return `${e.mac} dst ${formatIp(e.dst)} self permanent`;
}

/**
 * A packet routed to flannel.1: the neighbour for the route's gateway, nat POSTROUTING on
 * flannel.1, then the FDB entry for the neighbour's MAC and the outer headers to that node.
 */
export function vxlanOut(
  walk: Walk,
  node: NodeState,
  route: Route,
  before: Packet,
  routed: Packet,
  hit: ConntrackHit,
  dev: string | undefined,
): Next {
  const place = nodePlace(node.name);
  const vtep = node.flannelLease?.vtep;
  const tables = peerTables(walk.index.world, node);
  const gateway = route.via ?? routed.dst;
  const neighbour = tables.neighbours.find((n) => n.ip === gateway);
  const routeEvidence = evidenceOf(route, 'node-routes', place, formatRoute, routeKey);
  if (!vtep || !neighbour) {
    return walk.drop(
      {
        at: place,
        deviceIn: dev,
        deviceOut: VXLAN_DEVICE,
        evidence: routeEvidence,
        before,
        explanation: message(packetHops, 'vxNoNeighbour', {
          ip: ipText(routed.dst),
          dev: VXLAN_DEVICE,
          gateway: ipText(gateway),
        }),
      },
      message(packetHops, 'vxNoNeighbourAt', {
        gateway: ipText(gateway),
        node: node.name,
        dev: VXLAN_DEVICE,
      }),
    );
  }
  const inner = framed(routed, vtep.mac, neighbour.mac);
  walk.record({
    at: place,
    deviceIn: dev,
    deviceOut: VXLAN_DEVICE,
    action: 'route',
    evidence: routeEvidence,
    before,
    after: inner,
    explanation: later(() =>
      message(packetHops, 'vxRoute', {
        node: node.name,
        ip: ipText(routed.dst),
        route: formatRoute(route),
        how:
          dev === undefined
            ? message(packetHops, 'vxSends')
            : message(packetHops, 'vxForwards', { ttl: routed.ttl }),
        dev: VXLAN_DEVICE,
        gateway: ipText(gateway),
        peer: neighbour.node,
        neighbour: formatNeighbour(neighbour),
      }),
    ),
  });
  const out = postrouting(walk, node, VXLAN_DEVICE, inner, hit);
  const fdb = tables.fdb.find((e) => e.mac === neighbour.mac);
  const peer = fdb && walk.index.nodeByIp.get(fdb.dst);
  if (!fdb) {
    return walk.drop(
      {
        at: place,
        deviceOut: VXLAN_DEVICE,
        before: out,
        explanation: message(packetHops, 'vxNoFdb', { mac: neighbour.mac }),
      },
      message(packetHops, 'vxNoFdbAt', { mac: neighbour.mac, node: node.name, dev: VXLAN_DEVICE }),
    );
  }
  // NOTE: the outer packet leaves by eth0 whatever the peer's vSwitch: it is a node address
  // inside the VPC (connected, or via the vSwitch gateway), and the VPC answers every ARP.
  const outer: Outer = {
    src: node.ip,
    dst: fdb.dst,
    ttl: OUTER_TTL,
    dport: VXLAN_PORT,
    vni: VXLAN_VNI,
    srcMac: node.eth0Mac,
    dstMac: VSWITCH_MAC,
  };
  const wrapped = withOuter(out, outer);
  walk.record({
    at: place,
    deviceIn: VXLAN_DEVICE,
    deviceOut: 'eth0',
    action: 'encap',
    evidence: evidenceOf(fdb, 'vtep-fdb', place, formatFdb),
    before: out,
    after: wrapped,
    explanation: later(() =>
      message(packetHops, 'vxEncap', {
        mac: fdb.mac,
        ip: ipText(fdb.dst),
        peer: peer ? message(packetHops, 'vxPeer', { node: peer.name }) : '',
        vni: VXLAN_VNI,
        port: VXLAN_PORT,
        src: ipText(node.ip),
        overhead: VXLAN_OVERHEAD,
        mtu: 1500 - VXLAN_OVERHEAD,
      }),
    ),
  });
  return { station: { kind: 'vpc-router', fromVswitch: node.vswitch }, packet: wrapped };
}

/**
 * The vRouter with an encapsulated packet: it reads only the outer header, a packet between two
 * ECS addresses, and delivers it by the vSwitch's system entry.
 */
export function vpcRouterOuter(walk: Walk, packet: Packet, outer: Outer, fromVswitch?: string): Next {
  const entry = lookupVpcRoute(walk.index.vpcRoutes, outer.dst);
  const node = walk.index.nodeByIp.get(outer.dst);
  if (!entry || !node || node.ip !== outer.dst) {
    return walk.drop(
      {
        at: VPC_ROUTER,
        deviceIn: fromVswitch,
        before: packet,
        explanation: message(packetHops, 'vxNoNode', { ip: ipText(outer.dst) }),
      },
      message(packetHops, 'vxNoNodeAt', { ip: ipText(outer.dst) }),
    );
  }
  const evidence = evidenceOf(
    entry,
    'vpc-route-table',
    VPC,
    formatVpcRoute,
    (e: VpcRouteEntry) => e.destination,
  );
  const after = withOuter(packet, {
    src: outer.src,
    dst: outer.dst,
    ttl: outer.ttl,
    dport: outer.dport,
    vni: outer.vni,
    srcMac: VSWITCH_MAC,
    dstMac: node.eth0Mac,
  });
  walk.record({
    at: VPC_ROUTER,
    deviceIn: fromVswitch,
    deviceOut: entry.nextHop,
    action: entry.nextHopType === 'local' && entry.vswitch === fromVswitch ? 'bridge' : 'route',
    evidence,
    before: packet,
    after,
    explanation: later(() =>
      message(packetHops, 'vxVpc', {
        src: ipText(outer.src),
        ip: ipText(outer.dst),
        port: outer.dport,
        entry: evidence.line,
        node: node.name,
      }),
    ),
  });
  return { station: { kind: 'node-in', node, dev: 'eth0' }, packet: after };
}

/**
 * An encapsulated packet reaching a node: UDP to its own address on port 8472 goes to the VXLAN
 * socket, VNI 1 is flannel.1's, the inner frame is addressed to flannel.1's MAC, so the kernel
 * takes the outer headers off and the inner packet enters the IP stack from flannel.1.
 */
export function vxlanIn(walk: Walk, node: NodeState, packet: Packet, outer: Outer): Next | Packet {
  const place = nodePlace(node.name);
  const vtep = node.flannelLease?.vtep;
  if (outer.dst !== node.ip || !vtep || outer.vni !== VXLAN_VNI || packet.dstMac !== vtep.mac) {
    return walk.drop(
      {
        at: place,
        deviceIn: 'eth0',
        before: packet,
        explanation: message(packetHops, 'vxNoDevice', {
          port: outer.dport,
          vni: outer.vni,
          node: node.name,
        }),
      },
      message(packetHops, 'vxNoDeviceAt', { node: node.name }),
    );
  }
  const inner = withOuter(packet, undefined);
  walk.record({
    at: place,
    deviceIn: 'eth0',
    deviceOut: VXLAN_DEVICE,
    action: 'decap',
    before: packet,
    after: inner,
    explanation: later(() =>
      message(packetHops, 'vxDecap', {
        node: node.name,
        port: outer.dport,
        vni: outer.vni,
        dev: VXLAN_DEVICE,
        mac: vtep.mac,
        overhead: VXLAN_OVERHEAD,
        src: ipText(inner.src),
        dst: ipText(inner.dst),
        ttl: inner.ttl,
      }),
    ),
  });
  return inner;
}
