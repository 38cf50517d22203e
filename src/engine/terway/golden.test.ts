/**
 * Golden artifacts and traces of the article's cluster on Terway, in golden/ (the `.golden.` keeps
 * Biome from reformatting them), and the facts each one must show, asserted outright. On a
 * difference the test writes NAME.changed next to the golden and fails; rename it over the
 * golden (or run with UPDATE_GOLDEN=1) once the change is intended.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsOf, renderArtifact } from '../artifacts/index.ts';
import { traceJson } from '../packet/format.ts';
import { traced } from '../packet/test-support.ts';
import { expectGolden } from '../test-support/golden.ts';
import { terwayArticle } from './test-worlds.ts';

const DIR = join(import.meta.dirname, 'golden');
const { final, scenario } = terwayArticle();

const targets = [
  'vpc',
  ...scenario.nodes.map((n) => `node:${n.name}`),
  ...scenario.pods.map((p) => `pod:${p.name}`),
];
const artifacts = targets.flatMap((target) => {
  const [kind, name = 'vpc'] = target === 'vpc' ? ['vpc'] : target.split(':');
  return artifactsOf(final, kind as 'vpc' | 'node' | 'pod', name).flatMap((artifact) => {
    const result = renderArtifact(final, target, artifact);
    return result.ok
      ? [{ target, artifact, file: `article.${name}.${artifact}.golden.txt`, text: `${result.text}\n` }]
      : [];
  });
});

const TRACES = {
  'web-1-to-api-1': ['pod:web-1', 'pod:api-1'],
  'web-1-to-cache-1': ['pod:web-1', 'pod:cache-1'],
  'web-1-to-internet': ['pod:web-1', 'external:internet'],
  'node-a-to-api-1': ['node:node-a', 'pod:api-1'],
} as const;
const traces = Object.fromEntries(
  Object.entries(TRACES).map(([name, [from, to]]) => [name, traced(final, from, to)]),
) as Record<keyof typeof TRACES, ReturnType<typeof traced>>;

describe('golden artifacts and traces of the article on Terway', () => {
  it.each(artifacts)('$target $artifact matches golden/$file', ({ file, text }) => {
    expectGolden(join(DIR, file), text);
  });

  it.each(Object.keys(TRACES))('trace %s matches its golden file', (name) => {
    expectGolden(join(DIR, `${name}.golden.json`), `${traceJson(traces[name as keyof typeof TRACES])}\n`);
  });

  it('has no golden file without a case', () => {
    const expected = new Set([
      ...artifacts.map((a) => a.file),
      ...Object.keys(TRACES).map((n) => `${n}.golden.json`),
    ]);
    expect(readdirSync(DIR).filter((f) => !f.endsWith('.changed') && !expected.has(f))).toEqual([]);
  });

  it('web-1 → api-1 leaves by the ENI that owns web-1 (rule 2048 → table 1003) and the VPC delivers to the ENI holding api-1: no custom route, no NAT', () => {
    const t = traces['web-1-to-api-1'];
    expect(t.outcome).toBe('delivered');
    const out = t.hops.find((h) => h.at === 'node:node-a');
    expect(out?.rule?.line).toBe('2048:\tfrom 192.168.0.1 lookup 1003');
    expect(out).toMatchObject({ deviceOut: 'eth1', matched: 'default via 192.168.0.253 dev eth1 onlink' });
    const vpc = t.hops.find((h) => h.at === 'vpc-router');
    expect(vpc?.matched).toBe('192.168.0.0/24 → vsw-a');
    const into = t.hops.find((h) => h.at === 'node:node-b');
    expect(into).toMatchObject({ deviceIn: 'eth1' });
    expect(into?.rule?.line).toBe('512:\tfrom all to 192.168.0.3 lookup main');
    expect(t.hops.some((h) => h.action === 'snat')).toBe(false);
    expect(final.vpc.routeTable.filter((e) => e.type === 'custom').map((e) => e.destination)).toEqual([
      '0.0.0.0/0',
    ]);
    expect(t.hops.at(-1)?.packet).toMatchObject({ src: '192.168.0.1', dst: '192.168.0.3', ttl: 62 });
  });

  it('web-1 → the Internet keeps the pod IP as its source until the NAT gateway SNATs it', () => {
    const t = traces['web-1-to-internet'];
    const node = t.hops.find((h) => h.at === 'node:node-a');
    expect(node?.packet.src).toBe('192.168.0.1');
    const snat = t.hops.filter((h) => h.action === 'snat');
    expect(snat).toHaveLength(1);
    expect(snat[0]).toMatchObject({
      at: 'nat-gateway',
      before: { src: '192.168.0.1' },
      after: { src: '198.51.100.20' },
    });
    expect(t.reply?.hops.at(-1)?.packet).toMatchObject({ dst: '192.168.0.1' });
  });

  it('web-1 → cache-1 stays on node-a: rule 512 sends it to the main table and into cache-1’s veth', () => {
    const t = traces['web-1-to-cache-1'];
    expect(t.hops.map((h) => h.at)).toEqual(['pod:web-1', 'node:node-a', 'pod:cache-1']);
    expect(t.hops[1]?.matched).toMatch(/^192\.168\.0\.2 dev cali[0-9a-f]{11} scope link$/);
  });
});
