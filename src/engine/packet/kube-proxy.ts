/**
 * kube-proxy's rules in a trace: nat PREROUTING (or OUTPUT, for the node's own packets) walked
 * chain by chain down to the KUBE-SEP rule that DNATs; the filter REJECT of a Service without
 * endpoints; KUBE-POSTROUTING's masquerade of marked packets; and conntrack's reverse DNAT of
 * the answer. Only a walk with a Service flow meets these: other traces are unchanged.
 */

import { later } from '../later.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { message, type Text } from '../messages/message.ts';
import { formatIp } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import type { KubeProxyRules, KubeRule } from '../services/kube-proxy-rules.ts';
import { endpointText, nodeKubeProxyRules } from '../services/kube-proxy-rules.ts';
import type { NodeState } from '../world/types.ts';
import type { ConntrackHit } from './conntrack.ts';
import { formatConntrack } from './conntrack.ts';
import { withDst, withSrc } from './packet.ts';
import type { ServiceFlow } from './service-flow.ts';
import { conntrackEvidence, ipText } from './text-cache.ts';
import type { Evidence, Hop, Packet } from './types.ts';
import type { End, Walk } from './walk.ts';

/** The node's kube-proxy rules, when the walk follows a Service and kube-proxy has synced there. */
export function serviceRules(walk: Walk, node: NodeState): KubeProxyRules | undefined {
  return walk.flow ? nodeKubeProxyRules(walk.index.world, node) : undefined;
}

function ruleEvidence(rule: KubeRule, node: NodeState): Evidence {
  return { table: rule.table, owner: nodePlace(node.name), line: rule.text, row: rule.text };
}

/** Whether `ip` is one of the node's own addresses (`-m addrtype --dst-type LOCAL`). */
function isLocal(walk: Walk, node: NodeState, ip: number): boolean {
  return walk.index.nodeByIp.get(ip)?.name === node.name;
}

/** Every rule that matched, in the order the packet met them; the DNAT; whether MARK ran. */
interface Verdict {
  path: KubeRule[];
  dnat?: KubeRule;
  marked: boolean;
}

/**
 * Walks a chain as netfilter does: the first matching rule's target decides; a jump to a user
 * chain comes back at its end or on RETURN; MARK goes on; DNAT ends the walk.
 */
function walkChain(
  rules: readonly KubeRule[],
  chain: string,
  match: (rule: KubeRule) => boolean,
  verdict: Verdict,
  depth = 0,
): 'continue' | 'done' {
  if (depth > 8) return 'done';
  for (const rule of rules) {
    if (rule.chain !== chain || !match(rule)) continue;
    verdict.path.push(rule);
    if (rule.target === 'MARK') {
      verdict.marked = true;
      continue;
    }
    if (rule.target === 'RETURN') return 'continue';
    if (
      rule.target === 'DNAT' ||
      rule.target === 'REJECT' ||
      rule.target === 'ACCEPT' ||
      rule.target === 'DROP'
    ) {
      if (rule.target === 'DNAT') verdict.dnat = rule;
      return 'done';
    }
    if (walkChain(rules, rule.target, match, verdict, depth + 1) === 'done') return 'done';
  }
  return 'continue';
}

