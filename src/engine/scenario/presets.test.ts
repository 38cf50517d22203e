import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { PRESET_NAMES, PRESETS, presetScenario } from './presets.ts';

describe('presets', () => {
  it.each(PRESET_NAMES)('%s parses without errors', (name) => {
    const result = parseScenario(PRESETS[name]);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('article: the cluster of the article, nodes in registration order', () => {
    const s = presetScenario('article');
    expect(s.title).toBe('ACK + Flannel, as in the article');
    expect(s.vpc).toEqual({
      cidr: '192.168.0.0/16',
      vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
      routeQuota: 200,
      natGateway: { eip: '198.51.100.20' },
      customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
    });
    expect(s.cluster).toEqual({
      podCidr: '172.16.0.0/16',
      nodeCidrMaskSize: 25,
      serviceCidr: '172.19.0.0/20',
      ipMasq: true,
    });
    expect(s.nodes.map((n) => `${n.name} ${n.role} ${n.ip}`)).toEqual([
      'master-1 master 192.168.0.5',
      'node-a worker 192.168.0.10',
      'node-b worker 192.168.0.20',
    ]);
    expect(s.pods).toEqual([
      { name: 'web-1', node: 'node-a', containers: ['nginx', 'log-agent'] },
      { name: 'cache-1', node: 'node-a', containers: ['redis'] },
      { name: 'api-1', node: 'node-b', containers: ['api'] },
    ]);
    expect(s.externals).toEqual([{ name: 'internet', ip: '203.0.113.10' }]);
    expect(s.faults).toEqual([]);
  });

  it('small: three workers on /24 blocks with a NAT gateway and the Internet', () => {
    const s = presetScenario('small');
    expect(s.nodes.map((n) => n.role)).toEqual(['worker', 'worker', 'worker']);
    expect(s.cluster.nodeCidrMaskSize).toBe(24);
    expect(s.vpc.natGateway).toBeDefined();
    expect(s.externals.map((e) => e.name)).toEqual(['internet']);
    for (const node of s.nodes) expect(s.pods.filter((p) => p.node === node.name)).toHaveLength(2);
  });

  it('large: 1 master and 59 workers running 2 to 4 pods each', () => {
    const s = presetScenario('large');
    expect(s.nodes).toHaveLength(60);
    expect(s.nodes.filter((n) => n.role === 'master')).toHaveLength(1);
    expect(s.cluster).toMatchObject({ podCidr: '172.20.0.0/16', nodeCidrMaskSize: 24 });
    expect(s.vpc.natGateway).toBeDefined();
    for (const node of s.nodes.filter((n) => n.role === 'worker')) {
      const count = s.pods.filter((p) => p.node === node.name).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
    }
  });
});
