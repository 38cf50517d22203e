/**
 * A node's netfilter as far as the trace needs it: conntrack at PREROUTING / OUTPUT (which
 * un-NATs the answer of a masqueraded flow) and the nat table's POSTROUTING chain, evaluated
 * rule by rule on the node a packet leaves (DOMAIN.md §3.6).
 */

import { later } from '../later.ts';
import { hops } from '../messages/en/hops.ts';
import { message, type Text } from '../messages/message.ts';
import { contains } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import { evaluateNat, formatNatRule, type NatDecision } from '../tables/index.ts';
import type { NodeState } from '../world/types.ts';
import { type ConntrackHit, formatConntrack } from './conntrack.ts';
import { kubePostrouting, unDnat } from './kube-proxy.ts';
import { withDst, withSrc } from './packet.ts';
import { conntrackEvidence, evidenceOf, ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Walk } from './walk.ts';

/** The line `iptables -t nat -S` prints for the chain's policy, which decides when no rule does. */
export const POSTROUTING_POLICY = '-P POSTROUTING ACCEPT';

const RULE_MEANING = {
  1: 'natRule1',
  2: 'natRule2',
  3: 'natRule3',
  4: 'natRule4',
} as const;

/** Why the deciding rule decides: flanneld's rules by position, the bridge plugin's per-pod chain by target. */
function meaning(match: NatDecision): Text {
  if (match.jump === undefined) {
    const id = RULE_MEANING[match.position as keyof typeof RULE_MEANING];
    return message(hops, id ?? 'natRuleMatches');
  }
  const params = { jump: match.jump.position, chain: match.rule.chain, rule: match.position };
  return message(hops, match.rule.target === 'ACCEPT' ? 'cniChainAccept' : 'cniChainMasq', params);
}

/**
 * Conntrack as a packet enters the node (PREROUTING) or is sent by it (OUTPUT). An answer to a
 * masqueraded flow gets its original destination back here, before routing (an `un-nat` hop).
 */
export function trackIn(
  walk: Walk,
  node: NodeState,
  packet: Packet,
  dev?: string,
): { packet: Packet; hit: ConntrackHit } {
  const place = nodePlace(node.name);
  const hit = walk.conntrack.track(place, packet.src, packet.dst);
  if (hit.direction !== 'reply' || hit.entry.natSrc === undefined) return { packet, hit };
  const after: Packet = withDst(packet, hit.entry.src);
  walk.record({
    at: place,
    deviceIn: dev,
    action: 'un-nat',
    evidence: conntrackEvidence(place, formatConntrack(hit.entry)),
    before: packet,
    after,
    explanation: later(() =>
      message(hops, 'nodeUnNat', {
        node: node.name,
        from: ipText(packet.dst),
        to: ipText(after.dst),
      }),
    ),
  });
  return { packet: after, hit };
}

/**
 * br_netfilter's words for a bridged packet: with bridge-nf-call-iptables=1 (kubeadm's preflight
 * requires it) the bridge hands IPv4 it forwards between two ports to iptables' POSTROUTING with
 * cni0 as the output device (linux net/bridge/br_netfilter_hooks.c br_nf_post_routing:
 * NF_HOOK(NFPROTO_IPV4, NF_INET_POST_ROUTING, …, bridge_parent(skb->dev), …)). A packet the host
 * itself sends into cni0 carries no bridge state and is not evaluated twice.
 */

/**
 * nat POSTROUTING for a packet leaving by `dev`: the first matching rule decides (RETURN or
 * MASQUERADE to `dev`'s address), or the chain's policy ACCEPT. Only the first packet of a flow
 * is evaluated; answers and repeats reuse conntrack's binding and record no hop. `bridged`: the
 * packet is forwarded by cni0 between two pods, and br_netfilter is why iptables sees it.
 */
export function postrouting(
  walk: Walk,
  node: NodeState,
  dev: string,
  packet: Packet,
  hit: ConntrackHit,
  bridged = false,
): Packet {
  if (walk.flow) {
    if (hit.direction === 'reply') return unDnat(walk, node, packet, hit, dev);
    const masqueraded = hit.entry.natDecided ? undefined : kubePostrouting(walk, node, dev, packet, hit);
    if (masqueraded) return masqueraded;
  }
  if (hit.direction === 'reply' || hit.entry.natDecided) return packet;
  const place = nodePlace(node.name);
  const match = evaluateNat(walk.index.nat(node), packet.src, packet.dst);
  const evidence = match
    ? evidenceOf(match.rule, 'nat', place, formatNatRule)
    : ({ table: 'nat', owner: place, line: POSTROUTING_POLICY, row: POSTROUTING_POLICY } as const);
  if (match?.rule.target !== 'MASQUERADE') {
    walk.conntrack.decide(hit.entry);
    walk.record({
      at: place,
      deviceOut: dev,
      action: 'no-nat',
      evidence,
      before: packet,
      after: packet,
      explanation: later(() =>
        bridgedText(
          bridged,
          match
            ? match.jump
              ? message(hops, 'natJump', { meaning: meaning(match) })
              : message(hops, 'natReturn', { rule: match.position, meaning: meaning(match) })
            : message(hops, 'natPolicy', { why: noRulesWhy(walk, node) }),
        ),
      ),
    });
    return packet;
  }
  // NOTE: MASQUERADE takes the out device's own address (nf_nat_masquerade_ipv4: inet_select_addr
  // on the out device): flannel.1's /32 for a packet into the VXLAN tunnel (checked by the kernel).
  const vtep = dev === 'flannel.1' ? node.flannelLease?.vtep : undefined;
  const address = vtep ? vtep.address : dev === 'cni0' && node.cni0 ? node.cni0.gateway : node.ip;
  walk.conntrack.decide(hit.entry, address);
  const after: Packet = withSrc(packet, address);
  walk.record({
    at: place,
    deviceOut: dev,
    action: 'snat',
    evidence,
    before: packet,
    after,
    explanation: later(() => {
      const same = address === packet.src ? message(hops, 'sameSource') : '';
      const params = {
        meaning: meaning(match),
        ip: ipText(address),
        dev,
        same,
        vpc: vpcNote(walk, packet),
        rule: match.position,
      };
      return bridgedText(
        bridged,
        match.jump ? message(hops, 'masqJump', params) : message(hops, 'masqRule', params),
      );
    }),
  });
  return after;
}

/** A sentence about a bridged packet starts with why iptables sees it (br_netfilter). */
function bridgedText(bridged: boolean, sentence: Text): Text {
  return bridged ? message(hops, 'bridged', { sentence }) : sentence;
}

function noRulesWhy(walk: Walk, node: NodeState): Text {
  if (node.masqueradeRules) return '';
  const { scenario } = walk.index.world;
  if (!scenario.cluster.ipMasq) return message(hops, 'noIpMasq');
  if (scenario.faults.some((f) => f.kind === 'masquerade-rules-missing' && f.node === node.name)) {
    return message(hops, 'masqRulesMissing', { node: node.name });
  }
  return message(hops, 'masqRulesNotYet', { node: node.name });
}

function vpcNote(walk: Walk, packet: Packet): Text {
  if (!contains(walk.index.vpcCidr, packet.dst)) return '';
  return message(hops, 'vpcMasqNote');
}
