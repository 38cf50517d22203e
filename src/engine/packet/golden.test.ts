/**
 * Golden traces of the article preset in golden/NAME.golden.json (the `.golden.` keeps Biome
 * from reformatting them), plus the facts each one must show, asserted outright. On a difference
 * the test writes NAME.golden.json.changed next to the golden and fails; review it and rename
 * it over the golden (or run with UPDATE_GOLDEN=1) when the change is intended.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, articleWith } from '../artifacts/test-worlds.ts';
import { expectGolden } from '../test-support/golden.ts';
import { traceJson } from './format.ts';
import { places, traced } from './test-support.ts';
import type { Trace } from './types.ts';

const DIR = join(import.meta.dirname, 'golden');
const world = article().final;

const CASES = {
  'web-1-to-api-1': ['pod:web-1', 'pod:api-1'],
  'web-1-to-internet': ['pod:web-1', 'external:internet'],
  'web-1-to-cache-1': ['pod:web-1', 'pod:cache-1'],
  'web-1-nginx-to-web-1-log-agent': ['pod:web-1/nginx', 'pod:web-1/log-agent'],
} as const;

/** The article with flanneld started without --ip-masq (FLANNEL_IPMASQ=false). */
const noMasq = articleWith((s) => ({ ...s, cluster: { ...s.cluster, ipMasq: false } })).final;

const traces = {
  ...Object.fromEntries(Object.entries(CASES).map(([name, [from, to]]) => [name, traced(world, from, to)])),
  'no-ip-masq-web-1-to-api-1': traced(noMasq, 'pod:web-1', 'pod:api-1'),
} as Record<keyof typeof CASES | 'no-ip-masq-web-1-to-api-1', Trace>;

describe('golden traces of the article preset', () => {
  it.each(Object.keys(traces))('%s matches its golden file', (name) => {
    const text = `${traceJson(traces[name as keyof typeof traces])}\n`;
    expectGolden(join(DIR, `${name}.golden.json`), text);
  });

  it('has no golden file without a case', () => {
    const expected = new Set(Object.keys(traces).map((name) => `${name}.golden.json`));
    expect(readdirSync(DIR).filter((f) => !f.endsWith('.changed') && !expected.has(f))).toEqual([]);
  });

  it('without --ip-masq, web-1 → api-1 leaves node-a masqueraded by the bridge plugin’s CNI-… rule, and the answer is un-NATed there', () => {
    const t = traces['no-ip-masq-web-1-to-api-1'];
    expect(t.outcome).toBe('delivered');
    const snat = t.hops.find((h) => h.action === 'snat');
    expect(snat).toMatchObject({ at: 'node:node-a', deviceOut: 'eth0' });
    expect(snat?.evidence?.line).toMatch(
      /^-A CNI-[0-9a-f]{24} ! -d 224\.0\.0\.0\/4 -m comment --comment "name: \\"cbr0\\" id: \\"[0-9a-f]{64}\\"" -j MASQUERADE$/,
    );
    expect(t.hops.at(-1)?.packet).toMatchObject({ src: '192.168.0.10', dst: '172.16.1.2' });
    expect(t.reply?.hops.some((h) => h.at === 'node:node-a' && h.action === 'un-nat')).toBe(true);
    expect(t.reply?.hops.at(-1)?.packet).toMatchObject({ src: '172.16.1.2', dst: '172.16.0.130' });
  });

  it('web-1 → api-1 passes node-a, the VPC router (172.16.1.0/25 → node-b) and node-b, addresses unchanged', () => {
    const t = traces['web-1-to-api-1'];
    expect(t.outcome).toBe('delivered');
    expect(places(t.hops)).toEqual(['pod:web-1', 'node:node-a', 'vpc-router', 'node:node-b', 'pod:api-1']);
    const vpc = t.hops.find((h) => h.at === 'vpc-router');
    expect(vpc?.matched).toBe(`172.16.1.0/25 → ${world.nodes.get('node-b')?.instanceId}`);
    expect(vpc?.deviceOut).toBe(world.nodes.get('node-b')?.instanceId);
    for (const hop of t.hops) {
      expect(hop.before).toMatchObject({ src: '172.16.0.130', dst: '172.16.1.2' });
      expect(hop.packet).toMatchObject({ src: '172.16.0.130', dst: '172.16.1.2' });
    }
  });

  it('web-1 → internet leaves node-a as 192.168.0.10 and the NAT gateway as 198.51.100.20', () => {
    const t = traces['web-1-to-internet'];
    const lastOnNodeA = t.hops.filter((h) => h.at === 'node:node-a').at(-1);
    expect(lastOnNodeA?.packet.src).toBe('192.168.0.10');
    expect(t.hops.find((h) => h.at === 'nat-gateway')?.packet.src).toBe('198.51.100.20');
    expect(t.hops.at(-1)).toMatchObject({
      at: 'external:internet',
      packet: { src: '198.51.100.20', dst: '203.0.113.10' },
    });
    expect(t.reply?.hops.at(-1)).toMatchObject({
      at: 'pod:web-1',
      action: 'deliver',
      packet: { dst: '172.16.0.130' },
    });
  });

  it('web-1 → cache-1 never reaches the VPC router', () => {
    const t = traces['web-1-to-cache-1'];
    expect(t.outcome).toBe('delivered');
    expect([...t.hops, ...(t.reply?.hops ?? [])].map((h) => h.at)).not.toContain('vpc-router');
  });

  it('web-1/nginx → web-1/log-agent stays on lo', () => {
    const t = traces['web-1-nginx-to-web-1-log-agent'];
    expect(t.outcome).toBe('delivered');
    expect(t.hops.every((h) => h.at === 'pod:web-1' && h.device === 'lo')).toBe(true);
  });
});
