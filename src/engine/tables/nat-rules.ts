import { type Cidr, contains, formatCidr } from '../net/ipv4.ts';
import type { NodeState } from '../world/types.ts';

const MULTICAST: Cidr = { network: 0xe0000000, prefix: 4 };

/** An address match of an iptables rule: `-s X`, `! -s X`, or none. */
export interface AddressMatch {
  readonly cidr: Cidr;
  readonly negate: boolean;
}

/** One rule of the nat table's POSTROUTING chain. */
export interface NatRule {
  readonly chain: 'POSTROUTING';
  readonly source?: AddressMatch;
  readonly destination?: AddressMatch;
  readonly target: 'RETURN' | 'MASQUERADE';
  readonly randomFully: boolean;
}

/** The rule as `iptables -t nat -S` prints it. */
export function formatNatRule(rule: NatRule): string {
  const match = (flag: string, m?: AddressMatch) =>
    m ? ` ${m.negate ? '! ' : ''}${flag} ${formatCidr(m.cidr)}` : '';
  return `-A ${rule.chain}${match('-s', rule.source)}${match('-d', rule.destination)} -j ${rule.target}${rule.randomFully ? ' --random-fully' : ''}`;
}

/** Whether a rule matches a packet's source and destination. */
export function natRuleMatches(rule: NatRule, src: number, dst: number): boolean {
  const ok = (m: AddressMatch | undefined, ip: number) => !m || contains(m.cidr, ip) !== m.negate;
  return ok(rule.source, src) && ok(rule.destination, dst);
}

/**
 * flanneld's --ip-masq rules on a node (flannel v0.15 network/iptables.go), in order:
 * pod↔pod RETURN; pod → non-multicast MASQUERADE; outside → this node's pods RETURN;
 * outside (the host itself) → other pods MASQUERADE. Empty until flanneld adds them.
 */
export function natRules(node: NodeState): NatRule[] {
  if (!node.masqueradeRules || !node.podCidr) return [];
  const cluster = node.subnetEnv?.network;
  if (!cluster) return [];
  const is = (cidr: Cidr): AddressMatch => ({ cidr, negate: false });
  const not = (cidr: Cidr): AddressMatch => ({ cidr, negate: true });
  return [
    {
      chain: 'POSTROUTING',
      source: is(cluster),
      destination: is(cluster),
      target: 'RETURN',
      randomFully: false,
    },
    {
      chain: 'POSTROUTING',
      source: is(cluster),
      destination: not(MULTICAST),
      target: 'MASQUERADE',
      randomFully: true,
    },
    {
      chain: 'POSTROUTING',
      source: not(cluster),
      destination: is(node.podCidr),
      target: 'RETURN',
      randomFully: false,
    },
    {
      chain: 'POSTROUTING',
      source: not(cluster),
      destination: is(cluster),
      target: 'MASQUERADE',
      randomFully: true,
    },
  ];
}

/** The first rule that matches, with its 1-based position, or undefined (policy ACCEPT). */
export function evaluateNat(
  rules: readonly NatRule[],
  src: number,
  dst: number,
): { rule: NatRule; position: number } | undefined {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as NatRule;
    if (natRuleMatches(rule, src, dst)) return { rule, position: i + 1 };
  }
  return undefined;
}
