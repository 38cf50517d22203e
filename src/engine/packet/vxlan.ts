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
  const how = dev === undefined ? 'sends' : `forwards (TTL ${routed.ttl})`;
  if (!vtep || !neighbour) {
    return walk.drop(
      {
        at: place,
        deviceIn: dev,
        deviceOut: VXLAN_DEVICE,
        evidence: routeEvidence,
        before,
        explanation: `The route sends ${ipText(routed.dst)} to ${VXLAN_DEVICE}, but no neighbour entry gives ${ipText(gateway)}'s MAC, and flannel.1 learns none: the packet is dropped.`,
      },
      `no neighbour entry for ${ipText(gateway)} on ${node.name}'s ${VXLAN_DEVICE}`,
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
    explanation: `${node.name}'s longest matching route for ${ipText(routed.dst)} is flanneld's ${formatRoute(route)}, so it ${how} the packet out of ${VXLAN_DEVICE}. The gateway ${ipText(gateway)} is ${neighbour.node}'s flannel.1 address, taken as on the link (onlink); the permanent neighbour entry "${formatNeighbour(neighbour)}" gives its MAC, so no ARP is sent.`,
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
        explanation: `flannel.1's forwarding database has no entry for ${neighbour.mac}, so the VXLAN device does not know which node to send the frame to.`,
      },
      `no FDB entry for ${neighbour.mac} on ${node.name}'s ${VXLAN_DEVICE}`,
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
    explanation: `flannel.1's forwarding database says frames for ${fdb.mac} go to ${ipText(fdb.dst)}${peer ? ` (${peer.name})` : ''}. The VXLAN device wraps the whole frame in a VXLAN header (VNI ${VXLAN_VNI}), UDP to port ${VXLAN_PORT} and an outer IPv4 header ${ipText(node.ip)} → ${ipText(fdb.dst)}: ${VXLAN_OVERHEAD} bytes more, which is why the pods' MTU is ${1500 - VXLAN_OVERHEAD}. The outer packet leaves by eth0; the pod addresses are hidden inside it.`,
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
        explanation: `No ECS node holds the outer destination ${ipText(outer.dst)}, so the VPC cannot deliver the tunnel packet.`,
      },
      `no node holds the outer destination ${ipText(outer.dst)}`,
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
    explanation: `The vRouter reads the outer header only: ${ipText(outer.src)} → ${ipText(outer.dst)}, UDP ${outer.dport}. Its longest match for ${ipText(outer.dst)} is ${evidence.line}, so it delivers the packet to ${node.name}'s eth0 like any packet between two ECS instances: no route to any pod CIDR is needed; the TTL of both headers stays as it is.`,
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
        explanation: `The UDP packet to port ${outer.dport} finds no VXLAN device for VNI ${outer.vni} with the inner destination MAC on ${node.name}, so the kernel drops it.`,
      },
      `${node.name} has no VXLAN device for this packet`,
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
    explanation: `The packet is UDP to ${node.name}'s own address on port ${outer.dport}: the kernel's VXLAN socket takes it, finds VNI ${outer.vni} belongs to ${VXLAN_DEVICE}, and the inner frame is addressed to flannel.1's MAC ${vtep.mac}. It removes the ${VXLAN_OVERHEAD} bytes of outer headers, and the inner packet ${ipText(inner.src)} → ${ipText(inner.dst)} enters ${node.name}'s IP stack from ${VXLAN_DEVICE}, TTL ${inner.ttl} as it was sent.`,
  });
  return inner;
}
