import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { artifactView, artifactViews, defaultArtifact } from './artifact-views.ts';
import { inspectTarget } from './inspect-target.ts';

const construction = construct(presetScenario('article'));
const stepTitled = (pattern: RegExp) => construction.steps.find((s) => pattern.test(s.title))?.index ?? -1;

describe('artifactView', () => {
  it('highlights the connected route that cni0 adds on node-a', () => {
    const n = stepTitled(/creates cni0 on node-a/);
    const view = artifactView(
      stateAt(construction, n),
      stateAt(construction, n - 1),
      'node:node-a',
      'ip-route',
    );
    const added = [...view.added].map((i) => view.lines[i]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^172\.16\.0\.128\/25 dev cni0/);
    expect(view.changed).toBe(true);
  });

  it('gives the engine error when the artifact does not exist yet', () => {
    const world = stateAt(construction, 5);
    const view = artifactView(world, stateAt(construction, 4), 'node:node-a', 'subnet.env');
    expect(view.lines).toEqual([]);
    expect(view.missing).toMatch(/does not exist yet/);
  });

  it('marks every line when the artifact appears at this step', () => {
    const n = stepTitled(/flanneld on node-a writes subnet\.env/);
    const view = artifactView(
      stateAt(construction, n),
      stateAt(construction, n - 1),
      'node:node-a',
      'subnet.env',
    );
    expect(view.added.size).toBe(view.lines.length);
    expect(view.lines.length).toBeGreaterThan(2);
  });
});

describe('defaultArtifact', () => {
  it('prefers the pick, then what this step changed', () => {
    const n = stepTitled(/flanneld on node-a writes subnet\.env/);
    const inspected = inspectTarget('node:node-a');
    if (!inspected) throw new Error('no target');
    const views = artifactViews(stateAt(construction, n), stateAt(construction, n - 1), inspected);
    expect(defaultArtifact(views, null)).toBe('subnet.env');
    expect(defaultArtifact(views, 'ip-addr')).toBe('ip-addr');
    expect(defaultArtifact(views, 'route-table')).toBe('subnet.env');
  });
});

describe('defaultArtifact for the cni0 step', () => {
  it('opens ip addr, where cni0 and its address appear', () => {
    const n = stepTitled(/creates cni0 on node-a/);
    const inspected = inspectTarget('node:node-a/cni0');
    if (!inspected) throw new Error('no target');
    const views = artifactViews(stateAt(construction, n), stateAt(construction, n - 1), inspected);
    expect(defaultArtifact(views, null, construction.steps[n - 1])).toBe('ip-addr');
    // cni0's own artifacts both appear with it: the first one, its ip addr lines.
    expect(views.map((v) => v.artifact)).toEqual(['ip-addr', 'bridge-fdb']);
    expect(defaultArtifact(views, null)).toBe('ip-addr');
  });
});
