import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/scenario/parse.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { placeErrors } from './error-map.ts';

const doc = PRESETS.article;
const place = (...paths: string[]) =>
  placeErrors(
    paths.map((path) => ({ path, message: 'm' })),
    doc,
  );

describe('placeErrors', () => {
  it('puts a message at the field its path names', () => {
    const placed = place(
      'cluster.podCidr',
      'nodes[2].ip',
      'vpc.vswitches[0].cidr',
      'vpc.customRoutes[0].nextHop',
    );
    expect([...placed.byPath.keys()]).toEqual([
      'cluster.podCidr',
      'nodes[2].ip',
      'vpc.vswitches[0].cidr',
      'vpc.customRoutes[0].nextHop',
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('puts deeper paths at the nearest field or list the form shows', () => {
    const placed = place('pods[1].containers[0]', 'nodes[2].bogus', 'nodes[9].ip', 'vpc.customRoutes');
    expect([...placed.byPath.keys()]).toEqual(['pods[1].containers', 'nodes', 'vpc.customRoutes']);
  });

  it('lists what the form does not show above it', () => {
    const placed = place('(root)', 'vpc.bogus', 'externals[0].ip', 'faults[0].node', 'cluster');
    expect(placed.byPath.size).toBe(0);
    expect(placed.unplaced.map((e) => e.path)).toEqual([
      '(root)',
      'vpc.bogus',
      'externals[0].ip',
      'faults[0].node',
      'cluster',
    ]);
  });

  it('places every message of a broken article somewhere', () => {
    const broken = { ...(doc as object), cluster: { podCidr: '172.16.8.1/25' }, nodes: [{ name: 'A' }] };
    const result = parseScenario(broken);
    if (result.ok) throw new Error('expected errors');
    const placed = placeErrors(result.errors, broken);
    const shown = [...placed.byPath.values()].flat().length + placed.unplaced.length;
    expect(shown).toBe(result.errors.length);
    expect(placed.byPath.get('cluster.podCidr')?.[0]?.message).toMatch(/host bits/);
    expect(placed.byPath.get('nodes[0].name')?.[0]?.message).toMatch(/not a valid node name/);
  });
});
