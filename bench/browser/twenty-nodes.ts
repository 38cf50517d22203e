/** The 20-node browser-bench scenario: 1 master + 19 workers, 3–5 pods each, as a scenario file. */
import { parseScenario } from '../../src/engine/scenario/parse.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function twentyNodeScenarioFile(): unknown {
  const workers = Array.from({ length: 19 }, (_, i) => `node-${pad(i + 1)}`);
  const file = {
    title: 'Benchmark: 20 nodes',
    vpc: {
      cidr: '192.168.0.0/16',
      vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
      natGateway: { eip: '198.51.100.50' },
      customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
    },
    cluster: { podCidr: '172.20.0.0/16', nodeCidrMaskSize: 24 },
    nodes: [{ name: 'master-1', role: 'master' }, ...workers.map((name) => ({ name }))],
    pods: [
      { name: 'dns-1', node: 'master-1' },
      { name: 'dns-2', node: 'master-1' },
      { name: 'mon-1', node: 'master-1' },
    ].concat(
      workers.flatMap((node, i) =>
        Array.from({ length: 3 + (i % 3) }, (_, j) => ({ name: `app-${pad(i + 1)}-${j + 1}`, node })),
      ),
    ),
    externals: [{ name: 'internet', ip: '203.0.113.10' }],
  };
  const parsed = parseScenario(file);
  if (!parsed.ok)
    throw new Error(`20-node scenario invalid: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  return file;
}
