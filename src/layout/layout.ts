/**
 * The topology as it stands at one step: the scenario's stable plan, filtered to what the world
 * has built so far, with each element's labels, badges and accessible name.
 */
import type { WorldState } from '../engine/index.ts';
import { infraElements } from './elements-infra.ts';
import { infraLinks } from './links.ts';
import { nodeParts } from './node-parts.ts';
import { planTopology } from './plan.ts';
import { routeBadge } from './routes.ts';
import { summarised, summaryTiles } from './summary.ts';
import type { LayoutOptions, TopologyElement, TopologyLayout, TopologyLink } from './types.ts';

/** Nodes the range allocator recorded CIDRNotAvailable for. */
function cidrNotAvailable(world: WorldState): Set<string> {
  const names = new Set<string>();
  for (const event of world.events) {
    if (event.reason === 'CIDRNotAvailable') names.add(event.object.replace(/^Node\//, ''));
  }
  return names;
}

/**
 * Lays out the topology of `world`. Positions come from the scenario's full node and pod lists
 * (see planTopology), so they do not move between steps; elements not yet built are absent.
 */
export function layoutTopology(world: WorldState, options: LayoutOptions = {}): TopologyLayout {
  const plan = planTopology(world.scenario, options);
  const failedCidr = cidrNotAvailable(world);
  const elements: TopologyElement[] = infraElements(world, plan);
  const links: TopologyLink[] = infraLinks(world, plan);
  const summary = summarised(world.scenario);
  if (summary) {
    const tiles = summaryTiles()?.nodes(world, plan, failedCidr);
    elements.push(...(tiles?.elements ?? []));
    links.push(...(tiles?.links ?? []));
  } else
    for (const placed of plan.nodes.values()) {
      const name = placed.plan.name;
      const parts = nodeParts(world, plan, placed, failedCidr.has(name) && !world.nodes.get(name)?.podCidr);
      for (const e of parts.elements) elements.push(e);
      for (const l of parts.links) links.push(l);
    }
  return {
    compact: plan.compact,
    width: plan.width,
    height: plan.height,
    elements,
    links,
    routes: routeBadge(world, plan),
    byId: new Map(elements.map((e) => [e.id, e])),
    ...(summary ? { summary, holder: summaryTiles()?.holder(world.scenario) } : {}),
  };
}

/** The ids the diagram shows for a world: its elements and its route rows (lessons check theirs against them). */
export function diagramIds(world: WorldState): ReadonlySet<string> {
  const layout = layoutTopology(world);
  return new Set([...layout.byId.keys(), ...(layout.routes?.rows ?? []).map((r) => r.id)]);
}
