import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../engine/import/test-fixtures.ts';
import { parseScenario } from '../../engine/scenario/parse.ts';
import { captureIo } from '../capture-io.ts';
import { runCli } from '../run.ts';
import { articleWithFaults } from '../test-files.ts';
import { command as diagnoseCommand } from './diagnose.ts';
import { command as importCommand } from './import.ts';
import { command as traceCommand } from './trace.ts';

const FILES = {
  'nodes.json': fixtureInputs().nodes,
  'pods.json': fixtureInputs().pods,
  'cm.json': fixtureInputs().flannel,
  'routes.json': fixtureInputs().routes,
};
const ALL = [
  '--nodes',
  'nodes.json',
  '--pods',
  'pods.json',
  '--flannel',
  'cm.json',
  '--routes',
  'routes.json',
];

async function importScenario(): Promise<string> {
  const io = captureIo(FILES);
  expect(await importCommand.run(ALL, io)).toBe(0);
  return io.stdout();
}

describe('import', () => {
  it('prints a valid scenario on stdout and the notes on stderr', async () => {
    const io = captureIo(FILES);
    expect(await importCommand.run(ALL, io)).toBe(0);
    const parsed = parseScenario(io.stdout());
    expect(parsed.ok).toBe(true);
    expect(io.stderr()).toContain('pods kube-system/kube-flannel-ds-2xk8d: uses the host network');
  });

  it('needs --nodes, and names a file it cannot read', async () => {
    const code = await runCli(['import', '--pods', 'pods.json'], captureIo(FILES));
    expect(code).not.toBe(0);
    const io = captureIo(FILES);
    expect(await importCommand.run(['--nodes', 'missing.json'], io)).toBe(1);
    expect(io.stderr()).toBe('cannot read --nodes missing.json: no such file or directory\n');
  });

  it('says what it could not read in output that is not JSON', async () => {
    const io = captureIo({ 'nodes.txt': 'NAME STATUS ROLES AGE\nnode-a Ready <none> 3d\n' });
    expect(await importCommand.run(['--nodes', 'nodes.txt'], io)).toBe(1);
    expect(io.stderr()).toContain('nodes: the nodes output is not JSON');
  });
});

describe('diagnose', () => {
  it('prints one finding per line for an imported scenario, naming the missing entry and its pods', async () => {
    const io = captureIo({ 'cluster.json': await importScenario() });
    expect(await diagnoseCommand.run(['cluster.json'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^error node:cn-hangzhou\.192\.168\.0\.51 missing-route: the VPC route table has no entry 172\.20\.1\.128\/25 → i-\w+ for cn-hangzhou\.192\.168\.0\.51 \(the entry is missing\); its pods api-5f6d7b8c9-k2x4p, api-5f6d7b8c9-q7w2z cannot be reached from other nodes \[trace --from pod:web-7d4b9c6f5-abcde --to pod:api-5f6d7b8c9-k2x4p: dropped at vpc-router\]$/,
    );
    expect(lines.slice(1).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'info vpc-router route-quota:',
      'info vpc-router cidr-headroom:',
    ]);
  });

  it("and trace from another node's pod to one of those pods drops where the VPC sends it", async () => {
    const io = captureIo({ 'cluster.json': await importScenario() });
    const args = [
      'cluster.json',
      '--from',
      'pod:web-7d4b9c6f5-fghij',
      '--to',
      'pod:api-5f6d7b8c9-q7w2z',
      '--json',
    ];
    expect(await traceCommand.run(args, io)).toBe(0);
    const result = JSON.parse(io.stdout());
    expect(result.outcome).toBe('dropped');
    expect(result.hops.at(-1).at).toBe('vpc-router');
    expect(result.reason).toContain("cn-hangzhou.192.168.0.51's entry 172.20.1.128/25");
  });

  it('reads the cluster outputs directly, with what only they say', async () => {
    const io = captureIo(FILES);
    expect(await diagnoseCommand.run([...ALL, '--json'], io)).toBe(0);
    const findings = JSON.parse(io.stdout()) as { kind: string; place: string }[];
    expect(findings.map((f) => `${f.kind} ${f.place}`)).toEqual([
      'missing-route node:cn-hangzhou.192.168.0.51',
      'node-not-ready node:cn-hangzhou.192.168.0.52',
      'network-unavailable node:cn-hangzhou.192.168.0.51',
      'stale-route vpc-router',
      'route-quota vpc-router',
      'cidr-headroom vpc-router',
    ]);
  });

  it('works on any scenario, and refuses a bad one', async () => {
    const io = captureIo({ 'a.json': articleWithFaults([{ kind: 'vpc-route-deleted', node: 'node-b' }]) });
    expect(await runCli(['diagnose', 'a.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^error node:node-b missing-route: /);
    const bad = captureIo({ 'b.json': '{"nodes": 3}' });
    expect(await diagnoseCommand.run(['b.json'], bad)).toBe(1);
  });
});
