/**
 * Where everything the scenario can ever build goes: planned from the scenario's full node and
 * pod lists, so a node keeps its place while the construction fills the picture in.
 */
import type { PodSpec, Scenario } from '../engine/index.ts';
import { candidateWidths } from './flow.ts';
import { type NodePlan, planNode } from './node-plan.ts';
import { GAP, placeAll, type TopologyPlan } from './place.ts';
import type { LayoutOptions } from './types.ts';

export type { NodePlacement, TopologyPlan, VSwitchPlacement } from './place.ts';

/** Node plans grouped by vSwitch, in registration order. */
function nodePlans(scenario: Scenario): Map<string, NodePlan[]> {
  const byVswitch = new Map<string, NodePlan[]>(scenario.vpc.vswitches.map((v) => [v.name, []]));
  const prefixes = new Map(scenario.vpc.vswitches.map((v) => [v.name, Number(v.cidr.split('/')[1])]));
  const podsByNode = new Map<string, PodSpec[]>();
  for (const pod of scenario.pods) {
    const list = podsByNode.get(pod.node);
    if (list) list.push(pod);
    else podsByNode.set(pod.node, [pod]);
  }
  for (const spec of scenario.nodes) {
    const pods = podsByNode.get(spec.name) ?? [];
    byVswitch.get(spec.vswitch)?.push(planNode(spec, pods, prefixes.get(spec.vswitch) ?? 24));
  }
  return byVswitch;
}

const cache = new WeakMap<Scenario, Map<string, TopologyPlan>>();

/**
 * Plans the whole diagram. With a width only, nodes wrap at it; with width and height (default
 * 1280 × 800), the wrap width whose result fits that viewport at the largest scale wins.
 */
export function planTopology(scenario: Scenario, options: LayoutOptions = {}): TopologyPlan {
  const key = `${options.width ?? ''}x${options.height ?? ''}`;
  let perScenario = cache.get(scenario);
  const hit = perScenario?.get(key);
  if (hit) return hit;
  const plans = nodePlans(scenario);
  let result: TopologyPlan;
  if (options.width !== undefined && options.height === undefined) {
    result = placeAll(scenario, plans, Math.max(1, options.width - 100));
  } else {
    const width = options.width ?? 1280;
    const height = options.height ?? 800;
    const all = [...plans.values()].flat();
    let best: { plan: TopologyPlan; scale: number } | undefined;
    for (const candidate of candidateWidths(all, GAP.x)) {
      const plan = placeAll(scenario, plans, candidate);
      const scale = Math.min(width / plan.width, height / plan.height);
      if (!best || scale > best.scale + 1e-9) best = { plan, scale };
    }
    result = best?.plan ?? placeAll(scenario, plans, width);
  }
  if (!perScenario) {
    perScenario = new Map();
    cache.set(scenario, perScenario);
  }
  perScenario.set(key, result);
  return result;
}
