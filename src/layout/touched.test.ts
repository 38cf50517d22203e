import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { enteringIds } from './entering.ts';
import { layoutTopology } from './layout.ts';
import { ARTICLE } from './test-fixtures.ts';
import { touchedIds } from './touched.ts';

const c = construct(ARTICLE);
const step = (title: RegExp) => {
  const found = c.steps.find((s) => title.test(s.title));
  if (!found) throw new Error(`no step ${title}`);
  return found;
};

describe('touchedIds', () => {
  it('names the target, the acting component and what the changes concern', () => {
    const cni0 = step(/^bridge plugin creates cni0 on node-a/);
    expect(touchedIds(cni0)).toEqual(['node:node-a', 'node:node-a/cni-plugin', 'node:node-a/cni0']);
    const route = step(/^CCM adds VPC route 172.16.0.128\/25/);
    expect(touchedIds(route)).toEqual(
      expect.arrayContaining(['node:node-a', 'control-plane/ccm', 'vpc-router', 'route:172.16.0.128/25']),
    );
    const ip = step(/^web-1 gets IP/);
    expect(touchedIds(ip, stateAt(c, ip.index))).toEqual(['pod:web-1', 'node:node-a/cni-plugin']);
    expect(touchedIds(step(/^VPC .* created/))).toEqual(['vpc', 'vpc-router', 'route:100.64.0.0/10']);
  });

  it('resolves a pod step’s node from the world when the step does not say it', () => {
    const ip = step(/^web-1 gets IP/);
    expect(touchedIds(ip)).toEqual(['pod:web-1']);
  });

  it('touches only things on the diagram after the step (or route rows of the badge)', () => {
    for (const s of c.steps) {
      const world = stateAt(c, s.index);
      const layout = layoutTopology(world);
      const routes = new Set(layout.routes.rows.map((r) => r.id));
      for (const id of touchedIds(s, world)) {
        expect(layout.byId.has(id) || routes.has(id), `step ${s.index} ${s.title}: ${id}`).toBe(true);
      }
    }
  });
});

describe('enteringIds', () => {
  it('is what the step created: cni0 grows in, a route slides in, a label appears', () => {
    expect([...enteringIds(step(/^bridge plugin creates cni0 on node-a/))]).toEqual(['node:node-a/cni0']);
    expect([...enteringIds(step(/^CCM adds VPC route 172.16.0.128\/25/))]).toEqual(['route:172.16.0.128/25']);
    expect([...enteringIds(step(/^node-a gets pod CIDR/))]).toEqual(['node:node-a#podCidr']);
    expect([...enteringIds(step(/^web-1 gets IP/))]).toEqual(['pod:web-1#ip']);
    expect([...enteringIds(step(/^Sandbox for web-1/))]).toEqual([
      'pod:web-1',
      'pod:web-1/nginx',
      'pod:web-1/log-agent',
    ]);
    expect([...enteringIds(step(/^flanneld on node-a writes subnet.env/))]).toEqual([]);
  });

  it('only ever names elements that are absent before the step and present after it', () => {
    for (const s of c.steps) {
      const before = layoutTopology(stateAt(c, s.index - 1));
      const after = layoutTopology(stateAt(c, s.index));
      for (const id of enteringIds(s)) {
        if (id.includes('#') || id.startsWith('route:')) continue;
        expect(before.byId.has(id), `${id} before step ${s.index}`).toBe(false);
        expect(after.byId.has(id), `${id} after step ${s.index}`).toBe(true);
      }
    }
  });
});
