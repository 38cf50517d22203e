/**
 * A Terway node's IP stack: local delivery for its own addresses, then policy routing (ip rule:
 * 512 to a pod → main, 2048 from a pod → its ENI's table, then main), the TTL, and the device out:
 * a pod's veth, eth0, or the ENI that owns the pod's address. No NAT on the node.
 */

import { later } from '../../later.ts';
import { drops } from '../../messages/en/drops.ts';
import { hops } from '../../messages/en/hops.ts';
import { packetHops } from '../../messages/en/packetHops.ts';
import { message, type Text } from '../../messages/message.ts';
import { VSWITCH_MAC } from '../../packet/addresses.ts';
import { packetOf, withTtl } from '../../packet/packet.ts';
import { evidenceOf, ipText } from '../../packet/text-cache.ts';
import type { Evidence, Packet } from '../../packet/types.ts';
import type { Next, Walk } from '../../packet/walk.ts';
import { nodePlace } from '../../places.ts';
import { formatLocalRoute, lookupLocal } from '../../tables/local-routes.ts';
import type { NodeState } from '../../world/types.ts';
import { deniesPods, podSecurityGroup, securityGroupPlace, securityGroupVerdict } from '../security-group.ts';
import { formatRule, formatTerwayRoute } from '../tables.ts';
import { type PolicyDecision, policyRoute } from './policy.ts';
import { terwayIndex } from './terway-index.ts';

function localRoute(walk: Walk, node: NodeState, ip: number) {
  const route = lookupLocal(terwayIndex(walk.index.world).local(node), ip);
  return (
    route && { route, evidence: evidenceOf(route, 'local-routes', nodePlace(node.name), formatLocalRoute) }
  );
}

/** A packet sent by the node itself (`src` fixed when it is an answer). */
export function terwayNodeOut(walk: Walk, node: NodeState, packet: Packet, fixedSrc?: number): Next {
  const place = nodePlace(node.name);
  const local = localRoute(walk, node, packet.dst);
  if (local) {
    const p = packetOf(fixedSrc ?? local.route.src, packet.dst, packet.ttl);
    walk.record({
      at: place,
      deviceOut: 'lo',
      action: 'loopback',
      evidence: local.evidence,
      before: p,
      after: p,
      explanation: message(hops, 'nodeLoopback', { note: '', ip: ipText(p.dst), node: node.name }),
    });
    return walk.deliver(
      {
        at: place,
        deviceIn: 'lo',
        evidence: local.evidence,
        before: p,
        explanation: message(hops, 'nodeStays', { node: node.name }),
      },
      { kind: 'node-out', node, src: p.dst },
    );
  }
  // NOTE: a local sender's lookup has no source yet (saddr 0), so `from <podIP>` rules never
  // select it: the node's own traffic follows 512 (to a pod here) or main.
  const decision = policyRoute(terwayIndex(walk.index.world), node, fixedSrc ?? 0, packet.dst);
  if (!decision) return unreachable(walk, node, packet);
  const src = fixedSrc ?? decision.route.src ?? node.ip;
  const before = packetOf(src, packet.dst, packet.ttl);
  return leave(walk, node, decision, before, before);
}

