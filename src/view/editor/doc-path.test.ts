import { describe, expect, it } from 'vitest';
import { appendItem, getIn, moveItem, pathText, removeItem, setIn } from './doc-path.ts';

describe('doc paths', () => {
  it('writes paths as the validator does', () => {
    expect(pathText(['vpc', 'vswitches', 0, 'cidr'])).toBe('vpc.vswitches[0].cidr');
    expect(pathText(['nodes', 2, 'ip'])).toBe('nodes[2].ip');
    expect(pathText([])).toBe('');
  });

  it('sets, creates and removes without touching the input', () => {
    const doc = Object.freeze({ vpc: Object.freeze({ cidr: '10.0.0.0/16', routeQuota: 5 }) });
    const set = setIn(doc, ['vpc', 'cidr'], '10.1.0.0/16');
    expect(set).toEqual({ vpc: { cidr: '10.1.0.0/16', routeQuota: 5 } });
    expect(Object.keys(getIn(set, ['vpc']) as object)).toEqual(['cidr', 'routeQuota']);
    expect(setIn(doc, ['vpc', 'natGateway', 'eip'], '1.2.3.4')).toMatchObject({
      vpc: { natGateway: { eip: '1.2.3.4' } },
    });
    expect(setIn(doc, ['vpc', 'routeQuota'], undefined)).toEqual({ vpc: { cidr: '10.0.0.0/16' } });
    expect(doc.vpc.cidr).toBe('10.0.0.0/16');
  });

  it('reads own properties only, and keeps a "__proto__" key a plain key', () => {
    const doc = JSON.parse('{"__proto__": {"x": 1}, "nodes": []}');
    expect(getIn({}, ['toString'])).toBeUndefined();
    const next = setIn(doc, ['title'], 't') as Record<string, unknown>;
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.hasOwn(next, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('appends, removes and moves list items', () => {
    const doc = { nodes: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] };
    expect(getIn(appendItem(doc, ['nodes'], { name: 'd' }), ['nodes', 3, 'name'])).toBe('d');
    expect(removeItem(doc, ['nodes'], 1)).toEqual({ nodes: [{ name: 'a' }, { name: 'c' }] });
    expect(moveItem(doc, ['nodes'], 2, 0)).toEqual({ nodes: [{ name: 'c' }, { name: 'a' }, { name: 'b' }] });
    expect(moveItem(doc, ['nodes'], 0, 9)).toEqual({ nodes: [{ name: 'b' }, { name: 'c' }, { name: 'a' }] });
    expect(moveItem(doc, ['nodes'], 5, 0)).toBe(doc);
    expect(appendItem({}, ['pods'], { name: 'p' })).toEqual({ pods: [{ name: 'p' }] });
  });
});
