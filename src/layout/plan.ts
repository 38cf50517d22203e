/**
 * Where everything the scenario can ever build goes: planned from the scenario's full node and
 * pod lists, so a node keeps its place while the construction fills the picture in.
 */
import {
  flannelBackend,
  formatCidr,
  formatIp,
  type PodSpec,
  type Scenario,
  terwayConfigOf,
  VXLAN_MTU,
  type WorldState,
} from '../engine/index.ts';
import { candidateWidths } from './flow.ts';
import { type NodePlan, planNode, vtepLabel } from './node-plan.ts';
import { type CompactTexts, longestAddress, planCompactNode } from './node-plan-compact.ts';
import { placeAll, type TopologyPlan } from './place.ts';
import { planRouteTable } from './plan-infra.ts';
import { COMPACT, FULL } from './spacing.ts';
import { summarised, summaryTiles } from './summary.ts';
import type { LayoutOptions } from './types.ts';

export type { NodePlacement, TopologyPlan, VSwitchPlacement } from './place.ts';

type PlanNode = (spec: Scenario['nodes'][number], pods: readonly PodSpec[], prefix: number) => NodePlan;

/** ENI chips drawn on a node at most: more ENIs are counted on the last one's line. */
const MAX_ENI_CHIPS = 3;

/** A vxlan cluster's nodes hold flannel.1 (the engine's flannelBackend reads `cluster.cni`). */
const isVxlan = (scenario: Scenario) => flannelBackend(scenario) === 'vxlan';

/** The full planner; on a vxlan cluster with room for the longest flannel.1 label it can give. */
function fullNodes(scenario: Scenario): PlanNode {
  const terway = terwayConfigOf(scenario);
  if (terway) {
    // The ENIs each node will attach: one per ipsPerAdapter pods, up to the instance's quota.
    const { adapters, ipsPerAdapter } = terway.eni;
    const most = Math.min(adapters - 1, MAX_ENI_CHIPS);
    return (spec, pods, prefix) =>
      planNode(spec, pods, prefix, undefined, Math.min(most, Math.ceil(pods.length / ipsPerAdapter)));
  }
  if (!isVxlan(scenario)) return planNode;
  const label = vtepLabel(longestAddress(scenario.cluster.podCidr), VXLAN_MTU);
  return (spec, pods, prefix) => planNode(spec, pods, prefix, label);
}

/**
 * What the compact boxes will hold: the addresses and pod CIDRs of the world at the last step
 * (`final`), else the longest the cluster's pod CIDR can give.
 */
function compactTexts(scenario: Scenario, final: WorldState | undefined): CompactTexts {
  const address = longestAddress(scenario.cluster.podCidr);
  const cidr = `${address}/${scenario.cluster.nodeCidrMaskSize}`;
  return {
    node: (name) => {
      const podCidr = final?.nodes.get(name)?.podCidr;
      return podCidr ? formatCidr(podCidr) : cidr;
    },
    pod: (name) => {
      const ip = final?.pods.get(name)?.ip;
      return ip === undefined ? address : formatIp(ip);
    },
  };
}

/** The compact planner with at most `columns` pods side by side. */
function compactNodes(texts: CompactTexts, columns: number, vtep: boolean): PlanNode {
  return (spec, pods) => planCompactNode(spec, pods, texts, columns, vtep);
}

/** Node plans grouped by vSwitch, in registration order. */
function nodePlans(scenario: Scenario, plan: PlanNode = fullNodes(scenario)): Map<string, NodePlan[]> {
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
    byVswitch.get(spec.vswitch)?.push(plan(spec, pods, prefixes.get(spec.vswitch) ?? 24));
  }
  return byVswitch;
}

const cache = new WeakMap<Scenario, Map<string, TopologyPlan>>();

/** Pods side by side a compact node may hold: each tried, the one that fits best wins. */
const COMPACT_COLUMNS = [1, 2, 3, 5];

/**
 * Plans the whole diagram. With a width only, nodes wrap at it; with width and height (default
 * 1280 × 800), the wrap width whose result fits that viewport at the largest scale wins. Compact
 * (spacing.ts) also tries how many pods a node holds side by side.
 */
export function planTopology(scenario: Scenario, options: LayoutOptions = {}): TopologyPlan {
  // A summary (summary.ts) has one size of its own, whatever was asked.
  const summary = summarised(scenario);
  const tiles = summary ? summaryTiles() : undefined;
  const compact = options.compact === true && !summary;
  const key = `${options.width ?? ''}x${options.height ?? ''}${compact ? 'c' : ''}${options.final ? 'f' : ''}${summary && !tiles ? 'u' : ''}`;
  let perScenario = cache.get(scenario);
  const hit = perScenario?.get(key);
  if (hit) return hit;
  const spacing = compact ? COMPACT : FULL;
  const texts = compact ? compactTexts(scenario, options.final) : undefined;
  const variants = texts
    ? COMPACT_COLUMNS.map((columns) => nodePlans(scenario, compactNodes(texts, columns, isVxlan(scenario))))
    : summary
      ? // No node is planned before the tiles load (summary.ts), none in detail.
        [tiles ? nodePlans(scenario, tiles.plan) : new Map(scenario.vpc.vswitches.map((v) => [v.name, []]))]
      : [nodePlans(scenario)];
  let result: TopologyPlan | undefined;
  if (options.width !== undefined && options.height === undefined) {
    result = placeAll(scenario, variants[0] ?? new Map(), Math.max(1, options.width - 100), spacing);
  } else {
    const width = options.width ?? 1280;
    const height = options.height ?? 800;
    const table = planRouteTable(scenario);
    let best: { plans: ReadonlyMap<string, readonly NodePlan[]>; at: number; scale: number } | undefined;
    for (const plans of variants) {
      const all = [...plans.values()].flat();
      for (const at of candidateWidths(all, spacing.gap.x)) {
        const size = placeAll(scenario, plans, at, spacing, table, false);
        const scale = Math.min(width / size.width, height / size.height);
        if (!best || scale > best.scale + 1e-9) best = { plans, at, scale };
      }
    }
    // Sized at every candidate, placed at the best only.
    result = best && placeAll(scenario, best.plans, best.at, spacing, table);
  }
  result ??= placeAll(scenario, variants[0] ?? new Map(), options.width ?? 1280, spacing);
  if (!perScenario) {
    perScenario = new Map();
    cache.set(scenario, perScenario);
  }
  perScenario.set(key, result);
  return result;
}
