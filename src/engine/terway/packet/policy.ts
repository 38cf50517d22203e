/**
 * The kernel's policy routing on a Terway node: the rules in priority order, each pointing at a
 * table; the first table with a route for the destination decides (a table without one lets the
 * next rule try).
 */
import type { Evidence } from '../../packet/types.ts';
import type { NodeState } from '../../world/types.ts';
import { lookupTerwayRoute, type PolicyRule, ruleMatches, type TerwayRoute } from '../tables.ts';
import { eniRouteEvidence, mainRouteEvidence, ruleEvidence } from './evidence.ts';
import type { TerwayIndex } from './terway-index.ts';

export interface PolicyDecision {
  readonly rule: PolicyRule;
  readonly route: TerwayRoute;
  /** The route's evidence (main table or ENI table). */
  readonly evidence: Evidence;
  readonly ruleEvidence: Evidence;
  /** The ENI table's number, when the rule chose one. */
  readonly table?: number;
}

/** The route for a packet from `src` (0: not chosen yet, a local sender) to `dst`, with the rule. */
export function policyRoute(
  index: TerwayIndex,
  node: NodeState,
  src: number,
  dst: number,
): PolicyDecision | undefined {
  for (const rule of index.rules(node)) {
    if (rule.table === 'local' || rule.table === 'default' || !ruleMatches(rule, src, dst)) continue;
    if (rule.table === 'main') {
      const route = lookupTerwayRoute(index.main(node), dst);
      if (route) {
        return {
          rule,
          route,
          evidence: mainRouteEvidence(route, node.name),
          ruleEvidence: ruleEvidence(rule, node.name),
        };
      }
      continue;
    }
    const table = rule.table;
    const route = lookupTerwayRoute(index.eniTables(node).get(table) ?? [], dst);
    if (route) {
      return {
        rule,
        route,
        table,
        evidence: eniRouteEvidence(route, table, node.name),
        ruleEvidence: ruleEvidence(rule, node.name),
      };
    }
  }
  return undefined;
}
