import { describe, expect, it } from 'vitest';
import { aroundChange, article, articleWith, textOf } from './test-worlds.ts';

const POLICIES = '-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT';

describe('iptables -t nat -S', () => {
  const c = article();

  it('has only the policies until flanneld adds its masquerade rules', () => {
    const [before, after] = aroundChange(c, 'masquerade-rules-added', 'node-b');
    expect(textOf(before, 'node:node-b', 'iptables-nat')).toBe(POLICIES);
    const lines = textOf(after, 'node:node-b', 'iptables-nat').split('\n');
    expect(lines.slice(0, 4).join('\n')).toBe(POLICIES);
    expect(lines.slice(4)).toEqual([
      '-A POSTROUTING -s 172.16.0.0/16 -d 172.16.0.0/16 -j RETURN',
      '-A POSTROUTING -s 172.16.0.0/16 ! -d 224.0.0.0/4 -j MASQUERADE --random-fully',
      '-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.1.0/25 -j RETURN',
      '-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.0/16 -j MASQUERADE --random-fully',
    ]);
  });

  it('falls back to the policies when the masquerade rules go missing', () => {
    const missing = article([{ kind: 'masquerade-rules-missing', node: 'node-a' }]);
    const [before, after] = aroundChange(missing, 'masquerade-rules-removed', 'node-a');
    expect(textOf(before, 'node:node-a', 'iptables-nat').split('\n')).toHaveLength(8);
    expect(textOf(after, 'node:node-a', 'iptables-nat')).toBe(POLICIES);
  });

  it('never has rules without --ip-masq', () => {
    const noMasq = articleWith((s) => ({ ...s, cluster: { ...s.cluster, ipMasq: false } }));
    expect(textOf(noMasq.final, 'node:node-a', 'iptables-nat')).toBe(POLICIES);
  });
});
