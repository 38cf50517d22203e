/** Evidence of Terway's tables: a rule, a main-table route, an ENI table's route, a pod route, the neighbour. */

import { evidenceOf } from '../../packet/text-cache.ts';
import type { Evidence } from '../../packet/types.ts';
import { nodePlace, podPlace } from '../../places.ts';
import {
  formatNeighbour,
  formatRule,
  formatTerwayRoute,
  type Neighbour,
  type PolicyRule,
  ruleKey,
  type TerwayRoute,
  terwayRouteKey,
} from '../tables.ts';

export function ruleEvidence(rule: PolicyRule, node: string): Evidence {
  return evidenceOf(rule, 'ip-rules', nodePlace(node), formatRule, ruleKey);
}

/** A route of the node's main table (`ip route`). */
export function mainRouteEvidence(route: TerwayRoute, node: string): Evidence {
  return evidenceOf(route, 'node-routes', nodePlace(node), formatTerwayRoute, terwayRouteKey);
}

/** A route of an ENI table (`ip route show table N`); its row key names the table. */
export function eniRouteEvidence(route: TerwayRoute, table: number, node: string): Evidence {
  return evidenceOf(
    route,
    'policy-routes',
    nodePlace(node),
    formatTerwayRoute,
    (r) => `${table} ${terwayRouteKey(r)}`,
  );
}

export function podRouteEvidence(route: TerwayRoute, pod: string): Evidence {
  return evidenceOf(route, 'pod-routes', podPlace(pod), formatTerwayRoute, terwayRouteKey);
}

export function neighbourEvidence(neighbour: Neighbour, pod: string): Evidence {
  return evidenceOf(neighbour, 'neighbours', podPlace(pod), formatNeighbour);
}

/** The key of an ENI-table row, as the `ip-route-table-N` artifact prints its rows. */
export function eniRowKey(table: number, route: TerwayRoute): string {
  return `${table} ${terwayRouteKey(route)}`;
}
