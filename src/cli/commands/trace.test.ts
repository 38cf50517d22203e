import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.ts';
import { runCli } from '../run.ts';
import { ARTICLE_JSON, articleOn, articleWithFaults, BAD_JSON } from '../test-files.ts';
import { command } from './trace.ts';

async function cli(args: string[], file = ARTICLE_JSON) {
  const io = captureIo({ 'a.json': file });
  const code = await command.run(['a.json', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('trace', () => {
  it('prints one line per hop and the outcome, then the answer', async () => {
    const { code, stdout, stderr } = await cli(['--from', 'pod:web-1', '--to', 'pod:api-1']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^ 1 {2}pod:web-1 +route +- → eth0 +172\.16\.0\.130 → 172\.16\.1\.2 ttl 64 +172\.16\.0\.0\/16 via 172\.16\.0\.129 dev eth0$/,
    );
    expect(lines.find((l) => l.includes('vpc-router'))).toMatch(/route .*ttl 63 +172\.16\.1\.0\/25 → i-/);
    expect(lines[9]).toBe('delivered');
    expect(lines[11]).toBe('reply:');
    expect(lines.at(-1)).toBe('delivered');
  });

  it('--json prints the documented shape', async () => {
    const { code, stdout } = await cli(['--from', 'pod:web-1', '--to', 'external:internet', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.outcome).toBe('delivered');
    expect(json.hops[0]).toMatchObject({
      at: 'pod:web-1',
      device: 'eth0',
      action: 'route',
      packet: { src: '172.16.0.130', dst: '203.0.113.10', ttl: 64 },
    });
    expect(json.hops.find((h: { at: string }) => h.at === 'nat-gateway').packet.src).toBe('198.51.100.20');
    expect(json.reply.outcome).toBe('delivered');
  });

  it('--step traces over an earlier state', async () => {
    const { code, stdout } = await cli(['--from', 'node:node-a', '--to', '172.16.1.5', '--step', '6']);
    expect(code).toBe(0);
    expect(stdout).toContain('dropped: the VPC route table has no entry for 172.16.1.5');
  });

  it('--ttl starts lower, and a drop is still a trace that ran (exit 0)', async () => {
    const { code, stdout } = await cli(['--from', 'pod:web-1', '--to', 'pod:api-1', '--ttl', '2']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('dropped: TTL exceeded in transit at node-b');
  });

  it('shows a fault where it bites', async () => {
    const file = articleWithFaults([{ kind: 'masquerade-rules-missing', node: 'node-a' }]);
    const { stdout } = await cli(['--from', 'pod:web-1', '--to', 'external:internet'], file);
    expect(stdout).toContain('-P POSTROUTING ACCEPT');
    expect(stdout).toContain('not covered by any SNAT entry');
  });

  it.each([
    [['--from', 'pod:nope', '--to', 'pod:web-1'], '--from: no pod named "nope"'],
    [['--from', 'pod:web-1', '--to', 'svc:x'], '--to: "svc:x" is not an endpoint'],
    [['--from', 'pod:web-1', '--to', 'pod:api-1', '--step', '999'], '--step must be a whole number'],
    [
      ['--from', 'pod:web-1', '--to', 'pod:api-1', '--ttl', '0'],
      '--ttl must be a whole number from 1 to 255',
    ],
  ])('exits 1 with a message for %j', async (args, message) => {
    const result = await cli(args);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(message);
  });

  it('exits 1 with the scenario errors for a bad file', async () => {
    const result = await cli(['--from', 'pod:web-1', '--to', 'pod:api-1'], BAD_JSON);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cluster.podCidr');
  });

  it('is registered, and both endpoints are required (usage error, exit 2)', async () => {
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    expect(await runCli(['trace', 'a.json', '--from', 'pod:web-1'], io)).toBe(2);
    expect(io.stderr()).toContain('both --from EP and --to EP are required');
  });
  it('special destinations: 0.0.0.0 stays on lo, multicast and broadcast end on the segment, saying why', async () => {
    const zero = await cli(['--from', 'pod:web-1', '--to', '0.0.0.0']);
    expect(zero.stdout).toContain('127.0.0.1 → 127.0.0.1');
    expect(zero.stdout).not.toContain('eth0');
    const multicast = await cli(['--from', 'pod:web-1', '--to', '224.0.0.1']);
    expect(multicast.code).toBe(0);
    expect(multicast.stdout.trimEnd().split('\n').at(-1)).toBe(
      'delivered: 224.0.0.1 is multicast (all-hosts): node-a takes it for itself and routes it nowhere; no answer is traced',
    );
    const group = await cli(['--from', 'pod:web-1', '--to', '239.1.2.3']);
    expect(group.stdout).toContain('dropped: 239.1.2.3 is multicast: node-a has not joined the group');
    const broadcast = await cli(['--from', 'pod:web-1', '--to', '255.255.255.255']);
    expect(broadcast.stdout).toContain('delivered: 255.255.255.255 is a broadcast');
    expect(broadcast.stdout).not.toContain('vpc-router');
    const json = JSON.parse((await cli(['--from', 'pod:web-1', '--to', '172.16.0.255', '--json'])).stdout);
    expect(json.hops[0].packet.dstMac).toBe('ff:ff:ff:ff:ff:ff');
    expect(json.reason).toContain('172.16.0.255 is a broadcast');
    for (const to of ['0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect((await cli(['--from', 'pod:web-1', '--to', to])).stdout).not.toContain('private address');
    }
  });
});

describe('trace on the vxlan backend', () => {
  it('--json hops carry outer { src, dst, proto, dport, vni } while encapsulated, and only then', async () => {
    const { code, stdout } = await cli(
      ['--from', 'pod:web-1', '--to', 'pod:api-1', '--json'],
      articleOn('vxlan'),
    );
    expect(code).toBe(0);
    const hops = JSON.parse(stdout).hops as { at: string; action: string; packet: { outer?: object } }[];
    const outer = hops.filter((h) => h.packet.outer);
    expect(outer.map((h) => [h.at, h.action])).toEqual([
      ['node:node-a', 'encap'],
      ['vpc-router', 'bridge'],
    ]);
    for (const hop of outer)
      expect(hop.packet.outer).toMatchObject({
        src: '192.168.0.10',
        dst: '192.168.0.20',
        proto: 'udp',
        dport: 8472,
        vni: 1,
      });
    expect(hops.find((h) => h.action === 'decap')?.packet.outer).toBeUndefined();
  });

  it('prints the outer header under the hops that carry it', async () => {
    const { stdout } = await cli(['--from', 'pod:web-1', '--to', 'pod:api-1'], articleOn('vxlan'));
    expect(stdout).toContain('outer 192.168.0.10 → 192.168.0.20 udp dport 8472 vni 1');
  });

  it('on host-gw, the packet for a pod address dies at the NAT gateway the VPC default route leads to', async () => {
    const { code, stdout } = await cli(
      ['--from', 'pod:web-1', '--to', 'pod:api-1', '--json'],
      articleOn('host-gw'),
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.outcome).toBe('dropped');
    expect(json.hops.at(-1).at).toBe('nat-gateway');
  });
});