/** A packet entering the node from `dev`: a pod's veth, eth0 or an ENI. */
export function terwayNodeIn(walk: Walk, node: NodeState, dev: string, packet: Packet): Next {
  const place = nodePlace(node.name);
  const fromVpcToEni = dev !== 'eth0' && terwayIndex(walk.index.world).eni(node, dev) !== undefined;
  if (fromVpcToEni && deniesPods(walk.index.world.scenario, node.name)) {
    const hit = walk.conntrack.lookup(securityGroupPlace(node.name), packet.src, packet.dst);
    if (hit?.direction !== 'reply') return deniedBySecurityGroup(walk, node, dev, packet);
  }
  const spoofed = localRoute(walk, node, packet.src);
  if (spoofed) {
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
  const local = localRoute(walk, node, packet.dst);
  if (local) {
    return walk.deliver(
      {
        at: place,
        deviceIn: dev,
        evidence: local.evidence,
        before: packet,
        explanation: message(hops, 'nodeDeliver', {
          ip: ipText(packet.dst),
          node: node.name,
          dev: local.route.dev,
        }),
      },
      { kind: 'node-out', node, src: packet.dst },
    );
  }
  const decision = policyRoute(terwayIndex(walk.index.world), node, packet.src, packet.dst);
  if (!decision) return unreachable(walk, node, packet, dev);
  if (packet.ttl <= 1) {
    return walk.drop(
      {
        at: place,
        deviceIn: dev,
        evidence: decision.evidence,
        rule: decision.ruleEvidence,
        before: packet,
        explanation: message(hops, 'ttlOut', { ttl: packet.ttl }),
      },
      message(drops, 'ttlExceeded', { node: node.name }),
    );
  }
  return leave(walk, node, decision, packet, withTtl(packet, packet.ttl - 1), dev);
}

/** The ENI's security group drops a new inbound packet before the node sees it. */
function deniedBySecurityGroup(walk: Walk, node: NodeState, dev: string, packet: Packet): Next {
  const line = securityGroupVerdict(node.name, ipText(packet.src));
  const evidence: Evidence = { table: 'security-group', owner: nodePlace(node.name), line, row: line };
  const group = podSecurityGroup(node.name);
  return walk.drop(
    {
      at: nodePlace(node.name),
      deviceIn: dev,
      evidence,
      before: packet,
      explanation: message(packetHops, 'sgDenied', { node: node.name, dev, group, ip: ipText(packet.src) }),
    },
    message(packetHops, 'sgDeniedAt', { group, node: node.name, dev, ip: ipText(packet.src) }),
  );
}

function unreachable(walk: Walk, node: NodeState, packet: Packet, dev?: string): Next {
  return walk.drop(
    {
      at: nodePlace(node.name),
      deviceIn: dev,
      before: packet,
      explanation: message(packetHops, 'twNoRule', { node: node.name, ip: ipText(packet.dst) }),
    },
    message(packetHops, 'twNoRoute', { node: node.name, ip: ipText(packet.dst) }),
  );
}

function why(decision: PolicyDecision): Text {
  const rule = formatRule(decision.rule).replace('\t', ' ');
  const route = formatTerwayRoute(decision.route);
  if (decision.table !== undefined)
    return message(packetHops, 'twRuleEni', { rule, table: decision.table, route, dev: decision.route.dev });
  if (decision.rule.priority === 512) return message(packetHops, 'twRulePod', { rule, route });
  return message(packetHops, 'twMain', { route });
}

/** How the kernel moves the packet: the node's own sends it, a packet from a device is forwarded. */
function how(dev: string | undefined): Text {
  return message(packetHops, dev === undefined ? 'twSends' : 'twForwards');
}

function lowersTtl(dev: string | undefined, ttl: number): Text {
  return dev === undefined ? '' : message(packetHops, 'twLowersTtl', { ttl });
}

/** The routing hop (the rule and the route), then the device out. */
function leave(
  walk: Walk,
  node: NodeState,
  decision: PolicyDecision,
  before: Packet,
  routed: Packet,
  dev?: string,
): Next {
  const place = nodePlace(node.name);
  const { route } = decision;
  const index = terwayIndex(walk.index.world);
  const pod = index.podOnVeth(node, route.dev);
  if (route.dev.startsWith('cali')) {
    if (!pod?.veth) {
      return walk.drop(
        {
          at: place,
          deviceIn: dev,
          deviceOut: route.dev,
          before,
          explanation: message(packetHops, 'caliNoPod', { dev: route.dev }),
        },
        message(packetHops, 'caliNoPodAt', { dev: route.dev, node: node.name }),
      );
    }
    const after = packetOf(routed.src, routed.dst, routed.ttl, pod.veth.hostMac, pod.veth.podMac);
    walk.record({
      at: place,
      deviceIn: dev,
      deviceOut: route.dev,
      action: 'route',
      evidence: decision.evidence,
      rule: decision.ruleEvidence,
      before,
      after,
      explanation: later(() =>
        message(packetHops, 'twToPod', {
          ip: ipText(routed.dst),
          node: node.name,
          why: why(decision),
          how: how(dev),
          ttl: lowersTtl(dev, routed.ttl),
          dev: route.dev,
          pod: pod.name,
        }),
      ),
    });
    return { station: { kind: 'pod-in', pod }, packet: after };
  }
  const eni = route.dev === 'eth0' ? undefined : index.eni(node, route.dev);
  // The ENI's security group remembers what leaves by it, so that the answer is let back in.
  if (eni && deniesPods(walk.index.world.scenario, node.name)) {
    walk.conntrack.track(securityGroupPlace(node.name), routed.src, routed.dst);
  }
  const srcMac = eni ? eni.mac : node.eth0Mac;
  const after = packetOf(routed.src, routed.dst, routed.ttl, srcMac, VSWITCH_MAC);
  walk.record({
    at: place,
    deviceIn: dev,
    deviceOut: route.dev,
    action: 'route',
    evidence: decision.evidence,
    rule: decision.ruleEvidence,
    before,
    after,
    explanation: later(() =>
      message(packetHops, 'twOut', {
        ip: ipText(routed.dst),
        src: ipText(routed.src),
        node: node.name,
        why: why(decision),
        how: how(dev),
        via:
          route.via === undefined
            ? message(packetHops, 'twStraight', { ip: ipText(routed.dst) })
            : message(hops, 'viaGateway', { ip: ipText(route.via) }),
        dev: route.dev,
        ttl: lowersTtl(dev, routed.ttl),
      }),
    ),
  });
  return { station: { kind: 'vpc-router', fromVswitch: eni ? eni.vswitch : node.vswitch }, packet: after };
}
