import { formatNatRule, natRules } from '../tables/nat-rules.ts';
import type { NodeState } from '../world/types.ts';
import { type ArtifactResult, text } from './result.ts';

const POLICIES = ['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT'];

/**
 * `iptables -t nat -S` on a node: the built-in chains' policies, then flanneld's --ip-masq
 * rules once it has added them (tables/nat-rules.ts).
 */
// NOTE: kube-proxy's KUBE-* chains (Services, NodePorts, KUBE-MARK-MASQ) are not modelled: the
// explorer shows pod networking, not Services. On a real node they sit beside these rules.
export function iptablesNat(node: NodeState): ArtifactResult {
  return text([...POLICIES, ...natRules(node).map(formatNatRule)]);
}
