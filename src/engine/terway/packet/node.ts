/**
 * A Terway node's IP stack: local delivery for its own addresses, then policy routing (ip rule:
 * 512 to a pod → main, 2048 from a pod → its ENI's table, then main), the TTL, and the device out:
 * a pod's veth, eth0, or the ENI that owns the pod's address. No NAT on the node.
 */
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
      explanation: `${ipText(p.dst)} is one of ${node.name}'s own addresses, so the kernel sends the packet over lo.`,
    });
    return walk.deliver(
      {
        at: place,
        deviceIn: 'lo',
        evidence: local.evidence,
        before: p,
        explanation: `The packet never leaves ${node.name}: it is delivered locally.`,
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
        explanation: `The packet comes in on ${dev} with the source ${ipText(packet.src)}, one of ${node.name}'s own addresses: the kernel takes it for a martian and drops it.`,
      },
      `martian source ${ipText(packet.src)} on ${node.name}: a packet from outside may not carry one of its own addresses`,
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
        explanation: `${ipText(packet.dst)} is one of ${node.name}'s own addresses (on ${local.route.dev}), so the kernel delivers the packet locally instead of routing it.`,
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
        explanation: `The packet arrives with TTL ${packet.ttl}; forwarding would bring it to 0, so the kernel drops it and sends ICMP time exceeded back.`,
      },
      `TTL exceeded in transit at ${node.name}`,
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
      explanation: `The VPC delivers the packet to ${node.name}'s ${dev}, but that ENI is in security group ${group}, an enterprise group with no inbound rule that accepts ${ipText(packet.src)}: ECS drops the packet before ${node.name} sees it. (What-if security-group-denies-pods; answers to what ${node.name}'s pods send would still come in: security groups are stateful.)`,
    },
    `security group ${group} of ${node.name}'s ${dev} accepts no inbound traffic from ${ipText(packet.src)}`,
  );
}

function unreachable(walk: Walk, node: NodeState, packet: Packet, dev?: string): Next {
  return walk.drop(
    {
      at: nodePlace(node.name),
      deviceIn: dev,
      before: packet,
      explanation: `No rule of ${node.name} leads to a table with a route for ${ipText(packet.dst)}: "Network is unreachable".`,
    },
    `${node.name} has no route for ${ipText(packet.dst)}`,
  );
}

function why(decision: PolicyDecision): string {
  const rule = formatRule(decision.rule).replace('\t', ' ');
  const route = formatTerwayRoute(decision.route);
  if (decision.table !== undefined)
    return `rule "${rule}" sends it to table ${decision.table}, the table of the ENI that owns the source address, whose "${route}" hands it to the vSwitch gateway out of ${decision.route.dev}`;
  if (decision.rule.priority === 512)
    return `rule "${rule}" sends it to the main table, where "${route}" leads straight into the pod's veth`;
  return `no pod rule matches, so the main table decides: "${route}"`;
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
  const how = dev === undefined ? 'sends' : 'forwards';
  const ttl = dev === undefined ? '' : ` and lowers the TTL to ${routed.ttl}`;
  const pod = index.podOnVeth(node, route.dev);
  if (route.dev.startsWith('cali')) {
    if (!pod?.veth) {
      return walk.drop(
        {
          at: place,
          deviceIn: dev,
          deviceOut: route.dev,
          before,
          explanation: `${route.dev} leads to no pod.`,
        },
        `${route.dev} on ${node.name} leads to no running pod`,
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
      explanation: `For ${ipText(routed.dst)}, ${node.name}'s ${why(decision)}. The kernel ${how} the packet${ttl} into ${route.dev}, whose other end is eth0 of ${pod.name}. No bridge and no NAT.`,
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
  const via =
    route.via === undefined
      ? `straight to ${ipText(routed.dst)} on the vSwitch`
      : `via the vSwitch gateway ${ipText(route.via)}`;
  walk.record({
    at: place,
    deviceIn: dev,
    deviceOut: route.dev,
    action: 'route',
    evidence: decision.evidence,
    rule: decision.ruleEvidence,
    before,
    after,
    explanation: `For ${ipText(routed.dst)} from ${ipText(routed.src)}, ${node.name}'s ${why(decision)}. The kernel ${how} the packet ${via} out of ${route.dev}${ttl}; the source stays ${ipText(routed.src)}: Terway adds no masquerade rule on the node.`,
  });
  return { station: { kind: 'vpc-router', fromVswitch: eni ? eni.vswitch : node.vswitch }, packet: after };
}
