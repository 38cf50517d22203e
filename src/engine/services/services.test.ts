import { describe, expect, it } from 'vitest';
import { construct } from '../construction/construct.ts';
import { cidr, formatIp } from '../net/ipv4.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESETS } from '../scenario/preset-files.ts';
import { presetScenario } from '../scenario/presets.ts';
import { nextClusterIp, rangeOffset } from './cluster-ip.ts';
import { statisticProbability } from './kube-proxy-rules.ts';

const withServices = (services: unknown) => ({ ...(PRESETS.services as object), services });
const errorsOf = (file: unknown) => {
  const r = parseScenario(file);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('Services', () => {
  it('allocate the first free address of the upper band when none is asked for', () => {
    expect(rangeOffset(cidr('172.19.0.0/20'))).toBe(256);
    expect(rangeOffset(cidr('10.0.0.0/28'))).toBe(0);
    expect(rangeOffset(cidr('10.0.0.0/24'))).toBe(16);
    expect(formatIp(nextClusterIp(cidr('172.19.0.0/20'), new Set()) as number)).toBe('172.19.1.1');
    const world = construct(presetScenario('services')).final;
    expect(world.services.map((s) => `${s.name} ${formatIp(s.clusterIp)}`)).toEqual([
      'kube-dns 172.19.0.10',
      'api 172.19.1.1',
      'web 172.19.1.2',
      'legacy 172.19.1.3',
    ]);
    expect([...world.kubeProxy]).toEqual(['master-1', 'node-a', 'node-b']);
  });

  it('write statistic probabilities as kube-proxy and the kernel print them', () => {
    expect(statisticProbability(2).text).toBe('0.50000000000');
    expect(statisticProbability(3).text).toBe('0.33333333349');
    expect(statisticProbability(4).text).toBe('0.25000000000');
  });

  it('are validated by path', () => {
    expect(
      errorsOf(
        withServices([
          {
            name: 'a',
            clusterIp: '172.19.0.20',
            ports: [{ port: 80, targetPort: 70000 }],
            endpoints: ['nope'],
          },
          { name: 'b', clusterIp: '10.0.0.1', ports: [{ port: 80, targetPort: 80, nodePort: 30001 }] },
          { name: 'a', type: 'NodePort', ports: [{ port: 80, targetPort: 80, nodePort: 2000 }] },
          {
            name: 'c',
            clusterIp: '172.19.0.20',
            ports: [
              { port: 1, targetPort: 1 },
              { port: 2, targetPort: 2 },
            ],
          },
        ]),
      ),
    ).toEqual([
      expect.stringMatching(/^services\[0\]\.ports\[0\]\.targetPort: /),
      'services[0].endpoints[0]: unknown pod "nope"; an endpoint is one of the pods in "pods"',
      expect.stringMatching(/^services\[1\]\.clusterIp: 10\.0\.0\.1 is not in the valid range/),
      'services[1].ports[0].nodePort: a node port needs "type": "NodePort"; a ClusterIP Service has none',
      expect.stringMatching(/^services\[2\]\.name: Service "default\/a" is declared twice/),
      expect.stringMatching(
        /^services\[2\]\.ports\[0\]\.nodePort: 2000 is outside the node port range 30000-32767/,
      ),
      expect.stringMatching(/^services\[3\]\.clusterIp: 172\.19\.0\.20 is already the cluster IP/),
      'services[3].ports[0].name: a Service with more than one port must name each of them',
      'services[3].ports[1].name: a Service with more than one port must name each of them',
    ]);
  });

  it('leave a scenario without them as it was: no Service phase, no kube-proxy rules', () => {
    const c = construct(presetScenario('article'));
    expect(c.steps.some((s) => s.phase === 'service')).toBe(false);
    expect(c.final.services).toEqual([]);
  });
});
