/**
 * Smoke test of the real entry point as `npm run cli` starts it (scripts/cli.mjs, which runs the
 * cached bundle of main.ts) in a child process; the rest test the commands in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_JSON, BAD_JSON } from './test-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'podpath-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('src/cli/main.ts through scripts/cli.mjs', () => {
  it('validates a good file (exit 0) and a bad one (exit 1)', () => {
    const good = join(dir, 'article.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, ARTICLE_JSON);
    writeFileSync(bad, BAD_JSON);
    const ok = cli('validate', good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^valid: ACK \+ Flannel, as in the article/);
    const failed = cli('validate', bad);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('cluster.podCidr: 172.16.8.1/25 has host bits set');
  }, 60_000);

  it('exits 2 on a usage error', () => {
    const result = cli('show');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: podpath show FILE TARGET ARTIFACT [--step N]');
  }, 30_000);

  it('refuses /dev/zero at the size bound instead of reading it all', () => {
    const result = cli('validate', '/dev/zero');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'cannot read /dev/zero: it is larger than 20000000 bytes, the most a scenario may take\n',
    );
  }, 30_000);

  it('prints control sequences from the input escaped, never raw', () => {
    const hostile = join(dir, 'escape.json');
    writeFileSync(hostile, '\x1b]0;PWNED\x07\x1b[2J');
    const result = cli('validate', hostile);
    expect(result.status).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(result.stderr).toContain('\\u001b');
  }, 30_000);
});
