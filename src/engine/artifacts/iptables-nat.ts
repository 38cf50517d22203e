import { nodeKubeProxyRules } from '../services/kube-proxy-rules.ts';
import { formatNatRule, natChains, natRules } from '../tables/nat-rules.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { type ArtifactResult, keyedLines, missing } from './result.ts';

const POLICIES = ['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT'];
const FILTER_POLICIES = ['-P INPUT ACCEPT', '-P FORWARD ACCEPT', '-P OUTPUT ACCEPT'];

/**
 * `iptables -t nat -S` on a node: the built-in chains' policies, the user chains (`-N`, sorted,
 * as iptables lists them), then flanneld's --ip-masq rules once it has added them, or the bridge
 * plugin's per-pod `CNI-…` chains when flanneld does not masquerade (tables/nat-rules.ts), and,
 * once kube-proxy has synced on the node, its KUBE-* chains: its jumps stand first in PREROUTING,
 * OUTPUT and POSTROUTING (kube-proxy prepends them), its chains among the others by name.
 */
export function iptablesNat(node: NodeState, pods: readonly PodState[], world?: WorldState): ArtifactResult {
  const rules = natRules(node, pods);
  const kube = nodeKubeProxyRules(world, node);
  if (!kube)
    return keyedLines([...POLICIES, ...natChains(rules).map((c) => `-N ${c}`), ...rules.map(formatNatRule)]);
  const chains = [...new Set([...natChains(rules), ...kube.natChains])].sort();
  const lines = [
    ...kube.nat.filter((r) => r.chain === 'PREROUTING' || r.chain === 'OUTPUT' || r.chain === 'POSTROUTING'),
    ...rules.filter((r) => r.chain === 'POSTROUTING'),
  ].map((r) => ('text' in r ? r.text : formatNatRule(r)));
  const userChains = [
    ...kube.nat
      .filter((r) => !['PREROUTING', 'OUTPUT', 'POSTROUTING'].includes(r.chain))
      .map((r) => ({ chain: r.chain, text: r.text })),
    ...rules
      .filter((r) => r.chain !== 'POSTROUTING')
      .map((r) => ({ chain: r.chain as string, text: formatNatRule(r) })),
  ];
  // Stable: each chain's rules keep their order; chains by name.
  const byChain = chains.flatMap((c) => userChains.filter((r) => r.chain === c).map((r) => r.text));
  return keyedLines([...POLICIES, ...chains.map((c) => `-N ${c}`), ...lines, ...byChain]);
}

/**
 * `iptables -t filter -S` on a node, as far as kube-proxy writes it (its chains and jumps; the
 * filter rules kubelet and flanneld add are not modelled), once kube-proxy has synced there.
 */
export function iptablesFilter(world: WorldState, node: NodeState): ArtifactResult {
  const kube = nodeKubeProxyRules(world, node);
  if (!kube)
    return missing(
      `the filter table is shown as kube-proxy writes it, and kube-proxy has written no Services on ${node.name}${world.scenario.services?.length ? ' yet' : ' (the scenario declares none)'}`,
    );
  return keyedLines([
    ...FILTER_POLICIES,
    ...kube.filterChains.map((c) => `-N ${c}`),
    ...kube.filter.map((r) => r.text),
  ]);
}
