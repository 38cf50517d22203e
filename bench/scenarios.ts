import { parseScenario } from '../src/engine/scenario/parse.ts';
import type { Scenario } from '../src/engine/scenario/types.ts';

/**
 * A large cluster for benchmarks: `nodes` workers in one 192.168.0.0/18 vSwitch, a 10.0.0.0/8
 * cluster CIDR cut into /24s, `podsPerNode` pods on each node, and a route quota big enough
 * that every node gets its VPC route (the worst case for the VPC router's table).
 */
export function largeScenario(nodes: number, podsPerNode: number): Scenario {
  const result = parseScenario(largeScenarioDocument(nodes, podsPerNode));
  if (!result.ok)
    throw new Error(
      `benchmark scenario invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return result.scenario;
}

/** The same cluster as the document a file or link would carry. */
export function largeScenarioDocument(nodes: number, podsPerNode: number) {
  return {
    title: `${nodes} nodes × ${podsPerNode} pods`,
    vpc: {
      cidr: '192.168.0.0/16',
      vswitches: [{ name: 'vsw-big', cidr: '192.168.0.0/18' }],
      routeQuota: nodes + 10,
      natGateway: { eip: '198.51.100.20' },
      customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
    },
    cluster: { podCidr: '10.0.0.0/8', nodeCidrMaskSize: 24, serviceCidr: '172.21.0.0/20' },
    nodes: Array.from({ length: nodes }, (_, i) => ({ name: `node-${i}` })),
    pods: Array.from({ length: nodes * podsPerNode }, (_, i) => ({
      name: `pod-${i}`,
      node: `node-${i % nodes}`,
      containers: ['app'],
    })),
    externals: [{ name: 'internet', ip: '203.0.113.10' }],
  };
}
