/**
 * Inline scenarios of the lessons that need a cluster of their own. Both are deliberately small
 * in both limits: a cluster CIDR of four /24 blocks, and a route table with room for four custom
 * entries, one of which the NAT gateway route takes.
 */
import type { Fault } from '../../engine/index.ts';

interface NodeFile {
  readonly name: string;
  readonly role?: 'master';
}

function crowded(title: string, nodes: readonly NodeFile[], faults: readonly Fault[]) {
  const workers = nodes.filter((n) => n.role !== 'master');
  const pods = ['web-1', 'api-1', 'db-1', 'job-1', 'batch-1'];
  return {
    title,
    vpc: {
      cidr: '192.168.0.0/16',
      vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
      routeQuota: 4,
      natGateway: { eip: '198.51.100.20' },
      customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
    },
    cluster: { podCidr: '172.16.0.0/22', nodeCidrMaskSize: 24, serviceCidr: '172.19.0.0/20', ipMasq: true },
    nodes: nodes.map((n, i) => ({ ...n, ip: `192.168.0.${10 * (i + 1)}` })),
    pods: workers.map((n, i) => ({ name: pods[i] ?? `pod-${i + 1}`, node: n.name })),
    externals: [{ name: 'internet', ip: '203.0.113.10' }],
    faults,
  };
}

/**
 * A master and four workers. Node routes: master-1, node-a, node-b fill the quota, so node-c's
 * route is refused; blocks: the four go to the first four nodes, so node-d gets none.
 */
export const growingCluster = crowded(
  'A cluster that cannot grow',
  [
    { name: 'master-1', role: 'master' },
    { name: 'node-a' },
    { name: 'node-b' },
    { name: 'node-c' },
    { name: 'node-d' },
  ],
  [],
);

/**
 * Five workers, each with a different trouble but node-a: node-b's route deleted, flanneld down
 * on node-c, node-d over the route quota, node-e without a pod CIDR.
 */
export const troubledCluster = crowded(
  'A cluster with trouble on four nodes',
  [{ name: 'node-a' }, { name: 'node-b' }, { name: 'node-c' }, { name: 'node-d' }, { name: 'node-e' }],
  [
    { kind: 'vpc-route-deleted', node: 'node-b' },
    { kind: 'flanneld-down', node: 'node-c' },
  ],
);
