import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse.ts';
import { anonymiseScenarioFile } from './anonymise.ts';
import { diagnose } from './diagnose.ts';
import { importCluster } from './import-cluster.ts';
import { fixtureInputs } from './test-fixtures.ts';

describe('anonymiseScenarioFile', () => {
  const { file } = importCluster(fixtureInputs());
  const anonymous = anonymiseScenarioFile(file);
  const text = JSON.stringify(anonymous);

  it('replaces every node and pod name and every address of the cluster', () => {
    for (const secret of [
      'cn-hangzhou',
      '192.168.0.4',
      '192.168.0.5',
      '172.20.',
      'api-5f6d',
      'web-7d4b',
      'coredns',
      '172.21.',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(file)).toContain('cn-hangzhou');
  });

  it("keeps the network's shape: still valid, same blocks relative to each other, same fault", () => {
    const parsed = parseScenario(anonymous);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.nodes.map((n) => [n.name, n.ip, n.podCidr])).toEqual([
      ['node-1', '10.0.0.48', '172.16.0.0/25'],
      ['node-2', '10.0.0.49', '172.16.0.128/25'],
      ['node-3', '10.0.0.52', '172.16.2.0/25'],
      ['node-4', '10.0.0.51', '172.16.1.128/25'],
    ]);
    expect(parsed.scenario.pods[0]).toMatchObject({ name: 'pod-1', node: 'node-4', ip: '172.16.1.130' });
    expect(diagnose(parsed.scenario)[0]?.place).toBe('node:node-4');
  });
});
