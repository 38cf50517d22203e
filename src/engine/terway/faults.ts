/**
 * Terway's what-ifs (scenario `faults`, one node each), read once: which nodes have which fault,
 * and the vSwitches a fault on a node strikes (the node's pod vSwitches).
 */
import type { FaultKind, Scenario } from '../scenario/types.ts';
import { podVswitchesOf, type TerwayConfig } from './config.ts';

/** The nodes that have the fault `kind`. */
export function faultedNodes(scenario: Scenario, kind: FaultKind): ReadonlySet<string> {
  return new Set(scenario.faults.filter((f) => f.kind === kind).map((f) => f.node));
}

/** The vSwitches the pods of the nodes with `kind` take their addresses from. */
export function faultedPodVswitches(
  scenario: Scenario,
  config: TerwayConfig,
  kind: FaultKind,
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of faultedNodes(scenario, kind)) {
    const node = scenario.nodes.find((n) => n.name === name);
    if (node) for (const v of podVswitchesOf(config, node.vswitch)) out.add(v);
  }
  return out;
}
