import { describe, expect, it } from 'vitest';
import { echoSize, installObserver, observerRuleset, parseObserved, readObserver } from './observer.ts';

describe('the observer', () => {
  it('records ICMP echoes at prerouting, before conntrack', () => {
    const ruleset = observerRuleset();
    expect(ruleset).toContain('hook prerouting priority -300');
    expect(ruleset).toContain(
      'icmp type { echo-request, echo-reply } add @seen { ip saddr . ip daddr . ip length . ip ttl }',
    );
    expect(installObserver('pp-1-p0')).toEqual({ ns: 'pp-1-p0', argv: ['nft', '-f', '-'], input: ruleset });
    expect(readObserver('pp-1-p0').argv.join(' ')).toBe('nft -j list set ip podpath_verify seen');
  });

  it('reads the set nft -j prints, and nothing from an unreadable answer', () => {
    const json = JSON.stringify({
      nftables: [
        { metainfo: { version: '1.0.6' } },
        {
          set: {
            name: 'seen',
            elem: [
              { concat: ['198.51.100.20', '203.0.113.10', 92, 61] },
              { elem: { val: { concat: ['10.0.0.2', '10.0.0.3', 93, 64] }, timeout: 5 } },
              { concat: ['bad'] },
            ],
          },
        },
      ],
    });
    expect(parseObserved(json)).toEqual([
      { src: '198.51.100.20', dst: '203.0.113.10', length: 92, ttl: 61 },
      { src: '10.0.0.2', dst: '10.0.0.3', length: 93, ttl: 64 },
    ]);
    expect(parseObserved('Error: No such file or directory')).toEqual([]);
  });

  it('gives each pair its own echo size', () => {
    expect(echoSize(0)).toEqual({ payload: 64, length: 92 });
    expect(echoSize(5).length).toBe(97);
  });
});
