import { describe, expect, it } from 'vitest';
import { construct } from '../engine/index.ts';
import { briefLines } from './brief.ts';
import { layoutTopology } from './layout.ts';
import { ARTICLE, gridScenario } from './test-fixtures.ts';
import type { TopologyElement } from './types.ts';

const article = layoutTopology(construct(ARTICLE).final);
const byId = (id: string) => article.byId.get(id) as TopologyElement;
const texts = (e: TopologyElement, fontSize: number) => briefLines(e, fontSize).map((l) => l.text);
const resized = (e: TopologyElement, width: number, height = e.box.height): TopologyElement => ({
  ...e,
  box: { ...e.box, width, height },
});

describe('briefs', () => {
  it('name what matters at a glance: nodes with their pod CIDR, the vRouter with its routes', () => {
    expect(byId('node:node-a').brief).toBe('node-a · 172.16.0.128/25');
    expect(byId('vpc-router').brief).toBe('vRouter · 6 routes');
    expect(byId('pod:web-1').brief).toBe('web-1 · 172.16.0.130');
    // Holders whose corner their contents fill, and the small parts of a node, have none.
    expect(byId('vpc').brief).toBeUndefined();
    expect(byId('control-plane').brief).toBeUndefined();
    expect(byId('node:node-a/cni0').brief).toBeUndefined();
  });

  it('show a node problem instead of its CIDR', () => {
    const c = construct({ ...ARTICLE, cluster: { ...ARTICLE.cluster, podCidr: '172.16.0.0/24' } });
    const layout = layoutTopology(c.final);
    const failing = layout.elements.filter((e) => e.kind === 'node' && e.status === 'failed');
    expect(failing.map((e) => e.brief)).toContain('node-b · CIDRNotAvailable');
  });
});

describe('briefLines', () => {
  const node = byId('node:node-a');

  it('puts a brief that fits on one line at the top-left of a holder', () => {
    const [line, ...rest] = briefLines(resized(node, 1000, 300), 40);
    expect(rest).toEqual([]);
    expect(line?.text).toBe('node-a · 172.16.0.128/25');
    expect(line?.x).toBeGreaterThan(node.box.x);
    expect(line?.y).toBeLessThan(node.box.y + 60);
  });

  it('gives each part a line of its own where the box is tall enough, else keeps the name', () => {
    expect(texts(resized(node, 500, 300), 40)).toEqual(['node-a', '172.16.0.128/25']);
    expect(texts(resized(node, 500, 60), 40)).toEqual(['node-a']);
    expect(texts(resized(node, 170, 60), 40)).toEqual(['node…']);
  });

  it('leaves out a brief that would say nothing', () => {
    expect(briefLines(resized(node, 80), 40)).toEqual([]);
    expect(briefLines(resized(node, 500, 30), 40)).toEqual([]);
  });

  it('keeps every line inside its box at overview sizes (the article, and 20 nodes with 1–10 pods)', () => {
    const twenty = layoutTopology(construct(gridScenario(20, (i) => 1 + ((i * 7) % 10))).final, {
      width: 1000,
      height: 600,
    });
    for (const fontSize of [24, 36, 48, 60]) {
      for (const e of [...article.elements, ...twenty.elements]) {
        for (const line of briefLines(e, fontSize)) {
          const width = line.text.length * fontSize * 0.6;
          expect(line.x + width, `${e.id} at ${fontSize}`).toBeLessThanOrEqual(e.box.x + e.box.width + 1);
          expect(line.y, `${e.id} at ${fontSize}`).toBeLessThanOrEqual(e.box.y + e.box.height);
          expect(line.y - fontSize, `${e.id} at ${fontSize}`).toBeGreaterThanOrEqual(e.box.y - 1);
        }
      }
    }
  });
});
