import type { NodeSpec, PodSpec, Scenario } from '../scenario/types.ts';

/** The article's cluster in resolved form, for engine tests that do not go through parsing. */
export const ARTICLE: Scenario = {
  title: 'ACK + Flannel, as in the article',
  vpc: {
    cidr: '192.168.0.0/16',
    vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
    routeQuota: 200,
    natGateway: { eip: '198.51.100.20' },
    customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
  },
  cluster: { podCidr: '172.16.0.0/16', nodeCidrMaskSize: 25, serviceCidr: '172.19.0.0/20', ipMasq: true },
  nodes: [
    { name: 'master-1', role: 'master', ip: '192.168.0.5', vswitch: 'vsw-a' },
    { name: 'node-a', role: 'worker', ip: '192.168.0.10', vswitch: 'vsw-a' },
    { name: 'node-b', role: 'worker', ip: '192.168.0.20', vswitch: 'vsw-a' },
  ],
  pods: [
    { name: 'web-1', node: 'node-a', containers: ['nginx', 'log-agent'] },
    { name: 'cache-1', node: 'node-a', containers: ['redis'] },
    { name: 'api-1', node: 'node-b', containers: ['api'] },
  ],
  externals: [{ name: 'internet', ip: '203.0.113.10' }],
  faults: [],
};

/** `count` workers on vsw-a (192.168.0.0/24 gives room for 250). */
export function workers(count: number, first = 1): NodeSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${first + i}`,
    role: 'worker' as const,
    ip: `192.168.0.${first + i}`,
    vswitch: 'vsw-a',
  }));
}

/** `count` pods on one node. */
export function podsOn(node: string, count: number, prefix = 'pod'): PodSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${node}-${i}`,
    node,
    containers: ['app'],
  }));
}

/** The article scenario with some fields replaced. */
export function withChanges(changes: {
  cluster?: Partial<Scenario['cluster']>;
  vpc?: Partial<Scenario['vpc']>;
  nodes?: readonly NodeSpec[];
  pods?: readonly PodSpec[];
  faults?: Scenario['faults'];
}): Scenario {
  return {
    ...ARTICLE,
    cluster: { ...ARTICLE.cluster, ...changes.cluster },
    vpc: { ...ARTICLE.vpc, ...changes.vpc },
    nodes: changes.nodes ?? ARTICLE.nodes,
    pods: changes.pods ?? ARTICLE.pods,
    faults: changes.faults ?? ARTICLE.faults,
  };
}
