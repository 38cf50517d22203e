import { formatNatRule, natChains, natRules } from '../tables/nat-rules.ts';
import type { NodeState, PodState } from '../world/types.ts';
import { type ArtifactResult, keyedLines } from './result.ts';

const POLICIES = ['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT'];

/**
 * `iptables -t nat -S` on a node: the built-in chains' policies, the user chains (`-N`, sorted,
 * as iptables lists them), then flanneld's --ip-masq rules once it has added them, or the bridge
 * plugin's per-pod `CNI-…` chains when flanneld does not masquerade (tables/nat-rules.ts).
 */
// NOTE: kube-proxy's KUBE-* chains (Services, NodePorts, KUBE-MARK-MASQ) are not modelled: the
// explorer shows pod networking, not Services. On a real node they sit beside these rules.
export function iptablesNat(node: NodeState, pods: readonly PodState[]): ArtifactResult {
  const rules = natRules(node, pods);
  return keyedLines([...POLICIES, ...natChains(rules).map((c) => `-N ${c}`), ...rules.map(formatNatRule)]);
}
