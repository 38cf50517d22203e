import { containerId } from '../ids.ts';
import { type Cidr, contains, formatCidr } from '../net/ipv4.ts';
import { sha512Hex } from '../net/sha512.ts';
import type { NodeState, PodState } from '../world/types.ts';

const MULTICAST: Cidr = { network: 0xe0000000, prefix: 4 };

/** The CNI network name, `name` of 10-flannel.conf, which the bridge plugin puts in its chains. */
export const CNI_NETWORK = 'cbr0';

/** An address match of an iptables rule: `-s X`, `! -s X`, or none. */
export interface AddressMatch {
  readonly cidr: Cidr;
  readonly negate: boolean;
}

/** A chain of the nat table the model holds: the built-in POSTROUTING or a bridge plugin's `CNI-…`. */
export type NatChain = 'POSTROUTING' | `CNI-${string}`;

/** One rule of the nat table. A target that names a chain jumps to it. */
export interface NatRule {
  readonly chain: NatChain;
  readonly source?: AddressMatch;
  readonly destination?: AddressMatch;
  /** `-m comment --comment …`, unquoted. */
  readonly comment?: string;
  readonly target: 'RETURN' | 'MASQUERADE' | 'ACCEPT' | NatChain;
  readonly randomFully: boolean;
}

/** The rule as `iptables -t nat -S` prints it. */
export function formatNatRule(rule: NatRule): string {
  const match = (flag: string, m?: AddressMatch) =>
    m ? ` ${m.negate ? '! ' : ''}${flag} ${formatCidr(m.cidr)}` : '';
  const comment =
    rule.comment === undefined ? '' : ` -m comment --comment "${rule.comment.replace(/"/g, '\\"')}"`;
  return `-A ${rule.chain}${match('-s', rule.source)}${match('-d', rule.destination)}${comment} -j ${rule.target}${rule.randomFully ? ' --random-fully' : ''}`;
}

/** The user chains of a rule list, as `iptables -S` declares them (`-N`), sorted by name. */
export function natChains(rules: readonly NatRule[]): string[] {
  return [...new Set(rules.map((r) => r.chain).filter((c) => c !== 'POSTROUTING'))].sort();
}

/** Whether a rule matches a packet's source and destination. */
export function natRuleMatches(rule: NatRule, src: number, dst: number): boolean {
  return addressMatches(rule.source, src) && addressMatches(rule.destination, dst);
}

/** A rule's `-s` or `-d` (maybe negated) against an address; no match given matches all. */
function addressMatches(match: AddressMatch | undefined, ip: number): boolean {
  return !match || contains(match.cidr, ip) !== match.negate;
}

/**
 * flanneld's --ip-masq rules on a node (flannel v0.15 network/iptables.go), in order:
 * pod↔pod RETURN; pod → non-multicast MASQUERADE; outside → this node's pods RETURN;
 * outside (the host itself) → other pods MASQUERADE. Empty until flanneld adds them.
 */
function flanneldRules(node: NodeState): NatRule[] {
  if (!node.masqueradeRules || !node.podCidr) return [];
  const cluster = node.subnetEnv?.network;
  if (!cluster) return [];
  const is = (cidr: Cidr): AddressMatch => ({ cidr, negate: false });
  const not = (cidr: Cidr): AddressMatch => ({ cidr, negate: true });
  const rule = (source: AddressMatch, destination: AddressMatch, target: 'RETURN' | 'MASQUERADE') => ({
    chain: 'POSTROUTING' as const,
    source,
    destination,
    target,
    randomFully: target === 'MASQUERADE',
  });
  return [
    rule(is(cluster), is(cluster), 'RETURN'),
    rule(is(cluster), not(MULTICAST), 'MASQUERADE'),
    rule(not(cluster), is(node.podCidr), 'RETURN'),
    rule(not(cluster), is(cluster), 'MASQUERADE'),
  ];
}

/** Chain names by pod name: the hash is pure, so it is worked out once per pod name. */
const chainCache = new Map<string, NatChain>();

