/**
 * The VPC's vRouter: longest-prefix match over the route table (system entries for each vSwitch
 * and for 100.64.0.0/10, custom entries to an instance or the NAT gateway), then delivery to the
 * next hop. No match, no way on: the packet is dropped here.
 */

import { later } from '../later.ts';
import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import { message, type Text } from '../messages/message.ts';
import { broadcastOf, contains } from '../net/ipv4.ts';
import { VPC_ROUTER } from '../places.ts';
import { terwayIndex } from '../terway/packet/terway-index.ts';
import type { VpcRouteEntry } from '../world/types.ts';
import { VSWITCH_MAC } from './addresses.ts';
import { whyNoVpcRoute } from './diagnose.ts';
import { framed, packetOf } from './packet.ts';
import { ipText } from './text-cache.ts';
import type { Evidence, Packet } from './types.ts';
import { lookupVpcRoute, vpcRouteEvidence } from './vpc-route-index.ts';
import { vpcRouterOuter } from './vxlan.ts';
import type { Next, Walk } from './walk.ts';
import { addressPlace } from './world-index.ts';

const PLACE = VPC_ROUTER;

/** What the vRouter's routing hop shows, whatever it decides. */
interface RouterHop {
  readonly walk: Walk;
  readonly deviceIn: string | undefined;
  readonly entry: VpcRouteEntry;
  readonly switched: boolean;
  readonly evidence: Evidence;
  readonly arriving: Packet;
}

/** Records the vRouter's hop: the entry that matched, the packet handed on, the TTL unchanged. */
function routerHop(hop: RouterHop, after: Packet, explanation: () => Text): void {
  hop.walk.record({
    at: PLACE,
    deviceIn: hop.deviceIn,
    deviceOut: hop.entry.nextHop,
    action: hop.switched ? 'bridge' : 'route',
    evidence: hop.evidence,
    before: hop.arriving,
    after,
    explanation: later(() => message(hops, 'ttlStays', { sentence: explanation(), ttl: hop.arriving.ttl })),
  });
}

