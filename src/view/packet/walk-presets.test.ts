import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { walkPresets } from './walk-presets.ts';

const article = presetScenario('article');
const withFault = (kind: FaultKind, node: string) => ({ ...article, faults: [{ kind, node }] });
const presetsOf = (kind: FaultKind, node: string) =>
  Object.fromEntries(walkPresets(withFault(kind, node)).map((p) => [p.id, [p.from, p.to]]));

describe('walk presets follow the what-if', () => {
  it('walk into the pods of a node whose VPC route was deleted', () => {
    const presets = presetsOf('vpc-route-deleted', 'node-a');
    expect(presets['cross-node']).toEqual(['pod:api-1', 'pod:web-1']);
    expect(presets['node-to-pod']).toEqual(['node:master-1', 'pod:web-1']);
    expect(presetsOf('vpc-route-deleted', 'node-b')['cross-node']).toEqual(['pod:web-1', 'pod:api-1']);
  });

  it('leave the Internet from a pod on the node without masquerade rules', () => {
    expect(presetsOf('masquerade-rules-missing', 'node-b').internet).toEqual([
      'pod:api-1',
      'external:internet',
    ]);
  });

  it('stay behind a downed cni0 for same-node walks and go to it across nodes', () => {
    const presets = presetsOf('cni0-down', 'node-a');
    expect(presets['same-node']).toEqual(['pod:web-1', 'pod:cache-1']);
    expect(presets['cross-node']).toEqual(['pod:api-1', 'pod:web-1']);
    expect(presets.internet).toEqual(['pod:web-1', 'external:internet']);
    expect(presetsOf('cni0-down', 'node-b').internet).toEqual(['pod:api-1', 'external:internet']);
  });

  it('keep the fault-free choice for faults a walk cannot cross', () => {
    expect(walkPresets(withFault('vpc-route-deleted', 'master-1'))).toEqual(walkPresets(article));
  });
});
