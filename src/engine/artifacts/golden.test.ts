/**
 * Golden files: every artifact of every target of the article preset, after the last step, in
 * golden/article/NAME.ARTIFACT.golden.txt (the `.golden.` keeps Biome from reformatting them).
 * On a difference the test writes NAME.changed next to the golden and fails; review it and
 * rename it over the golden (or run with UPDATE_GOLDEN=1) when the change is intended.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test-support/golden.ts';
import { ARTIFACTS_BY_KIND, renderArtifact } from './index.ts';
import { article } from './test-worlds.ts';

const DIR = join(import.meta.dirname, 'golden', 'article');
const { final, scenario } = article();

const targets = [
  'vpc',
  ...scenario.nodes.map((n) => `node:${n.name}`),
  ...scenario.pods.map((p) => `pod:${p.name}`),
];
const cases = targets.flatMap((target) => {
  const kind = target === 'vpc' ? 'vpc' : (target.split(':')[0] as 'node' | 'pod');
  const name = target === 'vpc' ? 'vpc' : target.slice(kind.length + 1);
  return ARTIFACTS_BY_KIND[kind].map((artifact) => ({
    target,
    artifact,
    file: `${name}.${artifact}.golden.txt`,
  }));
});
const rendered = cases.flatMap((c) => {
  const result = renderArtifact(final, c.target, c.artifact);
  return result.ok ? [{ ...c, text: `${result.text}\n` }] : [];
});

describe('golden artifacts of the article preset', () => {
  it.each(rendered)('$target $artifact matches golden/article/$file', ({ file, text }) => {
    expectGolden(join(DIR, file), text);
  });

  it('has no golden file without an artifact', () => {
    const expected = new Set(rendered.map((r) => r.file));
    const stale = readdirSync(DIR).filter((f) => !f.endsWith('.changed') && !expected.has(f));
    expect(stale).toEqual([]);
  });

  it("lacks only the workers' manifests and the pod-less master's FDB", () => {
    const missing = cases.filter((c) => !rendered.some((r) => r.file === c.file)).map((c) => c.file);
    expect(missing).toEqual([
      'master-1.bridge-fdb.golden.txt',
      'node-a.kube-controller-manager.yaml.golden.txt',
      'node-b.kube-controller-manager.yaml.golden.txt',
    ]);
  });
});
