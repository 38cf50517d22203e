/**
 * Golden files of the `services` preset: `iptables -t nat -S` and `iptables -t filter -S` on each
 * node, and the Service traces the issue names (ClusterIP across nodes, hairpin, NodePort from a
 * host of the VPC, DNS to kube-dns then CoreDNS to the VPC resolver, no endpoints), with the facts
 * each must show asserted outright.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../test-support/packet-engine.ts';
import { renderArtifact } from '../artifacts/index.ts';
import { construct } from '../construction/construct.ts';
import { traceJson } from '../packet/format.ts';
import { traced } from '../packet/test-support.ts';
import { presetScenario } from '../scenario/presets.ts';
import { expectGolden } from '../test-support/golden.ts';

const DIR = join(import.meta.dirname, 'golden');
const world = construct(presetScenario('services')).final;

const TRACES = {
  'web-1-to-api': ['pod:web-1', 'service:api'],
  'web-1-to-api-endpoint-api-2': ['pod:web-1', 'service:api', 'pod:api-2'],
  'web-1-to-web-hairpin': ['pod:web-1', 'service:web'],
  'vpc-host-to-node-b-nodeport': ['192.168.0.100', 'node:node-b:30080'],
  'web-1-to-kube-dns': ['pod:web-1', 'service:kube-dns'],
  'coredns-1-to-vpc-resolver': ['pod:coredns-1', '100.100.2.136'],
  'node-a-to-api': ['node:node-a', 'service:api'],
  'web-1-to-legacy-no-endpoints': ['pod:web-1', 'service:legacy'],
} as const;

const traces = Object.fromEntries(
  Object.entries(TRACES).map(([name, [from, to, endpoint]]) => [
    name,
    traced(world, from, to, endpoint === undefined ? {} : { endpoint }),
  ]),
);

const NODES = ['master-1', 'node-a', 'node-b'];
const TABLES = ['iptables-nat', 'iptables-filter'];

describe('golden artifacts and traces of the services preset', () => {
  it.each(NODES.flatMap((n) => TABLES.map((t) => [n, t])))('%s %s matches its golden file', (node, table) => {
    const result = renderArtifact(world, `node:${node}`, table);
    if (!result.ok) throw new Error(result.error);
    expectGolden(join(DIR, `${node}.${table}.golden.txt`), `${result.text}\n`);
  });

  it.each(Object.keys(TRACES))('trace %s matches its golden file', (name) => {
    expectGolden(join(DIR, `${name}.golden.json`), `${traceJson(traces[name] as never)}\n`);
  });

  it('has no golden file without a case', () => {
    const expected = new Set([
      ...Object.keys(TRACES).map((n) => `${n}.golden.json`),
      ...NODES.flatMap((n) => TABLES.map((t) => `${n}.${t}.golden.txt`)),
    ]);
    expect(readdirSync(DIR).filter((f) => !f.endsWith('.changed') && !expected.has(f))).toEqual([]);
  });

  it('web-1 → service:api is DNATed at node-a by a KUBE-SEP rule, crosses the VPC unchanged, and the answer is un-DNATed at node-a', () => {
    const t = traces['web-1-to-api'];
    expect(t?.outcome).toBe('delivered');
    const dnat = t?.hops.find((h) => h.action === 'dnat');
    expect(dnat).toMatchObject({ at: 'node:node-a', before: { dst: '172.19.1.1' }, after: { dst: '172.16.1.2' } });
    expect(dnat?.matched).toMatch(/^-A KUBE-SEP-[A-Z2-7]{16} -p tcp .* -j DNAT --to-destination 172\.16\.1\.2:8080$/);
    expect(dnat?.explanation).toContain('1/2');
    expect(t?.hops.at(-1)).toMatchObject({ at: 'pod:api-1', packet: { src: '172.16.0.130', dst: '172.16.1.2' } });
    const undo = t?.reply?.hops.find((h) => h.action === 'un-nat');
    expect(undo).toMatchObject({ at: 'node:node-a', after: { src: '172.19.1.1' } });
    expect(t?.reply?.hops.at(-1)?.packet).toMatchObject({ src: '172.19.1.1', dst: '172.16.0.130' });
    expect(t?.to.service).toMatchObject({ name: 'default/api', endpoint: 'api-1', port: 80 });
  });

  it('--endpoint chooses the other endpoint', () => {
    const t = traces['web-1-to-api-endpoint-api-2'];
    expect(t?.hops.at(-1)?.at).toBe('pod:api-2');
  });

  it('hairpin: web-1 reaches itself through its own veth port, masqueraded to cni0 by KUBE-POSTROUTING', () => {
    const t = traces['web-1-to-web-hairpin'];
    expect(t?.outcome).toBe('delivered');
    const bridge = t?.hops.find((h) => h.action === 'bridge' && h.deviceIn === h.deviceOut);
    expect(bridge?.explanation).toContain('hairpin');
    const snat = t?.hops.find((h) => h.action === 'snat');
    expect(snat?.matched).toContain('KUBE-POSTROUTING');
    expect(snat?.after.src).toBe('172.16.0.129');
    expect(t?.reply?.hops.at(-1)?.packet).toMatchObject({ src: '172.19.1.2', dst: '172.16.0.130' });
  });

  it('NodePort: node-b DNATs to web-1 on node-a and masquerades to its own address', () => {
    const t = traces['vpc-host-to-node-b-nodeport'];
    expect(t?.outcome).toBe('delivered');
    expect(t?.hops.find((h) => h.action === 'dnat')?.at).toBe('node:node-b');
    expect(t?.hops.find((h) => h.action === 'snat')).toMatchObject({ at: 'node:node-b', after: { src: '192.168.0.20' } });
    expect(t?.reply?.hops.at(-1)?.packet).toMatchObject({ src: '192.168.0.20', dst: '192.168.0.100' });
  });

  it('DNS: web-1 → kube-dns reaches coredns-1; coredns-1 reaches 100.100.2.136 by the 100.64.0.0/10 route', () => {
    expect(traces['web-1-to-kube-dns']?.hops.at(-1)?.at).toBe('pod:coredns-1');
    const up = traces['coredns-1-to-vpc-resolver'];
    expect(up?.outcome).toBe('delivered');
    expect(up?.hops.find((h) => h.at === 'vpc-router')?.matched).toBe('100.64.0.0/10 → cloud-service');
  });

  it('a Service without endpoints is REJECTed by the filter rule kube-proxy wrote', () => {
    const t = traces['web-1-to-legacy-no-endpoints'];
    expect(t?.outcome).toBe('dropped');
    expect(t?.hops.at(-1)?.evidence).toMatchObject({ table: 'filter', owner: 'node:node-a' });
    expect(t?.hops.at(-1)?.matched).toContain('has no endpoints');
    expect(t?.hops.at(-1)?.matched).toContain('-j REJECT --reject-with icmp-port-unreachable');
  });
});