/** The bridge plugin's chain for one pod: `CNI-` and the first 24 hex of sha512(network + container id). */
export function cniChain(pod: string): NatChain {
  // NOTE: containernetworking/plugins pkg/utils/utils.go FormatChainName (v1.1.1, as Debian ships it).
  let chain = chainCache.get(pod);
  if (chain === undefined) {
    chain = `CNI-${sha512Hex(`${CNI_NETWORK}${containerId(pod)}`).slice(0, 24)}`;
    chainCache.set(pod, chain);
  }
  return chain;
}

/**
 * The bridge plugin's masquerade for a pod when its delegate has ipMasq: true, which the Flannel
 * CNI plugin sets when FLANNEL_IPMASQ=false (flannel-io/cni-plugin flannel_linux.go:
 * `ipmasq := !*fenv.ipmasq`). containernetworking/plugins pkg/ip/ipmasq_linux.go SetupIPMasq:
 * a jump from POSTROUTING for the pod's address, then in the pod's chain ACCEPT to the node's pod
 * subnet and MASQUERADE anything else that is not multicast.
 */
function bridgeMasqRules(podCidr: Cidr, pods: readonly PodState[]): NatRule[] {
  const jumps: NatRule[] = [];
  const chains: NatRule[] = [];
  for (const pod of pods) {
    if (pod.ip === undefined) continue;
    const chain = cniChain(pod.name);
    const comment = `name: "${CNI_NETWORK}" id: "${containerId(pod.name)}"`;
    jumps.push({
      chain: 'POSTROUTING',
      source: { cidr: { network: pod.ip, prefix: 32 }, negate: false },
      comment,
      target: chain,
      randomFully: false,
    });
    chains.push(
      {
        chain,
        destination: { cidr: podCidr, negate: false },
        comment,
        target: 'ACCEPT',
        randomFully: false,
      },
      {
        chain,
        destination: { cidr: MULTICAST, negate: true },
        comment,
        target: 'MASQUERADE',
        randomFully: false,
      },
    );
  }
  const order = natChains(chains);
  chains.sort((a, b) => order.indexOf(a.chain) - order.indexOf(b.chain));
  return [...jumps, ...chains];
}

/**
 * A node's nat rules as `iptables -t nat -S` lists them: flanneld's --ip-masq rules, or, when
 * flanneld does not masquerade (FLANNEL_IPMASQ=false), the bridge plugin's per-pod chains for the
 * node's pods that got an address (in creation order; the chains' own rules sorted by chain name).
 */
export function natRules(node: NodeState, pods: readonly PodState[] = []): NatRule[] {
  const flanneld = flanneldRules(node);
  if (!node.podCidr || node.subnetEnv?.ipMasq !== false) return flanneld;
  return [...flanneld, ...bridgeMasqRules(node.podCidr, pods)];
}

/** What decided a packet in nat POSTROUTING: the rule, its 1-based position in its chain, and the jump that led there. */
export interface NatDecision {
  readonly rule: NatRule;
  readonly position: number;
  readonly jump?: { readonly rule: NatRule; readonly position: number };
}

function evaluateChain(
  rules: readonly NatRule[],
  chain: NatChain,
  src: number,
  dst: number,
): { rule: NatRule; position: number } | undefined {
  let position = 0;
  for (const rule of rules) {
    if (rule.chain !== chain) continue;
    position++;
    if (natRuleMatches(rule, src, dst)) return { rule, position };
  }
  return undefined;
}

/**
 * The rule that decides, following a jump into a `CNI-…` chain (a RETURN there, or its end, goes
 * back to POSTROUTING), or undefined: the chain's policy ACCEPT.
 */
export function evaluateNat(rules: readonly NatRule[], src: number, dst: number): NatDecision | undefined {
  let position = 0;
  for (const rule of rules) {
    if (rule.chain !== 'POSTROUTING') continue;
    position++;
    if (!natRuleMatches(rule, src, dst)) continue;
    if (!rule.target.startsWith('CNI-')) return { rule, position };
    const inner = evaluateChain(rules, rule.target as NatChain, src, dst);
    if (inner && inner.rule.target !== 'RETURN')
      return { rule: inner.rule, position: inner.position, jump: { rule, position } };
  }
  return undefined;
}
