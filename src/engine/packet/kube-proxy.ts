/**
 * kube-proxy's rules in a trace: nat PREROUTING (or OUTPUT, for the node's own packets) walked
 * chain by chain down to the KUBE-SEP rule that DNATs; the filter REJECT of a Service without
 * endpoints; KUBE-POSTROUTING's masquerade of marked packets; and conntrack's reverse DNAT of
 * the answer. Only a walk with a Service flow meets these: other traces are unchanged.
 */
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
function probabilities(flow: ServiceFlow): string {
  const endpoints = flow.service.endpoints ?? [];
  const n = endpoints.length;
  const each =
    n === 1
      ? 'its only endpoint gets every connection'
      : `each of its ${n} endpoints gets 1/${n} of new connections`;
  return `${each} (${endpoints.map((e) => `${e.pod} ${endpointText(e.ip, flow.port.targetPort)}`).join(', ')})`;
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
  const how =
    hook === 'OUTPUT'
      ? `${node.name} sends the packet itself, so nat OUTPUT`
      : deviceIn?.startsWith('veth')
        ? `br_netfilter (bridge-nf-call-iptables=1) hands the frame cni0 received to nat PREROUTING, which`
        : 'nat PREROUTING';
  const chosen = flow.endpoint;
  const why = markRule
    ? markRule.chain.startsWith('KUBE-SEP-')
      ? ` ${markRule.chain}'s first rule matches too (-s ${formatIp(packet.src)}: the endpoint is the sender itself) and jumps to KUBE-MARK-MASQ, which marks the packet ${'0x4000'} for masquerade: without it the pod would get a packet from its own address and answer itself.`
      : markRule.chain.startsWith('KUBE-EXT-')
        ? ` ${markRule.chain} jumps to KUBE-MARK-MASQ first: traffic to a node port is marked 0x4000 for masquerade, since its endpoint may be on another node.`
        : ` The source ${formatIp(packet.src)} is outside the cluster CIDR, so ${markRule.chain}'s first rule jumps to KUBE-MARK-MASQ and marks the packet 0x4000 for masquerade.`
    : '';
  walk.record({
    at: place,
    deviceIn,
    action: 'dnat',
    evidence: ruleEvidence(dnat, node),
    before: packet,
    after,
    explanation: `${how} jumps to KUBE-SERVICES; ${svcRule ? `"${svcRule.text}" matches ${formatIp(packet.dst)}:${flow.dport}/${flow.protocol}` : 'a rule matches'} and sends it to ${sep?.chain ?? 'the Service chain'}, where kube-proxy's statistic rules decide: ${probabilities(flow)}. This trace takes ${chosen?.pod ?? 'an endpoint'} (${sep?.target ?? ''}).${why} ${dnat.chain} DNATs the destination to ${endpointText(to.ip, to.port)}; conntrack keeps the original ${formatIp(packet.dst)}:${flow.dport} for the answer.`,
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
      explanation: `Service ${name} has no ready endpoint, so kube-proxy wrote no DNAT for it: nat ${hook} leaves the packet alone, and the filter table's ${chain} chain jumps to ${last.chain}, whose rule "${last.text}" REJECTs it: the kernel answers ICMP port unreachable, which the client sees as "connection refused".`,
    },
    `Service ${name} has no endpoints: ${node.name}'s filter ${last.chain} REJECTs ${formatIp(packet.dst)}:${flow.dport}/${flow.protocol} (icmp-port-unreachable)`,
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
    explanation: `nat POSTROUTING's first rule jumps to KUBE-POSTROUTING (kube-proxy put it before flanneld's rules); the packet carries the mark 0x4000, so it clears the mark and MASQUERADEs: the source becomes ${ipText(address)}, ${dev}'s address${address === packet.src ? ' (already the source)' : ''}, and the answer will come back here.`,
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
    explanation: `Conntrack recognises the answer to the flow ${node.name} DNATed and reverses it: the source ${ipText(packet.src)}${flow ? `:${flow.port.targetPort}` : ''} becomes the Service address ${ipText(entry.dst)}${flow ? `:${flow.dport}` : ''}, so the client sees the answer come from the address it called.`,
  });
  return after;
}
