import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.ts';
import { ARTICLE_JSON } from '../test-files.ts';
import { command } from './trace.ts';

const ARGS = ['a.json', '--from', 'pod:web-1', '--to', 'pod:api-1'];

describe('trace --lang', () => {
  it('zh: explains every hop in Chinese below its line, the table lines as printed', async () => {
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    expect(await command.run([...ARGS, '--lang', 'zh'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ 1 {2}pod:web-1 .* 172\.16\.0\.0\/16 via 172\.16\.0\.129 dev eth0$/);
    expect(lines[1]).toMatch(/^ {4}web-1 选择经由 172\.16\.0\.129 的路由/);
    expect(lines).toContain('已送达');
    expect(lines).toContain('应答：');
    // Every explanation line is Chinese.
    const explained = lines.filter((line) => line.startsWith('    '));
    expect(explained.length).toBeGreaterThan(10);
    for (const line of explained) expect(line).toMatch(/[\u4e00-\u9fff]/);
  });

  it('en: the same lines with the English explanations; without --lang the output is unchanged', async () => {
    const plain = captureIo({ 'a.json': ARTICLE_JSON });
    await command.run(ARGS, plain);
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    await command.run([...ARGS, '--lang', 'en'], io);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[1]).toMatch(/^ {4}web-1 picks its route via 172\.16\.0\.129/);
    // Without the explanations, the lines are the plain output's.
    expect(lines.filter((line) => !line.startsWith('    ')).join('\n')).toBe(plain.stdout().trimEnd());
  });
});
