import { describe, expect, it } from 'vitest';
import { construct, presetScenario } from '../../engine/index.ts';
import { trace } from '../../engine/packet/index.ts';
import { hopsOf } from '../select-hop.ts';
import { limitOptions } from './context.ts';
import { computeAnswer, diagnose, isRightClick } from './index.ts';

const article = construct(presetScenario('article'));

function packetContext(from: string, to: string, hop: number | null) {
  const t = trace(article.final, from, to);
  if (t.outcome === 'error') throw new Error(t.reason);
  return {
    construction: article,
    step: article.steps.length,
    world: article.final,
    packet: { trace: t, direction: 'request' as const, hops: hopsOf(t, 'request'), hop },
    kind: 'choice' as const,
  };
}

describe('answer rules', () => {
  it('keeps the right option when it limits the options, in the given order', () => {
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id }));
    expect(limitOptions(all, 'e', 3).map((o) => o.id)).toEqual(['a', 'b', 'e']);
    expect(limitOptions([...all, ...all], 'b', 9).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads the TTL and the deciding table from the trace', () => {
    const ttl = computeAnswer({ of: 'ttl' }, packetContext('pod:web-1', 'pod:api-1', 9));
    expect(ttl.answer).toBe('ttl:62');
    const table = computeAnswer({ of: 'table' }, packetContext('pod:web-1', 'pod:cache-1', 2));
    expect(table.answer).toBe('table:fdb');
    expect(table.proof.evidence?.line).toMatch(/master cni0$/);
  });

  it('answers "delivered" when nothing drops the packet', () => {
    const place = computeAnswer({ of: 'drop-place' }, packetContext('pod:web-1', 'pod:api-1', null));
    expect(place.answer).toBe('delivered');
    expect(place.options.map((o) => o.id)).not.toContain('at:pod:web-1');
  });

  it('refuses a hop rule on a stop without a hop', () => {
    expect(() => computeAnswer({ of: 'vpc-route' }, packetContext('pod:web-1', 'pod:api-1', null))).toThrow(
      /needs the stop to select a hop/,
    );
  });

  it('accepts a click on the element or on a part of it', () => {
    expect(isRightClick('node:node-a/flanneld', 'node:node-a/flanneld')).toBe(true);
    expect(isRightClick('node:node-a', 'node:node-a/cni0')).toBe(true);
    expect(isRightClick('node:node-a', 'node:node-ab')).toBe(false);
    expect(isRightClick('node:node-a/flanneld', 'node:node-a')).toBe(false);
  });

  it('diagnoses a healthy node as healthy', () => {
    const node = article.final.nodes.get('node-a');
    if (!node) throw new Error('no node-a');
    expect(diagnose(article.final, node)).toBe('healthy');
  });
});