/** A packet reaching the vRouter (`fromVswitch`: the vSwitch of the instance that sent it; `from`: else who handed it over). */
export function vpcRouter(walk: Walk, packet: Packet, fromVswitch?: string, from?: string): Next {
  if (packet.outer) return vpcRouterOuter(walk, packet, packet.outer, fromVswitch);
  const { index } = walk;
  const deviceIn = fromVswitch ?? from;
  const entry = lookupVpcRoute(index.vpcRoutes, packet.dst);
  // The frame arrives with the MACs the sender's hop gave it (hop "Before" = the previous "After");
  // what leaves carries new ones (or none where the model does not look at L2).
  const arriving: Packet = packet;
  const stripped: Packet = packetOf(packet.src, packet.dst, packet.ttl);
  if (!entry) {
    const why = whyNoVpcRoute(index, packet.dst);
    return walk.drop(
      {
        at: PLACE,
        deviceIn,
        before: arriving,
        explanation: message(hops, 'noVpcEntry', { ip: ipText(packet.dst) }),
      },
      why
        ? message(drops, 'vpcNoEntryWhy', { ip: ipText(packet.dst), why })
        : message(drops, 'vpcNoEntry', { ip: ipText(packet.dst) }),
    );
  }
  const evidence = vpcRouteEvidence(index.vpcRoutes, entry);
  // NOTE: the vRouter is not modelled as lowering the TTL, routed or switched. No Alibaba Cloud
  // document says it does, and captures on ECS show every VPC neighbour behind the gateway MAC
  // ee:ff:ff:ff:ff:ff with the sender's TTL intact. Only the Linux nodes count hops.
  const switched = entry.nextHopType === 'local' && entry.vswitch === fromVswitch;
  const routed: Packet = stripped;
  const hop: RouterHop = { walk, deviceIn, entry, switched, evidence, arriving };
  const matched = later(() => ({ ip: ipText(packet.dst), entry: evidence.line }));
  if (entry.nextHopType === 'nat-gateway') {
    routerHop(hop, routed, () => message(hops, 'vpcToNat', matched()));
    return { station: { kind: 'nat-gateway', side: 'vpc' }, packet: routed };
  }
  if (entry.nextHopType === 'service') {
    routerHop(hop, routed, () => message(hops, 'vpcToService', matched()));
    return deliverHost(walk, routed, message(hops, 'serviceAnswers'));
  }
  // Terway: a pod address is an ENI's private address in the vSwitch; the VPC delivers it to that ENI.
  const holder =
    index.world.terway && entry.nextHopType === 'local'
      ? terwayIndex(index.world).eniByIp.get(packet.dst)
      : undefined;
  if (holder) {
    const after: Packet = framed(routed, VSWITCH_MAC, holder.eni.mac);
    routerHop(hop, after, () =>
      message(hops, 'vpcToEni', {
        ip: ipText(packet.dst),
        entry: evidence.line,
        eni: holder.eni.id,
        node: holder.node.name,
        dev: holder.eni.device,
      }),
    );
    return { station: { kind: 'node-in', node: holder.node, dev: holder.eni.device }, packet: after };
  }
  const node =
    entry.nextHopType === 'instance'
      ? index.world.nodes.get(entry.node ?? '')
      : instanceOn(walk, entry, packet.dst);
  if (node) {
    const after: Packet = framed(routed, VSWITCH_MAC, node.eth0Mac);
    routerHop(hop, after, () =>
      message(hops, 'vpcToNode', {
        ip: ipText(packet.dst),
        entry: evidence.line,
        node: node.name,
        ecs: node.instanceId,
      }),
    );
    return { station: { kind: 'node-in', node, dev: 'eth0' }, packet: after };
  }
  if (entry.nextHopType === 'instance') {
    return walk.drop(
      {
        at: PLACE,
        deviceIn,
        evidence,
        before: arriving,
        explanation: message(hops, 'noInstance', { instance: entry.nextHop }),
      },
      message(drops, 'instanceGone', { instance: entry.nextHop }),
    );
  }
  const refused = refusal(walk, entry, packet.dst);
  if (refused) {
    return walk.drop(
      {
        at: PLACE,
        deviceIn,
        evidence,
        before: arriving,
        explanation: message(hops, 'vpcRefused', { ip: ipText(packet.dst), entry: evidence.line, refused }),
      },
      message(drops, 'vpcRefusedAt', { ip: ipText(packet.dst), vswitch: entry.nextHop, refused }),
    );
  }
  routerHop(hop, routed, () => message(hops, 'vpcToOutside', matched()));
  return deliverHost(walk, routed, message(hops, 'outsideReceives', { vswitch: entry.nextHop }));
}

function instanceOn(walk: Walk, entry: VpcRouteEntry, ip: number) {
  const node = walk.index.nodeByIp.get(ip);
  return node && node.ip === ip && node.vswitch === entry.vswitch ? node : undefined;
}

/** Why nobody can hold an address of a vSwitch, if nobody can. */
function refusal(walk: Walk, entry: VpcRouteEntry, ip: number): Text | undefined {
  // NOTE: a vSwitch keeps its first address and its last three for itself (DOMAIN.md §2.3).
  if (ip === entry.cidr.network || ip >= broadcastOf(entry.cidr) - 2)
    return message(hops, 'reservedByVswitch', { ip: ipText(ip) });
  const planned = walk.index.world.scenario.nodes.find((n) => n.ip === ipText(ip));
  if (planned) return message(hops, 'notCreatedYet', { node: planned.name });
  return contains(entry.cidr, ip) ? undefined : message(hops, 'outsideIt', { ip: ipText(ip) });
}

/** Delivery to an address nobody in the scenario owns; it answers from the VPC side. */
function deliverHost(walk: Walk, packet: Packet, explanation: Text): Next {
  const place = addressPlace(packet.dst);
  return walk.deliver(
    { at: place, deviceIn: 'eth0', before: packet, explanation },
    { kind: 'host-out', place, side: 'vpc' },
  );
}
