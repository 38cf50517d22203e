/**
 * The summary of a scenario too large to draw in detail: past DETAIL_MAX_NODES nodes or
 * DETAIL_MAX_PODS pods (5,000 nodes × 30 pods, the validator's most, lays out 451,891 elements
 * in detail: 20 s in one piece and some 500 MB), each node is one tile with its name, its pod
 * CIDR and how many of its pods run; its devices and its pods are not drawn (the step list, the
 * inspector and a walk still name them). docs/limits.md holds these numbers.
 *
 * NOTE: the tiles (summary-tiles.ts) are not in the page's first load: such a scenario is always
 * opened a slice at a time (app/url/large-scenario.ts), which loads them first (loadSummary).
 * Until they are loaded, a summarised scenario's nodes are not drawn at all, never in detail.
 */
import type { Scenario, WorldState } from '../engine/index.ts';
import type { NodePlan } from './node-plan.ts';
import type { TopologyPlan } from './place.ts';
import type { TopologyElement, TopologyLink } from './types.ts';

/** Up to this many nodes (and DETAIL_MAX_PODS pods), every device and pod is drawn. */
export const DETAIL_MAX_NODES = 1_000;
export const DETAIL_MAX_PODS = 30_000;

/** Whether `scenario` is drawn as a summary: one tile per node, no devices, no pods. */
export function summarised(scenario: Scenario): boolean {
  return scenario.nodes.length > DETAIL_MAX_NODES || scenario.pods.length > DETAIL_MAX_PODS;
}

export interface SummaryTiles {
  /** A node's tile. */
  readonly plan: (spec: Scenario['nodes'][number]) => NodePlan;
  /** The tiles as they stand in `world`, and their lines up to their vSwitches. */
  readonly nodes: (
    world: WorldState,
    plan: TopologyPlan,
    failedCidr: ReadonlySet<string>,
  ) => { elements: TopologyElement[]; links: TopologyLink[] };
  /** The tile holding what an id names (a pod, a node's part). */
  readonly holder: (scenario: Scenario) => (id: string) => string | undefined;
}

let tiles: SummaryTiles | undefined;

/** The tiles, once loaded. */
export function summaryTiles(): SummaryTiles | undefined {
  return tiles;
}

/** Loads the tiles (once). */
export async function loadSummary(): Promise<void> {
  tiles ??= (await import('./summary-tiles.ts')).tiles;
}
