import { describe, expect, it } from 'vitest';
import { capacity, formatCapacity } from '../../engine/addressing/capacity.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { captureIo } from '../capture-io.ts';
import { ARTICLE_JSON, BAD_JSON } from '../test-files.ts';
import { command } from './validate.ts';

describe('validate', () => {
  it('prints a capacity summary for a valid file, exit 0', async () => {
    const io = captureIo({ 'article.json': ARTICLE_JSON });
    expect(await command.run(['article.json'], io)).toBe(0);
    expect(io.stdout()).toBe(
      `valid: ACK + Flannel, as in the article (3 nodes, 3 pods)\n${formatCapacity(capacity(presetScenario('article')))}\n`,
    );
    expect(io.stderr()).toBe('');
  });

  it('reads standard input for -', async () => {
    const io = captureIo({}, ARTICLE_JSON);
    expect(await command.run(['-'], io)).toBe(0);
    expect(io.stdout()).toContain('Node limit');
  });

  it('prints one path: message line per error on stderr, exit 1', async () => {
    const io = captureIo({ 'bad.json': BAD_JSON });
    expect(await command.run(['bad.json'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    const lines = io.stderr().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^[\w.[\]()]+: \S/);
    expect(lines).toContain(
      'cluster.podCidr: 172.16.8.1/25 has host bits set; the network address is 172.16.8.0/25',
    );
    expect(lines.some((l) => l.startsWith('cluster.colour: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('pods[0].node: '))).toBe(true);
  });

  it('refuses a file that is not UTF-8, naming the byte', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"title": "'), 0xef, 0xbf, 0x22, 0x7d]);
    const io = captureIo({ 'latin.json': bytes });
    expect(await command.run(['latin.json'], io)).toBe(1);
    expect(io.stderr()).toBe('cannot read latin.json: it is not UTF-8 text (byte 12 is not)\n');
  });

  it('says why for broken JSON, exit 1', async () => {
    const io = captureIo({ 'broken.json': '{"vpc": ' });
    expect(await command.run(['broken.json'], io)).toBe(1);
    expect(io.stderr()).toMatch(/^\(root\): the scenario is not valid JSON: .+\n$/);
  });

  it('says why for an unreadable file, exit 1', async () => {
    const io = captureIo();
    expect(await command.run(['missing.json'], io)).toBe(1);
    expect(io.stderr()).toBe('cannot read missing.json: no such file or directory\n');
  });
});
