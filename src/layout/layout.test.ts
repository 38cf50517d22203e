import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { layoutTopology } from './layout.ts';
import { inside, overlaps } from './metrics.ts';
import { ARTICLE, gridScenario } from './test-fixtures.ts';
import type { TopologyElement, TopologyLayout } from './types.ts';

function nodeBoxes(layout: TopologyLayout) {
  return layout.elements.filter((e) => e.kind === 'node');
}

/** Every overlap or escape found, as sentences (empty when the layout is clean). */
function problems(layout: TopologyLayout): string[] {
  const found: string[] = [];
  const pairs = (list: readonly TopologyElement[]) => {
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) if (overlaps(a.box, b.box)) found.push(`${a.id} overlaps ${b.id}`);
    });
  };
  pairs(nodeBoxes(layout));
  pairs(layout.elements.filter((e) => e.kind === 'pod' || e.kind === 'veth'));
  const outside = new Set(['vpc', 'external', 'control-plane', 'actor']);
  const vpc = layout.byId.get('vpc');
  for (const e of layout.elements) {
    if (vpc && !outside.has(e.kind) && !inside(vpc.box, e.box)) found.push(`${e.id} leaves the VPC`);
    const owner = e.id.startsWith('node:') ? layout.byId.get(e.id.split('/')[0] ?? '') : undefined;
    if (owner && owner !== e && !inside(owner.box, e.box)) found.push(`${e.id} leaves its node`);
    const pod = e.kind === 'container' ? layout.byId.get(e.id.split('/')[0] ?? '') : undefined;
    if (pod && !inside(pod.box, e.box)) found.push(`${e.id} leaves its pod`);
  }
  return found;
}

describe('layoutTopology: no overlaps', () => {
  it.each([2, 8, 20])('%i nodes with 1–10 pods each: nodes, pods and veths never overlap', (count) => {
    const c = construct(gridScenario(count, (i) => 1 + ((i * 7) % 10)));
    for (const options of [{}, { width: 1024 }, { width: 1920, height: 1080 }, { width: 700, height: 900 }]) {
      const layout = layoutTopology(c.final, options);
      expect(nodeBoxes(layout)).toHaveLength(count);
      expect(problems(layout)).toEqual([]);
    }
  });

  it('holds for random valid scenarios (several vSwitches, masters, failures)', () => {
    fc.assert(
      fc.property(randomScenario, (raw) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok) return;
        const layout = layoutTopology(construct(parsed.scenario).final);
        expect(problems(layout)).toEqual([]);
        expect(new Set(layout.elements.map((e) => e.id)).size).toBe(layout.elements.length);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('wraps 20 nodes into rows that roughly match the viewport shape', () => {
    const c = construct(gridScenario(20, () => 10));
    const wide = layoutTopology(c.final, { width: 1920, height: 1080 });
    const tall = layoutTopology(c.final, { width: 800, height: 1400 });
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
    const rows = new Set(nodeBoxes(wide).map((n) => n.box.y));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('sizes node boxes by their pods', () => {
    const c = construct(gridScenario(3, (i) => [1, 5, 10][i] ?? 1));
    const [one, five, ten] = nodeBoxes(layoutTopology(c.final)).map((n) => n.box);
    expect(five?.width).toBeGreaterThan(one?.width ?? Infinity);
    expect(ten?.height).toBeGreaterThan(five?.height ?? Infinity);
  });
});

describe('layoutTopology: stable across steps', () => {
  it.each([
    ['article', ARTICLE],
    ['8 nodes', gridScenario(8, (i) => 1 + (i % 4))],
  ])('%s: every element keeps its box from the step it appears to the end', (_, scenario) => {
    const c = construct(scenario);
    const final = layoutTopology(c.final, { width: 1200, height: 800 });
    for (let step = 0; step <= c.steps.length; step++) {
      const layout = layoutTopology(stateAt(c, step), { width: 1200, height: 800 });
      expect(layout.width).toBe(final.width);
      for (const e of layout.elements) {
        expect(e.box, `${e.id} at step ${step}`).toEqual(final.byId.get(e.id)?.box);
      }
    }
  });
});
