import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepOf } from '../../engine/artifacts/test-worlds.ts';
import { construct } from '../../engine/construction/construct.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { captureIo } from '../capture-io.ts';
import { ARTICLE_JSON, articleOn, articleWithFaults } from '../test-files.ts';
import { command } from './show.ts';

const GOLDEN = join(import.meta.dirname, '..', '..', 'engine', 'artifacts', 'golden', 'article');
const article = presetScenario('article');
const construction = construct(article);
const LAST = construction.steps.length;
/** The number of the step just before the one with that change, as text for --step. */
const stepBefore = (kind: Parameters<typeof stepOf>[1], subject: string) =>
  String(stepOf(construction, kind, subject) - 1);

function targetOf(name: string): string {
  if (name === 'vpc') return 'vpc';
  return article.nodes.some((n) => n.name === name) ? `node:${name}` : `pod:${name}`;
}

async function show(args: string[], file = ARTICLE_JSON) {
  const io = captureIo({ 'a.json': file });
  const code = await command.run(['a.json', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('show', () => {
  const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.golden.txt'));

  it('has golden files to compare with', () => {
    expect(goldens.length).toBeGreaterThan(20);
  });

  it.each(goldens)('prints exactly golden/article/%s', async (file) => {
    const [name, ...rest] = file.replace(/\.golden\.txt$/, '').split('.');
    const result = await show([targetOf(name as string), rest.join('.')]);
    expect(result).toEqual({ code: 0, stdout: readFileSync(join(GOLDEN, file), 'utf8'), stderr: '' });
  });

  it('shows the artifact as it stands after --step N', async () => {
    expect(
      await show(['node:node-a', 'subnet.env', '--step', stepBefore('flanneld-status', 'node-a')]),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '/run/flannel/subnet.env on node-a does not exist yet: flanneld has not written it (the kube-flannel pod is not on this node yet)\n',
    });
    const atTheEnd = await show(['node:node-a', 'ip-route', '--step', String(LAST)]);
    expect(await show(['node:node-a', 'ip-route'])).toEqual(atTheEnd);
    expect(atTheEnd.stdout).toContain('dev cni0');
    const beforeCni0 = await show([
      'node:node-a',
      'ip-route',
      `--step=${stepBefore('cni0-created', 'node-a')}`,
    ]);
    expect(beforeCni0.stdout).not.toContain('cni0');
    expect((await show(['vpc', 'route-table', '--step', '0'])).stderr).toContain('does not exist yet');
  });

  it('prints nothing for an empty artifact (a pod before its address)', async () => {
    const result = await show(['pod:web-1', 'ip-route', '--step', stepBefore('pod-ip-assigned', 'web-1')]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    [
      ['node:node-a', 'subnet.env', '--step', String(LAST + 1)],
      `--step must be a whole number from 0 to ${LAST}`,
    ],
    [['node:node-a', 'subnet.env', '--step=-1'], `--step must be a whole number from 0 to ${LAST}`],
    [['node:node-a', 'subnet.env', '--step', '2.5'], 'not "2.5"'],
    [['node:nope', 'subnet.env'], 'unknown node "nope"'],
    [['svc:web', 'ip-addr'], 'unknown target "svc:web"'],
    [['pod:web-1', 'iptables-nat'], 'unknown artifact "iptables-nat" for a pod'],
    [['node:node-a', 'kube-controller-manager.yaml'], 'is not on this node'],
  ])('exits 1 with a message for %j', async (args, message) => {
    const result = await show(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('shows the effect of a fault', async () => {
    const faulty = articleWithFaults([{ kind: 'flanneld-down', node: 'node-a' }]);
    const result = await show(['node:node-a', 'subnet.env'], faulty);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'flanneld failed: the kube-flannel container exits before acquiring its lease',
    );
  });
});

describe('show on the vxlan and host-gw backends', () => {
  const VXLAN = join(import.meta.dirname, '..', '..', 'engine', 'dataplane', 'golden', 'vxlan');

  it.each([
    'node-a.ip-link-flannel.1',
    'node-a.bridge-fdb-flannel.1',
    'node-a.ip-neigh-flannel.1',
    'node-a.ip-route',
    'node-a.subnet.env',
    'node-b.node-spec',
  ])('prints exactly dataplane/golden/vxlan/%s', async (name) => {
    const [node, ...rest] = name.split('.');
    const result = await show([`node:${node}`, rest.join('.')], articleOn('vxlan'));
    expect(result).toEqual({
      code: 0,
      stdout: readFileSync(join(VXLAN, `${name}.golden.txt`), 'utf8'),
      stderr: '',
    });
  });

  it('says why an alloc or host-gw node has no flannel.1', async () => {
    for (const backend of ['alloc', 'host-gw'] as const) {
      const result = await show(['node:node-a', 'ip-link-flannel.1'], articleOn(backend));
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `node-a has no flannel.1: the ${backend} backend builds no VXLAN tunnel (only vxlan does)\n`,
      });
    }
  });

  it('lists the vxlan artifacts in its help', () => {
    expect(command.details?.join('\n')).toContain(
      'with the vxlan backend also ip-link-flannel.1, bridge-fdb-flannel.1, ip-neigh-flannel.1 (node)',
    );
  });
});