function matcher(walk: Walk, node: NodeState, packet: Packet, flow: ServiceFlow) {
  return (rule: KubeRule): boolean => {
    if (
      rule.source &&
      ((packet.src & maskOf(rule.source.cidr.prefix)) >>> 0 === rule.source.cidr.network) ===
        rule.source.negate
    )
      return false;
    if (
      rule.destination &&
      ((packet.dst & maskOf(rule.destination.cidr.prefix)) >>> 0 === rule.destination.cidr.network) ===
        rule.destination.negate
    )
      return false;
    if (rule.protocol && rule.protocol !== flow.protocol) return false;
    if (rule.dport !== undefined && rule.dport !== flow.dport) return false;
    if (rule.dstLocal && !isLocal(walk, node, packet.dst)) return false;
    // NOTE: the statistic match is random in the kernel; the trace takes the flow's endpoint:
    // the rules before it do not match, its own does.
    if (rule.probability !== undefined) return rule.endpoint?.pod === flow.endpoint?.pod;
    return true;
  };
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * The nat hook a Service hop (its DNAT, or the REJECT of a Service without endpoints) was decided
 * in: a packet that came in by a device meets PREROUTING, one the node sends itself OUTPUT (the
 * callers of serviceNat pass the device in for PREROUTING only).
 */
export function serviceHook(hop: Hop): 'PREROUTING' | 'OUTPUT' {
  return hop.deviceIn === undefined ? 'OUTPUT' : 'PREROUTING';
}

/** The probability each endpoint has, as a sentence. */
function probabilities(flow: ServiceFlow): Text {
  const endpoints = flow.service.endpoints ?? [];
  const list = endpoints.map((e) => `${e.pod} ${endpointText(e.ip, flow.port.targetPort)}`).join(', ');
  return message(packetHops, 'svcOdds', { n: endpoints.length, list });
}

/** Why the packet is marked for masquerade, by the chain whose rule jumped to KUBE-MARK-MASQ. */
function markSentence(chain: string, src: number): Text {
  if (chain.startsWith('KUBE-SEP-')) return message(packetHops, 'markSelf', { chain, ip: formatIp(src) });
  if (chain.startsWith('KUBE-EXT-')) return message(packetHops, 'markNodePort', { chain });
  return message(packetHops, 'markOutside', { chain, ip: formatIp(src) });
}

/**
 * nat PREROUTING (`hook` 'PREROUTING') or OUTPUT for a new packet of a Service flow: the DNAT hop
 * with the rule that rewrote it, or — for a Service without endpoints — the filter table's REJECT
 * (an End). Undefined when nothing matches (not a Service address, or kube-proxy not synced).
 */
export function serviceNat(
  walk: Walk,
  node: NodeState,
  packet: Packet,
  hit: ConntrackHit,
  hook: 'PREROUTING' | 'OUTPUT',
  deviceIn?: string,
): { packet: Packet } | End | undefined {
  const flow = walk.flow;
  const rules = serviceRules(walk, node);
  if (!flow || !rules || hit.direction !== 'original' || hit.entry.dnatDst !== undefined) return undefined;
  const place = nodePlace(node.name);
  const match = matcher(walk, node, packet, flow);
  const verdict: Verdict = { path: [], marked: false };
  walkChain(rules.nat, hook, match, verdict);
  const dnat = verdict.dnat;
  if (!dnat?.toDestination) return reject(walk, node, packet, rules, hook, match, deviceIn);
  const to = dnat.toDestination;
  const after = withDst(packet, to.ip);
  walk.conntrack.dnat(hit.entry, to.ip);
  flow.dnatAt = node.name;
  flow.dnatRules = verdict.path;
  if (verdict.marked) flow.markedAt = node.name;
  const svcRule = verdict.path.find((r) => r.chain === 'KUBE-SERVICES' || r.chain === 'KUBE-NODEPORTS');
  const sep = verdict.path.find((r) => r.target.startsWith('KUBE-SEP-'));
  const markRule = verdict.path.find((r) => r.target === 'KUBE-MARK-MASQ');
  const chosen = flow.endpoint;
  const dst = packet.dst;
  const src = packet.src;
  walk.record({
    at: place,
    deviceIn,
    action: 'dnat',
    evidence: ruleEvidence(dnat, node),
    before: packet,
    after,
    explanation: later(() =>
      message(packetHops, 'svcDnat', {
        how:
          hook === 'OUTPUT'
            ? message(packetHops, 'natOutputBy', { node: node.name })
            : message(packetHops, deviceIn?.startsWith('veth') ? 'natPreBridged' : 'natPre'),
        matches: svcRule
          ? message(packetHops, 'svcRuleMatches', {
              rule: svcRule.text,
              dst: formatIp(dst),
              dport: flow.dport,
              proto: flow.protocol,
            })
          : message(packetHops, 'aRuleMatches'),
        chain: sep?.chain ?? message(packetHops, 'theServiceChain'),
        odds: probabilities(flow),
        pod: chosen?.pod ?? message(packetHops, 'anEndpoint'),
        target: sep?.target ?? '',
        why: markRule ? markSentence(markRule.chain, src) : '',
        dnatChain: dnat.chain,
        to: endpointText(to.ip, to.port),
        dst: formatIp(dst),
        dport: flow.dport,
      }),
    ),
  });
  return { packet: after };
}

/** No DNAT: the filter table's REJECT for a Service without endpoints, if one matches. */
function reject(
  walk: Walk,
  node: NodeState,
  packet: Packet,
  rules: KubeProxyRules,
  hook: 'PREROUTING' | 'OUTPUT',
  match: (rule: KubeRule) => boolean,
  deviceIn?: string,
): End | undefined {
  // The filter chains the packet passes: sent by the node, OUTPUT (then INPUT when it stays on
  // the node); from outside, INPUT for the node's own address, else FORWARD.
  const local = isLocal(walk, node, packet.dst);
  const chains =
    hook === 'OUTPUT' ? (local ? ['OUTPUT', 'INPUT'] : ['OUTPUT']) : local ? ['INPUT'] : ['FORWARD'];
  let last: KubeRule | undefined;
  let chain = '';
  for (const candidate of chains) {
    const verdict: Verdict = { path: [], marked: false };
    // NOTE: the filter jumps match `--ctstate NEW`, which a first packet is.
    walkChain(
      rules.filter,
      candidate,
      (r) =>
        r.target !== 'KUBE-FORWARD' &&
        r.target !== 'KUBE-FIREWALL' &&
        r.target !== 'KUBE-PROXY-FIREWALL' &&
        match(r),
      verdict,
    );
    last = verdict.path[verdict.path.length - 1];
    chain = candidate;
    if (last?.target === 'REJECT') break;
  }
  if (last?.target !== 'REJECT') return undefined;
  const flow = walk.flow as ServiceFlow;
  const name = `${flow.service.namespace}/${flow.service.name}`;
  return walk.drop(
    {
      at: nodePlace(node.name),
      deviceIn,
      evidence: ruleEvidence(last, node),
      before: packet,
      explanation: message(packetHops, 'svcReject', {
        name,
        hook,
        chain,
        target: last.chain,
        rule: last.text,
      }),
    },
    message(packetHops, 'svcNoEndpoints', {
      name,
      node: node.name,
      chain: last.chain,
      dst: formatIp(packet.dst),
      dport: flow.dport,
      proto: flow.protocol,
    }),
  );
}

/**
 * KUBE-POSTROUTING for a packet kube-proxy marked on this node: MASQUERADE to the address of the
 * device it leaves by, before flanneld's rules are reached. Undefined when the packet is unmarked.
 */
export function kubePostrouting(
  walk: Walk,
  node: NodeState,
  dev: string,
  packet: Packet,
  hit: ConntrackHit,
): Packet | undefined {
  const flow = walk.flow;
  const rules = serviceRules(walk, node);
  if (!flow || !rules || flow.markedAt !== node.name || hit.direction !== 'original') return undefined;
  const masq = rules.nat.find((r) => r.chain === 'KUBE-POSTROUTING' && r.target === 'MASQUERADE') as KubeRule;
  const address = dev === 'cni0' && node.cni0 ? node.cni0.gateway : node.ip;
  walk.conntrack.decide(hit.entry, address);
  flow.markedAt = undefined;
  const after = withSrc(packet, address);
  walk.record({
    at: nodePlace(node.name),
    deviceOut: dev,
    action: 'snat',
    evidence: ruleEvidence(masq, node),
    before: packet,
    after,
    explanation: message(packetHops, 'kubeMasq', {
      ip: ipText(address),
      dev,
      same: address === packet.src ? message(packetHops, 'alreadySource') : '',
    }),
  });
  return after;
}

/**
 * The answer of a DNATed flow leaving the node that DNATed it: conntrack puts the Service address
 * back as its source (the reverse of DNAT is a source rewrite, done at POSTROUTING or, for local
 * delivery, INPUT: nf_nat's HOOK2MANIP).
 */
export function unDnat(walk: Walk, node: NodeState, packet: Packet, hit: ConntrackHit, dev?: string): Packet {
  const entry = hit.entry;
  if (hit.direction !== 'reply' || entry.dnatDst === undefined || packet.src !== entry.dnatDst) return packet;
  const after = withSrc(packet, entry.dst);
  const flow = walk.flow;
  walk.record({
    at: nodePlace(node.name),
    deviceOut: dev,
    action: 'un-nat',
    evidence: conntrackEvidence(nodePlace(node.name), formatConntrack(entry)),
    before: packet,
    after,
    explanation: message(packetHops, 'svcUnDnat', {
      node: node.name,
      from: `${ipText(packet.src)}${flow ? `:${flow.port.targetPort}` : ''}`,
      to: `${ipText(entry.dst)}${flow ? `:${flow.dport}` : ''}`,
    }),
  });
  return after;
}
