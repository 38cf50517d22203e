import { describe, expect, it } from 'vitest';
import { BASE, edit } from './bad-corpus.ts';
import { parseScenario } from './parse.ts';
import type { ParseResult, Scenario, ScenarioError } from './types.ts';

function ok(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

function errors(input: unknown): readonly ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

function errorAt(input: unknown, path: string): string {
  const found = errors(input).find((e) => e.path === path);
  if (!found) throw new Error(`no error at ${path}: ${JSON.stringify(errors(input))}`);
  return found.message;
}

const MINIMAL = {
  vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
  cluster: { podCidr: '172.16.0.0/16' },
  nodes: [{ name: 'node-a' }, { name: 'node-b' }],
};

describe('parseScenario: defaults', () => {
  it('fills every documented default', () => {
    const s = ok(MINIMAL);
    expect(s.title).toBe('Untitled scenario');
    expect(s.vpc.routeQuota).toBe(200);
    expect(s.vpc.natGateway).toBeUndefined();
    expect(s.vpc.customRoutes).toEqual([]);
    expect(s.cluster).toEqual({
      podCidr: '172.16.0.0/16',
      nodeCidrMaskSize: 24,
      serviceCidr: '172.21.0.0/20',
      ipMasq: true,
    });
    expect(s.nodes).toEqual([
      { name: 'node-a', role: 'worker', ip: '192.168.0.1', vswitch: 'vsw-a' },
      { name: 'node-b', role: 'worker', ip: '192.168.0.2', vswitch: 'vsw-a' },
    ]);
    expect(s.pods).toEqual([]);
    expect(s.externals).toEqual([]);
    expect(s.faults).toEqual([]);
  });

  it('gives a pod the container "app" when none are listed', () => {
    const s = ok({ ...MINIMAL, pods: [{ name: 'p', node: 'node-a' }] });
    expect(s.pods[0]?.containers).toEqual(['app']);
  });

  it('skips addresses given explicitly to any node, even a later one', () => {
    const s = ok({
      ...MINIMAL,
      nodes: [
        { name: 'a' },
        { name: 'b', ip: '192.168.0.2' },
        { name: 'c' },
        { name: 'd', ip: '192.168.0.1' },
      ],
    });
    expect(s.nodes.map((n) => n.ip)).toEqual(['192.168.0.3', '192.168.0.2', '192.168.0.4', '192.168.0.1']);
  });

  it('takes the first vSwitch by default and addresses each vSwitch on its own', () => {
    const s = ok({
      ...MINIMAL,
      vpc: {
        cidr: '10.0.0.0/8',
        vswitches: [
          { name: 'vsw-a', cidr: '10.1.0.0/24' },
          { name: 'vsw-b', cidr: '10.2.0.0/28' },
        ],
      },
      nodes: [{ name: 'a' }, { name: 'b', vswitch: 'vsw-b' }, { name: 'c', vswitch: 'vsw-b' }, { name: 'd' }],
    });
    expect(s.nodes.map((n) => `${n.vswitch} ${n.ip}`)).toEqual([
      'vsw-a 10.1.0.1',
      'vsw-b 10.2.0.1',
      'vsw-b 10.2.0.2',
      'vsw-a 10.1.0.2',
    ]);
  });

  it('reads JSON text and the parsed value the same way, with or without a byte-order mark', () => {
    const text = JSON.stringify(BASE);
    expect(parseScenario(text)).toEqual(parseScenario(BASE));
    expect(parseScenario(`\uFEFF${text}`)).toEqual(parseScenario(BASE));
  });

  it('is deterministic and does not change its input', () => {
    const input = JSON.parse(JSON.stringify(BASE));
    const first = parseScenario(input);
    expect(parseScenario(input)).toEqual(first);
    expect(input).toEqual(BASE);
  });
});

describe('parseScenario: messages', () => {
  it('says exactly where the host bits are', () => {
    const result = parseScenario(
      edit({ 'cluster.podCidr': '172.16.8.1/25', 'cluster.nodeCidrMaskSize': 25 }),
    );
    expect(result.ok).toBe(false);
    const lines = (result as Extract<ParseResult, { ok: false }>).errors.map(
      (e) => `${e.path}: ${e.message}`,
    );
    expect(lines).toContain(
      'cluster.podCidr: 172.16.8.1/25 has host bits set; the network address is 172.16.8.0/25',
    );
  });

  it("quotes kube-controller-manager's own refusal for a cluster mask longer than the node mask", () => {
    const message = errorAt(edit({ 'cluster.podCidr': '172.16.0.0/26' }), 'cluster.podCidr');
    expect(
      message.startsWith(
        'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family',
      ),
    ).toBe(true);
  });

  it('names the unknown key and suggests the right one', () => {
    expect(errorAt(edit({ 'vpc.foo': 1 }), 'vpc.foo')).toMatch(/^unknown key "foo"/);
    expect(errorAt(edit({ 'vpc.routequota': 5 }), 'vpc.routequota')).toContain('did you mean "routeQuota"?');
  });

  it('reports an unknown node by name', () => {
    expect(errorAt(edit({ 'pods.1.node': 'node-z' }), 'pods[1].node')).toMatch(/^unknown node "node-z"/);
  });

  it('explains DNS-1123 names and offers a fix', () => {
    const message = errorAt(edit({ 'nodes.1.name': 'Node_A' }), 'nodes[1].name');
    expect(message).toContain('DNS-1123 subdomain');
    expect(message).toContain('"node-a"');
    expect(errorAt(edit({ 'vpc.vswitches.0.name': 'Vsw_A' }), 'vpc.vswitches[0].name')).toContain(
      'DNS-1123 label',
    );
    expect(errorAt(edit({ 'pods.0.name': 'Web' }), 'pods[0].name')).toContain('DNS-1123 subdomain');
  });

  it('accepts subdomain-like pod names and the largest allowed values', () => {
    const s = ok(
      edit({
        'pods.0.name': 'web-1.frontend',
        'vpc.routeQuota': 100000,
        'cluster.nodeCidrMaskSize': 28,
        'cluster.podCidr': '172.16.0.0/12',
        'cluster.serviceCidr': '10.96.0.0/12',
      }),
    );
    expect(s.pods[0]?.name).toBe('web-1.frontend');
    expect(s.cluster.nodeCidrMaskSize).toBe(28);
  });

  it('accepts node masks from /16 and refuses /15 and /29, saying what ACK allows', () => {
    expect(ok(edit({ 'cluster.nodeCidrMaskSize': 16 })).cluster.nodeCidrMaskSize).toBe(16);
    for (const mask of [15, 29]) {
      expect(errorAt(edit({ 'cluster.nodeCidrMaskSize': mask }), 'cluster.nodeCidrMaskSize')).toContain(
        '24 to 28',
      );
    }
  });

  it('tells the user to move the default service CIDR when it collides with the VPC', () => {
    const input = {
      ...MINIMAL,
      vpc: { cidr: '172.16.0.0/12', vswitches: [{ name: 'v', cidr: '172.21.0.0/24' }] },
    };
    const message = errorAt({ ...input, cluster: { podCidr: '10.0.0.0/16' } }, 'cluster.serviceCidr');
    expect(message).toContain('default service CIDR 172.21.0.0/20');
    expect(message).not.toContain('172.21.0.0/20 172.21.0.0/20');
    expect(message).toContain('set cluster.serviceCidr');
  });

  it('names the default service CIDR once when the cluster CIDR overlaps it', () => {
    const message = errorAt(
      edit({ 'cluster.podCidr': '172.16.0.0/12', 'cluster.serviceCidr': undefined }),
      'cluster.podCidr',
    );
    expect(message).toBe(
      '172.16.0.0/12 overlaps the default service CIDR 172.21.0.0/20; pods and Services need separate ranges',
    );
  });

  it('refuses the NAT route without a gateway and routes to unknown instances', () => {
    expect(errorAt(edit({ 'vpc.natGateway': undefined }), 'vpc.customRoutes[0].nextHop')).toContain(
      'vpc.natGateway',
    );
    const hop = errorAt(
      edit({ 'vpc.customRoutes.0.nextHop': 'instance:node-z' }),
      'vpc.customRoutes[0].nextHop',
    );
    expect(hop).toContain('"node-z"');
  });

  it('accepts a route to an instance and a route that contains a vSwitch', () => {
    const s = ok(
      edit({ 'vpc.customRoutes.1': { destination: '192.168.0.0/16', nextHop: 'instance:node-a' } }),
    );
    expect(s.vpc.customRoutes).toHaveLength(2);
  });

  it('leaves node blocks to the CCM but accepts aggregates and more specific routes', () => {
    const route = (destination: string) =>
      edit({ 'vpc.customRoutes.1': { destination, nextHop: 'instance:node-a' } });
    expect(errorAt(route('172.16.1.0/25'), 'vpc.customRoutes[1].destination')).toContain('node block');
    expect(parseScenario(route('172.16.0.0/16')).ok).toBe(true);
    expect(parseScenario(route('172.16.1.0/26')).ok).toBe(true);
  });

  it('refuses a route equal to a vSwitch CIDR', () => {
    const message = errorAt(
      edit({ 'vpc.customRoutes.0.destination': '192.168.0.0/24' }),
      'vpc.customRoutes[0].destination',
    );
    expect(message).toContain('is the CIDR of vSwitch "vsw-a"');
  });

  it('reports one problem per field, not a cascade', () => {
    expect(errors(edit({ nodes: 'x' }))).toHaveLength(1);
    expect(errors(edit({ 'vpc.cidr': '8.8.0.0/16' }))).toHaveLength(1);
  });

  it('lists at most 200 problems and says so', () => {
    const pods = Array.from({ length: 500 }, () => ({ name: 'X', node: 'node-a' }));
    const list = errors(edit({ pods }));
    expect(list).toHaveLength(201);
    expect(list[200]).toEqual({
      path: '(root)',
      message: expect.stringContaining('only the first 200'),
      reason: expect.objectContaining({ id: 'tooManyProblems' }),
    });
  });

  it('reads and words no more of 23,000 bad pods than the first problems it lists', () => {
    const pods = Array.from({ length: 23_000 }, () => ({}));
    const started = performance.now();
    const list = errors(edit({ pods }));
    // The old reader took 1–2.5 s here (every problem worded, sorted and merged); now a few ms.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(list).toHaveLength(201);
    expect(list.slice(0, 2).map((e) => e.path)).toEqual(['pods[0].name', 'pods[0].node']);
    expect(list[199]?.path).toBe('pods[99].node');
  });
});

describe('parseScenario: hostile values never throw', () => {
  it('survives getters that throw and revoked proxies', () => {
    const trap = Object.defineProperty({}, 'vpc', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [trap, proxy, { vpc: proxy }]) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
    }
  });

  it('does not pollute Object.prototype', () => {
    parseScenario('{"__proto__": {"polluted": true}, "vpc": {"__proto__": {"polluted": true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses non-JSON values with a type error', () => {
    for (const input of [Symbol('s'), 10n, () => 1, new Map(), Number.NaN]) {
      expect(() => parseScenario(input)).not.toThrow();
      expect(parseScenario(input).ok).toBe(false);
    }
    expect(errorAt(edit({ 'vpc.routeQuota': Number.NaN }), 'vpc.routeQuota')).toContain('NaN');
  });
});

describe('parseScenario: scale', () => {
  it('reads 5,000 nodes and 150,000 pods', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ name: `n-${i}` }));
    const pods = Array.from({ length: 150_000 }, (_, i) => ({ name: `p-${i}`, node: `n-${i % 5000}` }));
    const s = ok({
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'v', cidr: '10.0.0.0/16' }], routeQuota: 10000 },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes,
      pods,
    });
    expect(s.nodes).toHaveLength(5000);
    expect(s.nodes[4999]?.ip).toBe('10.0.19.136');
    expect(s.pods).toHaveLength(150_000);
  }, 60_000);
});

describe('$schema', () => {
  it('is accepted and ignored when it is a string, and reported otherwise', async () => {
    const { PRESETS } = await import('./presets.ts');
    const withSchema = { $schema: './scenario.schema.json', ...(PRESETS.article as object) };
    expect(parseScenario(withSchema).ok).toBe(true);
    const bad = parseScenario({ ...withSchema, $schema: 5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['$schema']);
  });
});
