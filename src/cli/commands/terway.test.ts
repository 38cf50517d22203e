import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.ts';
import { TERWAY_ARTICLE_JSON } from '../test-files.ts';
import { command as show } from './show.ts';
import { command as trace } from './trace.ts';
import { command as validate } from './validate.ts';

async function run(cmd: typeof show, args: string[]) {
  const io = captureIo({ 't.json': TERWAY_ARTICLE_JSON });
  const code = await cmd.run(['t.json', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('the CLI on a Terway cluster', () => {
  it('validate prints the capacity in Terway terms', async () => {
    const { code, stdout } = await run(validate, []);
    expect(code).toBe(0);
    expect(stdout).toContain('(8 − 1) × 30 = 210 addresses (k8s.aliyun.com/max-available-ip)');
    expect(stdout).toContain('Terway needs no route per node');
  });

  it('show prints ip rule and an ENI table; cni0 has none', async () => {
    const rule = await run(show, ['node:node-a', 'ip-rule']);
    expect(rule.stdout).toContain('2048:\tfrom 192.168.0.1 lookup 1003');
    const table = await run(show, ['node:node-a', 'ip-route-table-1003']);
    expect(table.stdout).toBe('default via 192.168.0.253 dev eth1 onlink\n');
    const neigh = await run(show, ['pod:web-1', 'ip-neigh']);
    expect(neigh.stdout).toMatch(/^169\.254\.1\.1 dev eth0 lladdr [0-9a-f:]{17} PERMANENT\n$/);
    const cni0 = await run(show, ['node:node-a/cni0', 'ip-addr']);
    expect(cni0.code).toBe(1);
    expect(cni0.stderr).toContain('no cni0');
  });

  it('trace --json carries the rule that chose the ENI table', async () => {
    const { code, stdout } = await run(trace, ['--from', 'pod:web-1', '--to', 'pod:api-1', '--json']);
    expect(code).toBe(0);
    const hops = JSON.parse(stdout).hops as { at: string; rule?: { line: string } }[];
    expect(hops.find((h) => h.at === 'node:node-a')?.rule?.line).toBe('2048:\tfrom 192.168.0.1 lookup 1003');
  });
});
