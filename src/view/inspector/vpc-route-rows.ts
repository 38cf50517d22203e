/**
 * The rows of the "VPC route table": the world's entries in order, the ones the current step added
 * marked, and the ones it removed kept for this step only (struck through), from the step's changes.
 */
import type { Step, VpcRouteEntry, WorldState } from '../../engine/index.ts';
import type { inspector } from '../../i18n/en/inspector.ts';

export type RowChange = 'none' | 'added' | 'removed';

export interface VpcRouteRow {
  readonly entry: VpcRouteEntry;
  readonly change: RowChange;
}

export function vpcRouteRows(world: WorldState, before: WorldState, step: Step | undefined): VpcRouteRow[] {
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const change of step?.changes ?? []) {
    if (change.kind === 'vpc-route-added') added.add(change.entry.destination);
    if (change.kind === 'vpc-route-removed') removed.add(change.destination);
  }
  const rows: VpcRouteRow[] = world.vpc.routeTable.map((entry) => ({
    entry,
    change: added.has(entry.destination) ? 'added' : 'none',
  }));
  for (const entry of before.vpc.routeTable) {
    if (
      removed.has(entry.destination) &&
      !world.vpc.routeTable.some((e) => e.destination === entry.destination)
    ) {
      rows.push({ entry, change: 'removed' });
    }
  }
  return rows;
}

/** Words for the kind of next hop, as the Alibaba Cloud console names them (the inspector's catalog). */
export const NEXT_HOP_KIND: Readonly<Record<VpcRouteEntry['nextHopType'], keyof typeof inspector>> = {
  local: 'hopLocal',
  instance: 'hopInstance',
  'nat-gateway': 'hopNatGateway',
  service: 'hopService',
};

export interface MissingRoute {
  readonly node: string;
  readonly status: 'quota-exceeded' | 'deleted';
  /** The Warning event recorded for it (CreateRouteFailed), in the engine's words, if any. */
  readonly message: string | null;
}

/** Nodes whose VPC route is missing for a reason the learner should see. */
export function refusedRoutes(world: WorldState): MissingRoute[] {
  const out: MissingRoute[] = [];
  for (const node of world.nodes.values()) {
    if (node.vpcRoute !== 'quota-exceeded' && node.vpcRoute !== 'deleted') continue;
    const event = [...world.events]
      .reverse()
      .find((e) => e.type === 'Warning' && e.object === `Node/${node.name}`);
    out.push({ node: node.name, status: node.vpcRoute, message: event?.message ?? null });
  }
  return out;
}
