import { describe, expect, it } from 'vitest';
import { candidateWidths } from './flow.ts';
import { type NodePlan, planNode } from './node-plan.ts';
import { placeAll } from './place.ts';
import { planRouteTable } from './plan-infra.ts';
import { COMPACT, FULL } from './spacing.ts';
import { gridScenario } from './test-fixtures.ts';

describe('placeAll by size only', () => {
  it('gives the size of the full placement, at every wrap width the layout tries, full and compact', () => {
    const scenario = gridScenario(60, (i) => i % 7);
    const plans: NodePlan[] = scenario.nodes.map((node) =>
      planNode(
        node,
        scenario.pods.filter((p) => p.node === node.name),
        24,
      ),
    );
    const byVswitch = new Map([['vsw-a', plans]]);
    const table = planRouteTable(scenario);
    for (const s of [FULL, COMPACT])
      for (const at of candidateWidths(plans, s.gap.x)) {
        const placed = placeAll(scenario, byVswitch, at, s);
        expect(placeAll(scenario, byVswitch, at, s, table, false), `${at}`).toMatchObject({
          width: placed.width,
          height: placed.height,
        });
      }
  });
});
