import { describe, expect, it } from 'vitest';
import { Conntrack, formatConntrack } from './conntrack.ts';

const POD = 0xac100082; // 172.16.0.130
const NODE = 0xc0a8000a; // 192.168.0.10
const NET = 0xcb00710a; // 203.0.113.10

describe('conntrack', () => {
  it('recognises the answer of a masqueraded flow by its translated address', () => {
    const ct = new Conntrack();
    const first = ct.track('node:a', POD, NET);
    expect(first.direction).toBe('original');
    expect(first.entry.natDecided).toBe(false);
    ct.decide(first.entry, NODE);
    expect(ct.lookup('node:a', NET, POD)).toBeUndefined();
    expect(ct.lookup('node:a', NET, NODE)).toMatchObject({
      direction: 'reply',
      entry: { src: POD, natSrc: NODE },
    });
    expect(ct.track('node:a', POD, NET)).toMatchObject({
      direction: 'original',
      entry: { natDecided: true },
    });
    expect(formatConntrack(first.entry)).toBe(
      'src=172.16.0.130 dst=203.0.113.10 src=203.0.113.10 dst=192.168.0.10',
    );
  });

  it('without NAT the answer is the mirrored flow, and places do not share entries', () => {
    const ct = new Conntrack();
    const hit = ct.track('node:a', POD, NET);
    ct.decide(hit.entry);
    expect(ct.lookup('node:a', NET, POD)?.direction).toBe('reply');
    expect(ct.lookup('node:b', NET, POD)).toBeUndefined();
    expect(formatConntrack(hit.entry)).toBe(
      'src=172.16.0.130 dst=203.0.113.10 src=203.0.113.10 dst=172.16.0.130',
    );
  });
});
