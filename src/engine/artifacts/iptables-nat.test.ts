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

  it('without --ip-masq holds no flanneld rule, but one bridge plugin chain per pod with an address', () => {
    const noMasq = articleWith((s) => ({ ...s, cluster: { ...s.cluster, ipMasq: false } }));
    const lines = textOf(noMasq.final, 'node:node-a', 'iptables-nat').split('\n');
    expect(lines.slice(0, 4).join('\n')).toBe(POLICIES);
    const chains = lines.filter((l) => l.startsWith('-N '));
    expect(chains).toHaveLength(2);
    expect(chains).toEqual([...chains].sort());
    expect(lines.some((l) => l.includes('--random-fully'))).toBe(false);
    const jump = lines.find((l) => l.startsWith('-A POSTROUTING -s 172.16.0.130/32'));
    expect(jump).toMatch(
      /^-A POSTROUTING -s 172\.16\.0\.130\/32 -m comment --comment "name: \\"cbr0\\" id: \\"[0-9a-f]{64}\\"" -j (CNI-[0-9a-f]{24})$/,
    );
    const chain = jump?.split(' -j ')[1];
    expect(
      lines.filter((l) => l.startsWith(`-A ${chain} `)).map((l) => l.replace(/ -m comment .* -j/, ' -j')),
    ).toEqual([`-A ${chain} -d 172.16.0.128/25 -j ACCEPT`, `-A ${chain} ! -d 224.0.0.0/4 -j MASQUERADE`]);
  });
});
