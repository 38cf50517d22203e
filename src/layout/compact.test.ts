import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct, formatIp, stateAt } from '../engine/index.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { briefLines } from './brief.ts';
import { layoutTopology } from './layout.ts';
import { BRIEF_FONT, inside, overlaps } from './metrics.ts';
import { longestAddress } from './node-plan-compact.ts';
import { ARTICLE, gridScenario } from './test-fixtures.ts';
import type { TopologyLayout } from './types.ts';

/** Overlaps and escapes of a compact layout, as sentences. */
function problems(layout: TopologyLayout): string[] {
  const found: string[] = [];
  const front = layout.elements.filter((e) => e.layer === 'front' && e.kind !== 'container');
  front.forEach((a, i) => {
    for (const b of front.slice(i + 1)) {
      if (overlaps(a.box, b.box) && !inside(a.box, b.box) && !inside(b.box, a.box))
        found.push(`${a.id} overlaps ${b.id}`);
    }
  });
  const nodes = layout.elements.filter((e) => e.kind === 'node');
  for (const e of layout.elements) {
    // A veth sits above its pod, in the node.
    const owner =
      e.id.includes('/') && e.kind !== 'veth' ? layout.byId.get(e.id.split('/')[0] ?? '') : undefined;
    if (owner && !inside(owner.box, e.box)) found.push(`${e.id} leaves ${owner.id}`);
    if ((e.kind === 'pod' || e.kind === 'veth') && !nodes.some((n) => inside(n.box, e.box)))
      found.push(`${e.id} leaves its node`);
  }
  return found;
}

/** Each element's brief as drawn at BRIEF_FONT. */
const briefs = (layout: TopologyLayout) =>
  new Map(layout.elements.map((e) => [e.id, briefLines(e, BRIEF_FONT).map((l) => l.text)]));

describe('compact layout', () => {
  it('the article at 400×260: every node name, pod CIDR, pod name and address whole, nothing overlapping', () => {
    const c = construct(ARTICLE);
    const layout = layoutTopology(c.final, { width: 390, height: 260, compact: true, final: c.final });
    expect(layout.compact).toBe(true);
    expect(problems(layout)).toEqual([]);
    const lines = briefs(layout);
    for (const node of c.final.nodes.values()) {
      const shown = (lines.get(`node:${node.name}`) ?? []).join(' · ');
      expect(shown).toContain(node.name);
      expect(shown).not.toContain('…');
    }
    for (const pod of c.final.pods.values()) {
      const shown = lines.get(`pod:${pod.name}`) ?? [];
      expect(shown).toEqual([pod.name, formatIp(pod.ip ?? 0)]);
    }
    // Drawn at ≥ 10 px in that window.
    expect(Math.min(390 / layout.width, 260 / layout.height) * BRIEF_FONT).toBeGreaterThanOrEqual(10);
  });

  it('keeps every box from the step it appears to the end', () => {
    const c = construct(ARTICLE);
    const options = { width: 390, height: 260, compact: true, final: c.final };
    const last = layoutTopology(c.final, options);
    for (let step = 0; step <= c.steps.length; step++) {
      for (const e of layoutTopology(stateAt(c, step), options).elements)
        expect(e.box, `${e.id} at step ${step}`).toEqual(last.byId.get(e.id)?.box);
    }
  });

  it('holds for grids and random valid scenarios', () => {
    for (const count of [2, 8]) {
      const c = construct(gridScenario(count, (i) => 1 + ((i * 7) % 10)));
      expect(
        problems(layoutTopology(c.final, { width: 800, height: 500, compact: true, final: c.final })),
      ).toEqual([]);
    }
    fc.assert(
      fc.property(randomScenario, (raw) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok) return;
        const c = construct(parsed.scenario);
        const layout = layoutTopology(c.final, { width: 400, height: 300, compact: true, final: c.final });
        expect(problems(layout)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('without the last world, sizes for the longest address the cluster can give', () => {
    expect(longestAddress('172.16.0.0/16')).toBe('172.16.255.255');
    expect(longestAddress('10.0.0.0/8')).toBe('10.255.255.255');
  });
});
