import { describe, expect, it } from 'vitest';
import { construct, stateAfterFrom, stateAt } from '../../engine/index.ts';
import { layoutTopology, ROUTER_ID } from '../../layout/index.ts';
import { ARTICLE, gridScenario } from '../../layout/test-fixtures.ts';
import { elementRuns, linkRuns } from './runs.ts';

describe('diagram runs', () => {
  it('hold every element and link once, in order, a node opening its own run and the vRouter ending one', () => {
    for (const scenario of [ARTICLE, gridScenario(8, (i) => 1 + (i % 4))]) {
      const c = construct(scenario);
      const layout = layoutTopology(stateAt(c, c.steps.length));
      const runs = elementRuns(layout.elements, ROUTER_ID);
      expect(runs.flatMap((r) => r.items)).toEqual(layout.elements);
      expect(new Set(runs.map((r) => r.key)).size).toBe(runs.length);
      for (const run of runs) {
        const nodes = run.items.filter((e) => e.kind === 'node');
        expect(nodes.length).toBeLessThanOrEqual(1);
        if (nodes[0]) expect(run.items[0]).toBe(nodes[0]);
        const router = run.items.findIndex((e) => e.id === ROUTER_ID);
        if (router >= 0) expect(router).toBe(run.items.length - 1);
      }
      const links = linkRuns(layout.links);
      expect(links.flatMap((r) => r.items)).toEqual(layout.links);
      expect(new Set(links.map((r) => r.key)).size).toBe(links.length);
    }
  });

  it('a step leaves the runs of the nodes it did not touch the same objects', () => {
    const c = construct(gridScenario(8, () => 3));
    const pod = c.steps.findIndex((s) => s.phase === 'pod');
    let world = stateAt(c, pod + 5);
    const before = elementRuns(layoutTopology(world).elements);
    world = stateAfterFrom(world, c.steps, pod + 5, pod + 6);
    const after = new Map(elementRuns(layoutTopology(world).elements).map((r) => [r.key, r.items]));
    const same = before.filter((r) => {
      const items = after.get(r.key);
      return items?.length === r.items.length && items.every((e, i) => e === r.items[i]);
    });
    expect(same.length).toBeGreaterThanOrEqual(before.length - 2);
  });
});
