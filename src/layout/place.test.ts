import { describe, expect, it } from 'vitest';
import { candidateWidths } from './flow.ts';
import { type NodePlan, planNode } from './node-plan.ts';
import { placeAll, placedSize } from './place.ts';
import { planRouteTable } from './plan-infra.ts';
import { COMPACT, FULL } from './spacing.ts';
import { gridScenario } from './test-fixtures.ts';

describe('placedSize', () => {
  it('is the size placeAll gives, at every wrap width the layout tries, full and compact', () => {
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
        expect(placedSize(scenario, byVswitch, at, s, table), `${at}`).toMatchObject({
          width: placed.width,
          height: placed.height,
        });
      }
  });
});
