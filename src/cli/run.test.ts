import { describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.ts';
import { COMMANDS } from './registry.ts';
import { runCli } from './run.ts';

describe('runCli', () => {
  it('prints the usage with every command for --help, exit 0', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('usage: podpath COMMAND [ARGS]');
    for (const usage of ['validate FILE', 'steps FILE [--json]', 'show FILE TARGET ARTIFACT [--step N]']) {
      expect(io.stdout()).toContain(`  ${usage}`);
    }
    expect(io.stderr()).toBe('');
  });

  it('registers the commands of DESIGN §3.2 by name', () => {
    expect(Object.keys(COMMANDS)).toEqual(expect.arrayContaining(['validate', 'steps', 'show']));
  });

  it('prints the usage on stderr without a command, exit 2', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.stderr()).toContain('usage: podpath');
    expect(io.stdout()).toBe('');
  });

  it('refuses an unknown command, exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['toString'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^podpath: unknown command "toString"/);
  });

  it('prints a command’s own help', async () => {
    const io = captureIo();
    expect(await runCli(['show', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('usage: podpath show FILE TARGET ARTIFACT [--step N]');
    expect(io.stdout()).toContain('kube-controller-manager.yaml, node-spec, subnet.env');
  });

  it.each([
    [['validate'], 'expected FILE (1 argument), got 0'],
    [['validate', 'a.json', 'b.json'], 'expected FILE (1 argument), got 2'],
    [['steps', 'a.json', '--yaml'], "Unknown option '--yaml'"],
    [['show', 'a.json', 'vpc'], 'expected FILE TARGET ARTIFACT (3 arguments), got 2'],
    [['show', 'a.json', 'vpc', 'route-table', '--step'], "Option '--step <value>' argument missing"],
  ])('reports a usage error for %j, exit 2', async (argv, message) => {
    const io = captureIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stderr()).toContain(`usage: podpath ${argv[0]}`);
  });
});
