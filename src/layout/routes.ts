/**
 * The vRouter's compact route table: the newest entries in table order, older ones folded into
 * "+N earlier", and the nodes whose route the VPC refused.
 */
import type { WorldState } from '../engine/index.ts';
import { ROUTER_ID, routeId } from './ids.ts';
import { LINE_HEIGHT } from './metrics.ts';
import { routeName, routeTarget } from './names.ts';
import type { TopologyPlan } from './plan.ts';
import { ROUTE_HEADER } from './plan-infra.ts';
import type { RouteBadge, RouteRow, TextLine } from './types.ts';

/** "a, b" or "a, b +3": the badge has room for two names. */
function shortList(names: readonly string[]): string {
  const shown = names.slice(0, 2).join(', ');
  return names.length > 2 ? `${shown} +${names.length - 2}` : shown;
}

/** The compact route table of the vRouter as it stands in `world`. */
export function routeBadge(world: WorldState, plan: TopologyPlan): RouteBadge {
  const box = plan.vrouter;
  const refused = [...world.nodes.values()].filter((n) => n.vpcRoute === 'quota-exceeded').map((n) => n.name);
  if (!world.vpc.created) return { rows: [], hidden: 0, refused };
  const table = world.vpc.routeTable;
  const capacity = plan.table.rows;
  const hidden = Math.max(0, table.length - capacity);
  const rows = table.slice(hidden).map(
    (entry, i): RouteRow => ({
      id: routeId(entry.destination),
      destination: entry.destination,
      target: routeTarget(entry),
      type: entry.type,
      name: routeName(entry),
      // The compact diagram draws no rows: each is the vRouter's box.
      box: plan.compact
        ? box
        : {
            x: box.x + 8,
            y: box.y + ROUTE_HEADER + i * LINE_HEIGHT,
            width: box.width - 16,
            height: LINE_HEIGHT,
          },
    }),
  );
  const x = box.x + 10;
  let y = box.y + ROUTE_HEADER + capacity * LINE_HEIGHT + 12;
  let more: TextLine | undefined;
  if (hidden > 0) {
    more = { key: `${ROUTER_ID}#more`, text: `+${hidden} earlier`, x, y, style: 'muted' };
    y += LINE_HEIGHT;
  }
  const refusedLine: TextLine | undefined =
    refused.length > 0
      ? { key: `${ROUTER_ID}#refused`, text: `QuotaExceeded: ${shortList(refused)}`, x, y, style: 'muted' }
      : undefined;
  return {
    rows,
    hidden,
    refused,
    ...(more ? { more } : {}),
    ...(refusedLine ? { refusedLine } : {}),
  };
}
