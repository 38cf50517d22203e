import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/construction/construct.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { captureIo } from '../capture-io.ts';
import { ARTICLE_JSON, articleWithFaults, BAD_JSON } from '../test-files.ts';
import { command } from './steps.ts';

const { steps } = construct(presetScenario('article'));
const podCidrStep = steps.find((s) => s.title === 'node-a gets pod CIDR 172.16.0.128/25');

describe('steps', () => {
  it('prints one aligned line per step: index, phase, actor, title', async () => {
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    expect(await command.run(['a.json'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe(' 1  initial  cloud                    VPC 192.168.0.0/16 created');
    expect(lines).toContain('14  cluster  kube-controller-manager  node-a gets pod CIDR 172.16.0.128/25');
    expect(lines.at(-1)).toMatch(/^\d+ {2}pod {6}host-local {15}api-1 gets IP 172\.16\.1\.2$/);
  });

  it('marks failed steps', async () => {
    const io = captureIo({ 'f.json': articleWithFaults([{ kind: 'flanneld-down', node: 'node-a' }]) });
    expect(await command.run(['f.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/flanneld on node-a never starts {2}\(failed\)\n/);
  });

  it('names the phases and failures in Chinese with --lang zh, aligned by display width', async () => {
    const io = captureIo({ 'f.json': articleWithFaults([{ kind: 'flanneld-down', node: 'node-a' }]) });
    expect(await command.run(['f.json', '--lang', 'zh'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe(' 1  初始        cloud                    专有网络 VPC 192.168.0.0/16 已创建');
    expect(io.stdout()).toMatch(/node-a 上的 flanneld 始终未能启动 {2}（失败）\n/);
    expect(lines.some((line) => line.includes('  容器组 Pod  '))).toBe(true);
  });

  it('refuses a language it does not speak', async () => {
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    await expect(command.run(['a.json', '--lang', 'fr'], io)).rejects.toThrow(
      '--lang fr: not a language; use en, zh',
    );
  });

  it('prints the steps as JSON with --json, without their changes', async () => {
    const io = captureIo({ 'a.json': ARTICLE_JSON });
    expect(await command.run(['a.json', '--json'], io)).toBe(0);
    const printed = JSON.parse(io.stdout());
    expect(printed).toHaveLength(steps.length);
    expect(printed.find((s: { index: number }) => s.index === podCidrStep?.index)).toEqual({
      index: podCidrStep?.index,
      phase: 'cluster',
      actor: 'kube-controller-manager',
      title: 'node-a gets pod CIDR 172.16.0.128/25',
      explanation: expect.stringContaining('spec.podCIDR'),
      target: 'node:node-a',
      failed: false,
    });
  });

  it('prints the scenario errors for a bad file, exit 1', async () => {
    const io = captureIo({ 'bad.json': BAD_JSON });
    expect(await command.run(['bad.json', '--json'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toContain('cluster.podCidr: ');
  });
});
